"""Municipalities, networks, regions, events, practices, annual clocks, development plans and
collections: where each lives, and what a reader sees."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import HomePage
from networks.networks.models import (
    CollectionPage,
    EventPage,
    NetworkIndexPage,
    NetworkPage,
    RegionPage,
)
from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    PracticeLibraryPage,
    PracticePage,
)
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
from tests.factories import networks as factories


class TestPageTypeRules(WagtailPageTestCase):
    def test_indexes_and_library_live_under_the_home_page(self):
        for model in (MunicipalityIndexPage, NetworkIndexPage, PracticeLibraryPage):
            self.assertAllowedParentPageTypes(model, {HomePage})

    def test_municipality_owns_practices_clocks_and_development_plans(self):
        self.assertAllowedParentPageTypes(MunicipalityPage, {MunicipalityIndexPage})
        for model in (PracticePage, AnnualClockPage, DevelopmentPlanPage):
            self.assertAllowedParentPageTypes(model, {MunicipalityPage})
            self.assertAllowedSubpageTypes(model, set())

    def test_network_holds_regions_collections_and_events(self):
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(NetworkPage, {RegionPage, CollectionPage, EventPage})
        self.assertAllowedParentPageTypes(RegionPage, {NetworkPage})
        self.assertAllowedSubpageTypes(RegionPage, {EventPage, CollectionPage})
        self.assertAllowedParentPageTypes(EventPage, {NetworkPage, RegionPage})
        self.assertAllowedParentPageTypes(CollectionPage, {NetworkPage, RegionPage})

    def test_content_cannot_be_created_outside_a_municipality(self):
        self.assertCanNotCreateAt(NetworkPage, PracticePage)
        self.assertCanNotCreateAt(HomePage, AnnualClockPage)
        self.assertCanCreateAt(MunicipalityPage, PracticePage)


@pytest.mark.django_db
def test_every_page_type_renders_for_the_public(client, tree):
    expectations = {
        "/kunnat/": "Rusko",
        "/kunnat/rusko/": "Välituntiliikunta",
        "/verkostot/": "Tutor 2.0",
        "/verkostot/tutor-2-0/": "Masku",
        "/verkostot/tutor-2-0/varsinais-suomi/": "Alueellinen tutortapaaminen",
        tree["event"].url: "Alueellinen tutortapaaminen",
        tree["practice"].url: "Opettajat tarvitsevat yhteisen tavan",
        tree["clock"].url: "Lukuvuoden suunnittelu",
        tree["plan"].url: "Jokainen oppilas oppii digitaitoja",
        tree["collection"].url: "Helppo aloittaa.",
        "/kaytanteet/": "Välituntiliikunta",
    }
    for url, text in expectations.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


@pytest.mark.django_db
def test_unpublished_content_is_not_listed_or_counted(client, tree):
    tree["practice"].unpublish()
    assert client.get(tree["practice"].url or "/kunnat/rusko/valituntiliikunta/").status_code == 404
    assert "Välituntiliikunta" not in client.get("/kunnat/rusko/").content.decode()
    assert "Välituntiliikunta" not in client.get("/kaytanteet/").content.decode()
    assert "Välituntiliikunta" not in client.get(tree["collection"].url).content.decode()


@pytest.mark.django_db
def test_region_offers_only_network_members_in_the_admin(admin_client, tree, municipality_index):
    outsider = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="179")
    response = admin_client.get(f"/admin/pages/{tree['region'].pk}/edit/")
    field = response.context["form"].fields["municipalities"]
    offered = set(field.queryset)
    assert tree["rusko"] in offered and tree["masku"] in offered
    assert outsider not in offered


@pytest.mark.django_db
def test_event_cannot_end_before_it_starts(admin_client, tree):
    data = nested_form_data(
        {
            "title": "Koordinaatioryhmän kokous",
            "slug": "kokous",
            "kind": "meeting",
            "start": "2026-12-10 14:00",
            "end": "2026-12-10 12:00",
            "description": rich_text(""),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/networks/eventpage/{tree['network'].pk}/", data)
    assert response.status_code == 200
    assert "Tapahtuma ei voi päättyä ennen kuin se alkaa." in response.content.decode()
    assert not EventPage.objects.filter(slug="kokous").exists()


@pytest.mark.django_db
def test_annual_clock_lists_activities_in_school_year_order(client, tree):
    response = client.get(tree["clock"].url)
    months = [month for month, activities in response.context["months"]]
    assert months == [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]
    body = response.content.decode()
    assert body.index("Lukuvuoden suunnittelu") < body.index("Arviointikeskustelut")
    assert 'id="tehtava-1"' in body


@pytest.mark.django_db
def test_page_tree_holds_all_content_under_its_owner(tree):
    for key in ("practice", "clock", "plan"):
        page = tree[key]
        assert page.municipality == tree["rusko"]
        assert Page.objects.get(pk=page.pk).get_parent().pk == tree["rusko"].pk


@pytest.mark.django_db
def test_admin_forms_of_every_page_type_open(admin_client, tree, municipality_index):
    home = tree["network_index"].get_parent()
    forms = [
        ("networks", "networkpage", tree["network_index"]),
        ("networks", "regionpage", tree["network"]),
        ("networks", "eventpage", tree["region"]),
        ("networks", "collectionpage", tree["network"]),
        ("municipalities", "municipalitypage", municipality_index),
        ("practices", "practicepage", tree["rusko"]),
        ("practices", "annualclockpage", tree["rusko"]),
        ("practices", "developmentplanpage", tree["rusko"]),
    ]
    for app, model, parent in forms:
        response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent.pk}/")
        assert response.status_code == 200, model
    for key in ("network", "region", "event", "collection", "practice", "clock", "plan", "library"):
        assert admin_client.get(f"/admin/pages/{tree[key].pk}/edit/").status_code == 200, key
    assert admin_client.get(f"/admin/pages/{home.pk}/").status_code == 200
