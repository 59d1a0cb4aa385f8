"""The portal's search: what the reader asked, what she may see, ranked, filtered and counted.

A query goes through Wagtail's search backend (PostgreSQL full text search in production,
search.backend), over the pages the reader may open (portal.visibility). Each Finnish word is
also asked for in its base form (search.finnish), so an inflected form finds the others.

The filters are facets (portal.core.facets): values joined with OR within a facet, AND across
facets, each facet counted over what the other chosen facets leave.

Where PostgreSQL has the RUM index (search.text.backend), search asks it for the best
BEST_MATCHES matches in rank order, and ranks, filters and counts only those: at 100,000 plans
a word that half of them hold costs little more than a rarer one, and the count says "2 000+".

One request costs a constant number of queries whatever the number of matches: one query for
every facet's counts over the matches (a common table expression; the counts of the chosen
types give the number of results), the page of results, one per page type on the page for the
specific pages, and the few small lists that name the facets' values.
"""

import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections
from django.db.models import BooleanField, Case, ExpressionWrapper, Q, When
from django.db.models import Value as SQLValue
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from badges.models import BadgeFrameworkPage
from home.models import StandardPage
from networks.networks.models import (
    CollectionPage,
    EventPage,
    NetworkMembership,
    NetworkPage,
    RegionPage,
)
from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    PracticeArea,
    PracticePage,
)
from plans.models import Grade, LessonPlanPage, Subject, TransversalCompetence
from portal.core.facets import Facet, Link, Selection, Value
from portal.core.pagination import paginate
from portal.core.visibility import visible_pages
from portal.municipalities.models import (
    MunicipalityIndexPage,
    MunicipalityPage,
    in_default_language,
)
from portal.sharing.models import LANGUAGE_NAMES, favoured_language
from search.page import copies
from search.page.highlight import snippet
from search.page.ranking import Ranked
from search.text import finnish

PAGE_SIZE = 20
# With the RUM index, search ranks, filters and counts this many of the best matches at most.
# At 100,000 plans (manage.py bench_search) 2,000 keeps the whole /haku/ request's p95 near
# 100 ms; 5,000 took it to 250-280 ms, as reading the rows of the best matches costs more than
# ranking them in the index.
BEST_MATCHES = 2_000
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
# Quotes, operators and control characters are syntax to the full-text engines (SQLite's FTS5
# fails on an unbalanced quote), never meaning to a reader: search words only.
# A point between digits belongs to the word ("Tutor 2.0").
NOT_A_WORD = re.compile(r"(?!(?<=\d)\.(?=\d))[^\w\s-]|_")
NEWEST = ("-first_published_at", "-id")
SORTS = {
    "osuvuus": pgettext_lazy("sort order", "Relevance"),
    "uusimmat": pgettext_lazy("sort order", "Newest first"),
}


def page_types():
    """The kinds of page a reader can search for, by the name used in the address."""
    return {
        "suunnitelma": LessonPlanPage,
        "kaytanne": PracticePage,
        "vuosikello": AnnualClockPage,
        "kehittamissuunnitelma": DevelopmentPlanPage,
        "osaamismerkit": BadgeFrameworkPage,
        "verkosto": NetworkPage,
        "alue": RegionPage,
        "kokoelma": CollectionPage,
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


def search_query(words, any_word=False):
    """Every word (or, with ``any_word``, any of them), in any of its forms: the word or its
    base form, for each word.

    A word's forms make one query ("murtoluvuilla | murtoluku"), so a page is ranked once
    per word, not once per form. A hyphenated word Voikko does not know as a whole is also
    asked for by its base form with the parts read one by one ("TVT-toimintasuunnitelma-
    prosesseista": "tvt-toimintasuunnitelmaprosessi").
    """
    parts = []
    for word in words:
        forms = dict.fromkeys([word.lower(), *finnish.base_forms(word)[:1]])
        parts.append(PlainText(" ".join(forms), operator="or"))
    if len(parts) == 1:
        return parts[0]
    return Or(parts) if any_word else And(parts)


# The facets' names, the parameters of the address (Vocabulary.facets).
FILTERS = ("tyyppi", "aine", "luokka", "osaaminen", "alue", "kunta", "verkosto", "kieli")


@dataclass(frozen=True)
class Counted:
    """How search narrows the pages by a facet and counts the matches for it: ``filter`` takes
    the chosen values' groups to a condition on pages; FACET_SQL counts the matches (``m``),
    ``join``ed to another table if need be, per value of the SQL expression ``group``."""

    filter: object
    group: str
    join: str = ""


class Vocabulary:
    """The facets' values: subjects, grades, competences, areas, towns and networks."""

    def __init__(self, user):
        self.types = page_types()
        self.subjects = list(Subject.objects.all())
        self.grades = list(Grade.objects.all())
        self.competences = list(TransversalCompetence.objects.all())
        self.areas = list(PracticeArea.objects.all())
        self.town_path_length = MunicipalityIndexPage.town_path_length()
        self.towns = list(
            visible_pages(user, in_default_language(MunicipalityPage.objects.all()))
            .only("title", "slug", "path", "municipality_code", "name_sv")
            .order_by("title")
        )
        if get_language() == "sv":
            self.towns.sort(key=lambda town: town.name)
        self.networks = list(
            visible_pages(user, in_default_language(NetworkPage.objects.all()))
            .only("title", "slug", "path")
            .order_by("title")
        )
        members = NetworkMembership.objects.filter(network__in=self.networks).values_list(
            "network_id", "municipality__path"
        )
        self.member_paths = {}
        for network_id, path in members:
            self.member_paths.setdefault(network_id, []).append(path)

    def facets(self):
        """The search's facets (FILTERS), every one taking several values."""
        type_ids = ContentType.objects.get_for_models(*self.types.values())
        types = [
            Value(key, model._meta.verbose_name_plural.capitalize(), (str(type_ids[model].pk),))
            for key, model in self.types.items()
        ]
        town = Counted(path_prefix, f"SUBSTR(m.path, 1, {int(self.town_path_length)})")
        practices = connection.ops.quote_name(PracticePage._meta.db_table)
        area = Counted(practices_in, "p.area_id", f"JOIN {practices} p ON p.page_ptr_id = m.id")
        facets = [
            ("tyyppi", _("Type"), types, Counted(type_condition, "m.content_type_id")),
            ("aine", _("Subject"), keyed(self.subjects), linked("subjects")),
            ("luokka", _("Grade"), keyed(self.grades), linked("grades")),
            ("osaaminen", _("Transversal competence"), keyed(self.competences, "code"),
             linked("competences")),
            ("alue", _("Practice area"), keyed(self.areas), area),
            ("kunta", _("Municipality"),
             [Value(t.slug, t.name, (t.path,)) for t in self.towns], town),
            # A network's own pages (its events) and everything in its member towns.
            ("verkosto", _("Network"),
             [Value(n.slug, n.title, (n.path, *self.member_paths.get(n.pk, [])))
              for n in self.networks], town),
            ("kieli", _("Language"),
             [Value(code, name, (code,)) for code, name in LANGUAGE_NAMES.items()],
             language_counted()),
        ]  # fmt: skip
        return [Facet(*facet, multiple=True) for facet in facets]


def keyed(items, key="slug"):
    """Values of a taxonomy by ``key``, counted by id (as text: FACET_SQL's groups are text)."""
    return [Value(getattr(item, key), str(item), (str(item.pk),)) for item in items]


def type_condition(ids):
    return Q(content_type__in=ids)


def practices_in(area_ids):
    return Q(pk__in=PracticePage.objects.filter(area__in=area_ids).values("pk"))


def linked(field_name):
    """Lesson plans by a many-to-many field, counted in its link table."""
    field = LessonPlanPage._meta.get_field(field_name)
    table = connection.ops.quote_name(field.remote_field.through._meta.db_table)
    return Counted(
        Link(field).filter,
        f"l.{field.m2m_reverse_name()}",
        f"JOIN {table} l ON l.{field.m2m_column_name()} = m.id",
    )


def written_in(languages):
    """Pages written in these languages: the shareable pages by their own ``language``, every
    other page (a town's, a network's, an event) in the portal's, Finnish."""
    condition = Q(pk__in=[])
    for model in shareable_models():
        condition |= Q(pk__in=model.objects.filter(language__in=languages).values("pk"))
    if settings.LANGUAGE_CODE in languages:
        others = Q()
        for model in shareable_models():
            others &= ~Q(pk__in=model.objects.values("pk"))
        condition |= others
    return condition


def readers_language_first(ordering):
    """``ordering`` with the pages of every type written in the reader's language first
    (``portal.sharing.models.favoured_language``)."""
    language = favoured_language()
    if language is None:
        return ordering
    first = Case(When(written_in([language]), then=SQLValue(0)), default=SQLValue(1))
    return (first, *ordering)


def readers_language_ranked_first(ids, using):
    """The best matches (ids, best first) with those in the reader's language first, each part
    in its own order: one query."""
    language = favoured_language()
    if language is None or not ids:
        return ids
    own = set(
        Page.objects.using(using)
        .filter(written_in([language]), pk__in=id_list(ids, using))
        .values_list("pk", flat=True)
    )
    return [pk for pk in ids if pk in own] + [pk for pk in ids if pk not in own]


def language_counted():
    """Counts by language: each shareable type's table joined, Finnish where none holds."""
    joins, columns = [], []
    for number, model in enumerate(shareable_models()):
        table = connection.ops.quote_name(model._meta.db_table)
        joins.append(f"LEFT JOIN {table} lang{number} ON lang{number}.page_ptr_id = m.id")
        columns.append(f"lang{number}.language")
    group = f"COALESCE({', '.join(columns)}, '{settings.LANGUAGE_CODE}')"
    return Counted(written_in, group, " ".join(joins))


def shareable_models():
    return [LessonPlanPage, PracticePage, AnnualClockPage, DevelopmentPlanPage, BadgeFrameworkPage]


def path_prefix(paths):
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def content_types(models):
    return list(ContentType.objects.get_for_models(*models).values())


@dataclass
class Outcome:
    query: str
    words: list
    sort: str
    choices: Selection
    page_obj: object = None
    results: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    suggestion: str = ""
    # No page held every word: the results hold any of them.
    any_word: bool = False
    # More pages matched than the BEST_MATCHES counted: the count is "at least".
    capped: bool = False

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
    outcome = Outcome(query=query, words=words, sort=sort, choices=Selection([], request.GET))
    if not words and not any(value for name in FILTERS for value in request.GET.getlist(name)):
        return outcome

    vocabulary = Vocabulary(user)
    selection = outcome.choices = Selection(vocabulary.facets(), request.GET)
    backend = get_search_backend()
    families = copies.Families(user)
    pages = families.collapsed(searchable_pages(user))
    found, matches, outcome.capped = find(backend, words, sort, pages, selection)
    groups = facet_counts(matches, selection)
    counts = {facet.name: facet.tally(groups[facet.name]) for facet in selection.facets}
    if len(words) > 1 and not total(counts, selection):
        # Every word must match when that finds anything; else any of them, and the page says so.
        outcome.any_word = True
        found, matches, outcome.capped = find(backend, words, sort, pages, selection, any_word=True)
        groups = facet_counts(matches, selection)
        counts = {facet.name: facet.tally(groups[facet.name]) for facet in selection.facets}
    count = total(counts, selection)
    if words and sort == "osuvuus":
        found = Ranked(found, words, count)
    outcome.page_obj = paginate(request, found, page_size, count=count)
    outcome.results = specific_results(
        list(outcome.page_obj.object_list), vocabulary, words, families
    )
    outcome.facets = selection.shown(counts)
    if words and outcome.page_obj.number == 1:
        outcome.promotions = promotions(user, query)
    if words and not outcome.total and not selection.any():
        outcome.suggestion = did_you_mean(user, vocabulary, words, backend)
    return outcome


def find(backend, words, sort, pages, selection, any_word=False):
    """The results (the pages every chosen filter leaves, ordered), the matches the facets
    are counted over (the same pages with no filter: the facet counts filter them), and
    whether the matches are only the best BEST_MATCHES of more."""
    results = selection.filter(pages)
    newest = readers_language_first(NEWEST)
    if not words:
        return results.order_by(*newest), pages.order_by(), False
    relevance = sort == "osuvuus"
    asked = search_query(words, any_word)
    best = best_matches(backend, asked, pages.db)
    if best is not None:
        matches = pages.filter(pk__in=id_list(best, pages.db)).order_by()
        results = selection.filter(matches)
        capped = len(best) >= BEST_MATCHES
        if relevance:
            return InOrder(readers_language_ranked_first(best, pages.db), results), matches, capped
        return results.order_by(*newest), matches, capped
    # Ranked by relevance, the candidates are ranked again by title (search.page.ranking) and
    # then read as specific pages: they need no more than their titles.
    results = results.only("id", "title") if relevance else results.order_by(*newest)
    found = backend.search(asked, results, order_by_relevance=relevance)
    return found, matching_pages(backend.search(asked, pages), pages), False


def best_matches(backend, asked, using):
    """The ids of the best BEST_MATCHES pages of the searchable kinds for a query, best first,
    where the backend reads them from a RUM index; else None."""
    if not hasattr(backend, "best_matches"):
        return None
    kinds = [kind.pk for kind in content_types(page_types().values())]
    return backend.best_matches(asked, Page, kinds, BEST_MATCHES, using=using)


def id_list(ids, using):
    """A list of page ids as one SQL parameter (not one parameter per id): an array on
    PostgreSQL, JSON on SQLite."""
    if connections[using].vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])", [list(ids)])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(ids))])


class InOrder:
    """Pages in the order of a list of ids (the best matches, best first): the ids that the
    pages (the reader's, filtered) hold, each slice read as pages with their titles."""

    def __init__(self, ids, pages):
        self.ids, self.pages = ids, pages
        self._kept = None

    def kept(self):
        if self._kept is None:
            held = set(self.pages.values_list("pk", flat=True))
            self._kept = [pk for pk in self.ids if pk in held]
        return self._kept

    def __len__(self):
        return len(self.kept())

    def count(self):
        return len(self)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        wanted = self.kept()[key]
        pages = self.pages.only("id", "title").in_bulk(wanted)
        return [pages[pk] for pk in wanted if pk in pages]


def total(counts, selection):
    """The number of results: every page has one type, so the counts of the chosen types (of
    every type when none is chosen) add up to it, and the pages of results need no count
    query of their own."""
    types = selection.chosen.get("tyyppi")
    return sum(count for value, count in counts["tyyppi"] if not types or value in types)


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
    # The other towns' unchanged copies of the same page (search.page.copies).
    copies: list = field(default_factory=list)


def specific_results(pages, vocabulary, words, families):
    specific = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    towns = {town.path: town for town in vocabulary.towns}
    lists = families.lists(pages)
    results = []
    for page in pages:
        shown = specific.get(page.pk, page)
        results.append(
            Result(
                page=shown,
                kind=type(shown)._meta.verbose_name,
                town=towns.get(shown.path[: vocabulary.town_path_length])
                if len(shown.path) > vocabulary.town_path_length
                else None,
                snippet=snippet(shown, words),
                copies=lists.get(page.pk, []),
            )
        )
    return results


# One branch per facet: its matches, where every OTHER chosen facet holds (Selection.others),
# counted per group.
FACET_SQL = (
    "SELECT '{name}', CAST({group} AS TEXT), COUNT(*) FROM m {join} WHERE {where} GROUP BY {group}"
)


def facet_counts(matches, selection):
    """The matches per group of every facet, in one query: the matches, with a column telling
    whether each chosen facet holds for them, counted per facet over the rows every other
    chosen facet holds for. {facet name: {group: count}}."""
    chosen = {
        f"chosen_{facet.name}": ExpressionWrapper(facet.condition(values), BooleanField())
        for facet, values in selection.others()
    }
    columns = matches.annotate(**chosen).values("id", "content_type_id", "path", *chosen)
    sql, params = columns.query.sql_with_params()
    branches = []
    for facet in selection.facets:
        others = [f"m.chosen_{other.name}" for other, _values in selection.others(facet)]
        where = " AND ".join(others) or "1 = 1"
        branches.append(
            FACET_SQL.format(name=facet.name, group=facet.by.group, join=facet.by.join, where=where)
        )
    counts = {facet.name: {} for facet in selection.facets}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH m AS ({sql})\n" + "\nUNION ALL\n".join(branches), params)
        for name, key, count in cursor.fetchall():
            counts[name][key] = count
    return counts


def promotions(user, query):
    """The pages editors promote for this query (Wagtail's search promotions) that the reader
    may open, in the editors' order."""
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
