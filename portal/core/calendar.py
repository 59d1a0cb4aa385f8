"""iCalendar (RFC 5545) documents with the portal's product id, for any feed of dates."""

from django.conf import settings
from icalendar import Calendar

PRODUCT_ID = "-//Opentori//Opentori//FI"


def new_calendar(name):
    """An empty iCalendar document named ``name``, in the portal's time zone."""
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", settings.TIME_ZONE)
    return feed


def uid_host(request):
    """The host name that makes an entry's UID unique to this portal."""
    return request.get_host().split(":")[0] if request is not None else "opentori.fi"
