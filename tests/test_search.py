"""The search box in the header finds public pages and never fails on odd input."""

import pytest

from home.factories import StandardPageFactory


@pytest.mark.django_db
def test_search_finds_a_public_page(client, demo):
    response = client.get("/haku/", {"q": "saavutettavuusseloste"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="/saavutettavuusseloste/"' in body


@pytest.mark.django_db
def test_search_leaves_out_drafts(client, home_page):
    StandardPageFactory(parent=home_page, title="Salainen luonnos", slug="salainen", live=False)
    body = client.get("/haku/", {"q": "Salainen luonnos"}).content.decode()
    assert 'href="/salainen/"' not in body


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "", " ", "a" * 10_000, "\x00", "' OR 1=1 --", '"""', "&&||!!", "🙂 äö å", "(((", "%00",
])  # fmt: skip
def test_odd_queries_answer_with_a_page(client, demo, query):
    response = client.get("/haku/", {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_page_number_out_of_range_shows_the_last_page(client, demo):
    response = client.get("/haku/", {"q": "opentori", "sivu": "999"})
    assert response.status_code == 200
    response = client.get("/haku/", {"q": "opentori", "sivu": "abc"})
    assert response.status_code == 200
