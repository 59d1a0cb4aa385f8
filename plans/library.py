"""The plan library's filters: every open plan, narrowed by subject, grade, competence,
municipality, licence and tag, each value with the number of plans it would leave
(portal.core.facets).

plans.models imports this module: the lesson plan model comes from the library page."""

from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from portal.core.facets import Facet, Field, Link, Selection, TagFacet, Value
from portal.core.pagination import paginate
from portal.core.visibility import public_copy_count, public_pages
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
from portal.sharing.models import Licence

PAGE_SIZE = 20
SORTS = {"uusimmat": ("-first_published_at", "title"), "kaytetyimmat": ("-copies", "title")}


def curriculum_facet(plan_model, field_name, name, label, *, key="slug", every=True):
    """Plans by a curriculum field of theirs (subjects, grades, competences), in its order."""
    field = plan_model._meta.get_field(field_name)
    values = [
        Value(getattr(item, key), str(item), (item.pk,))
        for item in field.related_model.objects.all()
    ]
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
            [Value(town.slug, town.title, (town.path,)) for town in towns],
            Field("town_path"),
        ),
        Facet(
            "lisenssi",
            _("Licence"),
            [Value(item.slug, item.name, (item.pk,)) for item in Licence.objects.all()],
            Field("licence"),
        ),
        TagFacet("aihe", _("Tag"), plan_model.tags.through),
    ]


def library_context(request, plan_model, page_size=PAGE_SIZE):
    """The library page's context: ``plan_model`` is the lesson plan model."""
    towns = {t.path: t for t in public_pages(MunicipalityPage.objects.all()).order_by("title")}
    selection = Selection(library_facets(plan_model, towns.values()), request.GET)
    public_plans = public_pages(plan_model.objects.all())
    plans = public_plans.annotate(
        town_path=Substr("path", 1, MunicipalityIndexPage.town_path_length())
    )
    sort = request.GET.get("jarjestys", "uusimmat")
    if sort not in SORTS:
        sort = "uusimmat"
    results = (
        selection.filter(plans)
        # A copy of a plan is a plan: only the public ones count.
        .annotate(copies=public_copy_count(public_plans))
        .order_by(*SORTS[sort])
        .prefetch_related("subjects", "grades")
    )
    page_obj = paginate(request, results, page_size)
    plans_on_page = list(page_obj.object_list)
    for plan in plans_on_page:
        plan.town = towns.get(plan.town_path)
    return {
        "plans": plans_on_page,
        "page_obj": page_obj,
        "sort": sort,
        "any_filter": selection.any(),
        "facets": selection.shown(selection.counts(plans)),
    }
