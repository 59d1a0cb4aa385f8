"""Helpers for the demo loader: read the demo's data files, create content once, never overwrite
what an editor changed."""

import datetime
import functools
import json
import random
import tomllib
import uuid
import zoneinfo
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from portal.sharing.models import CopyRecord

DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def read(name):
    """The demo data file ``data/<name>.toml``, read once a process (do not change the result)."""
    with (DATA / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def stream(blocks):
    return json.dumps(list(blocks))


@transaction.atomic
def ensure_child_page(parent, model, slug, prepare=None, **fields):
    """Return the child of ``parent`` with ``slug``, creating and publishing it if missing.

    An existing page is returned as it is, so running the loader again loses no edit.
    ``prepare`` may change the new page (tags, say) before its first revision is published.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    if any(field.name == "visibility" for field in model._meta.get_fields()):
        # Demo content has passed its moderation and is open to everyone.
        fields.setdefault("visibility", "public")
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    if prepare is not None:
        prepare(page)
    page.save_revision().publish()
    return page, True


def ensure_section(home, model, entry):
    """A section under the front page from a data file's table of page fields (its slug, title,
    summary…); a new section goes before the service's information pages so the menu reads in
    order."""
    fields = dict(entry)
    slug = fields.pop("slug")
    page, created = ensure_child_page(home, model, slug, **fields)
    if created:
        information = [entry["slug"] for entry in read("home")["pages"]]
        first_information_page = home.get_children().filter(slug__in=information).first()
        if first_information_page is not None:
            page.move(first_information_page, pos="left")
    return page


# --- Dates: a portal that has lived for two school years -----------------------------------------
#
# The loader publishes everything at once; afterwards each new page is dated as if it had been
# published during the past two school years (from August 1 of the school year before this one to
# the moment of loading), so that lists sorted by date, feeds, the sitemap and the harvesting
# records look like a portal in use. The dates are deterministic: each is drawn from a random
# generator seeded with the page's own key, inside a range its kind sets (a copy after its source,
# an event's announcement before the event, an annual clock at the start of its school year).

HELSINKI = zoneinfo.ZoneInfo(settings.TIME_ZONE)
DAY = datetime.timedelta(days=1)
# Teachers publish between half past seven in the morning and nine in the evening.
WORKING_DAY = (7 * 60 + 30, 21 * 60)


def demo_period(now=None):
    """The demo's past: from August 1 of the school year before this one, to ``now``."""
    now = now or timezone.now()
    today = timezone.localtime(now, HELSINKI).date()
    school_year = today.year if today.month >= 8 else today.year - 1
    return datetime.datetime(school_year - 1, 8, 1, tzinfo=HELSINKI), now


def moment(key, earliest, latest):
    """A moment between ``earliest`` and ``latest`` (both kept), in a teacher's working day,
    always the same one for ``key`` and the range."""
    if latest <= earliest:
        return latest
    rng = random.Random(f"opentori-demo:{key}")  # noqa: S311  (demo dates, not secrets)
    day = earliest + (latest - earliest) * rng.random()
    minutes = rng.randrange(*WORKING_DAY)
    day = timezone.localtime(day, HELSINKI).replace(
        hour=minutes // 60, minute=minutes % 60, second=rng.randrange(60), microsecond=0
    )
    return min(max(day, earliest), latest)


def published_since(model, began):
    """The pages of ``model`` the loader published for the first time at or after ``began``:
    only those are dated, so that running the loader again changes no date an editor made."""
    return model.objects.filter(first_published_at__gte=began).order_by("path")


def backdate(page, first, last=None):
    """Date a page the loader has just published as first published at ``first`` and last at
    ``last`` (``first`` if not given): the page, its revisions, its history and its harvesting
    record, so that they all tell the same story."""
    last = last or first
    Page.objects.filter(pk=page.pk).update(
        first_published_at=first, last_published_at=last, latest_revision_created_at=last
    )
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    revisions.exclude(pk=page.latest_revision_id).update(created_at=first)
    revisions.filter(pk=page.latest_revision_id).update(created_at=last)
    history = PageLogEntry.objects.filter(page_id=page.pk)
    history.exclude(revision_id=page.latest_revision_id).update(timestamp=first)
    history.filter(revision_id=page.latest_revision_id).update(timestamp=last)
    # The harvesting record (portal.oai, written when the page was published) is looked up by
    # its app label: the demo and the OAI interface are independent layers.
    apps.get_model("oai", "Record").objects.filter(page_id=page.pk, deleted=False).update(
        datestamp=last.replace(microsecond=0), published_at=last
    )
    page.first_published_at, page.last_published_at = first, last
    page.latest_revision_created_at = last


def backdate_copies(model, began, now, after=(3, 120)):
    """Date the copies of ``model`` the loader has just made: each some days (``after``, a
    range) after its source was published, never after ``now``."""
    copies = published_since(model, began).filter(copy_record__isnull=False)
    for copy in copies.select_related("copy_record__source"):
        source = copy.copy_record.source
        start = source.first_published_at if source is not None else now
        first = moment(copy.url_path, start + after[0] * DAY, min(now, start + after[1] * DAY))
        backdate(copy, first)
        CopyRecord.objects.filter(pk=copy.copy_record.pk).update(copied_at=first)
