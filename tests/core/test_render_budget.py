"""The render budget: every public page type renders for an anonymous reader, with the page
cache off, in at most 12 queries, and as many with five times the content (members, copies,
events, collection items, the town's content, plans in the libraries). The plan is one with a
link, a document and an image among its materials, each under a licence."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.tests.utils import get_test_image_file

from home.models import PortalSettings
from networks.networks.models import CollectionItem, NetworkMembership
from plans.models import PlanLibraryPage
from portal.core.models import PortalDocument, PortalImage
from portal.sharing.models import CopyRecord
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory

BUDGET = 12


def queries(client, url):
    client.get(url)  # the first request builds the fragments kept until the next change
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def materials():
    """A link, a document and an image, each under a licence of its own."""
    document = PortalDocument.objects.create(
        title="Pizzapohja", file=ContentFile(b"Murtoluvut", name="pizzapohja.txt")
    )
    image = PortalImage.objects.create(title="Pizza", file=get_test_image_file())
    shown = {"image": image, "alt_text": "Pizza kahdeksaan osaan", "decorative": False}
    return [
        ("link", {"title": "Murtolukupeli", "url": "https://example.org/peli",
                  "licence": factories.licence("cc-by")}),
        ("document", {"title": "Tehtäväpohja", "document": document,
                      "licence": factories.licence("cc-by-sa")}),
        ("image", {"title": "Pizza", "licence": factories.licence("cc-by"),
                   "image": shown}),
    ]  # fmt: skip


@pytest.fixture
def content(site, home_page, municipality_index, rusko, masku):
    # The site's settings exist, as they do after the first request of a running portal.
    PortalSettings.for_site(site)
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, slug="verkosto")
    region = factories.RegionPageFactory(parent=network, slug="alue")
    return {
        "network": network,
        "region": region,
        "collection": factories.CollectionPageFactory(parent=network, slug="kokoelma"),
        "event": factories.EventPageFactory(parent=network, slug="tapaaminen"),
        "plan": LessonPlanPageFactory(parent=rusko, slug="suunnitelma", materials=materials()),
        "practice library": factories.PracticeLibraryPageFactory(parent=home_page),
        "practice": factories.PracticePageFactory(parent=rusko, slug="kaytanne"),
        "clock": factories.AnnualClockPageFactory(parent=rusko, slug="vuosikello"),
        "development plan": factories.DevelopmentPlanPageFactory(parent=rusko, slug="ohjelma"),
        "rusko": rusko,
        "masku": masku,
        "index": municipality_index,
    }


def grow(content, start, count):
    network, region, rusko = content["network"], content["region"], content["rusko"]
    for number in range(start, start + count):
        town = factories.MunicipalityPageFactory(parent=content["index"])
        NetworkMembership.objects.create(network=network, municipality=town, join_year=2020)
        region.municipalities.add(town)
        region.save_revision().publish()
        practice = factories.PracticePageFactory(parent=rusko, title=f"Käytänne {number}")
        LessonPlanPageFactory(parent=rusko, title=f"Suunnitelma {number}")
        factories.AnnualClockPageFactory(parent=rusko, title=f"Vuosikello {number}")
        factories.EventPageFactory(parent=network, title=f"Tapaaminen {number}")
        factories.EventPageFactory(parent=region, title=f"Alueen tapaaminen {number}")
        CollectionItem.objects.create(collection=content["collection"], page=practice)
        for kind, source in (("a", content["practice"]), ("b", content["plan"])):
            copy = factories.PracticePageFactory(parent=town, title=f"Kopio {number} {kind}")
            CopyRecord.objects.create(
                source=source, source_title=source.title, copy=copy, municipality=town
            )


@pytest.mark.django_db
def test_every_public_page_type_renders_in_12_queries_however_much_content(client, content):
    urls = {
        name: content[name].url
        for name in ("plan", "practice", "clock", "development plan", "network", "region")
    }
    urls.update(
        {
            "pupil view": content["plan"].url + "oppilaalle/",
            "town": content["rusko"].url,
            "event": content["event"].url,
            "collection": content["collection"].url,
            "home": "/",
            "plan library": "/suunnitelmat/",
            "practice library": content["practice library"].url,
        }
    )
    grow(content, 0, 2)
    at_2 = {name: queries(client, url) for name, url in urls.items()}
    grow(content, 2, 8)
    at_10 = {name: queries(client, url) for name, url in urls.items()}
    assert at_10 == at_2
    assert {name: count for name, count in at_10.items() if count > BUDGET} == {}
