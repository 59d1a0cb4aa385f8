"""Benchmark OAI-PMH: make N synthetic plans, write their records, harvest them.

    manage.py bench_oai --plans 10000

Prints, for each size: how long ``oai_sync`` takes to write the records of plans made without
the signals (as on a database that had them before the harvesting interface), then a whole
harvest as a harvester makes it, page after page through the resumption tokens:
``ListIdentifiers`` and ``ListRecords`` in ``lrmi`` (first with nothing described yet, then
again with the descriptions kept), with p50/p95 per response and queries per response, and an
incremental harvest that finds nothing new. Everything is rolled back afterwards.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from lxml import etree

from portal.oai.models import Record
from portal.oai.protocol import datestamp
from portal.oai.records import now, sync_all
from search.page.bench import demo_plan_maker, percentile

OAI = "http://www.openarchives.org/OAI/2.0/"


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time writing OAI-PMH records and harvesting N synthetic plans (rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--plans", type=int, default=10_000)

    def handle(self, *args, plans, **options):
        try:
            with transaction.atomic(), override_settings(OAI_RATE="1000000/s"):
                self.run(plans)
                raise Rollback
        except Rollback:
            self.stdout.write("Rolled back: the database is as it was.")

    def run(self, plans):
        maker = demo_plan_maker()
        if maker is None:
            raise CommandError("Load the demo content first (manage.py load_demo).")
        started = time.perf_counter()
        for _done in maker.make(plans):
            pass
        self.stdout.write(f"{plans:,} plans made in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        written = sync_all()
        took = time.perf_counter() - started
        self.stdout.write(
            f"oai_sync: {written:,} records written in {took:.1f} s ({written / took:,.0f}/s); "
            f"{Record.objects.filter(deleted=False).count():,} open records"
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE oai_record, oai_recordset")
        # Datestamps are to the second and ``from`` includes its second: start a new one.
        time.sleep(1.1)
        since = datestamp(now())
        hosts = [host for host in settings.ALLOWED_HOSTS if host not in ("*",) and host[0] != "."]
        client = Client(HTTP_HOST=hosts[0] if hosts else "localhost")
        self.harvest(client, "ListIdentifiers", {"metadataPrefix": "oai_dc"}, "headers")
        cache.clear()
        self.harvest(client, "ListRecords", {"metadataPrefix": "lrmi"}, "records, first time")
        self.harvest(client, "ListRecords", {"metadataPrefix": "lrmi"}, "records, kept")
        self.harvest(
            client,
            "ListRecords",
            {"metadataPrefix": "oai_dc", "set": "aine:matematiikka"},
            "one subject",
        )
        self.harvest(client, "ListRecords", {"metadataPrefix": "lrmi", "from": since}, "from now")

    def harvest(self, client, verb, params, label):
        times, queries, items, responses = [], [], 0, 0
        arguments = {"verb": verb, **params}
        started = time.perf_counter()
        while True:
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                response = client.get("/oai/", arguments)
                times.append((time.perf_counter() - began) * 1000)
            queries.append(len(captured))
            if response.status_code != 200:
                raise CommandError(f"{response.status_code}: {response.content[:200]!r}")
            responses += 1
            root = etree.fromstring(response.content)
            items += len(root.findall(f".//{{{OAI}}}header"))
            token = root.find(f".//{{{OAI}}}resumptionToken")
            if token is None or not token.text:
                break
            arguments = {"verb": verb, "resumptionToken": token.text}
        total = time.perf_counter() - started
        self.stdout.write(
            f"{verb} {label}: {items:,} items in {responses} responses, {total:.1f} s; "
            f"per response p50 {percentile(times, 0.5):.0f} ms, p95 {percentile(times, 0.95):.0f}"
            f" ms, {max(queries)} queries at most"
        )
