"""Content in Finnish, Swedish and English: each page says the language it is written in, a page
read in another language's interface carries ``lang`` and a note that it has no version in the
reader's language, and the libraries and search filter by language and list the reader's
language first on /sv/."""

import re
from datetime import UTC, datetime

import pytest
from django.utils import translation

from networks.practices.models import PracticeLibraryPage
from plans.models import PlanLibraryPage
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory


@pytest.fixture
def languages(home_page, municipality_index):
    kronoby = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="288")
    rusko = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="704")
    finnish = LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla", slug="murtoluvut")
    swedish = LessonPlanPageFactory(
        parent=kronoby, title="Bråk med pizza", slug="brak", language="sv",
        summary="Eleverna delar pizzor och jämför bråk.",
    )  # fmt: skip
    # The Finnish plan is newer: on Finnish pages it comes first, on /sv/ after the Swedish one.
    for plan, year in ((finnish, 2026), (swedish, 2020)):
        plan.first_published_at = datetime(year, 9, 1, tzinfo=UTC)
        plan.save()
    practice_fi = factories.PracticePageFactory(parent=rusko, title="Tutorvälitunnit")
    practice_sv = factories.PracticePageFactory(
        parent=kronoby, title="Fadderverksamhet", language="sv"
    )
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    home_page.add_child(instance=PracticeLibraryPage(title="Käytänteet", slug="kaytanteet"))
    with translation.override("fi"):
        urls = {
            name: page.url
            for name, page in (
                ("finnish", finnish), ("swedish", swedish), ("practice_fi", practice_fi),
                ("practice_sv", practice_sv), ("kronoby", kronoby), ("rusko", rusko),
            )
        }  # fmt: skip
    return urls


def h1(html):
    return re.search(r"<h1[^>]*>", html).group(0)


@pytest.mark.django_db
def test_a_finnish_plan_on_swedish_pages_is_marked_finnish_and_noted(client, languages):
    swedish_ui = client.get(f"/sv{languages['finnish']}").content.decode()
    assert h1(swedish_ui) == '<h1 lang="fi">'
    assert "Finns endast på finska" in swedish_ui
    assert '<article class="layout-two__main plan" lang="fi">' in swedish_ui
    client.cookies.clear()
    finnish_ui = client.get(languages["finnish"]).content.decode()
    assert "Vain" not in finnish_ui and "Finns endast" not in finnish_ui


@pytest.mark.django_db
def test_a_swedish_plan_is_swedish_on_swedish_pages_and_noted_on_finnish_ones(client, languages):
    finnish_ui = client.get(languages["swedish"]).content.decode()
    assert h1(finnish_ui) == '<h1 lang="sv">'
    assert "Vain ruotsiksi" in finnish_ui
    client.cookies.clear()
    swedish_ui = client.get(f"/sv{languages['swedish']}").content.decode()
    assert '<html lang="sv">' in swedish_ui
    assert "Finns endast" not in swedish_ui


@pytest.mark.django_db
def test_practices_carry_their_language(client, languages):
    swedish_ui = client.get(f"/sv{languages['practice_fi']}").content.decode()
    assert h1(swedish_ui) == '<h1 lang="fi">'
    assert "Finns endast på finska" in swedish_ui
    own = client.get(f"/sv{languages['practice_sv']}").content.decode()
    assert h1(own) == "<h1>"
    assert "Finns endast" not in own
    # A town's list marks a card written in another language than the reader's, only that.
    kronoby = client.get(f"/sv{languages['kronoby']}").content.decode()
    assert f'<a href="/sv{languages["practice_sv"]}">Fadderverksamhet</a>' in kronoby
    rusko = client.get(f"/sv{languages['rusko']}").content.decode()
    assert f'<a href="/sv{languages["practice_fi"]}" lang="fi">Tutorvälitunnit</a>' in rusko


def titles(html, tag="h3"):
    return re.findall(rf'<{tag} class="result__title"[^>]*><a href="[^"]+">([^<]+)</a>', html)


@pytest.mark.django_db
def test_the_plan_library_filters_by_language_and_lists_swedish_first_on_swedish_pages(
    client, languages
):
    finnish_ui = client.get("/suunnitelmat/").content.decode()
    assert titles(finnish_ui) == ["Murtoluvut pizzalla", "Bråk med pizza"]
    assert "svenska" in finnish_ui and "suomi" in finnish_ui
    only_swedish = client.get("/suunnitelmat/", {"kieli": "sv"}).content.decode()
    assert titles(only_swedish) == ["Bråk med pizza"]
    client.cookies.clear()
    swedish_ui = client.get("/sv/suunnitelmat/").content.decode()
    assert titles(swedish_ui) == ["Bråk med pizza", "Murtoluvut pizzalla"]
    # The Finnish card is marked Finnish for a screen reader.
    assert '<h3 class="result__title" lang="fi">' in swedish_ui


@pytest.mark.django_db
def test_the_practice_library_filters_by_language(client, languages):
    only_swedish = client.get("/kaytanteet/", {"kieli": "sv"}).content.decode()
    assert titles(only_swedish) == ["Fadderverksamhet"]
    swedish_ui = client.get("/sv/kaytanteet/").content.decode()
    assert titles(swedish_ui)[0] == "Fadderverksamhet"


@pytest.mark.django_db
def test_search_filters_by_language(client, languages):
    found = client.get("/haku/", {"kieli": "sv"}).content.decode()
    assert "Bråk med pizza" in found and "Fadderverksamhet" in found
    assert "Murtoluvut pizzalla" not in found and "Tutorvälitunnit" not in found
    finnish = client.get("/haku/", {"kieli": "fi", "tyyppi": "suunnitelma"}).content.decode()
    assert "Murtoluvut pizzalla" in finnish and "Bråk med pizza" not in finnish


@pytest.mark.django_db
def test_search_lists_swedish_first_on_swedish_pages(client, languages):
    """ "pizza" is in both plans: in Finnish the newer (Finnish) one comes first, on /sv/ the
    Swedish one."""
    finnish = client.get("/haku/", {"q": "pizza", "jarjestys": "uusimmat"}).content.decode()
    assert finnish.index("Murtoluvut pizzalla") < finnish.index("Bråk med pizza")
    client.cookies.clear()
    swedish = client.get("/sv/haku/", {"q": "pizza", "jarjestys": "uusimmat"}).content.decode()
    assert swedish.index("Bråk med pizza") < swedish.index("Murtoluvut pizzalla")
    listed = client.get("/sv/haku/", {"tyyppi": "suunnitelma"}).content.decode()
    assert listed.index("Bråk med pizza") < listed.index("Murtoluvut pizzalla")


@pytest.mark.django_db
def test_the_tagline_is_swedish_on_swedish_pages(client, demo):
    assert "Avoimet suunnitelmat ja käytänteet kouluille" in client.get("/").content.decode()
    client.cookies.clear()
    swedish = client.get("/sv/").content.decode()
    assert "Öppna planeringar och god praxis för skolor" in swedish
    assert "Avoimet suunnitelmat ja käytänteet kouluille" not in swedish
