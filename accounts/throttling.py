"""Sign-in throttling (django-axes) and the password-reset mail limit (django-ratelimit).

Signing in is locked for ``AXES_COOLOFF_TIME`` after ``AXES_FAILURE_LIMIT`` failures with one
user name from one address, or after ``SIGN_IN_ADDRESS_FAILURE_LIMIT`` failures from one
address with any user names (a school's teachers often share one address, so that limit is
higher). While it is locked, not even the right password signs in. A site administrator lifts a
lockout in the admin ("Kirjautumisestot").

The client's address is ``REMOTE_ADDR`` unless the portal is told how many reverse proxies stand
in front of it (``TRUSTED_PROXY_COUNT``): a header anyone can send is never believed by default.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django_ratelimit.core import is_ratelimited

ADDRESS = "ip_address"


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_address(request):
    """The address the request came from.

    With no proxy (``TRUSTED_PROXY_COUNT`` 0, the default) it is ``REMOTE_ADDR`` and
    X-Forwarded-For is ignored, since a client may write anything there. Behind N proxies that
    each append the address they saw, it is the Nth address from the right of X-Forwarded-For:
    the one the outermost trusted proxy saw. A missing or malformed header falls back to
    ``REMOTE_ADDR``."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= count:
            address = _valid(forwarded[-count])
            if address:
                return address
    return _valid(remote) or remote or None


class SignInAttempts(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own for each lockout parameter.

    ``AXES_LOCKOUT_PARAMETERS`` lists the user name and address together, then the address
    alone. Axes compares one number with one limit (``AXES_FAILURE_LIMIT``); here each
    parameter's failures are scaled so that reaching its own limit
    (``SIGN_IN_ADDRESS_FAILURE_LIMIT`` for the address alone) counts as reaching
    ``AXES_FAILURE_LIMIT``."""

    def get_failures(self, request, credentials=None):
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        attempts_list = self.get_user_attempts(request, credentials)
        worst = 0
        for parameter, attempts in zip(parameters, attempts_list, strict=True):
            failures = attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            own = settings.SIGN_IN_ADDRESS_FAILURE_LIMIT if parameter == ADDRESS else limit
            worst = max(worst, failures * limit // own)
        return worst

    def reset_user_attempts(self, request, credentials=None):
        """A successful sign-in forgets only that user's failures from that address: signing in
        with one's own account must not wipe out the failures others' names left there."""
        count, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


def recent_failures():
    """The failures still within the cool-off time, one row for each user name and address,
    newest first, each saying whether that name is locked there and whether the address is."""
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )
    by_address = dict(
        recent.values_list("ip_address").annotate(n=Sum("failures_since_start")).order_by()
    )
    rows = list(
        recent.values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .order_by("-last")
    )
    for row in rows:
        row["address_failures"] = by_address.get(row["ip_address"], 0)
        row["name_locked"] = row["failures"] >= settings.AXES_FAILURE_LIMIT
        row["address_locked"] = row["address_failures"] >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT
    return rows


def release(*, username=None, address=None):
    """Forget the failures of a user name (from every address) or of an address (with every
    name); how many records went."""
    attempts = AccessAttempt.objects.all()
    if username is not None:
        attempts = attempts.filter(username=username)
    if address is not None:
        attempts = attempts.filter(ip_address=address)
    if username is None and address is None:
        return 0
    count, _ = attempts.delete()
    return count


def cooloff_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def _reader_language(request):
    """The language of the page the reader came to sign in from (the sign-in form's ``next``,
    /sv/… for Swedish), else the one the request was served in."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return translation.get_language_from_path(target) or translation.get_language()
    return translation.get_language()


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out person sees instead of the sign-in form: 429, in her language."""
    with translation.override(_reader_language(request)):
        response = render(
            request,
            "accounts/locked_out.html",
            {"minutes": cooloff_minutes()},
            status=429,
        )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


def address_key(group, request):
    """The address for counting; an IPv6 client's whole /64 network counts as one address."""
    address = client_address(request) or "unknown"
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return address


def _email_key(group, request):
    return request.POST.get("email", "").strip().lower()


def password_reset_limited(request):
    """Count a password-reset request by its address and by the e-mail address asked for;
    true when either is over its hourly limit (``PASSWORD_RESET_RATES``). Both are counted
    every time, whether the e-mail address has an account or not, so being limited tells
    nothing about the accounts."""
    rates = settings.PASSWORD_RESET_RATES
    by_address = is_ratelimited(
        request, group="password-reset:address", key=address_key,
        rate=rates["address"], method="POST", increment=True,
    )  # fmt: skip
    by_email = bool(_email_key(None, request)) and is_ratelimited(
        request, group="password-reset:email", key=_email_key,
        rate=rates["email"], method="POST", increment=True,
    )  # fmt: skip
    return by_address or by_email
