"""The editors' search report: what readers searched for most this week, and what found
nothing, from the searches themselves."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.search_promotions.models import Query

from search.page.models import QueryDailyMisses
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("paivi.paatoimittaja", "p@example.org", "x")


def test_searches_are_logged_and_the_ones_that_found_nothing_counted_apart(client, rusko):
    LessonPlanPageFactory(parent=rusko, title="Kompassi ja suunnistus")
    for query in ("kompassi", "Kompassi", "sirkkeli", "kompassi"):
        client.get("/haku/", {"q": query})
    client.get("/haku/", {"q": "kompassi", "sivu": "2"})  # the same search paged: one search
    client.get("/haku/", {"q": ""})  # no words: nothing asked
    assert Query.get("kompassi").hits == 3
    assert Query.get("sirkkeli").hits == 1
    misses = QueryDailyMisses.objects.values_list("query__query_string", "misses")
    assert list(misses) == [("sirkkeli", 1)]


def test_the_report_lists_the_weeks_common_searches_and_misses(client, rusko, admin):
    LessonPlanPageFactory(parent=rusko, title="Kompassi ja suunnistus")
    for query in ("kompassi", "kompassi", "sirkkeli"):
        client.get("/haku/", {"q": query})
    client.force_login(admin)
    response = client.get("/admin/raportit/haut/")
    assert response.status_code == 200
    common, missed = response.context["common"], response.context["missed"]
    assert [(row["query"], row["count"]) for row in common] == [("kompassi", 2), ("sirkkeli", 1)]
    assert [(row["query"], row["count"]) for row in missed] == [("sirkkeli", 1)]
    assert missed[0]["search_url"] == "/haku/?q=sirkkeli"
    assert "/admin/raportit/haut/" in client.get("/admin/").content.decode()  # the menu


def test_a_teacher_without_promotions_may_not_read_it(client, rusko):
    client.force_login(make_teacher(rusko, "tiina.rusko"))
    assert client.get("/admin/raportit/haut/").status_code in (302, 403)
    assert "/admin/raportit/haut/" not in client.get("/admin/").content.decode()
