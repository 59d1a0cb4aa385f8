"""The plan library's filters: every open plan, narrowed by subject, grade, competence,
municipality, licence and tag, each value with the number of plans it would leave."""

from django.db.models import Count
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from portal.core.pagination import paginate
from portal.core.visibility import public_copy_count, public_pages

PAGE_SIZE = 20
FILTERS = ("aine", "luokka", "osaaminen", "kunta", "lisenssi", "aihe")
SORTS = {"uusimmat": ("-first_published_at", "title"), "kaytetyimmat": ("-copies", "title")}


def library_context(request, page_size=PAGE_SIZE):
    from plans.models import (
        Grade,
        LessonPlanPage,
        LessonPlanPageTag,
        Subject,
        TransversalCompetence,
    )
    from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
    from portal.sharing.models import Licence

    town_path_length = MunicipalityIndexPage.town_path_length()
    towns = {t.path: t for t in public_pages(MunicipalityPage.objects.all()).order_by("title")}
    towns_by_slug = {town.slug: town for town in towns.values()}
    subjects = list(Subject.objects.all())
    grades = list(Grade.objects.all())
    competences = list(TransversalCompetence.objects.all())
    licences = list(Licence.objects.all())

    chosen = {name: request.GET.get(name, "") for name in FILTERS}
    subject = next((s for s in subjects if s.slug == chosen["aine"]), None)
    grade = next((g for g in grades if g.slug == chosen["luokka"]), None)
    competence = next((c for c in competences if c.code == chosen["osaaminen"]), None)
    town = towns_by_slug.get(chosen["kunta"])
    licence = next((item for item in licences if item.slug == chosen["lisenssi"]), None)
    tag = Tag.objects.filter(slug=chosen["aihe"]).first() if chosen["aihe"] else None

    public_plans = public_pages(LessonPlanPage.objects.all())
    plans = public_plans.annotate(town_path=Substr("path", 1, town_path_length))

    def filtered(skip=None):
        queryset = plans
        if subject and skip != "aine":
            queryset = queryset.filter(subjects=subject)
        if grade and skip != "luokka":
            queryset = queryset.filter(grades=grade)
        if competence and skip != "osaaminen":
            queryset = queryset.filter(competences=competence)
        if town and skip != "kunta":
            queryset = queryset.filter(town_path=town.path)
        if licence and skip != "lisenssi":
            queryset = queryset.filter(licence=licence)
        if tag and skip != "aihe":
            queryset = queryset.filter(tagged_items__tag=tag)
        return queryset

    def m2m_counts(field, column, skip):
        """Plans per value of a many-to-many field, counted in its link table."""
        through = getattr(LessonPlanPage, field).through
        return dict(
            through.objects.filter(lessonplanpage__in=filtered(skip).values("pk"))
            .values_list(column)
            .annotate(n=Count("pk"))
            .order_by()
        )

    subject_counts = m2m_counts("subjects", "subject_id", "aine")
    grade_counts = m2m_counts("grades", "grade_id", "luokka")
    competence_counts = m2m_counts("competences", "transversalcompetence_id", "osaaminen")
    town_counts = dict(
        filtered("kunta").values_list("town_path").annotate(n=Count("pk")).order_by()
    )
    licence_counts = dict(
        filtered("lisenssi").values_list("licence").annotate(n=Count("pk")).order_by()
    )
    tag_counts = list(
        LessonPlanPageTag.objects.filter(content_object__in=filtered("aihe").values("pk"))
        .values("tag__slug", "tag__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "tag__name")[:30]
    )

    sort = request.GET.get("jarjestys", "uusimmat")
    if sort not in SORTS:
        sort = "uusimmat"
    results = (
        filtered()
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
        "selected": chosen,
        "sort": sort,
        "any_filter": any((subject, grade, competence, town, licence, tag)),
        "facets": [
            {"name": "aine", "label": _("Subject"),
             "values": [(s.slug, s.name, subject_counts.get(s.pk, 0)) for s in subjects
                        if subject_counts.get(s.pk) or s == subject]},
            {"name": "luokka", "label": _("Grade"),
             "values": [(g.slug, g.name, grade_counts.get(g.pk, 0)) for g in grades]},
            {"name": "osaaminen", "label": _("Transversal competence"),
             "values": [(c.code, f"{c.code} {c.name}", competence_counts.get(c.pk, 0))
                        for c in competences]},
            {"name": "kunta", "label": _("Municipality"),
             "values": [(t.slug, t.title, town_counts.get(path, 0)) for path, t in towns.items()
                        if town_counts.get(path) or t == town]},
            {"name": "lisenssi", "label": _("Licence"),
             "values": [(item.slug, item.name, licence_counts.get(item.pk, 0))
                        for item in licences if licence_counts.get(item.pk) or item == licence]},
            {"name": "aihe", "label": _("Tag"),
             "values": [(t["tag__slug"], t["tag__name"], t["n"]) for t in tag_counts]},
        ],
    }  # fmt: skip
