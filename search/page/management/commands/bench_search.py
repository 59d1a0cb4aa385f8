"""Benchmark search: make N synthetic plans, index them, time searches and facet counts.

    manage.py bench_search --plans 10000 100000

On PostgreSQL (production) or on the embedded SQLite default (DATABASE_URL unset). Prints, for
each size: the time to make and to index the plans, the size of the search index, and p50/p95
over 50 queries of
  search  the ranked first page of results (the best candidates ranked again by title),
  facets  the counts of every facet over the matches (and so the number of results),
  page    the whole /haku/ request, as a reader's browser makes it.
Everything runs in one transaction that is rolled back: nothing is left in the database, unless
``--keep`` is given (for a scratch database: a later run times the plans already there).
"""

import statistics
import sys
import time

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from plans.models import LessonPlanPage
from portal.core.facets import Selection
from search.page import copies, engine
from search.page.bench import SUBJECT_WORDS, TOPICS, demo_plan_maker, percentile
from search.page.ranking import Ranked

QUERIES = [
    "murtoluvuilla", "vuosikelloon", "hyvinvoinnin", "lukutaitoa", "ohjelmoinnissa",
    "kestävän kehityksen", "mediataitojen", "lähdekritiikkiä", "tunnetaidoissa", "kielikylvyssä",
    "metsään", "vedessä", "kertotaulua", "yhtälöillä", "prosentteja", "geometriaa", "sääilmiöt",
    "energiankulutus", "demokratiaa", "säästäminen", "runoilla", "saduissa", "kasvien",
    "eläimistä", "ruokakasvatus", "pyöräily", "kaveritaidot", "kiusaamisesta", "ryhmätyö",
    "vertaisarviointi", "murtoluku pizza", "metsä retkellä", "oppilaat tutkivat",
    "matematiikan", "historiassa", "musiikin tunti", "kuvataiteessa", "liikunnassa", "tabletilla",
    "pienryhmissä", "kirjastossa", "draaman keinoin", "projekti", "tutkitaan", "ympäristöopin",
    "äidinkielen runot", "geometria kolmiot", "energia uusiutuva", "vaalit", "ystävät",
]  # fmt: skip


class Rollback(Exception):
    pass


def progress(label, done, total, started):
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.perf_counter() - started, 1e-9)
    sys.stdout.write(
        f"\r  {label:9} [{'#' * filled}{'.' * (width - filled)}] "
        f"{done:>7,}/{total:,}  {rate:,.0f}/s"
    )
    sys.stdout.flush()
    if done >= total:
        sys.stdout.write("\n")


class Command(BaseCommand):
    help = "Time search and facet counts over N synthetic plans (rolled back afterwards)."

    def add_arguments(self, parser):
        parser.add_argument("--plans", type=int, nargs="+", default=[10_000, 100_000])
        parser.add_argument(
            "--repeat",
            type=int,
            default=2,
            help="rounds over the 50 queries: the first asks each query for the first time in "
            "this process, the later ones again (as a busy server does)",
        )
        parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE one query")
        parser.add_argument(
            "--keep", action="store_true", help="keep the plans (on a scratch database only)"
        )

    def handle(self, *args, plans, repeat, explain, keep, **options):
        if explain and connection.vendor != "postgresql":
            raise CommandError("--explain needs PostgreSQL (set DATABASE_URL).")
        if keep:
            self.run(sorted(plans), repeat, explain)
            return
        try:
            with transaction.atomic():
                self.run(sorted(plans), repeat, explain)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")

    def run(self, sizes, repeat, explain):
        maker = demo_plan_maker()
        if maker is None:
            raise CommandError("Load the demo content first (manage.py load_demo).")
        town = maker.town
        backend = get_search_backend()
        index = backend.get_index_for_model(LessonPlanPage)
        existing = LessonPlanPage.objects.count()
        self.stdout.write(
            f"{existing} plans to begin with; synthetic plans go under {town.title}. "
            f"{len(TOPICS)} topics, {len(SUBJECT_WORDS)} subjects in the text."
        )
        made = existing
        for size in sizes:
            if size < made:
                continue
            if size > made:
                self.make(maker, index, size - made)
                made = size
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            self.stdout.write(f"{LessonPlanPage.objects.count():,} plans; {self.index_size()}")
            self.time_queries(repeat)
            if explain:
                self.explain()

    def make(self, maker, index, wanted):
        started = time.perf_counter()
        for done in maker.make(wanted):
            progress("making", done, wanted, started)
        making = time.perf_counter() - started
        new_ids = list(LessonPlanPage.objects.order_by("-pk").values_list("pk", flat=True)[:wanted])
        started = time.perf_counter()
        for start in range(0, wanted, 1000):
            chunk = new_ids[start : start + 1000]
            objects = LessonPlanPage.objects.filter(pk__in=chunk).prefetch_related(
                "subjects", "tags"
            )
            index.add_items(LessonPlanPage, list(objects))
            progress("indexing", min(start + 1000, wanted), wanted, started)
        indexing = time.perf_counter() - started
        self.stdout.write(
            f"{wanted:,} plans made in {making:.1f} s ({wanted / making:,.0f}/s), "
            f"indexed in {indexing:.1f} s ({wanted / indexing:,.0f}/s)"
        )

    def index_size(self):
        if connection.vendor != "postgresql":
            return f"the {connection.vendor} search index of Wagtail's database backend"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('wagtailsearch_indexentry')), "
                "pg_size_pretty(pg_relation_size('search_indexentry_text_gin')), "
                "(SELECT count(*) FROM wagtailsearch_indexentry), "
                "(SELECT pg_size_pretty(sum(pg_column_size(e.*))) "
                "FROM wagtailsearch_indexentry e)"
            )
            total, gin, rows, live = cursor.fetchone()
        # The total holds the dead rows Wagtail's title norm updates leave in this one
        # transaction (no VACUUM runs inside it); the live rows are what a vacuumed index holds.
        return (
            f"search index {total} on disk ({rows:,} entries, {live} of live rows), "
            f"whole-text GIN index {gin}"
        )

    def request(self, words):
        request = RequestFactory().get("/haku/", {"q": words})
        request.user = AnonymousUser()
        return request

    def time_queries(self, repeat):
        host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), "localhost")
        client = Client(SERVER_NAME=host.strip("[]"))
        client.get("/haku/", {"q": "opentori"})
        for number in range(repeat):
            self.stdout.write(
                "  first round (each query new to this process):"
                if number == 0
                else f"  round {number + 1} (the same queries again):"
            )
            self.time_round(client)

    def time_round(self, client):
        user = AnonymousUser()
        backend = get_search_backend()
        search_times, facet_times, page_times, totals = [], [], [], []
        queries_per_page = set()
        for query in QUERIES:
            _shown, words = engine.clean_query(query)
            vocabulary = engine.Vocabulary(user)
            selection = Selection(vocabulary.facets(), self.request(query).GET)
            pages = copies.Families(user).collapsed(engine.searchable_pages(user))
            started = time.perf_counter()
            found, matches, _capped = engine.find(backend, words, "osuvuus", pages, selection)
            list(Ranked(found, words, engine.PAGE_SIZE)[: engine.PAGE_SIZE])
            search_times.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            counts = engine.facet_counts(matches, selection)
            facet_times.append((time.perf_counter() - started) * 1000)
            totals.append(sum(counts["tyyppi"].values()))
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as captured:
                response = client.get("/haku/", {"q": query})
            page_times.append((time.perf_counter() - started) * 1000)
            queries_per_page.add(len(captured))
            if response.status_code != 200:
                raise CommandError(f"/haku/?q={query} answered {response.status_code}")
        for label, values in (
            ("search", search_times),
            ("facets", facet_times),
            ("page", page_times),
        ):
            self.stdout.write(
                f"    {label:7} p50 {statistics.median(values):7.1f} ms   "
                f"p95 {percentile(values, 0.95):7.1f} ms   max {max(values):7.1f} ms"
            )
        self.stdout.write(
            f"    matches counted per query: median {statistics.median(totals):,.0f}, "
            f"max {max(totals):,}; queries per page request: "
            f"{min(queries_per_page)}–{max(queries_per_page)}"
        )

    def explain(self):
        user = AnonymousUser()
        vocabulary = engine.Vocabulary(user)
        selection = Selection(vocabulary.facets(), self.request("metsään").GET)
        pages = selection.filter(engine.searchable_pages(user))
        found = get_search_backend().search(engine.search_query(["metsään"]), pages)
        sql, params = found.get_queryset()[:20].query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
            self.stdout.write("\n".join(row[0] for row in cursor.fetchall()))
