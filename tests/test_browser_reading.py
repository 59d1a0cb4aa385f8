"""In a real browser, reading a plan: "Kopioi linkki" copies the page's address and says so
(to the eye and to a screen reader), or offers it in a field where the clipboard is refused;
without JavaScript neither tool appears; printed, the page leaves out everything but the plan;
the page passes axe at desktop and phone width."""

import pytest
from playwright.sync_api import expect

from plans.models import PlanCoAuthor, PlanLibraryPage
from tests.browser import DESKTOP, axe_violations
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_390 = {"width": 390, "height": 844}
# The clipboard refuses to be written: what an insecure address or a cautious browser does.
CLIPBOARD_REFUSED = """
Object.defineProperty(navigator, "clipboard", {
  value: { writeText: () => Promise.reject(new Error("refused")) },
});
"""


@pytest.fixture
def plan(home_page):
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    owner = make_teacher(rusko, "riikka.rusko", first_name="Riikka", last_name="Rantanen")
    colleague = make_teacher(rusko, "matti.rusko", first_name="Matti", last_name="Mäkelä")
    plan = LessonPlanPageFactory(
        parent=rusko, title="Murtoluvut pizzalla", slug="murtoluvut", owner=owner
    )
    plan.co_author_links.add(PlanCoAuthor(person=colleague))
    plan.tags.add("murtoluvut", "pizza")
    plan.save_revision().publish()
    LessonPlanPageFactory(parent=rusko, title="Murtolukujen vertailu")
    LessonPlanPageFactory(parent=rusko, title="Prosentit arjessa", curriculum={"grades": ["7"]})
    return plan


def open_plan(browser, live_server, plan, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, locale="fi-FI", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    response = page.goto(live_server.url + plan.url)
    assert response.status == 200
    return page


def test_copy_link_copies_the_address_and_announces_it(browser, live_server, plan):
    page = open_plan(browser, live_server, plan, permissions=["clipboard-read", "clipboard-write"])
    status = page.get_by_role("status").filter(has_text="Linkki kopioitu")
    expect(status).to_have_count(0)
    page.get_by_role("button", name="Kopioi linkki").click()
    expect(page.locator("[data-plan-tools-status]")).to_have_text("Linkki kopioitu")
    expect(page.locator("[data-plan-tools-status]")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("http") and copied.endswith("/kunnat/rusko/murtoluvut/")
    # The field for copying by hand stays out of the way.
    expect(page.get_by_label("Suunnitelman osoite")).to_be_hidden()
    page.context.close()


def test_a_refused_clipboard_offers_the_address_in_a_field(browser, live_server, plan):
    context = browser.new_context(viewport=DESKTOP, locale="fi-FI")
    context.add_init_script(CLIPBOARD_REFUSED)
    page = context.new_page()
    page.goto(live_server.url + plan.url)
    page.get_by_role("button", name="Kopioi linkki").click()
    field = page.get_by_label("Suunnitelman osoite")
    expect(field).to_be_visible()
    expect(field).to_be_focused()
    assert field.input_value().endswith("/kunnat/rusko/murtoluvut/")
    expect(page.locator("[data-plan-tools-status]")).to_have_text(
        "Kopioi osoite alla olevasta kentästä."
    )
    count, report = axe_violations(page)
    assert count == 0, report
    context.close()


def test_without_javascript_the_tools_do_not_appear(browser, live_server, plan):
    page = open_plan(browser, live_server, plan, java_script_enabled=False)
    expect(page.get_by_role("heading", name="Murtoluvut pizzalla", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Kopioi linkki")).to_be_hidden()
    expect(page.get_by_role("button", name="Tulosta")).to_be_hidden()
    expect(page.get_by_role("link", name="Oppilaan näkymä")).to_be_visible()
    page.context.close()


def test_printed_the_page_holds_the_plan_and_nothing_to_click(browser, live_server, plan):
    page = open_plan(browser, live_server, plan)
    expect(page.get_by_role("button", name="Tulosta")).to_be_visible()
    expect(page.get_by_role("heading", name="Samankaltaisia tuntisuunnitelmia")).to_be_visible()
    page.emulate_media(media="print")
    for hidden in (
        page.get_by_role("button", name="Tulosta"),
        page.get_by_role("button", name="Kopioi linkki"),
        page.get_by_role("link", name="Oppilaan näkymä"),
        page.locator(".site-header"),
        page.locator(".site-footer"),
        page.locator(".breadcrumbs"),
        page.locator(".sharing"),
        page.get_by_role("heading", name="Samankaltaisia tuntisuunnitelmia"),
    ):
        expect(hidden).to_be_hidden()
    expect(page.get_by_role("heading", name="Murtoluvut pizzalla", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Tunnin kulku")).to_be_visible()
    expect(page.get_by_text("Piirrä pizza ja jaa se kahdeksaan osaan.")).to_be_visible()
    expect(page.get_by_text("Riikka Rantanen, Matti Mäkelä")).to_be_visible()
    # On paper the plan says where it is found.
    expect(page.locator("dd.print-only")).to_contain_text("/kunnat/rusko/murtoluvut/")
    # The plan takes the page's whole width: no empty side column.
    main = page.locator(".layout-two__main").bounding_box()
    width = page.evaluate("document.documentElement.clientWidth")
    assert main["width"] > 0.9 * width
    pdf = page.pdf(format="A4")
    print(f"\nthe plan printed on A4: {len(pdf)} bytes")
    page.context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["1280", "390"])
def test_the_plan_page_passes_axe(browser, live_server, plan, viewport):
    page = open_plan(browser, live_server, plan, viewport=viewport)
    expect(page.get_by_role("button", name="Kopioi linkki")).to_be_visible()
    expect(page.get_by_role("link", name="pizza", exact=True)).to_have_attribute(
        "href", "/suunnitelmat/?aihe=pizza"
    )
    expect(page.get_by_role("link", name="Murtolukujen vertailu")).to_be_visible()
    count, report = axe_violations(page)
    assert count == 0, report
    # Nothing runs off the side of a phone.
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    page.context.close()
