"""The badge follow-up in a real browser: a teacher records her class's badges, a mistake is
told on its field with nothing typed lost, and the town's follow-up report shows the class;
the form and the report meet no accessibility barrier (axe-core, WCAG 2.1 AA). Neither page
shows a message of the admin, so axe need not wait for one to fade in."""

import pytest
from playwright.sync_api import expect

from badges.models import Badge, BadgeFrameworkPage, ScaleLevel
from plans.models import Grade
from portal.municipalities.models import School
from tests.browser import axe_violations, sign_in
from tests.factories import networks as factories
from tests.helpers import make_moderator, make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def rusko_badges(home_page):
    towns = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=towns, municipality_code="704")
    School.objects.create(municipality=rusko, name="Kirkonkylän koulu", school_type="alakoulu")
    framework = rusko.add_child(
        instance=BadgeFrameworkPage(
            title="Ruskon osaamismerkit",
            slug="osaamismerkit",
            school_year=2025,
            licence=factories.licence(),
        )
    )
    third = Grade.objects.get(slug="3")
    for order, name in enumerate(["Tekstinkäsittely", "Tiedonhaku"]):
        Badge.objects.create(framework=framework, grade=third, code=f"3-{order}", name=name,
                             description="…", sort_order=order)  # fmt: skip
    for order, name in enumerate(["Harjoittelen", "Osaan", "Osaan opettaa muita"]):
        ScaleLevel.objects.create(framework=framework, name=name, sort_order=order)
    make_teacher(rusko, "tiina.rusko")
    make_moderator(rusko, "moderaattori.rusko")
    return framework


def test_a_class_recorded_reaches_the_towns_report(
    live_server, rusko_badges, browser_page, browser
):
    base, page = live_server.url, browser_page
    sign_in(page, base, "tiina.rusko")
    page.goto(base + "/admin/osaamismerkit/seuranta/kirjaa/")
    page.get_by_role("button", name="Jatka").click()
    page.get_by_label("Koulu").select_option(label="Kirkonkylän koulu")
    page.get_by_label("Luokka tai ryhmä").fill("3a")
    page.get_by_label("Oppilaita luokassa").fill("20")
    rows = page.locator("fieldset.badge-row")
    for index, (done, levels) in enumerate([("18", ["3", "10", "5"]), ("25", ["1", "2", "3"])]):
        inputs = rows.nth(index).locator("input")
        inputs.nth(0).fill(done)
        for number, value in enumerate(levels, start=1):
            inputs.nth(number).fill(value)
    page.get_by_role("button", name="Tallenna").click()
    # 25 of a class of 20: told on that badge's field, the numbers typed still there.
    expect(rows.nth(1).locator(".error-message")).to_contain_text("luokassa on 20 oppilasta")
    expect(page.get_by_label("Luokka tai ryhmä")).to_have_value("3a")
    count, text = axe_violations(page)
    assert count == 0, text
    rows.nth(1).locator("input").nth(0).fill("16")
    page.get_by_role("button", name="Tallenna").click()
    expect(page.get_by_role("link", name="3A")).to_be_visible()

    moderator = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    report = moderator.new_page()
    sign_in(report, base, "moderaattori.rusko")
    report.goto(base + "/admin/osaamismerkit/seuranta/raportti/")
    school = report.locator("#chart-school ~ .badge-report__pair tbody tr")
    expect(school.locator("th")).to_have_text(["Kirkonkylän koulu"])
    expect(school.locator("td")).to_have_text(["20", "34", "85 %"])  # 18 + 16 of 2 * 20
    expect(report.locator("svg[role=img] title").first).to_contain_text("samat luvut")
    count, text = axe_violations(report)
    moderator.close()
    assert count == 0, text
