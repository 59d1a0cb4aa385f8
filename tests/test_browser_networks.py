"""In a real browser: a teacher of Masku takes Rusko's annual clock into use and lands in the
editor with the copy; the new page types meet no accessibility barrier."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from networks.practices.models import AnnualClockPage
from portal.municipalities.models import MunicipalityPage
from tests.browser import axe_violations
from tests.factories import networks as factories
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_teacher_of_masku_copies_ruskos_annual_clock(live_server, home_page, browser_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    masku = factories.MunicipalityPageFactory(parent=index, municipality_code="481")
    clock = factories.AnnualClockPageFactory(
        parent=rusko, title="Ruskon vuosikello", slug="vuosikello"
    )
    make_teacher(masku, "maija.masku")
    page = browser_page

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("maija.masku")
    page.locator("#id_password").fill("salasana-123456")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(live_server.url + "/admin/")

    page.goto(live_server.url + clock.url)
    page.get_by_role("link", name="Ota käyttöön omassa kunnassa").click()
    expect(page.get_by_label("Kunta")).to_have_value(str(masku.pk))
    page.get_by_role("button", name="Kopioi omaan kuntaan").click()

    copy = AnnualClockPage.objects.child_of(MunicipalityPage.objects.get(pk=masku.pk)).get()
    expect(page).to_have_url(live_server.url + f"/admin/pages/{copy.pk}/edit/")
    expect(page.get_by_text("kopioitiin kuntaan Masku luonnokseksi")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Maskun vuosikello")
    assert not copy.live
    assert copy.owner.username == "maija.masku"


@pytest.fixture
def demo_portal(live_server):
    call_command("load_demo", "--no-admin", verbosity=0)
    return live_server.url


def test_demo_pages_pass_axe_and_the_wheel_leads_to_the_list(demo_portal, browser_page):
    page = browser_page
    rusko_clock = "/kunnat/rusko/ruskon-perusopetuksen-vuosikello/"
    paths = [
        "/kunnat/",
        "/kunnat/rusko/",
        rusko_clock,
        "/kunnat/rusko/ruskon-perusopetuksen-digitalisaatio-ohjelma-2025/",
        "/kunnat/rusko/tuen-kolmiportaisuuden-yhteinen-malli/",
        "/verkostot/",
        "/verkostot/keski-suomen-tutoropettajaverkosto/",
        "/verkostot/keski-suomen-tutoropettajaverkosto/jamsan-seutu/",
        "/verkostot/oppiva/",
        "/kaytanteet/",
        "/kaytanteet/?ala=digi&verkosto=tutor-2-0",
    ]
    for path in paths:
        response = page.goto(demo_portal + path)
        assert response.status == 200, path
        count, report = axe_violations(page)
        assert count == 0, f"{path}\n{report}"

    page.goto(demo_portal + rusko_clock)
    markers = page.locator("figure.wheel svg a")
    assert markers.count() == 30
    markers.first.focus()
    page.keyboard.press("Enter")
    assert "#tehtava-" in page.url
