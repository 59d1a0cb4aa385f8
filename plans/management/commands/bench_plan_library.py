"""Benchmark the plan library: create N synthetic plans, time the library, roll everything back.

    manage.py bench_plan_library --plans 1000 10000

Prints the time to create the plans and p50/p95 of library requests (unfiltered, filtered by
one and by three facets, second page), each with the facets' counts as the cache keeps them and
as the first request after a publish counts them. Nothing is left in the database: all of it
runs in one transaction that is rolled back at the end, unless ``--keep`` (then a later run
with the same number of plans times the library again without creating them).
"""

import random
import statistics
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from plans.models import Grade, LessonPlanPage, PlanLibraryPage, Subject, TransversalCompetence
from portal.core.cache import bump_content_version
from portal.core.visibility import Visibility
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
from portal.sharing.models import Licence

TOPICS = [
    ("Murtoluvut arjessa", "Oppilaat vertailevat murtolukuja pizzan ja suklaalevyn avulla."),
    ("Syksyn merkit", "Retki koulun pihalle: havaitaan ja kirjataan syksyn merkkejä."),
    ("Tarinan rakenne", "Alku, keskikohta ja loppu omassa sadussa."),
    ("Ohjelmointi Scratchilla", "Ensimmäinen oma peli: liike, silmukka ja ehto."),
    ("Mediataito ja lähdekritiikki", "Kuka kirjoitti uutisen ja miksi?"),
    ("Kestävä arki", "Oman luokan energiankulutuksen tutkiminen."),
]


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the plan library with N synthetic plans (rolled back afterwards)."

    def add_arguments(self, parser):
        parser.add_argument("--plans", type=int, nargs="+", default=[1000, 10000])
        parser.add_argument("--requests", type=int, default=20)
        parser.add_argument(
            "--keep", action="store_true", help="keep the plans made (for timing again later)"
        )

    def handle(self, *args, plans, requests, keep, **options):
        if keep:
            self.run(sorted(plans), requests)
            return
        try:
            with transaction.atomic():
                self.run(sorted(plans), requests)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")

    def run(self, sizes, requests):
        random.seed(2026)
        home = Site.objects.get(is_default_site=True).root_page
        index = MunicipalityIndexPage.objects.first()
        if index is None:
            index = home.add_child(instance=MunicipalityIndexPage(title="Kunnat", slug="kunnat"))
        town = MunicipalityPage.objects.first() or index.add_child(
            instance=MunicipalityPage(title="Rusko", slug="rusko", municipality_code="704")
        )
        if not PlanLibraryPage.objects.exists():
            home.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
        library_url = PlanLibraryPage.objects.get().url
        subjects, grades = list(Subject.objects.all()), list(Grade.objects.all())
        competences, licence = list(TransversalCompetence.objects.all()), Licence.objects.first()

        created = LessonPlanPage.objects.count()
        for size in sizes:
            started = time.perf_counter()
            self.make_plans(town, range(created, size), licence, subjects, grades, competences)
            made = size - created
            created = size
            self.stdout.write(
                f"{size} plans: created {made} in {time.perf_counter() - started:.1f} s"
            )
            # Rendered every time: no page kept for anonymous readers.
            with override_settings(PAGE_CACHE=False):
                self.time_library(library_url, subjects, grades, requests)

    def make_plans(self, town, numbers, licence, *taxonomy):
        """Plans published a minute apart, each with two subjects, grades and competences; every
        tenth is a draft only its author reads (a view restriction, as the visibility field
        makes). The first goes through the page tree as an editor's would, the rest are written
        in bulk after it (no search index, no revisions: the library reads neither)."""
        if not numbers:
            return
        now = timezone.now()
        first = town.add_child(instance=self.plan(numbers[0], licence, now))
        step = Page._str2int(first.path[-Page.steplen :])
        pages = [
            Page(
                **{
                    f.attname: getattr(first, f.attname)
                    for f in Page._meta.concrete_fields
                    if f.attname not in ("id", "path", "translation_key")
                },
            )
            for _number in numbers[1:]
        ]
        for offset, (number, page) in enumerate(zip(numbers[1:], pages, strict=True), 1):
            plan = self.plan(number, licence, now)
            page.path = Page._get_path(town.path, first.depth, step + offset)
            page.title = page.draft_title = plan.title
            page.slug = plan.slug
            page.url_path = f"{town.url_path}{plan.slug}/"
            page.first_published_at = page.last_published_at = plan.first_published_at
        Page.objects.bulk_create(pages, batch_size=1000)
        Page.objects.filter(pk=town.pk).update(numchild=F("numchild") + len(pages))
        columns = [
            connection.ops.quote_name(f.column)
            for f in LessonPlanPage._meta.local_concrete_fields
            if f.column != "page_ptr_id"
        ]
        table = connection.ops.quote_name(LessonPlanPage._meta.db_table)
        copied = ", ".join(f"t.{c}" for c in columns)
        with connection.cursor() as cursor:
            for start in range(0, len(pages), 500):
                batch = [page.pk for page in pages[start : start + 500]]
                cursor.execute(
                    f"INSERT INTO {table} (page_ptr_id, {', '.join(columns)}) "  # noqa: S608
                    f"SELECT p.id, {copied} FROM wagtailcore_page p, {table} t "
                    f"WHERE t.page_ptr_id = %s AND p.id IN ({', '.join(['%s'] * len(batch))})",
                    [first.pk, *batch],
                )
        ids = [first.pk] + [page.pk for page in pages]
        for name, items in zip(("subjects", "grades", "competences"), taxonomy, strict=True):
            field = LessonPlanPage._meta.get_field(name)
            through = field.remote_field.through
            owner, value = field.m2m_field_name(), field.m2m_reverse_field_name()
            through.objects.bulk_create(
                [
                    through(**{f"{owner}_id": pk, f"{value}_id": item.pk})
                    for pk in ids
                    for item in random.sample(items, 2)
                ],
                batch_size=5000,
            )
        private = ids[::10]
        LessonPlanPage.objects.filter(pk__in=private).update(visibility=Visibility.PRIVATE)
        PageViewRestriction.objects.bulk_create(
            [
                PageViewRestriction(page_id=pk, restriction_type=PageViewRestriction.GROUPS)
                for pk in private
            ]
        )
        # What autovacuum does after such a load in a running database: without statistics
        # the planner takes a thousand view restrictions for a few dozen.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def plan(self, number, licence, now):
        title, summary = TOPICS[number % len(TOPICS)]
        published = now - timedelta(minutes=number)
        return LessonPlanPage(
            title=f"{title} {number}",
            slug=f"bench-{number}",
            summary=summary,
            licence=licence,
            duration=45,
            learning_outcome=summary,
            visibility=Visibility.PUBLIC,
            first_published_at=published,
            last_published_at=published,
        )

    def time_library(self, url, subjects, grades, requests):
        host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), "localhost")
        client = Client(SERVER_NAME=host.strip("[]"))
        cases = {
            "unfiltered": {},
            "one filter": {"aine": subjects[4].slug},
            "three filters": {
                "aine": subjects[4].slug,
                "luokka": grades[4].slug,
                "osaaminen": "L1",
            },
            "page 2": {"sivu": "2"},
        }
        # "kept": the facets' values and counts as the cache keeps them between publishes;
        # "after a publish": the content version bumped before every request, all counted anew.
        for name, params in cases.items():
            for mode, bump in (("kept", False), ("after a publish", True)):
                client.get(url, params)
                timings = []
                for _ in range(requests):
                    if bump:
                        bump_content_version()
                    started = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(url, params)
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise CommandError(f"{url} {params} answered {response.status_code}")
                timings.sort()
                p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
                self.stdout.write(
                    f"  {name:14} {mode:16} p50 {statistics.median(timings):7.1f} ms  "
                    f"p95 {p95:7.1f} ms  {len(queries)} queries"
                )
