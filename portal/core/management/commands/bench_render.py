"""Times the rendering of one page of each public type, as an anonymous reader sees it.

For each type it prints the median and 95th percentile of the time a request takes and the
number of database queries, three ways: with nothing kept in the cache ("cold": every fragment
built), with the fragments kept but the page cache bypassed ("warm"), and as a hit of the
anonymous page cache. The page of each type is the open one with the most pages under it
(a town with the most content), so the numbers hold for the largest page of its kind.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from portal.core.cache import bump_content_version
from portal.core.visibility import public_pages

# (label, app label, model, suffix after the page's address)
PAGE_TYPES = [
    ("plan", "plans", "lessonplanpage", ""),
    ("pupil view", "plans", "lessonplanpage", "oppilaalle/"),
    ("practice", "practices", "practicepage", ""),
    ("annual clock", "practices", "annualclockpage", ""),
    ("development plan", "practices", "developmentplanpage", ""),
    ("town", "municipalities", "municipalitypage", ""),
    ("network", "networks", "networkpage", ""),
    ("region", "networks", "regionpage", ""),
    ("event", "networks", "eventpage", ""),
    ("collection", "networks", "collectionpage", ""),
    ("plan library", "plans", "planlibrarypage", ""),
    ("practice library", "practices", "practicelibrarypage", ""),
    ("home", "home", "homepage", ""),
]


def find_page(app_label, model):
    pages = public_pages().filter(content_type__app_label=app_label, content_type__model=model)
    return pages.order_by("-numchild", "path").first()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


class Command(BaseCommand):
    help = "Times one page of each public type (cold, warm fragments, page cache hit)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30, help="requests per page and way")

    def handle(self, *args, runs, **options):
        client = Client()
        self.stdout.write(
            f"{'page type':<18} {'cold ms (median/p95)':>21} {'q':>4} "
            f"{'warm ms':>14} {'q':>4} {'hit ms':>12} {'q':>3}"
        )
        with override_settings(ALLOWED_HOSTS=["*"]):
            for label, app_label, model, suffix in PAGE_TYPES:
                page = find_page(app_label, model)
                if page is None:
                    self.stdout.write(f"{label:<18} (no open page of this type)")
                    continue
                url = page.url + suffix
                cold = self.measure(client, url, runs, bump=True, page_cache=False)
                warm = self.measure(client, url, runs, bump=False, page_cache=False)
                hit = self.measure(client, url, runs, bump=False, page_cache=True)
                self.stdout.write(
                    f"{label:<18} {self.cell(cold):>21} {cold[2]:>4} "
                    f"{self.cell(warm):>14} {warm[2]:>4} {self.cell(hit):>12} {hit[2]:>3}"
                )

    @staticmethod
    def cell(result):
        median, p95, _queries = result
        return f"{median:.1f}/{p95:.1f}"

    def measure(self, client, url, runs, *, bump, page_cache):
        timings, queries = [], []
        with override_settings(PAGE_CACHE=page_cache):
            client.get(url)  # warm up: the first request builds what later ones keep
            for _ in range(runs):
                if bump:
                    bump_content_version()
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")
                queries.append(len(captured))
        return statistics.median(timings), percentile(timings, 0.95), max(queries)
