"""Benchmark the plan library: create N synthetic plans, time the library, roll everything back.

    manage.py bench_plan_library --plans 1000 10000

Prints the time to create the plans and p50/p95 of library requests (unfiltered, filtered by
one and by three facets, second page). Nothing is left in the database: all of it runs in one
transaction that is rolled back at the end.
"""

import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from plans.models import Grade, LessonPlanPage, PlanLibraryPage, Subject, TransversalCompetence
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

    def handle(self, *args, plans, requests, **options):
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
            for number in range(created, size):
                title, summary = TOPICS[number % len(TOPICS)]
                plan = town.add_child(
                    instance=LessonPlanPage(
                        title=f"{title} {number}",
                        slug=f"bench-{number}",
                        summary=summary,
                        licence=licence,
                        duration=45,
                        learning_outcome=summary,
                    )
                )
                plan.subjects.set(random.sample(subjects, 2))
                plan.grades.set(random.sample(grades, 2))
                plan.competences.set(random.sample(competences, 2))
                plan.save(update_fields=[])
            made = size - created
            created = size
            self.stdout.write(
                f"{size} plans: created {made} in {time.perf_counter() - started:.1f} s"
            )
            self.time_library(library_url, subjects, grades, requests)

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
        for name, params in cases.items():
            client.get(url, params)
            timings = []
            for _ in range(requests):
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url, params)
                timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{url} {params} answered {response.status_code}")
            timings.sort()
            p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
            self.stdout.write(
                f"  {name:14} p50 {statistics.median(timings):7.1f} ms  p95 {p95:7.1f} ms  "
                f"{len(queries)} queries"
            )
