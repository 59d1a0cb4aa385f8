"""In a real browser at desktop (1280 px) and phone (390 px) width: the front page in Finnish
and Swedish and an event page meet no accessibility barrier, and "Lisää kalenteriin" downloads
the event's calendar file."""

import datetime

import pytest
from django.utils import timezone, translation
from icalendar import Calendar
from playwright.sync_api import expect

from home.models import HomePage, HomePageFeaturedPractice
from networks.practices.models import PracticeLibraryPage
from plans.models import PlanLibraryPage
from tests.browser import axe_violations
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]
FORM = "https://forms.example.org/keski-suomi/tekoaly"


@pytest.fixture
def portal(home_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    kronoby = factories.MunicipalityPageFactory(parent=index, municipality_code="288")
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    home_page.add_child(instance=PracticeLibraryPage(title="Käytänteet", slug="kaytanteet"))
    for number in range(4):
        LessonPlanPageFactory(parent=rusko, title=f"Murtoluvut arjessa {number}")
    LessonPlanPageFactory(
        parent=kronoby,
        title="Bråk med pizza",
        language="sv",
        curriculum={"subjects": ["matematiikka"], "grades": ["1", "2"]},
    )
    home = HomePage.objects.get(pk=home_page.pk)
    for title in ("Välkkärit", "Tuen palaverit"):
        practice = factories.PracticePageFactory(parent=rusko, title=title)
        HomePageFeaturedPractice.objects.create(home_page=home, practice=practice)
    networks = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=networks, title="Keski-Suomi", slug="ks")
    start = timezone.now() + datetime.timedelta(days=20)
    event = factories.EventPageFactory(
        parent=network,
        title="Tekoäly ja arviointi",
        slug="tekoaly",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration_url=FORM,
        registration_deadline=timezone.localdate() + datetime.timedelta(days=10),
    )
    with translation.override("fi"):
        return {"event": event.url}


@pytest.mark.parametrize("viewport", WIDTHS, ids=["1280", "390"])
def test_front_page_and_event_pass_axe_and_the_event_goes_to_the_calendar(
    live_server, browser, portal, viewport
):
    context = browser.new_context(viewport=viewport, locale="fi-FI", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(10_000)

    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Uusimmat tuntisuunnitelmat")).to_be_visible()
    expect(page.get_by_role("heading", name="Nostetut käytänteet")).to_be_visible()
    maths = page.get_by_role("link", name="Matematiikka (5)")
    expect(maths).to_have_attribute("href", "/suunnitelmat/?aine=matematiikka")
    count, report = axe_violations(page)
    assert count == 0, report

    page.goto(live_server.url + "/sv/")
    expect(page.get_by_role("heading", name="De nyaste lektionsplaneringarna")).to_be_visible()
    expect(page.locator("#newest-plans-title + ul h3").first).to_have_text("Bråk med pizza")
    count, report = axe_violations(page)
    assert count == 0, report

    page.goto(live_server.url + portal["event"])
    expect(page.get_by_role("link", name="Ilmoittaudu")).to_have_attribute("href", FORM)
    count, report = axe_violations(page)
    assert count == 0, report
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Lisää kalenteriin").click()
    download = download_info.value
    assert download.suggested_filename == "tekoaly.ics"
    with open(download.path(), "rb") as file:
        [entry] = Calendar.from_ical(file.read()).walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Tekoäly ja arviointi"
    context.close()
