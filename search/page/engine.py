"""The portal's search: what the reader asked, what she may see, ranked, filtered and counted.

A query goes through Wagtail's search backend (PostgreSQL full text search in production,
search.backend), over the pages the reader may open (portal.visibility). Each Finnish word is
also asked for in its base form (search.finnish), so an inflected form finds the others.

One request costs a constant number of queries whatever the number of matches: one query for
every facet's counts over the matches (a common table expression; the counts of the types give
the number of matches), the page of results, one per page type on the page for the specific
pages, and the few small lists that name the facets' values.
"""

import re
from dataclasses import dataclass, field

from django.db import connection
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelsearch.query import And, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.core.pagination import paginate
from portal.core.visibility import visible_pages
from search.text import finnish

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
# Quotes, operators and control characters are syntax to the full-text engines (SQLite's FTS5
# fails on an unbalanced quote), never meaning to a reader: search words only.
NOT_A_WORD = re.compile(r"[^\w\s-]|_")
NEWEST = ("-first_published_at", "-id")
SORTS = {
    "osuvuus": pgettext_lazy("sort order", "Relevance"),
    "uusimmat": pgettext_lazy("sort order", "Newest first"),
}


def page_types():
    """The kinds of page a reader can search for, by the name used in the address."""
    from home.models import StandardPage
    from networks.networks.models import EventPage, NetworkPage
    from networks.practices.models import AnnualClockPage, DevelopmentPlanPage, PracticePage
    from plans.models import LessonPlanPage
    from portal.municipalities.models import MunicipalityPage

    return {
        "suunnitelma": LessonPlanPage,
        "kaytanne": PracticePage,
        "vuosikello": AnnualClockPage,
        "kehittamissuunnitelma": DevelopmentPlanPage,
        "verkosto": NetworkPage,
        "tapahtuma": EventPage,
        "kunta": MunicipalityPage,
        "sivu": StandardPage,
    }


def searchable_pages(user, models=None):
    """The pages of these kinds (by default every searchable kind) that the user may open."""
    return visible_pages(
        user, Page.objects.filter(content_type__in=content_types(models or page_types().values()))
    )


def clean_query(raw):
    """The reader's query as shown back to her, and the words to search for."""
    query = " ".join((raw or "")[: MAX_QUERY_LENGTH * 5].split())[:MAX_QUERY_LENGTH]
    words = [w.strip("-") for w in NOT_A_WORD.sub(" ", query).split()]
    return query, [w for w in words if w][:MAX_WORDS]


def search_query(words):
    """Every word, in any of its forms: the word or its base form, for each word.

    A word's forms make one query ("murtoluvuilla | murtoluku"), so a page is ranked once
    per word, not once per form.
    """
    parts = []
    for word in words:
        forms = dict.fromkeys([word.lower(), *finnish.base_forms(word)[:1]])
        parts.append(PlainText(" ".join(forms), operator="or"))
    return parts[0] if len(parts) == 1 else And(parts)


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)


@dataclass
class Choices:
    """The filters the reader chose, each a set of keys, read from the address."""

    types: list
    subjects: list
    grades: list
    competences: list
    areas: list
    towns: list
    networks: list

    PARAMETERS = {
        "types": "tyyppi",
        "subjects": "aine",
        "grades": "luokka",
        "competences": "osaaminen",
        "areas": "alue",
        "towns": "kunta",
        "networks": "verkosto",
    }

    @classmethod
    def from_request(cls, request):
        return cls(
            **{
                name: [value[:60] for value in request.GET.getlist(parameter)[:30] if value]
                for name, parameter in cls.PARAMETERS.items()
            }
        )

    def any(self):
        return any(getattr(self, name) for name in self.PARAMETERS)


class Vocabulary:
    """The facets' values: subjects, grades, competences, areas, towns and networks."""

    def __init__(self, user):
        from networks.networks.models import NetworkMembership, NetworkPage
        from networks.practices.models import PracticeArea
        from plans.models import Grade, Subject, TransversalCompetence
        from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage

        self.types = page_types()
        self.subjects = list(Subject.objects.all())
        self.grades = list(Grade.objects.all())
        self.competences = list(TransversalCompetence.objects.all())
        self.areas = list(PracticeArea.objects.all())
        self.town_path_length = MunicipalityIndexPage.town_path_length()
        self.towns = list(
            visible_pages(user, MunicipalityPage.objects.all())
            .only("title", "slug", "path", "municipality_code")
            .order_by("title")
        )
        self.networks = list(
            visible_pages(user, NetworkPage.objects.all())
            .only("title", "slug", "path")
            .order_by("title")
        )
        members = NetworkMembership.objects.filter(network__in=self.networks).values_list(
            "network_id", "municipality__path"
        )
        self.member_paths = {}
        for network_id, path in members:
            self.member_paths.setdefault(network_id, []).append(path)


def filtered_pages(user, vocabulary, choices):
    """The pages the reader may open, of the chosen kinds, narrowed by every chosen filter."""
    from networks.practices.models import PracticePage
    from plans.models import LessonPlanPage

    types = vocabulary.types
    chosen_types = [types[key] for key in choices.types if key in types] or list(types.values())
    pages = searchable_pages(user, chosen_types)

    def within(keys, items, key):
        wanted = set(keys)
        return [item for item in items if key(item) in wanted]

    subjects = within(choices.subjects, vocabulary.subjects, lambda s: s.slug)
    grades = within(choices.grades, vocabulary.grades, lambda g: g.slug)
    competences = within(choices.competences, vocabulary.competences, lambda c: c.code)
    if subjects or grades or competences:
        plans = LessonPlanPage.objects.all()
        if subjects:
            plans = plans.filter(subjects__in=subjects)
        if grades:
            plans = plans.filter(grades__in=grades)
        if competences:
            plans = plans.filter(competences__in=competences)
        pages = pages.filter(pk__in=plans.values("pk"))
    areas = within(choices.areas, vocabulary.areas, lambda a: a.slug)
    if areas:
        pages = pages.filter(pk__in=PracticePage.objects.filter(area__in=areas).values("pk"))
    towns = within(choices.towns, vocabulary.towns, lambda t: t.slug)
    if towns:
        pages = pages.filter(path_prefix(town.path for town in towns))
    networks = within(choices.networks, vocabulary.networks, lambda n: n.slug)
    if networks:
        paths = [p for n in networks for p in vocabulary.member_paths.get(n.pk, [])]
        # A network's own pages (its events) and everything in its member towns.
        pages = pages.filter(path_prefix([*paths, *(n.path for n in networks)]))
    return pages


def path_prefix(paths):
    from django.db.models import Q

    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def content_types(models):
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*models).values())


@dataclass
class Outcome:
    query: str
    words: list
    sort: str
    choices: Choices
    page_obj: object = None
    results: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    suggestion: str = ""

    @property
    def total(self):
        return self.page_obj.paginator.count if self.page_obj else 0


def run(request, page_size=PAGE_SIZE):
    """Search for what the request asks, as the reader who sent it may see it."""
    user = request.user
    query, words = clean_query(request.GET.get("q", ""))
    sort = request.GET.get("jarjestys", "osuvuus")
    if sort not in SORTS:
        sort = "osuvuus"
    choices = Choices.from_request(request)
    outcome = Outcome(query=query, words=words, sort=sort, choices=choices)
    if not words and not choices.any():
        return outcome

    vocabulary = Vocabulary(user)
    pages = filtered_pages(user, vocabulary, choices)
    backend = get_search_backend()
    if words:
        relevance = sort == "osuvuus"
        if not relevance:
            pages = pages.order_by(*NEWEST)
        found = backend.search(search_query(words), pages, order_by_relevance=relevance)
        matches = matching_pages(found, pages)
    else:
        found = pages.order_by(*NEWEST)
        matches = found.order_by()

    counts = facet_counts(matches, vocabulary.town_path_length)
    # Every page has one type: the type counts add up to the number of matches, so the pages
    # of results need no count query of their own.
    total = sum(counts.get("type", {}).values())
    outcome.page_obj = paginate(request, found, page_size, count=total)
    outcome.results = specific_results(list(outcome.page_obj.object_list), vocabulary, words)
    outcome.facets = facets(counts, vocabulary, choices)
    if words and outcome.page_obj.number == 1:
        outcome.promotions = promotions(user, query)
    if words and not outcome.total and not choices.any():
        outcome.suggestion = did_you_mean(user, vocabulary, words, backend)
    return outcome


# An OpenSearch/Elasticsearch backend hands back pages, not a query: the facets then count
# over at most this many of the best matches.
MAX_EXTERNAL_MATCHES = 10_000


def matching_pages(found, pages):
    """All the matches as a queryset of pages, for the facet counts."""
    if hasattr(found, "get_queryset"):  # Wagtail's database backends
        return found.get_queryset().order_by()
    ids = [page.pk for page in found[:MAX_EXTERNAL_MATCHES]]
    return pages.filter(pk__in=ids).order_by()


@dataclass
class Result:
    page: Page
    kind: str
    town: object
    snippet: str


def specific_results(pages, vocabulary, words):
    from search.page.highlight import snippet

    specific = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    towns = {town.path: town for town in vocabulary.towns}
    results = []
    for page in pages:
        page = specific.get(page.pk, page)
        results.append(
            Result(
                page=page,
                kind=type(page)._meta.verbose_name,
                town=towns.get(page.path[: vocabulary.town_path_length])
                if len(page.path) > vocabulary.town_path_length
                else None,
                snippet=snippet(page, words),
            )
        )
    return results


FACET_SQL = """
WITH m AS ({matches})
SELECT 'type', CAST(m.content_type_id AS TEXT), COUNT(*) FROM m GROUP BY m.content_type_id
UNION ALL
SELECT 'subject', CAST(s.subject_id AS TEXT), COUNT(*)
  FROM m JOIN {subjects} s ON s.lessonplanpage_id = m.id GROUP BY s.subject_id
UNION ALL
SELECT 'grade', CAST(g.grade_id AS TEXT), COUNT(*)
  FROM m JOIN {grades} g ON g.lessonplanpage_id = m.id GROUP BY g.grade_id
UNION ALL
SELECT 'competence', CAST(c.transversalcompetence_id AS TEXT), COUNT(*)
  FROM m JOIN {competences} c ON c.lessonplanpage_id = m.id GROUP BY c.transversalcompetence_id
UNION ALL
SELECT 'area', CAST(p.area_id AS TEXT), COUNT(*)
  FROM m JOIN {practices} p ON p.page_ptr_id = m.id GROUP BY p.area_id
UNION ALL
SELECT 'town', SUBSTR(m.path, 1, {town_length}), COUNT(*)
  FROM m WHERE LENGTH(m.path) >= {town_length} GROUP BY SUBSTR(m.path, 1, {town_length})
"""


def facet_counts(matches, town_path_length):
    """Counts of every facet's values over the matching pages, in one query."""
    from networks.practices.models import PracticePage
    from plans.models import LessonPlanPage

    sql, params = matches.values("id", "content_type_id", "path").query.sql_with_params()
    quote = connection.ops.quote_name
    statement = FACET_SQL.format(
        matches=sql,
        subjects=quote(LessonPlanPage.subjects.through._meta.db_table),
        grades=quote(LessonPlanPage.grades.through._meta.db_table),
        competences=quote(LessonPlanPage.competences.through._meta.db_table),
        practices=quote(PracticePage._meta.db_table),
        town_length=int(town_path_length),
    )
    counts = {}
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        for facet, key, count in cursor.fetchall():
            counts.setdefault(facet, {})[key] = count
    return counts


def facets(counts, vocabulary, choices):
    from django.contrib.contenttypes.models import ContentType

    type_ids = ContentType.objects.get_for_models(*vocabulary.types.values())

    def facet(name, label, items, key, title, counted, chosen):
        chosen = set(chosen)
        values = []
        for item in items:
            count = counted(item)
            if count or key(item) in chosen:
                values.append(FacetValue(key(item), title(item), count, key(item) in chosen))
        return Facet(name, label, values)

    towns = counts.get("town", {})
    return [
        facet("tyyppi", _("Type"), list(vocabulary.types.items()), lambda t: t[0],
              lambda t: t[1]._meta.verbose_name_plural.capitalize(),
              lambda t: counts.get("type", {}).get(str(type_ids[t[1]].pk), 0), choices.types),
        facet("aine", _("Subject"), vocabulary.subjects, lambda s: s.slug, lambda s: s.name,
              lambda s: counts.get("subject", {}).get(str(s.pk), 0), choices.subjects),
        facet("luokka", _("Grade"), vocabulary.grades, lambda g: g.slug, lambda g: g.name,
              lambda g: counts.get("grade", {}).get(str(g.pk), 0), choices.grades),
        facet("osaaminen", _("Transversal competence"), vocabulary.competences,
              lambda c: c.code, lambda c: f"{c.code} {c.name}",
              lambda c: counts.get("competence", {}).get(str(c.pk), 0), choices.competences),
        facet("alue", _("Practice area"), vocabulary.areas, lambda a: a.slug, lambda a: a.name,
              lambda a: counts.get("area", {}).get(str(a.pk), 0), choices.areas),
        facet("kunta", _("Municipality"), vocabulary.towns, lambda t: t.slug, lambda t: t.title,
              lambda t: towns.get(t.path, 0), choices.towns),
        facet("verkosto", _("Network"), vocabulary.networks, lambda n: n.slug,
              lambda n: n.title,
              lambda n: towns.get(n.path, 0)  # the network's own pages, its events among them
              + sum(towns.get(p, 0) for p in vocabulary.member_paths.get(n.pk, [])),
              choices.networks),
    ]  # fmt: skip


def promotions(user, query):
    """The pages editors promote for this query (Wagtail's search promotions) that the reader
    may open, in the editors' order."""
    from modelsearch.utils import normalise_query_string
    from wagtail.contrib.search_promotions.models import SearchPromotion

    chosen = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query), page__isnull=False
        )
        .order_by("sort_order")
        .values_list("page_id", "description")
    )
    if not chosen:
        return []
    pages = visible_pages(user, Page.objects.filter(pk__in=[pk for pk, _ in chosen]))
    pages = pages.specific().in_bulk()
    return [(pages[pk], description) for pk, description in chosen if pk in pages]


def did_you_mean(user, vocabulary, words, backend):
    """A spelling the dictionary knows, when it finds what the reader's spelling did not."""
    corrected = [finnish.suggestion(word) or word for word in words]
    if corrected == words:
        return ""
    pages = searchable_pages(user, vocabulary.types.values())
    if not backend.search(search_query(corrected), pages, order_by_relevance=False).count():
        return ""
    return " ".join(corrected)
