"""On a phone and with wide content, in a real browser: the first result of the libraries and
the search is on the first screen of a phone (390 × 844), the filters open with one tap, wide
tables fit at 1280 px and scroll in their own box on a phone, the annual clock's busiest month
stays readable, and long Finnish compounds wrap whole. axe-core finds no barrier at either
width."""

import pytest
from playwright.sync_api import expect

from networks.practices.models import Measure
from portal.demo import home as home_demo
from portal.demo import plans as plans_demo
from tests.browser import axe_violations
from tests.factories.networks import (
    AnnualClockPageFactory,
    DevelopmentPlanPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PracticeLibraryPageFactory,
    PracticePageFactory,
    activity,
)
from tests.factories.plans import LessonPlanPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"

# The measures of a real programme: five columns of long Finnish words.
MEASURES = [
    (
        "Varmistaa oppilaille teknologian ja digitaalisten taitojen opetus tasavertaisesti",
        "Taitokuvausten ja ohjeiden ylläpito lukuvuosittain. Hyödynnetään olemassa olevia "
        "kaupallisia materiaaleja ja lähikuntien yhteistyömahdollisuuksia työn laajuuden "
        "helpottamiseksi.",
        "Rehtorit ja koulujen TVT-vastaavat; digitalisaation asiantuntija",
        "lukuvuosittain",
        "Oppilaat itsearvioivat osaamismerkkien suorituksen jälkeen; tietohallintoasiantuntija "
        "kokoaa kehityskeskustelujen palautteen.",
    ),
    (
        "Kehittää opettajien taitoa hyödyntää ajanmukaista teknologiaa",
        "Yhteisöllisen suunnittelun malli: opettajatiimit luovat suunnitelmia, joissa "
        "digitaalisia palveluja hyödynnetään oppitunneilla.",
        "Opettajatiimit, rehtorit ja koulun digiasiantuntija",
        "koko lukuvuoden; kooste lukukausittain",
        "Kerätään tietoa opettajatiimien kokoontumisista sekä luoduista suunnitelmista.",
    ),
]


@pytest.fixture
def world(live_server):
    """A portal shaped like the demo's: the same menu, library pages and texts."""
    home = home_demo.load()
    plans_demo.load_library(home)
    PracticeLibraryPageFactory(
        parent=home,
        show_in_menus=True,
        summary="Kuntien ja koulujen hyvät käytänteet Tutor 2.0 -mallin neljältä osa-alueelta.",
        intro="<p>Selaa kuntien avoimia hyviä käytänteitä ja ota malli omaan kuntaasi.</p>",
    )
    networks = NetworkIndexPageFactory(parent=home, show_in_menus=True)
    network = NetworkPageFactory(parent=networks, title="Keski-Suomen tutoropettajaverkosto")
    towns = MunicipalityIndexPageFactory(parent=home, show_in_menus=True)
    rusko = MunicipalityPageFactory(parent=towns, municipality_code="704")
    for number, subject in enumerate(["matematiikka", "matematiikka", "aidinkieli"]):
        LessonPlanPageFactory(
            parent=rusko,
            title=f"Murtoluvut pizzapaloina ja leivontaohjeiden mittayksiköt {number + 1}",
            summary="Oppilaat jakavat pizzan osiin ja vertaavat murtolukuja arjen tilanteissa.",
            curriculum={"subjects": [subject], "grades": ["4"]},
        )
    for number in range(3):
        PracticePageFactory(
            parent=rusko, title=f"Tutoropettajien vertaisverkoston tapaamiset {number + 1}"
        )
    plan = DevelopmentPlanPageFactory(parent=rusko, title="Ruskon digitalisaatio-ohjelma")
    for order, (goal, measure, responsible, schedule, indicator) in enumerate(MEASURES * 3):
        Measure.objects.create(
            plan=plan, sort_order=order, goal=goal, measure=measure,
            responsible=responsible, schedule=schedule, indicator=indicator,
        )  # fmt: skip
    # The busiest months: twelve activities in September, eight in August, with long titles.
    busy = [activity(9, f"Tuen palaverit ja oppimissuunnitelmien päivitys {n}") for n in range(12)]
    busy += [activity(8, f"Lukuvuoden suunnittelupäivät ja tiimien kokoontuminen {n}")
             for n in range(8)]  # fmt: skip
    clock = AnnualClockPageFactory(
        parent=rusko, activities=[*busy, activity(1, "Arviointikeskustelut")]
    )
    return {"base": live_server.url, "network": network, "plan": plan, "clock": clock}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="fi-FI")
    yield context.new_page()
    context.close()


@pytest.fixture
def wide(browser):
    context = browser.new_context(viewport=WIDE, locale="fi-FI")
    yield context.new_page()
    context.close()


def assert_no_barrier(page, what):
    count, report = axe_violations(page)
    assert count == 0, f"{what}\n{report}"


def title_bottom(page):
    box = page.locator(".result__title").first.bounding_box()
    return box["y"] + box["height"]


@pytest.mark.parametrize(
    ("path", "found", "choose", "chosen"),
    [
        ("/suunnitelmat/", "3 tuntisuunnitelmaa", "Matematiikka", "2 tuntisuunnitelmaa"),
        ("/kaytanteet/", "3 käytännettä", None, None),
        ("/haku/?q=murtoluvut", "3 tulosta", "Matematiikka", "2 tulosta"),
    ],
    ids=["plan-library", "practice-library", "search"],
)
def test_first_result_on_a_phones_first_screen_and_filters_one_tap_away(
    world, phone, wide, path, found, choose, chosen
):
    page = phone
    page.goto(world["base"] + path)
    expect(page.get_by_role("status")).to_contain_text(found)
    bottom = title_bottom(page)
    print(f"{path}: first result's title ends at {bottom:.0f} px of 844")
    assert bottom < PHONE["height"]
    assert page.evaluate(OVERFLOW) <= 0
    assert_no_barrier(page, f"{path} at 390 px, filters folded")

    # The filters are folded behind one button; one tap opens them.
    fold = page.locator(".facets__summary")
    expect(fold).to_contain_text("Rajaa hakua")
    facet = page.locator(".facet").first
    expect(facet).to_be_hidden()
    fold.click()
    expect(facet).to_be_visible()
    assert_no_barrier(page, f"{path} at 390 px, filters open")
    if choose:
        if "haku" in path:  # tick as many as wanted, then apply them with the button
            page.get_by_role("checkbox", name=choose).check()
            page.get_by_role("button", name="Rajaa", exact=True).click()
        else:
            page.get_by_role("link", name=choose).click()
        expect(page.get_by_role("status")).to_contain_text(chosen)
        expect(page.locator(".facets__summary")).to_contain_text("valittuna 1")
        assert title_bottom(page) < PHONE["height"]

    # On a wide screen the filters stand open beside the results, as before.
    wide.goto(world["base"] + path)
    expect(wide.locator(".facets__summary")).to_be_hidden()
    expect(wide.locator(".facet").first).to_be_visible()
    assert wide.evaluate(OVERFLOW) <= 0
    assert_no_barrier(wide, f"{path} at 1280 px")


def test_filters_stand_open_on_a_wide_screen_without_javascript(world, browser):
    context = browser.new_context(viewport=WIDE, locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    page.goto(world["base"] + "/haku/?q=murtoluvut")
    expect(page.locator(".facets__summary")).to_be_hidden()
    page.get_by_role("checkbox", name="Matematiikka").check()
    page.get_by_role("button", name="Rajaa", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("2 tulosta")
    page.goto(world["base"] + "/suunnitelmat/")
    page.get_by_role("link", name="Matematiikka").click()
    expect(page.get_by_role("status")).to_contain_text("2 tuntisuunnitelmaa")
    context.close()


def test_measures_table_fits_wide_and_scrolls_in_its_own_box_on_a_phone(world, phone, wide):
    url = world["base"] + world["plan"].url
    wide.goto(url)
    table = wide.get_by_role("region", name="Toimenpiteet")
    expect(table).to_be_visible()
    assert wide.evaluate(OVERFLOW) <= 0
    # The whole table is in view: nothing of it hides beyond its box.
    assert table.evaluate("(box) => box.scrollWidth <= box.clientWidth")
    assert_no_barrier(wide, "development plan at 1280 px")

    phone.goto(url)
    table = phone.get_by_role("region", name="Toimenpiteet")
    assert phone.evaluate(OVERFLOW) <= 0
    assert table.evaluate("(box) => box.scrollWidth > box.clientWidth")
    # A keyboard user reaches the box and scrolls it with the arrow keys.
    table.focus()
    expect(table).to_be_focused()
    table.press("ArrowRight")
    for _wait in range(20):  # the box may scroll smoothly
        if table.evaluate("(box) => box.scrollLeft") > 0:
            break
        phone.wait_for_timeout(100)
    assert table.evaluate("(box) => box.scrollLeft") > 0
    assert_no_barrier(phone, "development plan at 390 px")


# Pairs of elements (by selector) whose boxes overlap, each pair once.
OVERLAPS = """
(selector) => {
  const boxes = [...document.querySelectorAll(selector)]
    .map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
  let found = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5
        && b.top < a.bottom - 0.5) found++;
  }
  return [boxes.length, found];
}
"""


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1280", "390"])
def test_the_annual_clocks_busiest_month_stays_readable(world, browser, viewport):
    context = browser.new_context(viewport=viewport, locale="fi-FI")
    page = context.new_page()
    page.goto(world["base"] + world["clock"].url)
    assert page.evaluate(OVERFLOW) <= 0
    wheel = page.locator("svg.annual-wheel")
    assert wheel.evaluate("(svg) => svg.getBoundingClientRect().right") <= viewport["width"]
    # Every activity of September is a marker of its own, and none covers another.
    markers, covered = page.evaluate(OVERLAPS, "svg [data-month='9'] circle.marker")
    assert (markers, covered) == (12, 0)
    # A crowded month draws markers only: no title runs over another (the list has them all).
    expect(page.locator("svg [data-month='9'] a text")).to_have_count(0)
    section = page.get_by_role("region", name="Syyskuu")
    expect(section.locator(".activity")).to_have_count(12)
    assert section.evaluate("(s) => s.scrollWidth <= s.clientWidth")
    if viewport is PHONE:
        # The wheel is small: a list of the months with their counts leads to each month.
        months = page.get_by_role("navigation", name="Kuukaudet")
        months.get_by_role("link", name="Syyskuu (12)").click()
        expect(page).to_have_url(world["base"] + world["clock"].url + "#kuukausi-9")
    assert_no_barrier(page, f"annual clock at {viewport['width']} px")
    context.close()


# The words of an element's text that the browser broke inside (a part of a compound on two lines).
BROKEN_WORDS = """
(el) => {
  const broken = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    for (const match of node.data.matchAll(/[\\p{L}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
"""


@pytest.mark.parametrize("width", [375, 390])
def test_long_finnish_compounds_wrap_whole_on_a_phone(world, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="fi-FI")
    page = context.new_page()
    page.goto(world["base"] + world["network"].url)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Keski-Suomen tutoropettajaverkosto")
    assert heading.evaluate(BROKEN_WORDS) == []
    page.goto(world["base"] + world["network"].get_parent().url)
    card = page.get_by_role("link", name="Keski-Suomen tutoropettajaverkosto")
    assert card.evaluate(BROKEN_WORDS) == []
    context.close()
