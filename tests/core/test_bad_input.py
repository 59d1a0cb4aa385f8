"""Bad input answers 400, a Finnish error or the default, never a server error.

NUL (``%00``) anywhere a view reads (path, query string, cookies, form fields) answers 400
from portal.core.middleware: PostgreSQL text cannot hold it. Digits outside ASCII ("²⁰²⁵":
str.isdigit() says yes, int() says no) are read as no number. The admin's modeladmin lists
answer 400 to a parameter that is no filter of theirs or a value a filter cannot read.

The client raises what a view raises, so a server error fails these tests with its traceback.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from networks.tutoring.models import TutorSession
from plans.models import PlanLibraryPage
from tests.factories import networks as factories
from tests.helpers import make_tutor

BAD_REQUEST = "Virheellinen pyyntö"
NOT_FOUND = "Sivua ei löytynyt"
SUPERSCRIPT_2025 = "²⁰²⁵"


@pytest.fixture
def portal(tree, home_page):
    """The tree of tests/conftest.py, with the plan library beside the practice library."""
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    return tree


def refused(response):
    return response.status_code == 400 and BAD_REQUEST in response.content.decode()


# --- NUL: one answer for every view (portal.core.middleware) ------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/suunnitelmat/?aihe=%00",
        "/suunnitelmat/?aine=matematiikka&aihe=pizza%00",
        "/kaytanteet/?aihe=%00",
        "/kunnat/?maakunta=%00",
        "/haku/?q=%00",
        "/haku/?q=murto%00luku",
        "/haku/ehdotukset/?q=mu%00",
        "/suunnitelmat/?aihe%00=pizza",
        "/kunnat/%00/",
        "/kunnat/rusko/%00/",
        "/kutsu/ab%00cd/",
    ],
)
def test_nul_in_the_address_answers_400(client, portal, url):
    assert refused(client.get(url))


@pytest.mark.django_db
def test_the_400_page_speaks_the_readers_language(client, portal):
    response = client.get("/sv/haku/", {"q": "\x00"})
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


@pytest.mark.django_db
def test_nul_in_a_posted_form_answers_400(client, portal):
    # The admin's sign-in form looks the user name up in the database.
    assert refused(client.post("/admin/login/", {"username": "maija\x00", "password": "x"}))
    # Multipart: the fields are read, not the files.
    upload = SimpleUploadedFile("tunnit.csv", b"a;b\n")
    data = {"username": "maija\x00", "password": "x", "file": upload}
    assert refused(client.post("/admin/login/", data))


@pytest.mark.django_db
def test_nul_in_a_cookie_answers_400(client, portal):
    # A quoted cookie value may write NUL as \000: the session key is looked up in the database.
    assert refused(client.get("/", HTTP_COOKIE='sessionid="abcdefghij\\000"'))


@pytest.mark.django_db
def test_requests_without_nul_pass(client, portal):
    assert client.get("/haku/", {"q": "murtoluku"}).status_code == 200
    assert client.get("/kunnat/", {"maakunta": "02"}).status_code == 200
    # An uploaded file may hold NUL bytes: only the form's fields are read.
    binary = SimpleUploadedFile("kuva.png", b"\x89PNG\x00\x00\xff")
    response = client.post("/admin/login/", {"username": "maija", "password": "x", "f": binary})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["town=%00", "kind__exact=%00", "theme__exact=digi%00", "q=%00", "date=%00"],
)
def test_nul_in_a_modeladmin_filter_answers_400(admin_client, portal, query):
    assert refused(admin_client.get(f"/admin/tutoring/tutorsession/?{query}"))


# --- The admin's modeladmin lists: only their own filters ---------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/tutoring/tutorsession/?town=abc",
        "/admin/tutoring/tutorsession/?town=²",
        "/admin/tutoring/tutorsession/?date=eilen",
        "/admin/tutoring/tutorsession/?minutes__gt=x",
        # A lookup into a related model would read what the list does not show.
        "/admin/tutoring/tutorsession/?tutor__password__startswith=md5",
        "/admin/tutoring/competencesurvey/?is_open__exact=ehka",
        "/admin/tutoring/competencesurvey/?is_open=ehka",
        "/admin/tutoring/teamplanning/?town__id=1",
        "/admin/tutoring/trainingplan/?tutor__username=admin",
    ],
)
def test_a_modeladmin_list_refuses_what_is_no_filter_of_it(admin_client, portal, url):
    assert refused(admin_client.get(url))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/tutoring/tutorsession/",
        "/admin/tutoring/tutorsession/?kind__exact=yksiloohjaus&theme__exact=digi",
        "/admin/tutoring/tutorsession/?q=Vahdon&o=0&p=2",
        "/admin/tutoring/tutorsession/?p=²",
        "/admin/tutoring/tutorsession/?export=csv",
        "/admin/tutoring/competencesurvey/?is_open__exact=1",
        "/admin/tutoring/trainingplan/?school_year=2025–2026",
        "/admin/tutoring/teamplanning/?term=2025S",
    ],
)
def test_a_modeladmin_list_takes_its_own_filters(admin_client, portal, url):
    assert admin_client.get(url).status_code == 200


# --- Digits outside ASCII -----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("year", [SUPERSCRIPT_2025, "٢٠٢٥", "9" * 5000])
def test_an_annual_clock_feed_answers_not_found_to_a_year_it_cannot_read(client, portal, year):
    # As to any other year it refuses (tests/networks/test_calendars.py): the Finnish 404 page.
    response = client.get(portal["clock"].url + "kalenteri/", {"lukuvuosi": year})
    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()


@pytest.mark.django_db
def test_an_annual_clock_with_superscript_digits_in_its_school_year_shows_the_default(
    client, rusko
):
    clock = factories.AnnualClockPageFactory(
        parent=rusko, slug="vuosikello", school_year=f"{SUPERSCRIPT_2025}–²⁰²⁶"
    )
    today = timezone.localdate()
    current = today.year if today.month >= 8 else today.year - 1
    page = client.get(clock.url)
    assert page.status_code == 200
    assert page.context["default_calendar_year"] == current
    feed = client.get(clock.url + "kalenteri/")
    assert feed.status_code == 200
    assert f"vuosikello-{current}-{current + 1}.ics" in feed["Content-Disposition"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("id=²", 400),
        ("id=" + "9" * 30, 400),
        ("id=all&childOf=²", 400),
        ("id=all&childOf=abc", 400),
        ("id=all&childOf=999999", 404),
    ],
)
def test_a_page_bulk_action_refuses_what_is_no_page_id(admin_client, portal, query, status):
    response = admin_client.get(f"/admin/bulk/wagtailcore/page/delete/?{query}")
    assert response.status_code == status


@pytest.mark.django_db
def test_a_page_bulk_action_still_takes_ids_and_all(admin_client, portal):
    rusko = portal["rusko"]
    bulk = "/admin/bulk/wagtailcore/page/delete/"
    assert admin_client.get(f"{bulk}?id={portal['practice'].pk}").status_code == 200
    assert admin_client.get(f"{bulk}?id=all&childOf={rusko.pk}").status_code == 200


IMPORT = "/admin/tutorointi/tuonti/"
HEADING = "päivämäärä;kesto;kunta;koulu;laji;teema;opettajia;muistiinpano\n"


def upload(client, text):
    return client.post(IMPORT, {"file": SimpleUploadedFile("tunnit.csv", text.encode("utf-8"))})


@pytest.mark.django_db
def test_an_import_names_superscript_numbers_as_wrong(client, rusko):
    client.force_login(make_tutor(rusko, "tiina.tutor"))
    rows = (
        "15.9.2025;⁴⁵;Rusko;Vahdon koulu;yksilöohjaus;digi;1;\n"
        "16.9.2025;45;Rusko;Vahdon koulu;yksilöohjaus;digi;³;\n"
        f"17.9.2025;{'4' * 5000};Rusko;Vahdon koulu;yksilöohjaus;digi;1;\n"
    )
    response = upload(client, HEADING + rows)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Rivi 2: keston täytyy olla 5–600 minuuttia." in body
    assert "Rivi 3: opettajien määrän täytyy olla 0–1000." in body
    assert "Rivi 4: keston täytyy olla 5–600 minuuttia." in body
    assert not TutorSession.objects.exists()


@pytest.mark.django_db
def test_an_import_with_nul_in_the_file_is_no_text(client, rusko):
    client.force_login(make_tutor(rusko, "tiina.tutor"))
    row = "15.9.2025;45;Rusko;Vahdon\x00 koulu;yksilöohjaus;digi;1;\n"
    response = upload(client, HEADING + row)
    assert response.status_code == 200
    assert "Tiedosto ei ole tekstiä: tallenna se CSV-muodossa." in response.content.decode()
    assert not TutorSession.objects.exists()
