"""Lists say which cards are copies and of which town's content: "Kopio (Rusko)"."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import PlanLibraryPage
from portal.sharing.copying import copy_to_municipality
from tests.factories.plans import LessonPlanPageFactory

LABEL = re.compile(r'<span class="badge badge--copy">([^<]*)</span>')


def labels(response):
    return LABEL.findall(response.content.decode())


def published_copy(source, town, user, title):
    copy = copy_to_municipality(source, town, user, title=title)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def plans(home_page, rusko, masku, masku_teacher):
    origin = LessonPlanPageFactory(parent=rusko, title="Ruskon murtoluvut", slug="murtoluvut")
    LessonPlanPageFactory(parent=masku, title="Maskun oma kertotaulu")
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    copy = published_copy(origin, masku, masku_teacher, "Maskun murtoluvut")
    return origin, copy


def card_of(response, title):
    body = response.content.decode()
    return next(part for part in body.split('<li class="result') if f">{title}</a>" in part)


@pytest.mark.django_db
def test_the_plan_library_labels_a_copy_with_its_origins_town(client, plans):
    response = client.get("/suunnitelmat/")
    assert labels(response) == ["Kopio (Rusko)"]
    assert "Kopio (Rusko)" in card_of(response, "Maskun murtoluvut")
    assert "badge--copy" not in card_of(response, "Ruskon murtoluvut")


@pytest.mark.django_db
def test_the_label_names_the_town_in_swedish_for_a_swedish_reader(client, plans, masku):
    response = client.get("/sv/haku/", {"q": "murtoluvut"})
    assert response.status_code == 200
    assert labels(response) == ["Kopia (Rusko)"]


@pytest.mark.django_db
def test_search_and_the_town_page_label_the_copy(client, plans, masku):
    assert labels(client.get("/haku/", {"q": "murtoluvut"})) == ["Kopio (Rusko)"]
    town_page = client.get(masku.url)
    assert labels(town_page) == ["Kopio (Rusko)"]
    assert "Maskun murtoluvut" in town_page.content.decode()


@pytest.mark.django_db
def test_the_practice_library_labels_a_copy(client, tree, masku_teacher):
    published_copy(tree["practice"], tree["masku"], masku_teacher, "Maskun välituntiliikunta")
    response = client.get(tree["library"].url)
    assert labels(response) == ["Kopio (Rusko)"]


@pytest.mark.django_db
def test_the_town_is_named_but_a_closed_origin_is_never_linked(client, plans):
    origin, _copy = plans
    origin.visibility = "private"
    origin.save_revision().publish()
    for url, params in (("/suunnitelmat/", {}), ("/haku/", {"q": "murtoluvut"})):
        response = client.get(url, params)
        assert labels(response) == ["Kopio (Rusko)"]
        body = response.content.decode()
        assert "/kunnat/rusko/murtoluvut/" not in body
        assert "Ruskon murtoluvut" not in body


@pytest.mark.django_db
def test_labels_cost_no_query_per_card(client, plans, rusko, masku, masku_teacher):
    def count(url, params):
        client.get(url, params)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, params).status_code == 200
        return len(captured)

    lists = [("/suunnitelmat/", {}), ("/haku/", {"q": "murtoluvut"}), (masku.url, {})]
    before = [count(url, params) for url, params in lists]
    for number in range(6):
        origin = LessonPlanPageFactory(parent=rusko, title=f"Ruskon murtoluvut {number}")
        published_copy(origin, masku, masku_teacher, f"Maskun murtoluvut {number}")
    after = [count(url, params) for url, params in lists]
    assert after == before
    assert len(labels(client.get("/suunnitelmat/"))) == 7
