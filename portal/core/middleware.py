"""A request that carries a NUL character is answered 400 before any view reads it.

PostgreSQL's text cannot hold NUL (0x00): a NUL that reaches a query fails it, and the reader
would get a server error. No address, form or cookie of the portal has a use for one, so the
request is refused here, once for every view: its path, its query string (``%00`` decoded is
NUL), its cookies and the fields of a posted form (urlencoded or multipart: the fields' names
and values, not the uploaded files). The answer is Django's 400 page, ``templates/400.html``,
in the language LocaleMiddleware chose.

A request without NUL costs a few substring searches. Only a posted form's body is read here
(a multipart one parsed), as CsrfViewMiddleware would read it a moment later anyway.
"""

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
