"""OAI-PMH 2.0 requests: their arguments, dates, resumption tokens and errors.

The verbs themselves are answered in ``portal.oai.views``. A resumption token is signed with
the site's secret and dated, so a token a harvester did not receive from us, or one older than
``OAI_TOKEN_SECONDS``, is refused with ``badResumptionToken``. It carries where the list
stopped (the datestamp and id of the last record given), not an offset, so records changed
while a harvest is under way are neither skipped nor given twice in their old place.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

# Keeps these signatures apart from every other use of the site's secret.
SIGNATURE_NAMESPACE = "portal.oai.resumption"

# The arguments of each verb: required ones, optional ones, and the one that must come alone.
VERBS = {
    "Identify": ((), (), None),
    "ListMetadataFormats": ((), ("identifier",), None),
    "ListSets": ((), (), "resumptionToken"),
    "GetRecord": (("identifier", "metadataPrefix"), (), None),
    "ListIdentifiers": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "ListRecords": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
}
LIST_VERBS = ("ListIdentifiers", "ListRecords")

SET_SPEC = re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


class OAIError(Exception):
    """An error the protocol names: answered with ``<error code="…">`` and status 200."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class OAIRequest:
    verb: str
    arguments: dict
    # A list's filters and where it goes on, from the arguments or the resumption token.
    state: dict = field(default_factory=dict)


def parse(query):
    """The verb and its arguments from a request's query (a ``QueryDict``)."""
    verbs = query.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        if not verbs:
            raise OAIError("badVerb", _("The request names no verb."))
        raise OAIError("badVerb", _("The verb is not one of OAI-PMH 2.0's six verbs."))
    verb = verbs[0]
    repeated = [key for key in query if len(query.getlist(key)) > 1]
    if repeated:
        raise OAIError(
            "badArgument", _("The argument %(name)s is given twice.") % {"name": repeated[0]}
        )
    arguments = {key: value for key, value in query.items() if key != "verb"}
    required, optional, exclusive = VERBS[verb]
    allowed = {*required, *optional, *([exclusive] if exclusive else [])}
    unknown = sorted(set(arguments) - allowed)
    if unknown:
        raise OAIError(
            "badArgument",
            _("%(verb)s does not take the argument %(name)s.") % {"verb": verb, "name": unknown[0]},
        )
    if exclusive and exclusive in arguments:
        if len(arguments) > 1:
            raise OAIError(
                "badArgument", _("A resumptionToken must be the only argument besides the verb.")
            )
    else:
        missing = [name for name in required if not arguments.get(name)]
        if missing:
            raise OAIError(
                "badArgument",
                _("%(verb)s needs the argument %(name)s.") % {"verb": verb, "name": missing[0]},
            )
    request = OAIRequest(verb, arguments)
    if verb in LIST_VERBS or verb == "ListSets":
        request.state = list_state(verb, arguments)
    return request


def list_state(verb, arguments):
    """A list's filters and position: from its resumption token, or from its arguments."""
    token = arguments.get("resumptionToken")
    if token is not None:
        return read_token(verb, token)
    if verb == "ListSets":
        return {"verb": verb, "cursor": 0}
    start = parse_date(arguments.get("from"), end=False)
    end = parse_date(arguments.get("until"), end=True)
    if start and end:
        if start[1] != end[1]:
            raise OAIError(
                "badArgument", _("The from and until arguments must have the same granularity.")
            )
        if start[0] > end[0]:
            raise OAIError("badArgument", _("The from date is later than the until date."))
    spec = arguments.get("set")
    if spec is not None and not SET_SPEC.fullmatch(spec):
        raise OAIError("badArgument", _("The set argument is not a setSpec."))
    return {
        "verb": verb,
        "prefix": arguments["metadataPrefix"],
        "from": start[0].isoformat() if start else None,
        "until": end[0].isoformat() if end else None,
        "set": spec,
        "cursor": 0,
        "after": None,
    }


def parse_date(value, *, end):
    """``(datetime, granularity)`` of a ``from`` or ``until`` argument, or None. A day means its
    first second as ``from`` and its last as ``until``."""
    if value is None:
        return None
    try:
        if DAY.fullmatch(value):
            day = date.fromisoformat(value)
            return datetime.combine(day, time.max if end else time.min, UTC).replace(
                microsecond=0
            ), "day"
        if SECOND.fullmatch(value):
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC), "second"
    except ValueError:
        pass
    raise OAIError(
        "badArgument",
        _("%(value)s is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).")
        % {"value": value},
    )


def make_token(state):
    return signing.dumps(state, salt=SIGNATURE_NAMESPACE, compress=True)


def token_expires():
    return datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=settings.OAI_TOKEN_SECONDS)


def read_token(verb, token):
    try:
        state = signing.loads(token, salt=SIGNATURE_NAMESPACE, max_age=settings.OAI_TOKEN_SECONDS)
    except signing.SignatureExpired:
        raise OAIError(
            "badResumptionToken",
            _("The resumptionToken has expired: start the list again without it."),
        ) from None
    except signing.BadSignature:
        raise OAIError(
            "badResumptionToken", _("The resumptionToken is not one this repository gave.")
        ) from None
    if not isinstance(state, dict) or state.get("verb") != verb:
        raise OAIError("badResumptionToken", _("The resumptionToken belongs to another verb."))
    return state


def datestamp(value):
    """A datestamp as the protocol writes it, in UTC to the second."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
