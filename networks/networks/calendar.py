"""The iCalendar feed of a network's or region's events."""

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Event, vText

from portal.core.calendar import new_calendar, uid_host


def events_calendar(events, *, name, request=None):
    """The events as an iCalendar document (bytes). Meeting links are for signed-in teachers:
    a feed fetched without a session (a calendar app's subscription) leaves them out."""
    with_links = request is not None and request.user.is_authenticated
    feed = new_calendar(name)
    stamp = timezone.now()
    for event in events:
        entry = Event()
        entry.add("uid", f"event-{event.pk}@{uid_host(request)}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end)
        entry.add("summary", event.title)
        description = event.summary or strip_tags(event.description)
        if description:
            entry.add("description", description)
        if event.location:
            entry["location"] = vText(event.location)
        url = event.full_url if request is None else request.build_absolute_uri(event.url)
        if url:
            entry.add("url", url)
        if event.online_url and with_links:
            entry.add("conference", event.online_url, parameters={"value": "URI"})
        entry.add("categories", [event.get_kind_display()])
        feed.add_component(entry)
    return feed.to_ical()
