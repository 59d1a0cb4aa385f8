"""The practice library: every open practice, filtered by area, town, network and tag, with
counts that tell a reader what each filter would leave."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.networks.models import NetworkMembership
from networks.practices.models import PracticeArea
from tests.factories import networks as factories


@pytest.fixture
def library(home_page, rusko, masku, municipality_index):
    jyvaskyla = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="179"
    )
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    tutor = factories.NetworkPageFactory(parent=network_index, title="Tutor 2.0", slug="tutor-2-0")
    for town in (rusko, masku):
        NetworkMembership.objects.create(network=tutor, municipality=town)
    digi = PracticeArea.objects.get(slug="digi")
    wellbeing = PracticeArea.objects.get(slug="hyvinvointi")
    made = [
        factories.PracticePageFactory(parent=rusko, title="Digitutor vastaanotto", area=digi),
        factories.PracticePageFactory(parent=rusko, title="Välkkätoiminta", area=wellbeing),
        factories.PracticePageFactory(parent=masku, title="Osaamismerkit", area=digi),
        factories.PracticePageFactory(parent=jyvaskyla, title="Kouluvaltaus", area=digi),
    ]
    made[0].tags.add("tutorointi")
    made[0].save_revision().publish()
    made[3].tags.add("tutorointi")
    made[3].save_revision().publish()
    factories.PracticePageFactory(parent=masku, title="Luonnoskäytänne", area=digi, live=False)
    return factories.PracticeLibraryPageFactory(parent=home_page)


def facet(response, name):
    found = next(f for f in response.context["facets"] if f.name == name)
    return {value.key: value.count for value in found.values}


def titles(response):
    return {practice.title for practice in response.context["practices"]}


@pytest.mark.django_db
def test_library_lists_every_open_practice_with_counts(client, library):
    response = client.get("/kaytanteet/")
    assert titles(response) == {
        "Digitutor vastaanotto", "Välkkätoiminta", "Osaamismerkit", "Kouluvaltaus",
    }  # fmt: skip
    assert facet(response, "ala") == {"oppilaan-tuki": 0, "hyvinvointi": 1, "ops": 0, "digi": 3}
    assert facet(response, "kunta") == {"rusko": 2, "masku": 1, "jyvaskyla": 1}
    assert facet(response, "verkosto") == {"tutor-2-0": 3}
    assert facet(response, "aihe") == {"tutorointi": 2}


@pytest.mark.django_db
def test_filters_combine_and_each_facet_counts_the_others(client, library):
    response = client.get("/kaytanteet/", {"ala": "digi", "verkosto": "tutor-2-0"})
    assert titles(response) == {"Digitutor vastaanotto", "Osaamismerkit"}
    # The area facet ignores the chosen area but keeps the network filter.
    assert facet(response, "ala")["hyvinvointi"] == 1
    assert facet(response, "ala")["digi"] == 2
    # The network facet ignores the chosen network but keeps the area filter.
    assert facet(response, "verkosto") == {"tutor-2-0": 2}
    response = client.get("/kaytanteet/", {"ala": "digi", "aihe": "tutorointi"})
    assert titles(response) == {"Digitutor vastaanotto", "Kouluvaltaus"}
    response = client.get("/kaytanteet/", {"kunta": "masku"})
    assert titles(response) == {"Osaamismerkit"}


@pytest.mark.django_db
def test_filter_links_keep_the_other_filters_and_toggle_their_own(client, library):
    body = client.get("/kaytanteet/", {"ala": "digi", "sivu": "1"}).content.decode()
    assert 'href="?ala=digi&amp;kunta=rusko"' in body
    assert 'href="?" aria-current="true"' in body  # choosing digi again clears it


@pytest.mark.django_db
def test_empty_result_suggests_loosening(client, library):
    response = client.get("/kaytanteet/", {"ala": "ops"})
    assert titles(response) == set()
    assert "Poista" in response.content.decode()


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, library, rusko):
    digi = PracticeArea.objects.get(slug="digi")
    for number in range(14):
        factories.PracticePageFactory(parent=rusko, title=f"Digikäytänne {number}", area=digi)
    first = client.get("/kaytanteet/", {"ala": "digi"})
    assert len(first.context["practices"]) == 12
    assert "?ala=digi&amp;sivu=2" in first.content.decode()
    second = client.get("/kaytanteet/", {"ala": "digi", "sivu": "2"})
    assert len(second.context["practices"]) == 17 - 12
    assert client.get("/kaytanteet/", {"sivu": "abc"}).status_code == 200
    assert client.get("/kaytanteet/", {"ala": "<script>", "sivu": "999"}).status_code == 200


@pytest.mark.django_db
def test_library_costs_at_most_twelve_queries_however_many_practices(rf, library, rusko, masku):
    def queries(**params):
        request = rf.get("/kaytanteet/", params)
        library.serve(request).render()  # what is cached between requests is cached
        with CaptureQueriesContext(connection) as own:
            context = library.get_context(request)
        with CaptureQueriesContext(connection) as whole:
            library.serve(request).render()
        return (len(own), len(whole)), context

    cases = [{}, {"sivu": "2"}, {"ala": "digi", "verkosto": "tutor-2-0", "aihe": "tutorointi"}]
    before = [queries(**case)[0] for case in cases]
    digi = PracticeArea.objects.get(slug="digi")
    for number in range(40):
        extra = factories.PracticePageFactory(
            parent=rusko if number % 2 else masku, title=f"Lisäkäytänne {number}", area=digi
        )
        extra.tags.add(f"aihe-{number}", "tutorointi")
        extra.save_revision().publish()
    after = [queries(**case)[0] for case in cases]
    assert after == before, f"queries (the library's, the page's) before {before}, after {after}"
    assert max(own for own, _whole in before) <= 12, before
    _counts, context = queries(sivu="4")
    assert context["page_obj"].paginator.count == 44
    assert len(context["practices"]) == 44 - 3 * 12


@pytest.mark.django_db
def test_a_copy_under_its_origins_title_is_listed_once_in_the_origins_card(
    client, library, rusko, masku
):
    from portal.sharing.models import CopyRecord

    origin = factories.PracticePageFactory(parent=rusko, title="Välituntiliikunta")
    copy = factories.PracticePageFactory(parent=masku, title="Välituntiliikunta")
    CopyRecord.objects.create(source=origin, source_title=origin.title, copy=copy,
                              municipality=masku)  # fmt: skip
    response = client.get(library.url)
    titles = [practice.title for practice in response.context["practices"]]
    assert titles.count("Välituntiliikunta") == 1
    card = next(p for p in response.context["practices"] if p.title == "Välituntiliikunta")
    assert card.pk == origin.pk and card.towns_using == 1
    assert facet(response, "kunta")["masku"] == 1  # Osaamismerkit only, not the copy
    body = " ".join(response.content.decode().split())
    assert "Käytössä 1 kunnassa" in body or "In use in 1 municipality" in body
