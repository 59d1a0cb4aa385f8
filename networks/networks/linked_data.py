"""schema.org Event JSON-LD for a network's events (meetings, trainings, school takeovers).

The online meeting link is shown to signed-in teachers only, and the text is kept once for
every reader, so it never goes in: an online event's VirtualLocation is the event's own page,
where a signed-in teacher finds the link.
"""

from django.utils import timezone
from django.utils.html import strip_tags

from portal.core.linked_data import SCHEMA_ORG, absolute, organization, without_empty

OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"


def event(page, request):
    """``page`` (an EventPage) as a schema.org Event organised by its network; held in a region,
    the region is named as the network's department."""
    url = absolute(request, page.url)
    places = []
    if page.location or page.host_school:
        # A school takeover is held at its host school, at the address given as the place.
        places.append(
            without_empty(
                {
                    "@type": "Place",
                    "name": page.host_school or page.location,
                    "address": page.location if page.host_school else None,
                }
            )
        )
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": url})
    in_person, online = bool(page.location or page.host_school), bool(page.online_url)
    modes = {(True, False): OFFLINE, (False, True): ONLINE, (True, True): MIXED}
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.summary
        or page.search_description
        or strip_tags(page.description).strip(),
        "inLanguage": page.search_language(),
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "eventAttendanceMode": modes.get((in_person, online)),
        "location": places[0] if len(places) == 1 else places,
        "organizer": _organizer(page, request),
        "keywords": page.theme_list,
        "audience": {"@type": "Audience", "audienceType": page.audience} if page.audience else None,
    }
    return without_empty(data)


def _organizer(page, request):
    hosts = page.hosts()
    if not hosts:
        return None
    network = organization(hosts[0], request)
    if len(hosts) > 1:
        network["department"] = organization(hosts[-1], request)
    return network
