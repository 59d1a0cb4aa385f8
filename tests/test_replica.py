"""Reads from a real streaming replica (portal/db_routers.py).

Needs a replica of the test server: ``deploy/replica.sh start`` starts one of the local
PostgreSQL at 127.0.0.1:5433; then run with ``DATABASE_REPLICA_URL`` set, e.g.
``DATABASE_REPLICA_URL=postgres://postgres@127.0.0.1:5433/opentori pytest tests/test_replica.py``.
The test database the suite creates on the primary reaches the replica by replication, so the
``replica`` alias (a mirror of the primary in tests) is pointed at the replica's copy of it.
The tests commit (transactional), since only committed data is replicated.
"""

import os
import time

import dj_database_url
import pytest
from django.core.cache import cache
from django.db import connections
from django.test.utils import CaptureQueriesContext

from networks.networks.models import NetworkMembership
from networks.tutoring.models import TutorSession
from tests.factories import networks as network_factories
from tests.factories.home import StandardPageFactory
from tests.helpers import make_coordinator, make_tutor

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_REPLICA_URL"),
        reason="DATABASE_REPLICA_URL is unset: start a replica with deploy/replica.sh and set "
        "DATABASE_REPLICA_URL to test reading from it",
    ),
    pytest.mark.django_db(
        transaction=True, serialized_rollback=True, databases=["default", "replica"]
    ),
]

LAG_LIMIT = 5.0


@pytest.fixture
def replica():
    """The ``replica`` alias, pointed at the real replica's copy of the test database."""
    connection = connections["replica"]
    mirrored = connection.settings_dict
    url = dj_database_url.parse(os.environ["DATABASE_REPLICA_URL"])
    connection.close()
    connection.settings_dict = {
        **connections["default"].settings_dict,
        "HOST": url["HOST"],
        "PORT": url["PORT"],
        "CONN_MAX_AGE": 0,
    }
    yield connection
    connection.close()
    connection.settings_dict = mirrored


def on_replica(replica, sql, params):
    """Wait until the replica answers ``sql`` with a row; the seconds it took."""
    started = time.perf_counter()
    while True:
        with replica.cursor() as cursor:
            cursor.execute(sql, params)
            if cursor.fetchone():
                return time.perf_counter() - started
        if time.perf_counter() - started > LAG_LIMIT:
            pytest.fail(f"the replica has not replayed {sql} {params} in {LAG_LIMIT} s")
        time.sleep(0.02)


def queries_on_each(request, captured=None):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = request()
    if captured is not None:
        captured["primary"] = [query["sql"] for query in primary.captured_queries]
        captured["replica"] = [query["sql"] for query in replica.captured_queries]
    # Wagtail's site settings are read with get_or_create, which reads the primary by design.
    on_primary = [
        query["sql"]
        for query in primary.captured_queries
        if "home_portalsettings" not in query["sql"] and query["sql"] not in ("BEGIN", "COMMIT")
    ]
    return response, len(on_primary), len(replica)


def test_the_replica_is_a_standby_of_the_test_database(replica):
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), current_database()")
        in_recovery, name = cursor.fetchone()
    assert in_recovery
    assert name == connections["default"].settings_dict["NAME"]


def test_anonymous_readers_read_the_replica_and_editors_the_primary(
    replica, home_page, client, django_user_model
):
    page = StandardPageFactory(parent=home_page, title="Luettu replikasta")
    # The first reading creates the site's settings (on the primary).
    client.get(page.url)
    on_replica(replica, "SELECT 1 FROM home_portalsettings", [])
    cache.clear()

    response, on_primary, on_standby = queries_on_each(lambda: client.get(page.url))
    assert response.status_code == 200
    assert "Luettu replikasta" in response.content.decode()
    assert on_standby > 0
    assert on_primary == 0

    editor = django_user_model.objects.create_superuser("toimittaja", "t@example.fi", "x" * 12)
    client.force_login(editor)
    response, on_primary, on_standby = queries_on_each(lambda: client.get(page.url))
    assert response.status_code == 200
    assert on_primary > 0
    assert on_standby == 0


def test_a_published_edit_reaches_anonymous_readers_after_the_lag(replica, home_page, client):
    page = StandardPageFactory(parent=home_page, title="Vanha otsikko")
    on_replica(replica, "SELECT 1 FROM wagtailcore_page WHERE id = %s", [page.pk])

    page.title = "Uusi otsikko"
    page.save_revision().publish()
    sql = "SELECT 1 FROM wagtailcore_page WHERE id = %s AND title = %s"
    lag = on_replica(replica, sql, [page.pk, page.title])
    assert lag < LAG_LIMIT
    assert "Uusi otsikko" in client.get(page.url).content.decode()


def test_an_object_read_from_the_replica_is_saved_to_the_primary(replica, django_user_model):
    user = django_user_model.objects.create_user("opettaja", "o@example.fi", "x" * 12)
    on_replica(replica, "SELECT 1 FROM core_user WHERE id = %s", [user.pk])

    copy = django_user_model.objects.using("replica").get(pk=user.pk)
    copy.first_name = "Maija"
    copy.save()

    assert django_user_model.objects.using("default").get(pk=user.pk).first_name == "Maija"


def test_an_anonymous_post_reads_the_primary(replica, home_page, client):
    page = StandardPageFactory(parent=home_page)
    on_replica(replica, "SELECT 1 FROM wagtailcore_page WHERE id = %s", [page.pk])

    response, on_primary, on_standby = queries_on_each(lambda: client.post(page.url))
    assert response.status_code == 200
    assert on_primary > 0
    assert on_standby == 0


def test_the_tutor_report_reads_the_replica_once_the_coordinator_is_known(
    replica, home_page, rusko, client
):
    index = network_factories.NetworkIndexPageFactory(parent=home_page)
    network = network_factories.NetworkPageFactory(parent=index, title="Tutor 2.0")
    NetworkMembership.objects.create(network=network, municipality=rusko)
    coordinator = make_coordinator(network, "kaija.koordinaattori")
    session = TutorSession.objects.create(
        tutor=make_tutor(rusko, "tiina.tutor"), town=rusko, date="2026-09-01", minutes=90,
        kind="yksilo", theme="digi", teachers_reached=1,
    )  # fmt: skip
    on_replica(replica, "SELECT 1 FROM tutoring_tutorsession WHERE id = %s", [session.pk])
    client.force_login(coordinator)

    queries = {}
    response, _on_primary, _on_standby = queries_on_each(
        lambda: client.get("/admin/tutorointi/raportti/"), queries
    )
    assert response.status_code == 200
    assert "1,5" in response.content.decode()
    # Her session and user from the primary; the report's sums from the replica.
    assert any("django_session" in sql for sql in queries["primary"])
    assert not any("tutoring_tutorsession" in sql for sql in queries["primary"])
    assert any("tutoring_tutorsession" in sql for sql in queries["replica"])
