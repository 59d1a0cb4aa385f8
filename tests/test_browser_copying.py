"""In a real browser: a Masku teacher takes a Rusko plan into use. The copy form offers the
title with Masku in place of Rusko; the copy opens in the editor under that title, and once
published the plan library labels it "Kopio (Rusko)". The form and the list pass axe."""

import re

import pytest
from playwright.sync_api import expect

from plans.models import LessonPlanPage, PlanLibraryPage
from tests.browser import axe_violations, english_on, settled, sign_in
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]


@pytest.fixture
def towns(home_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    masku = factories.MunicipalityPageFactory(parent=index, municipality_code="481")
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    return rusko, masku


def assert_axe_clean(page, where):
    for size in WIDTHS:
        page.set_viewport_size(size)
        count, report = axe_violations(settled(page))
        assert count == 0, f"{where} at {size['width']} px:\n{report}"
    assert english_on(page) == [], where


def test_masku_teacher_copies_a_rusko_plan_under_a_masku_title(live_server, towns, browser):
    rusko, masku = towns
    plan = LessonPlanPageFactory(parent=rusko, title="Ruskon murtoluvut", slug="murtoluvut")
    nousiainen = factories.MunicipalityPageFactory(
        parent=masku.get_parent(), municipality_code="538"
    )
    teacher = make_teacher(masku, "maija.masku")
    teacher.groups.add(*make_teacher(nousiainen, "apu").groups.all())
    context = browser.new_context(viewport=WIDTHS[0], locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url, "maija.masku")

    page.goto(live_server.url + plan.url)
    page.get_by_role("link", name="Käytä tätä suunnitelmaa").click()
    title = page.get_by_label("Kopion otsikko")
    expect(title).to_have_value("Maskun murtoluvut")
    town = page.get_by_label("Kunta")
    expect(town).to_have_value(str(masku.pk))
    assert_axe_clean(page, "copy form")

    # The offer follows the chosen town, until the teacher writes a title of her own.
    town.select_option(str(nousiainen.pk))
    expect(title).to_have_value("Nousiaisten murtoluvut")
    town.select_option(str(masku.pk))
    expect(title).to_have_value("Maskun murtoluvut")
    title.fill("Murtoluvut meillä")
    town.select_option(str(nousiainen.pk))
    expect(title).to_have_value("Murtoluvut meillä")
    town.select_option(str(masku.pk))

    # An empty title is asked again, in Finnish, on the same form.
    title.fill("")
    page.get_by_role("button", name="Kopioi omaan kuntaan").click()
    expect(page.get_by_text("Anna kopiolle otsikko.")).to_be_visible()
    assert_axe_clean(page, "copy form with an error")

    page.get_by_label("Kopion otsikko").fill("Maskun murtoluvut")
    page.get_by_role("button", name="Kopioi omaan kuntaan").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    copy = LessonPlanPage.objects.child_of(masku).get()
    expect(page).to_have_url(f"{live_server.url}/admin/pages/{copy.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Maskun murtoluvut")
    assert copy.slug == "maskun-murtoluvut" and not copy.live

    copy.save_revision().publish()
    page.goto(live_server.url + "/suunnitelmat/")
    card = page.locator("li.result", has_text="Maskun murtoluvut")
    expect(card.get_by_text("Kopio (Rusko)")).to_be_visible()
    expect(
        page.locator("li.result", has_text="Ruskon murtoluvut").locator(".badge--copy")
    ).to_have_count(0)
    assert_axe_clean(page, "plan library with a copy")
    context.close()
