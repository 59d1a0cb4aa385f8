"""Municipalities, networks, regions, events, practices, annual clocks, development plans and
collections: where each lives, and what a reader sees."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import HomePage
from networks.networks.models import (
    CollectionItem,
    CollectionPage,
    EventPage,
    NetworkIndexPage,
    NetworkMembership,
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


@pytest.fixture
def tree(home_page, rusko, masku):
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(
        parent=network_index, title="Tutor 2.0", slug="tutor-2-0"
    )
    NetworkMembership.objects.create(network=network, municipality=rusko, join_year=2021)
    NetworkMembership.objects.create(network=network, municipality=masku, join_year=2021)
    region = factories.RegionPageFactory(parent=network, title="Varsinais-Suomi")
    region.municipalities.set([rusko, masku])
    region.save()
    practice = factories.PracticePageFactory(parent=rusko, title="Välituntiliikunta")
    clock = factories.AnnualClockPageFactory(parent=rusko, title="Ruskon vuosikello")
    plan = factories.DevelopmentPlanPageFactory(parent=rusko, title="Ruskon digiohjelma")
    event = factories.EventPageFactory(parent=region, title="Alueellinen tutortapaaminen")
    collection = factories.CollectionPageFactory(parent=network, title="Tutor 2.0 -poimintoja")
    CollectionItem.objects.create(collection=collection, page=practice, note="Helppo aloittaa.")
    library = factories.PracticeLibraryPageFactory(parent=home_page)
    return {
        "network_index": network_index,
        "network": network,
        "region": region,
        "practice": practice,
        "clock": clock,
        "plan": plan,
        "event": event,
        "collection": collection,
        "library": library,
        "rusko": rusko,
        "masku": masku,
    }


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
def test_municipality_takes_its_swedish_name_and_region_from_the_register(rusko, client):
    assert rusko.name_sv == "Rusko"
    assert rusko.region_fi == "Varsinais-Suomi"
    assert rusko.region_sv == "Egentliga Finland"
    swedish = client.get("/sv/kunnat/").content.decode()
    assert "Egentliga Finland" in swedish


@pytest.mark.django_db
def test_contact_person_is_shown_only_to_signed_in_users(client, rusko, masku_teacher):
    rusko.contact_name = "Esimerkki Yhteyshenkilö"
    rusko.contact_email = "esimerkki.yhteyshenkilo@rusko.fi"
    rusko.save_revision().publish()
    anonymous = client.get("/kunnat/rusko/").content.decode()
    assert "esimerkki.yhteyshenkilo@rusko.fi" not in anonymous
    assert "Esimerkki Yhteyshenkilö" not in anonymous
    client.force_login(masku_teacher)
    signed_in = client.get("/kunnat/rusko/").content.decode()
    assert "esimerkki.yhteyshenkilo@rusko.fi" in signed_in


@pytest.mark.django_db
def test_creating_a_municipality_creates_its_teacher_and_moderator_groups(rusko):
    teachers = Group.objects.get(name="Rusko: opettajat")
    moderators = Group.objects.get(name="Rusko: moderaattorit")
    assert set(
        teachers.page_permissions.filter(page=rusko).values_list("permission__codename", flat=True)
    ) == {"add_page"}
    assert set(
        moderators.page_permissions.filter(page=rusko).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "publish_page"}


@pytest.mark.django_db
def test_municipality_index_filters_by_region_and_network(client, tree, municipality_index):
    factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="179")
    everyone = client.get("/kunnat/").content.decode()
    assert "Jyväskylä" in everyone and "Rusko" in everyone
    keski_suomi = client.get("/kunnat/", {"maakunta": "FI193"}).content.decode()
    assert "Jyväskylä" in keski_suomi and ">Rusko<" not in keski_suomi
    tutor = client.get("/kunnat/", {"verkosto": "tutor-2-0"}).content.decode()
    assert ">Rusko<" in tutor and "Jyväskylä</a>" not in tutor


@pytest.mark.django_db
def test_municipality_index_counts_open_content(client, tree):
    response = client.get("/kunnat/")
    towns = {item["page"].slug: item["counts"] for item in response.context["towns"]}
    headings = [str(h) for h in response.context["content_headings"]]
    counts = dict(zip(headings, towns["rusko"], strict=True))
    assert counts["Hyvät käytänteet"] == 1
    assert counts["Vuosikellot"] == 1
    assert counts["Kehittämissuunnitelmat"] == 1
    assert sum(towns["masku"]) == 0


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
