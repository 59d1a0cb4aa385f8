"""Municipality pages: the register's names and regions, groups made with the page, the index
of municipalities with its filters and counts."""

import re

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from tests.factories import networks as factories


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
def test_swedish_pages_name_towns_by_their_swedish_names(client, municipality_index, home_page):
    """Kruunupyy is Kronoby and Parainen Pargas on /sv/: in its heading (the Finnish name beside
    it, marked as Finnish), the index, the network's members and the libraries' facet."""
    from tests.factories.plans import LessonPlanPageFactory

    kronoby = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="288")
    pargas = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="445")
    LessonPlanPageFactory(parent=kronoby, title="Bråk med pizza")
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, title="Svenska nätverket")
    network.memberships.create(municipality=kronoby)
    network.memberships.create(municipality=pargas)
    network.save_revision().publish()

    # The addresses in Finnish (a page's ``url`` follows the language active in the test).
    town_url, index_url, network_url = kronoby.url, municipality_index.url, network.url
    finnish = client.get(town_url).content.decode()
    assert '<h1>Kruunupyy <span class="muted" lang="sv">/ Kronoby</span></h1>' in finnish
    swedish = client.get(f"/sv{town_url}").content.decode()
    assert '<h1>Kronoby <span class="muted" lang="fi">/ Kruunupyy</span></h1>' in swedish
    index = client.get(f"/sv{index_url}").content.decode()
    assert ">Kronoby</a>" in index and ">Pargas</a>" in index
    members = client.get(f"/sv{network_url}").content.decode()
    assert ">Kronoby</a>" in members and ">Pargas</a>" in members
    assert ">Kruunupyy</a>" not in members


@pytest.mark.django_db
def test_the_index_finds_a_town_by_either_name_and_hides_towns_without_open_content(
    client, municipality_index
):
    from tests.factories.plans import LessonPlanPageFactory

    kronoby = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="288")
    factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="704")
    LessonPlanPageFactory(parent=kronoby, title="Bråk med pizza")
    LessonPlanPageFactory(parent=kronoby, title="Luonnos", live=False)
    with translation.override("fi"):
        index_url = municipality_index.url

    def listed(**params):
        html = client.get(index_url, params).content.decode()
        return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>', html)

    assert listed() == ["Kruunupyy", "Rusko"]
    assert listed(nimi="Kronoby") == ["Kruunupyy"]
    assert listed(nimi="rus") == ["Rusko"]
    assert listed(nimi="ei tällaista") == []
    # Rusko has no open content: only its page. A draft is not open content.
    assert listed(sisaltoa="1") == ["Kruunupyy"]
