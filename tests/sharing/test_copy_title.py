"""The copy asks for its title, offered with the copier's town in place of the origin's."""

import re
from html import unescape

import pytest

from networks.practices.models import AnnualClockPage, PracticePage
from plans.models import LessonPlanPage
from portal.sharing.models import CopyRecord, Licence
from portal.sharing.town_names import finnish_title, inflect, swedish_title
from search.text.finnish import available
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

needs_voikko = pytest.mark.skipif(not available(), reason="Voikko is not installed")


def copy_url(page):
    return f"/kopioi/{page.pk}/"


def offered_title(response):
    body = response.content.decode()
    return unescape(re.search(r'<input type="text" id="copy-title"[^>]* value="([^"]*)"', body)[1])


@needs_voikko
@pytest.mark.parametrize(
    ("title", "origin", "copier", "expected"),
    [
        ("Ruskon vuosikello", "Rusko", "Masku", "Maskun vuosikello"),
        ("Rusko liikkuu", "Rusko", "Masku", "Masku liikkuu"),
        ("Ruskon kunnan TVT-suunnitelma", "Rusko", "Turku", "Turun kunnan TVT-suunnitelma"),
        ("Digiloikka Ruskossa", "Rusko", "Helsinki", "Digiloikka Helsingissä"),
        ("Ruskon vuosikello", "Rusko", "Lahti", "Lahden vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Mynämäki", "Mynämäen vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Nousiainen", "Nousiaisten vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Parainen", "Paraisten vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Lieto", "Liedon vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Pöytyä", "Pöytyän vuosikello"),
        ("Ruskon vuosikello", "Rusko", "Koski Tl", "Koski Tl:n vuosikello"),
        ("Turun malli", "Turku", "Uusikaupunki", "Uudenkaupungin malli"),
        ("Koski Tl:n malli", "Koski Tl", "Masku", "Maskun malli"),
        ("Mänttä-Vilppulan malli", "Mänttä-Vilppula", "Masku", "Maskun malli"),
        # "On Rusko" (Ruskolla) is "in Masku" (Maskussa), and back.
        ("Liikkuva koulu Ruskolla", "Rusko", "Masku", "Liikkuva koulu Maskussa"),
        ("Liikkuva koulu Maskussa", "Masku", "Pöytyä", "Liikkuva koulu Pöytyällä"),
        ("Rusko-päivä", "Rusko", "Masku", "Masku-päivä"),
        # Only the town, never the common noun (rusko: a reddish brown).
        ("Syksyn rusko Ruskon metsissä", "Rusko", "Masku", "Syksyn rusko Maskun metsissä"),
        ("Murtoluvut", "Rusko", "Masku", "Murtoluvut"),
    ],
)
def test_finnish_titles_take_the_copiers_town_in_the_same_case(title, origin, copier, expected):
    assert finnish_title(title, origin, copier) == expected


@needs_voikko
def test_generated_forms_are_read_by_voikko_as_the_town_in_the_case():
    assert inflect("Turku", "sisaolento") == "Turussa"
    assert inflect("Helsinki", "sisatulento") == "Helsinkiin"
    assert inflect("Nousiainen", "sisaolento") == "Nousiaisissa"
    assert inflect("Masku", "tulento") == "Maskuksi"


def test_swedish_titles_take_the_name_as_it_is_with_the_genitive_s():
    assert swedish_title("Pargas årsklocka", "Pargas", "Kimito") == "Kimito årsklocka"
    assert swedish_title("Åbos årsklocka", "Åbo", "Kimito") == "Kimitos årsklocka"
    assert swedish_title("Årsklocka i Åbo", "Åbo", "Pargas") == "Årsklocka i Pargas"
    assert swedish_title("Åbos plan", "Åbo", "Pargas") == "Pargas plan"
    assert swedish_title("Åboland", "Åbo", "Pargas") == "Åboland"


@pytest.fixture
def clock(rusko):
    return factories.AnnualClockPageFactory(
        parent=rusko, title="Ruskon vuosikello", slug="vuosikello"
    )


@needs_voikko
@pytest.mark.django_db
def test_the_form_offers_the_title_with_the_copiers_town(client, clock, masku, masku_teacher):
    client.force_login(masku_teacher)
    form = client.get(copy_url(clock))
    assert form.status_code == 200
    assert offered_title(form) == "Maskun vuosikello"
    assert "Kopion otsikko" in form.content.decode()

    response = client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "Maskun vuosikello"})
    copy = AnnualClockPage.objects.child_of(masku).get()
    assert response["Location"] == f"/admin/pages/{copy.pk}/edit/"
    assert copy.title == copy.draft_title == "Maskun vuosikello"
    assert copy.slug == "maskun-vuosikello"
    editor = client.get(response["Location"]).content.decode()
    assert "Maskun vuosikello" in editor


@pytest.mark.django_db
def test_the_teacher_writes_a_title_of_her_own(client, clock, masku, masku_teacher):
    client.force_login(masku_teacher)
    client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "Mynämäen ja Maskun vuodet"})
    copy = AnnualClockPage.objects.child_of(masku).get()
    assert copy.title == "Mynämäen ja Maskun vuodet"
    assert copy.slug == "mynamaen-ja-maskun-vuodet"
    assert CopyRecord.objects.get(copy=copy).source_title == "Ruskon vuosikello"


@pytest.mark.django_db
def test_a_missing_or_overlong_title_is_asked_again_in_finnish_and_swedish(
    client, clock, masku, masku_teacher
):
    client.force_login(masku_teacher)
    empty = client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "  "})
    assert empty.status_code == 400
    assert "Anna kopiolle otsikko." in empty.content.decode()
    long = client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "x" * 256})
    assert long.status_code == 400
    assert "Otsikko voi olla enintään 255 merkkiä pitkä." in long.content.decode()
    swedish = client.post(f"/sv{copy_url(clock)}", {"kunta": masku.pk, "otsikko": ""})
    assert swedish.status_code == 400
    assert "Ge kopian en rubrik." in swedish.content.decode()
    assert not AnnualClockPage.objects.child_of(masku).exists()


@pytest.mark.django_db
def test_a_title_the_town_has_already_is_refused_with_a_message(
    client, clock, masku, masku_teacher
):
    factories.PracticePageFactory(parent=masku, title="Maskun vuosikello")
    client.force_login(masku_teacher)
    response = client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "maskun vuosikello"})
    assert response.status_code == 400
    body = unescape(response.content.decode())
    assert "Kunnassa Masku on jo sivu otsikolla ”maskun vuosikello”" in body
    assert 'aria-invalid="true"' in body
    assert not AnnualClockPage.objects.child_of(masku).exists()


@pytest.mark.django_db
def test_a_taken_address_gets_a_number(client, clock, masku, masku_teacher):
    factories.PracticePageFactory(parent=masku, title="Toinen sivu", slug="maskun-vuosikello")
    client.force_login(masku_teacher)
    response = client.post(copy_url(clock), {"kunta": masku.pk, "otsikko": "Maskun vuosikello"})
    assert response.status_code == 302
    copy = AnnualClockPage.objects.child_of(masku).get()
    assert copy.slug == "maskun-vuosikello-2"


@pytest.mark.django_db
def test_a_copy_under_the_same_title_keeps_the_origins_slug(client, rusko, masku, masku_teacher):
    plan = LessonPlanPageFactory(parent=rusko, title="Murtoluvut", slug="murtoluvut")
    client.force_login(masku_teacher)
    client.post(copy_url(plan), {"kunta": masku.pk, "otsikko": "Murtoluvut"})
    assert LessonPlanPage.objects.child_of(masku).get().slug == "murtoluvut"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["cc-by", "cc-by-sa", "cc-by-nc-sa"])
def test_the_copy_keeps_the_licence_of_its_origin(client, rusko, masku, masku_teacher, slug):
    licence = Licence.objects.get(slug=slug)
    practice = factories.PracticePageFactory(parent=rusko, title="Ruskon malli", licence=licence)
    client.force_login(masku_teacher)
    client.post(copy_url(practice), {"kunta": masku.pk, "otsikko": "Maskun malli"})
    copy = PracticePage.objects.child_of(masku).get()
    assert copy.licence == licence
    assert CopyRecord.objects.get(copy=copy).source_licence == licence
    copy.save_revision().publish()
    client.logout()
    body = client.get(copy.url).content.decode()
    assert licence.url in body


@pytest.mark.django_db
def test_a_swedish_page_takes_the_swedish_name(client, municipality_index):
    pargas = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="445")
    kimito = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="322")
    clock = factories.AnnualClockPageFactory(parent=pargas, title="Pargas årsklocka", language="sv")
    teacher = make_teacher(kimito, "kim.kimito")
    client.force_login(teacher)
    assert offered_title(client.get(copy_url(clock))) == "Kimitoön årsklocka"


@pytest.mark.django_db
def test_a_teacher_of_two_towns_is_offered_a_title_for_each(
    client, clock, municipality_index, masku
):
    nousiainen = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="538"
    )
    teacher = make_teacher(masku, "kaisa.kahden")
    teacher.groups.add(*make_teacher(nousiainen, "apu").groups.all())
    client.force_login(teacher)
    body = unescape(client.get(copy_url(clock)).content.decode())
    if available():
        assert 'data-title="Maskun vuosikello"' in body
        assert 'data-title="Nousiaisten vuosikello"' in body
    response = client.post(
        copy_url(clock), {"kunta": nousiainen.pk, "otsikko": "Nousiaisten vuosikello"}
    )
    assert response.status_code == 302
    assert AnnualClockPage.objects.child_of(nousiainen).get().title == "Nousiaisten vuosikello"
