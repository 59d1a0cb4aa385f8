"""In a real browser: a signed-in teacher saves a plan into a new list with "Tallenna omiin",
finds it in "Omat kokoelmat" and takes it off the list; every screen passes axe at 1280 and
390 px."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser import axe_violations, sign_in
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]


@pytest.fixture(params=WIDTHS, ids=["1280", "390"])
def window(request, browser):
    context = browser.new_context(viewport=request.param, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def assert_axe_clean(page, where):
    count, report = axe_violations(page)
    assert count == 0, f"{where}\n{report}"


def test_teacher_saves_a_plan_into_a_new_list_and_takes_it_off(live_server, home_page, window):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    plan = LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla", slug="pizza")
    make_teacher(rusko, "tiina.rusko", first_name="Tiina", last_name="Tuominen")
    with translation.override("fi"):
        plan_url = live_server.url + plan.url
    page = window

    # Signed out, the control offers a sign-in that leads back to the plan.
    page.goto(plan_url)
    control = page.locator("#tallenna")
    expect(control.get_by_role("heading", name="Tallenna omiin")).to_be_visible()
    expect(control.get_by_role("link", name="Kirjaudu sisään tallentaaksesi")).to_have_attribute(
        "href", "/admin/login/?next=/kunnat/rusko/pizza/"
    )
    assert_axe_clean(page, "plan, signed out")

    sign_in(page, live_server.url, "tiina.rusko")
    page.goto(plan_url)
    control = page.locator("#tallenna")
    # An empty name is refused with a message, not lost.
    control.get_by_role("button", name="Tallenna").click()
    expect(page.get_by_text("Valitse lista tai anna uudelle listalle nimi.")).to_be_visible()
    assert_axe_clean(page, "save form with an error")

    page.get_by_label("Uuden listan nimi").fill("Syksyn tunnit")
    page.get_by_role("button", name="Tallenna", exact=True).click()
    expect(page).to_have_url(plan_url + "#tallenna")
    control = page.locator("#tallenna")
    expect(control).to_contain_text("Tallennettu listoihin: Syksyn tunnit")
    expect(control.get_by_label("Lista", exact=True)).to_have_value(re.compile(r"\d+"))
    assert_axe_clean(page, "plan, signed in, saved")

    page.locator(".account-nav").get_by_role("link", name="Omat kokoelmat").click()
    expect(page.get_by_role("heading", name="Omat kokoelmat", level=1)).to_be_visible()
    expect(page.get_by_text("1 sivu")).to_be_visible()
    assert_axe_clean(page, "Omat kokoelmat")

    page.get_by_role("link", name="Syksyn tunnit").click()
    expect(page.get_by_role("heading", name="Syksyn tunnit", level=1)).to_be_visible()
    item = page.locator(".saved-item")
    expect(item.get_by_role("link", name="Murtoluvut pizzalla")).to_be_visible()
    expect(item).to_contain_text("Tuntisuunnitelma")
    expect(item).to_contain_text("Rusko")
    assert_axe_clean(page, "the list")

    item.get_by_role("button", name="Poista listalta: Murtoluvut pizzalla").click()
    expect(page.get_by_text("Sivu poistettiin listalta.")).to_be_visible()
    expect(page.locator(".saved-item")).to_have_count(0)
    expect(page.get_by_text("Lista on tyhjä.")).to_be_visible()
    assert_axe_clean(page, "the empty list")

    page.get_by_role("link", name="Poista lista").click()
    assert_axe_clean(page, "delete confirmation")
    page.get_by_role("button", name="Poista lista").click()
    expect(page.get_by_text("Lista ”Syksyn tunnit” poistettiin.")).to_be_visible()
    expect(page.get_by_text("Sinulla ei ole vielä listoja.")).to_be_visible()
