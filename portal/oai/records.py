"""Keeping the harvesting records in step with what the public may read.

``sync_pages`` looks at pages as they are now: an open one gets a live record (a new datestamp
when it has been published again or its sets changed), a record whose page is no longer open
(unpublished, deleted, narrowed to teachers or to a town, under a restricted section) becomes a
tombstone. It is called for every change that can open or close a page (``portal.oai.signals``)
and, over everything, by ``manage.py oai_sync``.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.core.visibility import Visibility, public_pages, public_pages_in_one_query
from portal.municipalities.models import MunicipalityPage, in_default_language, network_models
from portal.oai.models import Record, RecordSet

CHUNK = 1000


@dataclass(frozen=True)
class Kind:
    """A content type harvesters receive: its name in identifiers and sets, and its model."""

    slug: str
    label: str  # app_label.ModelName
    name: object  # its name in ListSets

    @property
    def model(self):
        return apps.get_model(self.label)


KINDS = (
    Kind("suunnitelma", "plans.LessonPlanPage", _("Lesson plans")),
    Kind("kaytanto", "practices.PracticePage", _("Good practices")),
    Kind("vuosikello", "practices.AnnualClockPage", _("Annual clocks")),
    Kind("kehittamissuunnitelma", "practices.DevelopmentPlanPage", _("Development plans")),
)
KIND_BY_SLUG = {kind.slug: kind for kind in KINDS}

# The top of each set hierarchy, and what ListSets calls it.
SET_GROUPS = {
    "tyyppi": _("Content types"),
    "kunta": _("Municipalities"),
    "verkosto": _("Networks"),
    "aine": _("Subjects"),
}


def kind_of_model(model):
    label = model._meta.label_lower
    return next((kind for kind in KINDS if kind.label.lower() == label), None)


def now():
    """Datestamps are to the second, as harvesters give ``from`` and ``until``."""
    return timezone.now().replace(microsecond=0)


def harvested_page_ids(pages):
    """The ids of the pages of a harvested type among ``pages`` (a queryset of pages)."""
    models = [kind.model for kind in KINDS]
    return list(pages.type(*models).values_list("pk", flat=True))


def sync_pages(page_ids):
    """Write the records of these pages as they stand now; returns how many changed."""
    ids = sorted(set(page_ids))
    changed = 0
    for start in range(0, len(ids), CHUNK):
        changed += _sync_chunk(ids[start : start + CHUNK])
    return changed


def sync_all():
    """Every page of a harvested type and every record (``manage.py oai_sync``)."""
    ids = set(harvested_page_ids(Page.objects.all()))
    ids |= set(Record.objects.filter(deleted=False).values_list("page_id", flat=True))
    return sync_pages(ids)


def _sync_chunk(ids):
    records = {
        record.page_id: record
        for record in Record.objects.filter(page_id__in=ids).prefetch_related("sets")
    }
    open_pages = _open_pages(ids)
    specs = _set_specs(open_pages)
    stamp = now()
    changed = 0
    with transaction.atomic():
        for page_id in ids:
            record = records.get(page_id)
            page = open_pages.get(page_id)
            if page is None:
                if record is not None and not record.deleted:
                    record.deleted = True
                    record.datestamp = stamp
                    record.save(update_fields=["deleted", "datestamp"])
                    changed += 1
            elif _write_open(record, page, specs[page_id], stamp):
                changed += 1
    return changed


@dataclass
class OpenPage:
    pk: int
    kind: Kind
    parent_path: str
    published_at: object


def _open_pages(ids):
    """The pages among ``ids`` that an anonymous reader may open, by id."""
    found = {}
    for kind in KINDS:
        # The visibility field as well as the view restriction it writes: a page is saved
        # before its restriction is, and must not count as open in between.
        pages = kind.model.objects.filter(pk__in=ids, visibility=Visibility.PUBLIC)
        rows = public_pages_in_one_query(pages).values_list("pk", "path", "last_published_at")
        for pk, path, published_at in rows:
            found[pk] = OpenPage(pk, kind, path[: -Page.steplen], published_at)
    return found


def _set_specs(open_pages):
    """Each open page's sets: its type, its municipality, the open networks the municipality
    belongs to and, for a lesson plan, its subjects. Three queries for any number of pages."""
    towns = {}  # a town's path: (its page id, its municipality number)
    if open_pages:
        parent_paths = {page.parent_path for page in open_pages.values()}
        rows = MunicipalityPage.objects.filter(path__in=parent_paths).values_list(
            "path", "pk", "municipality_code"
        )
        towns = {path: (pk, code) for path, pk, code in rows}
    networks = _networks_of([pk for pk, _code in towns.values()])
    plans = [page.pk for page in open_pages.values() if page.kind.slug == "suunnitelma"]
    subjects = _subjects_of(plans)
    specs = {}
    for pk, page in open_pages.items():
        own = {f"tyyppi:{page.kind.slug}"}
        town = towns.get(page.parent_path)
        if town:
            town_id, code = town
            own.add(f"kunta:{code}")
            own |= {f"verkosto:{network}" for network in networks[town_id]}
        own |= {f"aine:{subject}" for subject in subjects[pk]}
        specs[pk] = own
    return specs


def _networks_of(town_ids):
    """The open networks each municipality belongs to, by the municipality's page id."""
    found = defaultdict(set)
    if not town_ids:
        return found
    NetworkPage, Membership = network_models()
    open_networks = public_pages(in_default_language(NetworkPage.objects.all())).values("pk")
    rows = Membership.objects.filter(
        municipality_id__in=list(town_ids), network_id__in=open_networks
    ).values_list("municipality_id", "network_id")
    for town, network in rows:
        found[town].add(network)
    return found


def _subjects_of(plan_ids):
    found = defaultdict(set)
    if plan_ids:
        through = apps.get_model("plans.LessonPlanPage").subjects.through
        rows = through.objects.filter(lessonplanpage_id__in=plan_ids).values_list(
            "lessonplanpage_id", "subject__slug"
        )
        for plan, slug in rows:
            found[plan].add(slug)
    return found


def _write_open(record, page, specs, stamp):
    """Make ``record`` say that ``page`` is open with these sets; True when anything changed."""
    if record is None:
        record = Record.objects.create(
            page_id=page.pk,
            kind=page.kind.slug,
            datestamp=stamp,
            published_at=page.published_at,
        )
        RecordSet.objects.bulk_create(RecordSet(record=record, spec=spec) for spec in specs)
        return True
    old_specs = {row.spec for row in record.sets.all()}
    if not record.deleted and record.published_at == page.published_at and old_specs == specs:
        return False
    record.deleted = False
    record.datestamp = stamp
    record.published_at = page.published_at
    record.save(update_fields=["deleted", "datestamp", "published_at"])
    if old_specs != specs:
        record.sets.exclude(spec__in=specs).delete()
        RecordSet.objects.bulk_create(
            RecordSet(record=record, spec=spec) for spec in specs - old_specs
        )
    return True
