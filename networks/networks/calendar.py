"""The iCalendar documents of events: a network's or region's feed, and one event's own."""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Event, vText

from portal.core.calendar import new_calendar, uid_host


def event_entry(event, *, request, stamp, with_links):
    """One event as a VEVENT: its times in the portal's time zone (Europe/Helsinki), so a
    calendar app shows them as the page does whatever zone it is set to."""
    entry = Event()
    entry.add("uid", f"event-{event.pk}@{uid_host(request)}")
    entry.add("dtstamp", stamp)
    entry.add("dtstart", timezone.localtime(event.start))
    entry.add("dtend", timezone.localtime(event.end))
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
    return entry


def events_calendar(events, *, name, request=None):
    """The events as an iCalendar document (bytes). Meeting links are for signed-in teachers:
    a feed fetched without a session (a calendar app's subscription) leaves them out."""
    with_links = request is not None and request.user.is_authenticated
    feed = new_calendar(name)
    stamp = timezone.now()
    days = []
    for event in events:
        feed.add_component(event_entry(event, request=request, stamp=stamp, with_links=with_links))
        days += [timezone.localdate(event.start), timezone.localdate(event.end)]
    if days:
        # The time zone the times name (VTIMEZONE), for apps that do not know it by its name,
        # with its changes of summer time from a year before the events to a year after.
        year = datetime.timedelta(days=366)
        feed.add_missing_timezones(min(days) - year, max(days) + year)
    return feed.to_ical()
