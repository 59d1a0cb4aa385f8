"""An annual clock's year as an iCalendar document, placed in a chosen school year."""

import calendar as month_calendar
import datetime

from django.utils import timezone
from icalendar import Event

from portal.core.calendar import new_calendar, uid_host


def _week_monday(year, week):
    """Monday of ISO week ``week``; week 53 in a year that has only 52 means its last week."""
    last_week = datetime.date(year, 12, 28).isocalendar().week
    return datetime.date.fromisocalendar(year, min(week, last_week), 1)


def school_year_dates(month, first_year, week_start=None, week_end=None):
    """The dates an activity covers in the school year starting in August of ``first_year``."""
    year = first_year if month >= 8 else first_year + 1
    if week_start:
        start = _week_monday(year, week_start)
        end_week = week_end or week_start
        end_year = year if end_week >= week_start else year + 1
        end = _week_monday(end_year, end_week) + datetime.timedelta(days=7)
        return start, end
    last_day = month_calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last_day) + datetime.timedelta(
        days=1
    )


def annual_clock_calendar(clock, first_year, *, request=None):
    """An annual clock's activities placed in one school year, as an iCalendar document."""
    feed = new_calendar(f"{clock.title} {first_year}–{first_year + 1}")
    stamp = timezone.now()
    for number, activity in enumerate(clock.activity_list, start=1):
        start, end = school_year_dates(
            activity["month"], first_year, activity["week_start"], activity["week_end"]
        )
        entry = Event()
        entry.add("uid", f"clock-{clock.pk}-{first_year}-{number}@{uid_host(request)}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", start)
        entry.add("dtend", end)
        entry.add("summary", activity["title"])
        details = [
            text
            for text in (activity["responsible"], activity["audience"], activity["notes"])
            if text
        ]
        if details:
            entry.add("description", "\n".join(details))
        entry.add("transp", "TRANSPARENT")
        feed.add_component(entry)
    return feed.to_ical()
