"""What the front page lists beside the editors' texts: the newest open lesson plans, the way
into the plan library by subject and grade, and the good practices the editors raise.

``home`` sits below ``plans`` and ``networks.practices`` (pyproject's layers), so it names
their models by label, as Django relations do. Every list is kept until the content changes
(``portal.core.cache.fragment``): the front page costs the same few queries however much
content the portal holds."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.functions import Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.core.cache import fragment
from portal.core.visibility import public_pages, public_pages_in_one_query
from portal.municipalities.models import MunicipalityIndexPage, public_towns
from portal.sharing.copying import public_families
from portal.sharing.models import favoured_language, readers_language_first

NEWEST_PLANS = 6
# The plan library's filters in its address (plans.library's facets): ?aine=…, ?luokka=….
SUBJECT_FILTER = "aine"
GRADE_FILTER = "luokka"
# The grades as the national core curriculum groups them; a grade in none stands alone.
GRADE_BANDS = [("esi",), ("1", "2"), ("3", "4", "5", "6"), ("7", "8", "9"), ("lukio",)]
LIBRARIES = {"plans": "plans.PlanLibraryPage", "practices": "practices.PracticeLibraryPage"}


def with_towns(pages):
    """``pages`` (a queryset) with the path of each one's town (``town_path``), and a function
    that gives each page read its town (``Town``: its name in the reader's language)."""
    towns = {town.path: town for town in public_towns()}
    length = len(next(iter(towns))) if towns else MunicipalityIndexPage.town_path_length()

    def name_towns(found):
        for page in found:
            page.town = towns.get(page.town_path)
        return found

    return pages.annotate(town_path=Substr("path", 1, length)), name_towns


def newest_plans():
    """The newest open lesson plans, the reader's language first (Swedish ones on /sv/), with
    their subjects, grades and town. A copy kept as its origin was says nothing new: left out."""

    def read():
        plan_model = apps.get_model("plans", "LessonPlanPage")
        copies = [copy for copy, *_rest in public_families()]
        plans, name_towns = with_towns(
            public_pages_in_one_query(plan_model.objects.exclude(pk__in=copies))
        )
        newest = (
            plans.order_by(*readers_language_first("-first_published_at", "title"))
            .defer_streamfields()
            .prefetch_related("subjects", "grades")
        )
        return name_towns(list(newest[:NEWEST_PLANS]))

    return fragment("home-newest-plans", favoured_language() or "", build=read)


def counted(plan_model, field_name, public_plans):
    """Every subject (or grade) with the number of open plans it has (``plan_count``)."""
    field = plan_model._meta.get_field(field_name)
    owner, value = field.m2m_field_name(), field.m2m_reverse_field_name()
    counts = dict(
        field.remote_field.through.objects.filter(**{f"{owner}__in": public_plans})
        .values_list(value)
        .annotate(n=Count("pk"))
        .order_by()
    )
    items = list(field.related_model.objects.all())
    for item in items:
        item.plan_count = counts.get(item.pk, 0)
    return items


def curriculum():
    """The subjects and grades that have open plans, each with their number, the grades in
    their bands: the front page's way into the plan library."""

    def read():
        plan_model = apps.get_model("plans", "LessonPlanPage")
        public_plans = public_pages_in_one_query(plan_model.objects.all()).values("pk")
        return {
            name: [item for item in counted(plan_model, name, public_plans) if item.plan_count]
            for name in ("subjects", "grades")
        }

    found = fragment("home-curriculum", build=read)
    return {"subjects": found["subjects"], "grade_bands": grade_bands(found["grades"])}


def grade_bands(grades):
    """The grades grouped as ``GRADE_BANDS`` (those with plans only): a label for a band of
    several grades ("Vuosiluokat 1–2"), none for a grade alone."""
    by_slug = {grade.slug: grade for grade in grades}
    banded = {slug for band in GRADE_BANDS for slug in band}
    bands = [[by_slug[slug] for slug in band if slug in by_slug] for band in GRADE_BANDS]
    bands += [[grade] for grade in grades if grade.slug not in banded]
    shown = []
    for band, slugs in zip(bands, [*GRADE_BANDS, *([None] * len(bands))], strict=False):
        if not band:
            continue
        label = ""
        if slugs is not None and len(slugs) > 1:
            label = _("Grades %(first)s–%(last)s") % {"first": slugs[0], "last": slugs[-1]}
        shown.append({"label": label, "grades": band})
    return shown


def libraries(home):
    """The plan and practice libraries under the front page (``plans``, ``practices``): those
    of its own tree (the Swedish ones on /sv/), else those of the Finnish front page."""

    def read():
        types = {
            ContentType.objects.get_for_model(apps.get_model(label)).pk: key
            for key, label in LIBRARIES.items()
        }
        found = {}
        parent = home
        while parent is not None and len(found) < len(LIBRARIES):
            children = Page.objects.child_of(parent).filter(content_type__in=types)
            for page in public_pages(children):
                found.setdefault(types[page.content_type_id], page)
            parent = parent.default_language_version()
        return found

    return fragment("home-libraries", home.pk, build=read)


def featured_practices(practice_ids):
    """The good practices with these ids that the public may read, in this order, with their
    area and town."""
    if not practice_ids:
        return []
    practice_model = apps.get_model("practices", "PracticePage")
    practices, name_towns = with_towns(
        public_pages(practice_model.objects.filter(pk__in=practice_ids))
    )
    found = {
        practice.pk: practice
        for practice in name_towns(practices.select_related("area").defer_streamfields())
    }
    return [found[pk] for pk in practice_ids if pk in found]
