"""Searching in a real browser: suggestions while typing, a filter ticked, no accessibility
barrier (axe-core, WCAG 2.1 AA) on the results page at desktop and phone widths."""

import re

import pytest
from playwright.sync_api import expect

from portal.demo import home as home_demo
from tests.browser import axe_violations
from tests.factories.networks import MunicipalityIndexPageFactory, MunicipalityPageFactory
from tests.factories.plans import LessonPlanPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def portal(live_server):
    home = home_demo.load()
    index = MunicipalityIndexPageFactory(parent=home)
    rusko = MunicipalityPageFactory(parent=index, municipality_code="704")
    masku = MunicipalityPageFactory(parent=index, municipality_code="481")
    for number, (town, grade) in enumerate([(rusko, "4"), (rusko, "5"), (masku, "5")]):
        LessonPlanPageFactory(
            parent=town,
            title=f"Murtoluvut pizzapaloina {number + 1}",
            curriculum={"subjects": ["matematiikka"], "grades": [grade]},
        )
    return live_server.url


def test_results_with_facets_pass_axe(portal, page):
    page.goto(portal + "/haku/?q=murtoluvuilla")
    expect(page.get_by_role("status")).to_contain_text("3 tulosta")
    expect(page.locator(".result__snippet mark").first).to_be_visible()
    count, report = axe_violations(page)
    assert count == 0, report
    page.goto(portal + "/haku/?q=murtoluvuilla&luokka=5&kunta=rusko")
    expect(page.get_by_role("status")).to_contain_text("1 tulos")
    count, report = axe_violations(page)
    assert count == 0, report
    page.goto(portal + "/haku/?q=hyvinvonti")
    count, report = axe_violations(page)
    assert count == 0, report


def test_suggestions_and_a_ticked_filter(portal, page):
    page.goto(portal + "/haku/")
    box = page.get_by_role("combobox", name="Hakusanat")
    box.press_sequentially("murtol", delay=40)
    options = page.locator("#search-suggestions option")
    expect(options).to_have_count(3)
    assert options.first.get_attribute("value").startswith("Murtoluvut pizzapaloina")
    box.fill("murtoluvuilla")
    box.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("3 tulosta")

    # Ticking a grade applies it at once on a wide screen; on a phone the filters fold behind
    # one button and the ticked ones apply with "Rajaa". The page keeps the words and the
    # other filters.
    def tick(name):
        fold = page.locator(".facets__summary")
        if fold.is_visible():
            fold.click()
            page.get_by_role("checkbox", name=name).check()
            page.get_by_role("button", name="Rajaa", exact=True).click()
        else:
            page.get_by_role("checkbox", name=name).check()

    tick("5. luokka")
    expect(page.get_by_role("status")).to_contain_text("2 tulosta")
    assert "luokka=5" in page.url and "q=murtoluvuilla" in page.url
    tick("Rusko")
    expect(page.get_by_role("status")).to_contain_text("1 tulos")


def test_the_header_search_box_suggests_on_every_page(portal, page):
    page.goto(portal + "/")
    box = page.get_by_role("combobox", name="Hae portaalista")
    box.press_sequentially("murtoluvuilla", delay=30)
    options = page.locator("#site-search-suggestions option")
    expect(options.first).to_have_attribute("value", re.compile(r"^Murtoluvut pizzapaloina"))
    box.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("3 tulosta")


def test_search_works_without_javascript(portal, browser):
    context = browser.new_context(java_script_enabled=False, locale="fi-FI")
    page = context.new_page()
    page.goto(portal + "/haku/?q=murtoluvut")
    page.get_by_role("checkbox", name="Rusko").check()
    page.get_by_role("button", name="Rajaa").click()
    expect(page.get_by_role("status")).to_contain_text("2 tulosta")
    context.close()
