"""The search box in the header finds public pages and never fails on odd input."""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.models import IndexEntry

from networks.networks.models import NetworkMembership
from networks.practices.models import PracticeArea
from portal.sharing.models import CopyRecord
from search.text import finnish
from search.text.finnish import available
from tests.factories import networks as factories
from tests.factories.home import StandardPageFactory
from tests.factories.plans import LessonPlanPageFactory


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
    "", " ", "a" * 10_000, "' OR 1=1 --", '"""', "&&||!!", "🙂 äö å", "(((", "%00",
])  # fmt: skip
def test_odd_queries_answer_with_a_page(client, demo, query):
    response = client.get("/haku/", {"q": query})
    assert response.status_code == 200
    # NUL itself is refused for every view (portal.core.middleware, tests/core/test_bad_input.py).
    assert client.get("/haku/", {"q": query + "\x00"}).status_code == 400


@pytest.mark.django_db
def test_search_page_number_out_of_range_shows_the_last_page(client, demo):
    response = client.get("/haku/", {"q": "opentori", "sivu": "999"})
    assert response.status_code == 200
    response = client.get("/haku/", {"q": "opentori", "sivu": "abc"})
    assert response.status_code == 200


# --- Finnish search: forms, facets, visibility, promotions, suggestions ---------------------


def plan(town, title, **fields):
    return LessonPlanPageFactory(parent=town, title=title, **fields)


def result_titles(response):
    body = response.content.decode()
    return [unescape(t) for t in re.findall(r'class="result__title"[^>]*><a [^>]*>([^<]*)<', body)]


@pytest.mark.django_db
def test_an_inflected_form_finds_the_others(client, rusko):
    plan(rusko, "Murtoluku ja piirakka", summary="Murtoluku kertoo osan kokonaisuudesta.")
    plan(rusko, "Metsäretki", summary="Havaitaan syksyn merkkejä.", learning_outcome="",
         key_points=[])  # fmt: skip
    for query in ("murtoluvuilla", "murtolukujen", "MURTOLUVUT", "murtoluku"):
        assert result_titles(client.get("/haku/", {"q": query})) == ["Murtoluku ja piirakka"]


@pytest.mark.django_db
def test_swedish_plans_are_stemmed_in_swedish(client, rusko):
    kottar = plan(rusko, "Vi räknar kottar", language="sv", summary="Barnen samlar kottarna.")
    assert result_titles(client.get("/haku/", {"q": "kottarna"})) == ["Vi räknar kottar"]
    assert result_titles(client.get("/haku/", {"q": "kotte"})) == ["Vi räknar kottar"]
    body = str(IndexEntry.objects.get(object_id=str(kottar.pk)).body)
    assert "'kott'" in body  # Swedish stem; Finnish rules would keep "kottarn"


@pytest.mark.django_db
def test_unpublishing_or_restricting_removes_a_page_at_once(client, rusko, masku_teacher):
    found = plan(rusko, "Ympyrän kehä ja halkaisija")
    assert result_titles(client.get("/haku/", {"q": "ympyrän"})) == [found.title]
    found.visibility = "teachers"
    found.save()
    assert result_titles(client.get("/haku/", {"q": "ympyrän"})) == []
    client.force_login(masku_teacher)
    assert result_titles(client.get("/haku/", {"q": "ympyrän"})) == [found.title]
    client.logout()
    found.visibility = "public"
    found.save()
    found.unpublish()
    assert result_titles(client.get("/haku/", {"q": "ympyrän"})) == []
    assert client.get("/haku/ehdotukset/", {"q": "ympyr"}).json() == {"suggestions": []}


@pytest.mark.django_db
def test_a_draft_change_is_not_searchable_until_published(client, rusko):
    found = plan(rusko, "Kertotaulu leikkien")
    draft = found.get_latest_revision_as_object()
    draft.summary = "Salaisuus: vastaukset ovat piirustuksessa."
    draft.save_revision()
    assert result_titles(client.get("/haku/", {"q": "salaisuus"})) == []
    assert result_titles(client.get("/haku/", {"q": "kertotaulu"})) == [found.title]


@pytest.mark.django_db
def test_facets_count_combine_and_filter(client, rusko, masku):
    plan(rusko, "Murtoluvut 1", curriculum={"subjects": ["matematiikka"], "grades": ["4"]})
    plan(rusko, "Murtoluvut 2", curriculum={"subjects": ["matematiikka"], "grades": ["5"]})
    plan(masku, "Murtoluvut 3", curriculum={"subjects": ["matematiikka"], "grades": ["5"]})
    response = client.get("/haku/", {"q": "murtoluvut"})
    facets = {facet.name: facet for facet in response.context["search"].facets}
    counts = {name: {v.key: v.count for v in facet.values} for name, facet in facets.items()}
    assert counts["tyyppi"] == {"suunnitelma": 3}
    assert counts["aine"] == {"matematiikka": 3}
    assert counts["luokka"] == {"4": 1, "5": 2}
    assert counts["kunta"] == {rusko.slug: 2, masku.slug: 1}
    narrowed = client.get("/haku/", {"q": "murtoluvut", "luokka": "5", "kunta": rusko.slug})
    assert result_titles(narrowed) == ["Murtoluvut 2"]
    # Each facet counts what the OTHER chosen filters leave: the grades in Rusko, the towns
    # of grade 5; the types, counted under both filters, add up to the results.
    narrowed_facets = narrowed.context["search"].facets
    counts = {f.name: {v.key: v.count for v in f.values} for f in narrowed_facets}
    assert counts["luokka"] == {"4": 1, "5": 1}
    assert counts["kunta"] == {rusko.slug: 1, masku.slug: 1}
    assert counts["tyyppi"] == {"suunnitelma": 1}
    either = client.get("/haku/", {"q": "murtoluvut", "luokka": ["4", "5"], "kunta": masku.slug})
    assert result_titles(either) == ["Murtoluvut 3"]
    chosen = {f.name: [v.key for v in f.values if v.selected]
              for f in either.context["search"].facets}  # fmt: skip
    assert chosen["luokka"] == ["4", "5"] and chosen["kunta"] == [masku.slug]
    # Filters alone, with no words, list the newest matching pages.
    assert len(result_titles(client.get("/haku/", {"tyyppi": "suunnitelma"}))) == 3
    # Unknown filter values are ignored, not errors.
    assert client.get("/haku/", {"q": "murtoluvut", "aine": "x" * 500}).status_code == 200


@pytest.mark.django_db
def test_newest_first_and_pages(client, rusko):
    for number in range(23):
        plan(rusko, f"Sääpäiväkirja {number:02}")
    first = client.get("/haku/", {"q": "sääpäiväkirja", "jarjestys": "uusimmat"})
    assert result_titles(first)[0] == "Sääpäiväkirja 22"
    assert len(result_titles(first)) == 20
    second = client.get("/haku/", {"q": "sääpäiväkirja", "jarjestys": "uusimmat", "sivu": "2"})
    assert result_titles(second) == ["Sääpäiväkirja 02", "Sääpäiväkirja 01", "Sääpäiväkirja 00"]


@pytest.mark.django_db
def test_results_page_queries_do_not_grow_with_results(client, rusko, masku):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/haku/", {"q": "murtoluvut"}).status_code == 200
        return len(captured)

    plan(rusko, "Murtoluvut 0")
    queries()  # caches of content types and the site fill on the first request
    few = queries()
    for number in range(1, 30):
        plan(rusko if number % 2 else masku, f"Murtoluvut {number}")
    queries()  # the menu and footer kept until the content changes are built again
    assert queries() == few


@pytest.mark.django_db
def test_editors_promote_pages_the_reader_may_see(client, rusko):
    promoted = plan(rusko, "Kymppiparit", summary="Luvun 10 hajotelmat.")
    hidden = plan(rusko, "Piilotettu suositus", visibility="private")
    query = Query.get("Yhteenlasku")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0, description="Aloita")
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    response = client.get("/haku/", {"q": "yhteenlasku"})
    body = response.content.decode()
    assert "Recommended by the editors" in body or "Toimituksen suosittelemat" in body
    assert "Kymppiparit" in body and "Aloita" in body
    assert "Piilotettu suositus" not in body


@pytest.mark.django_db
def test_suggestions_while_typing(client, rusko):
    plan(rusko, "Murtoluvut pizzapaloina")
    plan(rusko, "Murtoluvut luonnoksena", visibility="private")
    data = client.get("/haku/ehdotukset/", {"q": "murtol"}).json()
    assert [item["title"] for item in data["suggestions"]] == ["Murtoluvut pizzapaloina"]
    assert client.get("/haku/ehdotukset/", {"q": "'"}).json() == {"suggestions": []}
    assert client.get("/haku/ehdotukset/", {"q": "'\x00"}).status_code == 400


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_suggestions_complete_an_inflected_form(client, rusko, masku):
    plan(rusko, "Murtoluvut pizzapaloina")
    plan(rusko, "Murtoluvut luonnoksena", visibility="private")
    for typed in ("murtoluvuilla", "murtolukujen"):
        data = client.get("/haku/ehdotukset/", {"q": typed}).json()
        assert [item["title"] for item in data["suggestions"]] == ["Murtoluvut pizzapaloina"]
    # A title copies share is suggested once; titles that hold the word come first.
    plan(masku, "Murtoluvut pizzapaloina")
    plan(rusko, "Kakun jakaminen", summary="Murtoluvut ja kakku.")
    data = client.get("/haku/ehdotukset/", {"q": "murtoluvuilla"}).json()
    assert [item["title"] for item in data["suggestions"]] == [
        "Murtoluvut pizzapaloina",
        "Kakun jakaminen",
    ]


@pytest.mark.django_db
def test_did_you_mean_and_the_empty_state(client, rusko):
    plan(rusko, "Hyvinvointi ja uni", summary="Hyvinvointi alkaa unesta.")
    body = client.get("/haku/", {"q": "hyvinvonti"}).content.decode()
    if available():
        assert 'href="?q=hyvinvointi"' in body
    assert "Try a shorter or more general word" in body or "Kokeile lyhyempää" in body


@pytest.mark.django_db
def test_any_query_string_answers_with_a_page(client, rusko):
    plan(rusko, "Murtoluvut arjessa")

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(max_size=300) | st.sampled_from(["%00", "a" * 10_000, "' OR 1=1 --", "&|!:*"]),
           st.sampled_from(["", "osuvuus", "uusimmat", "x"]))  # fmt: skip
    def check(query, sort):
        query = query.replace("\x00", "")  # a NUL byte cannot travel in a URL's query
        response = client.get("/haku/", {"q": query, "jarjestys": sort})
        assert response.status_code == 200
        assert client.get("/haku/ehdotukset/", {"q": query}).status_code == 200

    check()


@pytest.mark.django_db
def test_every_facet_count_is_what_its_filter_finds(client, home_page, rusko, masku):
    """Practice areas and networks too; a town's or a network's own page counts as its own."""
    networks = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(
        parent=networks, title="Tutor 2.0", slug="tutor-20",
        summary="Kiusaamisen ehkäisy Ruskossa ja muualla.",
    )  # fmt: skip
    NetworkMembership.objects.create(network=network, municipality=rusko)
    factories.EventPageFactory(parent=network, title="Kiusaamisen ehkäisyn ilta")
    factories.PracticePageFactory(
        parent=rusko, title="Kiusaamisen ehkäisy Ruskossa",
        area=PracticeArea.objects.get(slug="hyvinvointi"),
    )  # fmt: skip
    factories.PracticePageFactory(parent=masku, title="Kiusaaminen verkossa")
    plan(rusko, "Kiusaaminen ja kaveritaidot")

    for query in ("kiusaamisen", "ruskossa", "tutor"):
        search = client.get("/haku/", {"q": query}).context["search"]
        assert search.total
        for facet in search.facets:
            for value in facet.values:
                narrowed = client.get("/haku/", {"q": query, facet.name: value.key})
                assert narrowed.context["search"].total == value.count, (query, facet.name, value)

    search = client.get("/haku/", {"q": "kiusaamisen"}).context["search"]
    counts = {f.name: {v.key: v.count for v in f.values} for f in search.facets}
    assert counts["alue"] == {"hyvinvointi": 1, "digi": 1}
    assert counts["tyyppi"] == {"suunnitelma": 1, "kaytanne": 2, "tapahtuma": 1, "verkosto": 1}
    # The network: its own page, its event and what its member town (Rusko) holds.
    assert counts["verkosto"] == {"tutor-20": 4}
    assert counts["kunta"] == {rusko.slug: 2, masku.slug: 1}


@pytest.mark.django_db
def test_the_admin_says_when_the_finnish_dictionary_is_missing(client, monkeypatch):
    admin = get_user_model().objects.create_superuser("paakayttaja", "p@example.fi", "x" * 16)
    client.force_login(admin)
    warning = "Voikko"
    monkeypatch.setattr(finnish, "available", lambda: True)
    assert warning not in client.get("/admin/").content.decode()
    monkeypatch.setattr(finnish, "available", lambda: False)
    assert warning in client.get("/admin/").content.decode()


# --- Ranking: the page the reader means first ------------------------------------------------


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_a_title_match_beats_a_page_that_only_talks_about_it(client, rusko):
    plan(
        rusko,
        "Luokan yhteiset säännöt",
        summary="Vuosikello, vuosikello ja vuosikello: vuosikellon mukaan vuosikelloon.",
    )
    plan(rusko, "Koulun vuosikello", summary="Tapahtumat kuukausittain.")
    assert result_titles(client.get("/haku/", {"q": "vuosikelloon"}))[0] == "Koulun vuosikello"


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_the_exact_title_comes_first_and_copies_are_one_result(client, rusko, masku):
    original = plan(rusko, "Tutortuntien seuranta", summary="Tutortunnit kirjataan.")
    copy = plan(masku, "Tutortuntien seuranta", summary="Tutortunnit kirjataan.")
    plan(
        rusko,
        "Sähköinen tutortuntien seuranta ja raportointi",
        summary="Tutortuntien seuranta tutortuntien seurannan tueksi.",
    )
    CopyRecord.objects.create(source=original, source_title=original.title, copy=copy,
                              municipality=masku)  # fmt: skip
    response = client.get("/haku/", {"q": "tutortuntien seurannasta"})
    results = response.context["results"]
    assert [r.page.title for r in results] == [
        "Tutortuntien seuranta",
        "Sähköinen tutortuntien seuranta ja raportointi",
    ]
    assert results[0].page.pk == original.pk
    assert [(c.town, c.url) for c in results[0].copies] == [("Masku", copy.url)]
    assert response.context["page_obj"].paginator.count == 2
    body = response.content.decode()
    assert "Käytössä 1 kunnassa" in body or "In use in 1 municipality" in body


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_a_teacher_finds_her_own_towns_copy_in_the_originals_place(
    client, rusko, masku, masku_teacher
):
    original = plan(rusko, "Tutortuntien seuranta")
    copy = plan(masku, "Tutortuntien seuranta")
    CopyRecord.objects.create(source=original, source_title=original.title, copy=copy,
                              municipality=masku)  # fmt: skip
    client.force_login(masku_teacher)
    results = client.get("/haku/", {"q": "tutortuntien seuranta"}).context["results"]
    assert [r.page.pk for r in results] == [copy.pk]
    assert [(c.town, c.url) for c in results[0].copies] == []


@pytest.mark.django_db
def test_an_adapted_copy_under_a_title_of_its_own_stays_a_result(client, rusko, masku):
    original = plan(rusko, "Murtoluvut pizzapaloina")
    adapted = plan(masku, "Murtoluvut piirakkapaloina")
    CopyRecord.objects.create(source=original, source_title=original.title, copy=adapted,
                              municipality=masku)  # fmt: skip
    titles = result_titles(client.get("/haku/", {"q": "murtoluvut"}))
    assert sorted(titles) == ["Murtoluvut piirakkapaloina", "Murtoluvut pizzapaloina"]


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_a_hyphenated_compound_is_found_by_its_parts_in_any_form(client, rusko):
    plan(rusko, "Kuntien TVT-toimintasuunnitelmaprosessit ja TVT-OPSit")
    plan(rusko, "Ruskon digitalisaatio-ohjelma 2025")
    for query, title in (
        (
            "TVT-toimintasuunnitelmaprosesseista",
            "Kuntien TVT-toimintasuunnitelmaprosessit ja TVT-OPSit",
        ),
        ("toimintasuunnitelmaprosessista", "Kuntien TVT-toimintasuunnitelmaprosessit ja TVT-OPSit"),
        ("digitalisaatio-ohjelmasta", "Ruskon digitalisaatio-ohjelma 2025"),
    ):
        assert result_titles(client.get("/haku/", {"q": query}))[:1] == [title], query


@pytest.mark.django_db
def test_every_word_must_match_unless_none_match_then_any_word_with_a_line_saying_so(client, rusko):
    plan(rusko, "Kompassi ja suunnistus")
    plan(rusko, "Kiusaamisen ehkäisy")
    plan(rusko, "Kompassi ja kiusaaminen")
    both = client.get("/haku/", {"q": "kompassi kiusaaminen"})
    assert result_titles(both) == ["Kompassi ja kiusaaminen"]
    assert not both.context["search"].any_word
    plan(rusko, "Tavut taputtaen")
    either = client.get("/haku/", {"q": "suunnistus taputtaen"})
    assert set(result_titles(either)) == {"Kompassi ja suunnistus", "Tavut taputtaen"}
    assert either.context["search"].any_word
    body = either.content.decode()
    assert "Mikään sivu ei sisällä kaikkia" in body or "No page has every word" in body


@pytest.mark.django_db
def test_a_version_number_stays_one_word(client, home_page):
    StandardPageFactory(parent=home_page, title="Tutor 2.0", slug="tutor")
    StandardPageFactory(parent=home_page, title="Tutor 3", slug="tutor-3")
    assert result_titles(client.get("/haku/", {"q": "tutor 2.0"})) == ["Tutor 2.0"]
