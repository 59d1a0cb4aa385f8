"""What a person does in a real browser: skip to the content, switch language, meet no
accessibility barrier (axe-core, WCAG 2.1 AA) on the home page, a standard page and the 404
page, at desktop and phone widths."""

import pytest
from playwright.sync_api import expect

from portal.demo import home as home_demo
from tests.browser import PHONE, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def portal(live_server):
    home_demo.load()
    return live_server.url


def test_skip_link_moves_focus_to_the_main_content(portal, page):
    page.goto(portal + "/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Siirry pääsisältöön")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_changes_the_language_and_keeps_the_page(portal, page):
    page.goto(portal + "/tietoa-palvelusta/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.get_by_role("link", name="Svenska").click()
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    assert page.url == portal + "/sv/tietoa-palvelusta/"
    expect(page.get_by_role("link", name="Hoppa till huvudinnehållet")).to_be_attached()
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url == portal + "/en/tietoa-palvelusta/"
    page.get_by_role("link", name="Suomi").click()
    assert page.url == portal + "/tietoa-palvelusta/"


def test_search_from_the_header(portal, page):
    page.goto(portal + "/")
    page.get_by_role("combobox", name="Hae portaalista").fill("tietosuoja")
    page.get_by_role("combobox", name="Hae portaalista").press("Enter")
    expect(page.get_by_role("heading", name="Haku", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Tietosuojaseloste").first).to_be_visible()


@pytest.mark.parametrize("path", ["/", "/saavutettavuusseloste/", "/ei-tallaista-sivua/",
                                  "/sv/", "/haku/?q=opettaja"])  # fmt: skip
def test_no_accessibility_violations(portal, page, path):
    page.goto(portal + path)
    count, report = axe_violations(page)
    assert count == 0, report


def test_nothing_overflows_sideways_on_a_phone(portal, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    for path in ("/", "/saavutettavuusseloste/", "/ei-tallaista-sivua/", "/haku/?q=opentori"):
        page.goto(portal + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320 px"
    context.close()
