"""The demo looks like a portal in use: its content was published over the past two school years
(from August 1 of the school year before this one), not all in the minute `make demo` ran.

Feeds, the plan library's "newest first", the sitemap and the harvesting records read these
dates, so they must agree: the page, its revisions and history, its copy's provenance and its
OAI record. A coming event stays a coming one."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from networks.networks.models import EventPage
from networks.practices.models import AnnualClockPage, PracticePage
from plans.models import LessonPlanPage
from portal.demo.pages import demo_period
from portal.oai.models import Record

ATOM = "{http://www.w3.org/2005/Atom}"
OAI = "{http://www.openarchives.org/OAI/2.0/}"


def months(dates):
    return {(date.year, date.month) for date in dates}


def assert_dated_over_two_school_years(client):
    """Run by tests/demo/test_demo.py on the demo it loads (one load of the whole demo serves
    both)."""
    start, now = demo_period()
    assert start.month == 8 and start.day == 1
    assert datetime.timedelta(days=365) < now - start < datetime.timedelta(days=2 * 365)

    originals = {
        model: list(model.objects.live().filter(copy_record__isnull=True))
        for model in (LessonPlanPage, PracticePage, AnnualClockPage, EventPage)
    }
    for pages in originals.values():
        for page in pages:
            assert start <= page.first_published_at <= page.last_published_at <= now, page
    plan_dates = [plan.first_published_at for plan in originals[LessonPlanPage]]
    practice_dates = [practice.first_published_at for practice in originals[PracticePage]]
    print(f"plans in {len(months(plan_dates))} months, practices in {len(months(practice_dates))}")
    assert len(months(plan_dates)) >= 10
    assert len(months(practice_dates)) >= 8
    recent = [date for date in plan_dates if now - date < datetime.timedelta(days=1)]
    assert len(recent) <= 2

    # An annual clock is written when its school year starts (or when the demo's past does).
    for clock in originals[AnnualClockPage]:
        school_year_start = datetime.datetime(int(clock.school_year[:4]), 8, 1, tzinfo=start.tzinfo)
        assert clock.first_published_at >= max(start, school_year_start)

    # Events are announced before they take place; those to come are still to come.
    events = originals[EventPage]
    assert any(event.start > now for event in events)
    for event in events:
        assert event.first_published_at < event.start
    coming = [event.first_published_at for event in events if event.start > now]
    assert len(set(coming)) == len(coming)

    # Copies come after their sources, and their provenance says when they were made.
    copies = LessonPlanPage.objects.live().filter(copy_record__isnull=False)
    copies = [*copies, *PracticePage.objects.live().filter(copy_record__isnull=False)]
    copies += AnnualClockPage.objects.live().filter(copy_record__isnull=False)
    assert len(copies) >= 5
    for copy in copies:
        record = copy.copy_record
        assert record.source.first_published_at < copy.first_published_at, copy
        assert record.copied_at == copy.first_published_at

    # The plan library's feed, newest first, reads like a portal in use.
    response = client.get("/suunnitelmat/syote/atom/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted data
    published = [
        datetime.datetime.fromisoformat(entry.find(f"{ATOM}published").text)
        for entry in root.findall(f"{ATOM}entry")
    ]
    assert published == sorted(published, reverse=True)
    assert len(months(published)) >= 6
    newest = LessonPlanPage.objects.live().order_by("-first_published_at").first()
    assert published[0] == newest.first_published_at.replace(microsecond=0)
    assert timezone.now() - published[-1] > datetime.timedelta(days=60)

    # Each plan's revision, history and harvesting record agree with its dates.
    plans = LessonPlanPage.objects.live().filter(copy_record__isnull=True)
    for plan in plans.filter(has_unpublished_changes=False):
        revision = Revision.page_revisions.get(pk=plan.latest_revision_id)
        assert revision.created_at == plan.last_published_at == plan.latest_revision_created_at
        history = PageLogEntry.objects.filter(page_id=plan.pk)
        assert all(entry.timestamp <= plan.last_published_at for entry in history)
        record = Record.objects.get(page_id=plan.pk)
        assert record.published_at == plan.last_published_at
        assert record.datestamp == plan.last_published_at.replace(microsecond=0)

    # A harvester asking for what changed in the last 120 days gets those records only.
    since = (now - datetime.timedelta(days=120)).date()
    response = client.get(
        "/oai/",
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": since.isoformat()},
    )
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted data
    stamps = [element.text for element in root.iter(f"{OAI}datestamp")]
    assert stamps, response.content[:500]
    assert all(stamp[:10] >= since.isoformat() for stamp in stamps)
    assert len(stamps) < Record.objects.filter(deleted=False).count()
