"""The plan library's filters: every open plan, narrowed by subject, grade, competence,
municipality, licence and tag, each value with the number of plans it would leave
(portal.core.facets).

What a page of the library costs does not grow with the plans: the facets' values and every
count with the number of plans found (one query, ``Selection.tally``), both kept in the cache
until the content changes; the page of plans (one query, ordered along an index:
``plans/migrations/0004``) and the subjects and grades of its cards (one query).

plans.models imports this module: the lesson plan model comes from the library page."""

from typing import NamedTuple

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Substr
from django.utils.translation import gettext_lazy as _

from portal.core.cache import fragment
from portal.core.facets import Facet, Field, Link, Selection, TagFacet
from portal.core.facets import Value as FacetValue
from portal.core.feeds import FEED_LIMIT
from portal.core.pagination import paginate
from portal.core.visibility import public_pages_in_one_query
from portal.municipalities.models import MunicipalityIndexPage, public_towns
from portal.sharing.models import CopyRecord, Licence, language_facet, readers_language_first

PAGE_SIZE = 20
SORTS = {"uusimmat": ("-first_published_at", "title"), "kaytetyimmat": ("-copies", "title")}
# The facets whose values the cards name, and the attribute each card keeps them in.
CARD_FACETS = {"aine": "card_subjects", "luokka": "card_grades"}


def curriculum_facet(plan_model, field_name, name, label, *, key="slug", every=True):
    """Plans by a curriculum field of theirs (subjects, grades, competences), in its order."""
    field = plan_model._meta.get_field(field_name)
    related = field.related_model

    def read():
        return [(getattr(item, key), str(item), item.pk) for item in related.objects.all()]

    # The values change only when a snippet is saved: kept until the content version changes.
    rows = fragment("facet-values", related._meta.label, key, build=read)
    values = [FacetValue(slug, text, (pk,)) for slug, text, pk in rows]
    return Facet(name, label, values, Link(field), every=every)


def library_facets(plan_model, towns):
    return [
        curriculum_facet(plan_model, "subjects", "aine", _("Subject"), every=False),
        curriculum_facet(plan_model, "grades", "luokka", _("Grade")),
        curriculum_facet(
            plan_model, "competences", "osaaminen", _("Transversal competence"), key="code"
        ),
        Facet(
            "kunta",
            _("Municipality"),
            [FacetValue(town.slug, town.name, (town.path,)) for town in towns],
            Field("town_path"),
        ),
        Facet(
            "lisenssi",
            _("Licence"),
            [FacetValue(item.slug, item.name, (item.pk,)) for item in Licence.all_by_id().values()],
            Field("licence"),
        ),
        TagFacet("aihe", _("Tag"), plan_model.tags.through),
        language_facet(),
    ]


def public_copies(public_plans):
    """For ``.annotate()``: how many public copies each plan has (a draft, private or town-only
    copy tells the public nothing), counted for the plans read only."""
    copies = (
        CopyRecord.objects.filter(source=OuterRef("pk"), copy__in=public_plans.values("pk"))
        .order_by()
        .values("source")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(copies, output_field=IntegerField()), 0)


def town_path_length(towns):
    """Every municipality page is as deep as the others: the length of a path of one of them."""
    return len(next(iter(towns))) if towns else MunicipalityIndexPage.town_path_length()


def name_card_taxonomy(plans, facets):
    """Give each plan on the page the names of its subjects and grades, in the facets' order,
    all read in one query."""
    links = []
    for number, facet in enumerate(facets):
        if facet.name in CARD_FACETS:
            field = facet.by.field
            through = field.remote_field.through
            owner, value = field.m2m_field_name(), field.m2m_reverse_field_name()
            links.append(
                through.objects.filter(**{f"{owner}__in": [plan.pk for plan in plans]})
                .annotate(facet=Value(number))
                .values_list("facet", owner, value)
            )
    by_plan = {}
    for number, plan_id, value_id in links[0].union(*links[1:], all=True) if plans else []:
        by_plan.setdefault((number, plan_id), set()).add(value_id)
    for number, facet in enumerate(facets):
        if facet.name in CARD_FACETS:
            for plan in plans:
                chosen = by_plan.get((number, plan.pk), set())
                labels = [v.label for v in facet.values if v.groups[0] in chosen]
                setattr(plan, CARD_FACETS[facet.name], labels)


class Library(NamedTuple):
    """What the library page and its feeds read alike: the open towns by path, the facets, the
    reader's choices among them, the open plans and the same with the path of each one's town
    (``town_path``)."""

    towns: dict
    facets: list
    selection: Selection
    public_plans: object
    plans: object


def library(request, plan_model):
    towns = {town.path: town for town in public_towns()}
    facets = library_facets(plan_model, towns.values())
    selection = Selection(facets, request.GET)
    public_plans = public_pages_in_one_query(plan_model.objects.all())
    plans = public_plans.annotate(town_path=Substr("path", 1, town_path_length(towns)))
    return Library(towns, facets, selection, public_plans, plans)


def feed_plans(request, plan_model, limit=FEED_LIMIT):
    """The newest plans the library's filters in the address leave, for its feeds: the page's
    own filtering, newest first whatever the page's sort."""
    found = library(request, plan_model)
    newest = found.selection.filter(found.plans).order_by(*SORTS["uusimmat"])
    plans = list(plan_model.for_feed(newest.defer_streamfields())[:limit])
    for plan in plans:
        plan.town = found.towns.get(plan.town_path)
    return plans


def filter_query(request, plan_model):
    """The library's filters in the address as its feeds keep them: the values chosen, and
    nothing else the address holds (a page number, the sort, unknown values)."""
    return Selection(library_facets(plan_model, public_towns()), request.GET).query()


def library_context(request, plan_model, page_size=PAGE_SIZE):
    """The library page's context: ``plan_model`` is the lesson plan model."""
    towns, facets, selection, public_plans, plans = library(request, plan_model)
    sort = request.GET.get("jarjestys", "uusimmat")
    if sort not in SORTS:
        sort = "uusimmat"
    counts, total = selection.tally(plans)
    results = (
        selection.filter(plans)
        # A copy of a plan is a plan: only the public ones count.
        .annotate(copies=public_copies(public_plans))
        .order_by(*readers_language_first(*SORTS[sort]))
        # A card shows none of a plan's streams (its phases, materials): not read.
        .defer_streamfields()
    )
    page_obj = paginate(request, results, page_size, count=total)
    plans_on_page = list(page_obj.object_list)
    name_card_taxonomy(plans_on_page, facets)
    for plan in plans_on_page:
        plan.town = towns.get(plan.town_path)
    return {
        "plans": plans_on_page,
        "page_obj": page_obj,
        "sort": sort,
        "any_filter": selection.any(),
        "facets": selection.shown(counts),
    }
