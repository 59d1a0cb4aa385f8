"""A request that carries a NUL character is answered 400 before any view reads it.

PostgreSQL's text cannot hold NUL (0x00): a NUL that reaches a query fails it, and the reader
would get a server error. No address, form or cookie of the portal has a use for one, so the
request is refused here, once for every view: its path, its query string (``%00`` decoded is
NUL), its cookies and the fields of a posted form (urlencoded or multipart: the fields' names
and values, not the uploaded files). The answer is Django's 400 page, ``templates/400.html``,
in the language LocaleMiddleware chose.

A request without NUL costs a few substring searches. Only a posted form's body is read here
(a multipart one parsed), as CsrfViewMiddleware would read it a moment later anyway.

The response headers that say what a page may do are set here too: the Content-Security-Policy
(the public pages' strict one, the admin's own under its paths) and the Permissions-Policy.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.exceptions import BadRequest

NUL = "\x00"
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


class RejectNulMiddleware:
    """Answers 400 to a request with NUL in its path, query string, cookies or form fields."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


def carries_nul(request):
    query = request.META.get("QUERY_STRING", "")
    return (
        NUL in request.path
        or "%00" in query
        or NUL in query
        or _cookies_carry_nul(request)
        or _form_carries_nul(request)
    )


def _cookies_carry_nul(request):
    # A cookie value in quotes may write NUL as the octal escape \000.
    header = request.META.get("HTTP_COOKIE", "")
    if "\\000" not in header and NUL not in header:
        return False
    return any(NUL in name or NUL in value for name, value in request.COOKIES.items())


def _form_carries_nul(request):
    if request.method != "POST" or request.content_type not in (URLENCODED, MULTIPART):
        return False
    try:
        if request.content_type == URLENCODED:
            body = request.body
            return b"%00" in body or b"\x00" in body
        return _multipart_carries_nul(request)
    except OSError:
        # An unreadable body (the client went away): CsrfViewMiddleware and the view answer it.
        return False


def _multipart_carries_nul(request):
    # Django drops unprintable characters from the names of uploaded files itself.
    return any(
        NUL in name or any(NUL in value for value in values)
        for name, values in request.POST.lists()
    )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``ADMIN_CONTENT_SECURITY_POLICY`` in place of
    ``CONTENT_SECURITY_POLICY`` under the admin's paths (its ``PATH_PREFIXES``).

    A preview (Wagtail renders a page for the admin through a request of its own, marked
    ``is_dummy``) keeps the public pages' strict policy, so a submission's text runs no script
    even for its moderator; only ``frame-ancestors`` lets the admin frame it. A view's own
    ``csp_replace``/``csp_update`` decorators still apply on top of either."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        admin = settings.ADMIN_CONTENT_SECURITY_POLICY
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif parts.config is None and request.path_info.startswith(tuple(admin["PATH_PREFIXES"])):
            parts.config = default_config(admin["DIRECTIVES"])
        return parts


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy`` with every feature of ``PERMISSIONS_POLICY`` switched off:
    no page of the portal, nor anything it frames, may use them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
