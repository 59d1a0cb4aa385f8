"""Query counts of the town, network, library and practice pages do not grow with content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.networks.models import CollectionItem, NetworkMembership
from networks.practices.models import PracticeArea
from tests.factories import networks as factories


def queries(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def grow(municipality_index, home_page, rusko, network, collection, count, start):
    digi = PracticeArea.objects.get(slug="digi")
    for number in range(start, start + count):
        town = factories.MunicipalityPageFactory(parent=municipality_index)
        NetworkMembership.objects.create(network=network, municipality=town, join_year=2020)
        practice = factories.PracticePageFactory(
            parent=rusko, title=f"Käytänne {number}", area=digi
        )
        practice.tags.add(f"aihe-{number}")
        practice.save_revision().publish()
        factories.EventPageFactory(parent=network, title=f"Tapaaminen {number}")
        CollectionItem.objects.create(collection=collection, page=practice, note="Hyvä.")


@pytest.mark.django_db
def test_query_counts_stay_constant_from_5_to_50_items(
    client, home_page, rusko, municipality_index, django_assert_max_num_queries
):
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, slug="verkosto")
    collection = factories.CollectionPageFactory(parent=network, slug="kokoelma")
    practice = factories.PracticePageFactory(parent=rusko, slug="kaytanne")
    factories.PracticeLibraryPageFactory(parent=home_page)
    urls = {
        "town": "/kunnat/rusko/",
        "towns": "/kunnat/",
        "network": "/verkostot/verkosto/",
        "library": "/kaytanteet/",
        "practice": practice.url,
        "collection": collection.url,
    }
    limits = {"town": 24, "towns": 24, "network": 24, "library": 27, "practice": 22,
              "collection": 22}  # fmt: skip

    client.get("/")  # the first request creates the site's settings, which empties the cache
    grow(municipality_index, home_page, rusko, network, collection, 5, 0)
    at_5 = {name: queries(client, url) for name, url in urls.items()}
    for name, url in urls.items():
        with django_assert_max_num_queries(limits[name]):
            client.get(url)

    grow(municipality_index, home_page, rusko, network, collection, 45, 5)
    at_50 = {name: queries(client, url) for name, url in urls.items()}
    for name, url in urls.items():
        with django_assert_max_num_queries(limits[name]):
            client.get(url)
        assert at_50[name] == at_5[name], f"{name}: {at_5[name]} queries at 5, {at_50[name]} at 50"
