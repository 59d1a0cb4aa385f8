"""What a lesson plan's page shows around the plan itself: who wrote it, its tags (each a link
to the plan library filtered by it) and up to four related open plans.

All of it is the same for every reader (only open plans are named), so it is read together
when the template first asks, and kept until the content changes; a preview reads it afresh.
Read cold it costs a fixed number of queries (authors, tags, the library, the related plans and
their subjects and grades) whatever the number of plans; kept, none.

plans.models imports this module: the plan library's model comes from the plan page."""

from urllib.parse import urlencode

from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.db.models.functions import Substr
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from plans.library import curriculum_facet, name_card_taxonomy, town_path_length
from portal.core.cache import fragment
from portal.core.visibility import public_pages_in_one_query
from portal.municipalities.models import public_towns
from portal.sharing.copying import public_families

RELATED_LIMIT = 4


class PlanReading:
    """The plan page's authors, tags and related plans, read on first use (the pupil view,
    which shows none of them, reads nothing)."""

    def __init__(self, plan, request, library_model):
        self.plan = plan
        self.request = request
        self.library_model = library_model

    @cached_property
    def facts(self):
        if getattr(self.request, "is_preview", False) or not self.plan.pk:
            return self.read()
        return fragment("plan-reading", self.plan.pk, self.request.get_host(), build=self.read)

    @property
    def authors(self):
        return self.facts["authors"]

    @property
    def tags(self):
        return self.facts["tags"]

    @property
    def related(self):
        return self.facts["related"]

    def read(self):
        library = self.library_url()
        return {
            "authors": author_names(self.plan),
            "tags": [
                {
                    "name": tag.name,
                    "url": f"{library}?{urlencode({'aihe': tag.slug})}" if library else None,
                }
                for tag in sorted(self.plan.tags.all(), key=lambda tag: tag.name.lower())
            ],
            "related": related_plans(self.plan, self.request),
        }

    def library_url(self):
        """The address of the plan library in the reader's language (or any open one)."""
        language = get_language()
        library = (
            public_pages_in_one_query(self.library_model.objects.all())
            .annotate(
                elsewhere=Case(
                    When(locale__language_code=language, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("elsewhere", "pk")
            .first()
        )
        return library.get_url(self.request) if library else None


def real_names(people):
    """The people's full names, each once, in their order; those without a name are left out
    (such an account is known by its e-mail address, which never goes public)."""
    names = []
    for person in people:
        name = person.get_full_name().strip()
        if name and name not in names:
            names.append(name)
    return names


def author_names(plan):
    """The names of the plan's owner and co-authors, in the editor's order (real names only)."""
    return plan.author_names


def related_plans(plan, request, limit=RELATED_LIMIT):
    """Up to ``limit`` open plans that share a subject with ``plan``, those that share a grade
    too first, then the newest. Neither the plan, its other language versions nor its family
    (the plan it is an unchanged copy of, its unchanged copies) is among them; nor any other
    unchanged copy, which says nothing its origin does not. Each is a dict for the card."""
    subjects = [subject.pk for subject in plan.subject_list]
    if not subjects:
        return []
    grades = [grade.pk for grade in plan.grade_list]
    model = type(plan)
    excluded = {plan.pk} if plan.pk else set()
    for copy, source, _town, _name in public_families():
        excluded.add(copy)
        if copy == plan.pk:
            excluded.add(source)
    towns = {town.path: town for town in public_towns()}
    candidates = (
        public_pages_in_one_query(model.objects.all())
        .exclude(pk__in=excluded)
        .exclude(translation_key=plan.translation_key)
        .filter(Exists(_links(model, "subjects", subjects)))
        .annotate(town_path=Substr("path", 1, town_path_length(towns)))
        .order_by(Exists(_links(model, "grades", grades)).desc(), "-first_published_at", "-pk")
        .defer_streamfields()[:limit]
    )
    plans = list(candidates)
    name_card_taxonomy(plans, _card_facets(model))
    return [
        {
            "title": found.title,
            "url": found.get_url(request),
            "language": found.language,
            "summary": found.summary,
            "subjects": found.card_subjects,
            "grades": found.card_grades,
            "town": town.name if (town := towns.get(found.town_path)) else "",
        }
        for found in plans
    ]


def _links(model, field_name, ids):
    """The rows linking an outer plan to any of the ``ids`` through ``field_name``."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    return through.objects.filter(
        **{field.m2m_field_name(): OuterRef("pk"), f"{field.m2m_reverse_field_name()}__in": ids}
    )


def _card_facets(model):
    """The library's subject and grade facets: they name the subjects and grades of a card."""
    return [
        curriculum_facet(model, "subjects", "aine", _("Subject"), every=False),
        curriculum_facet(model, "grades", "luokka", _("Grade")),
    ]
