"""Benchmark the tutor-work report: N synthetic sessions, the report's time and queries.

    manage.py bench_tutor_report --sessions 10000 100000

Needs the demo content (the Keski-Suomi network and its towns). Prints, for each size, p50/p95
of the whole report page over 20 requests and its number of queries, for one year and for
five years. Everything runs in one transaction that is rolled back.
"""

import datetime
import random
import statistics
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from networks.networks.models import NetworkPage
from networks.tutoring.models import TutorSession


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the tutor-work report with N synthetic sessions (rolled back afterwards)."

    def add_arguments(self, parser):
        parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000])
        parser.add_argument("--requests", type=int, default=20)

    def handle(self, *args, sessions, requests, **options):
        network = NetworkPage.objects.filter(memberships__isnull=False).order_by("pk").first()
        if network is None:
            raise CommandError("Load the demo content first (manage.py load_demo).")
        try:
            with transaction.atomic():
                self.run(network, sorted(sessions), requests)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")

    def run(self, network, sizes, requests):
        rng = random.Random(2026)  # noqa: S311  (synthetic numbers, not secrets)
        towns = [m.municipality for m in network.memberships.select_related("municipality")]
        User = get_user_model()
        tutor = User.objects.create_user(username="bench.tutor")
        admin = User.objects.create_superuser(username="bench.admin", email="b@example.fi")
        host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), "localhost")
        client = Client(SERVER_NAME=host.strip("[]"))
        client.force_login(admin)
        today = timezone.localdate()
        kinds = [k for k, _label in TutorSession.Kind.choices]
        themes = [t for t, _label in TutorSession.Theme.choices]
        made = TutorSession.objects.filter(town__in=towns).count()
        self.stdout.write(f"{network.title}: {len(towns)} towns, {made} sessions to begin with")
        for size in sizes:
            started = time.perf_counter()
            TutorSession.objects.bulk_create(
                (
                    TutorSession(
                        tutor=tutor, town=rng.choice(towns), minutes=rng.choice([30, 45, 60, 90]),
                        date=today - datetime.timedelta(days=rng.randrange(5 * 365)),
                        kind=rng.choice(kinds), theme=rng.choice(themes),
                        teachers_reached=rng.randint(1, 20),
                    )
                    for _number in range(max(0, size - made))
                ),
                batch_size=5000,
            )  # fmt: skip
            made = max(made, size)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE tutoring_tutorsession")
            self.stdout.write(
                f"{made:,} sessions (made in {time.perf_counter() - started:.1f} s, "
                "spread over five years)"
            )
            start_year = today.replace(day=1) - datetime.timedelta(days=365)
            start_five = today.replace(day=1) - datetime.timedelta(days=5 * 365 - 31)
            for label, start in (("one year", start_year), ("five years", start_five)):
                params = {
                    "verkosto": network.slug,
                    "alku": f"{start:%Y-%m}",
                    "loppu": f"{today:%Y-%m}",
                }
                client.get("/admin/tutorointi/raportti/", params)
                timings = []
                for _request in range(requests):
                    began = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get("/admin/tutorointi/raportti/", params)
                    timings.append((time.perf_counter() - began) * 1000)
                    if response.status_code != 200:
                        raise CommandError(f"the report answered {response.status_code}")
                timings.sort()
                p95 = timings[max(0, round(len(timings) * 0.95) - 1)]
                self.stdout.write(
                    f"  report, {label:10} p50 {statistics.median(timings):7.1f} ms  "
                    f"p95 {p95:7.1f} ms  {len(queries)} queries"
                )
