"""In a real browser: Rusko publishes its practice again; the Masku teacher whose copy it is
hears of it on her dashboard, reviews the changes, takes one of them in and saves the copy's
draft, which then holds it. The review screen passes axe."""

import pytest
from playwright.sync_api import expect

from networks.practices.models import PracticePage
from portal.sharing.copying import copy_to_municipality
from tests.browser import axe_violations, english_on, settled, sign_in
from tests.factories import networks as factories
from tests.sharing.test_living_copies import publish_origin_changes, step, step_titles

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_masku_teacher_takes_in_a_change_of_the_rusko_original(
    live_server, rusko, masku, masku_teacher, browser_page
):
    practice = factories.PracticePageFactory(
        parent=rusko,
        title="Ruskon välituntiliikunta",
        steps=[
            step("a", "Aloitus", "Kerätään välineet."),
            step("b", "Leikit", "Leikitään hippaa."),
            step("c", "Palaute", "Kysytään oppilailta."),
        ],
    )
    practice.save_revision().publish()
    practice = PracticePage.objects.get(pk=practice.pk)
    copy = copy_to_municipality(practice, masku, masku_teacher, title="Maskun välituntiliikunta")
    publish_origin_changes(practice)

    page = browser_page
    # The admin's "what's new" badge pings for 25 seconds; axe waits for animations to end.
    page.emulate_media(reduced_motion="reduce")
    sign_in(page, live_server.url, "maija.masku")
    panel = page.locator("section", has_text="Alkuperäinen on päivittynyt")
    expect(panel).to_be_visible()
    panel.get_by_role("link", name="Maskun välituntiliikunta").click()

    expect(page.get_by_role("heading", name="Alkuperäinen on päivittynyt")).to_be_visible()
    added = page.locator("li.living-change", has_text="Loppuverryttely")
    expect(added).to_contain_text("lisätty")
    for size in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
        page.set_viewport_size(size)
        count, report = axe_violations(settled(page))
        assert count == 0, f"review at {size['width']} px:\n{report}"
    assert english_on(page) == []

    added.get_by_label("Ota tämä muutos kopiooni").check()
    edit_url = f"{live_server.url}/admin/pages/{copy.pk}/edit/"
    with page.expect_navigation(url=edit_url):
        page.get_by_role("button", name="Ota valitut muutokset").click()
    expect(page.locator(".messages")).to_contain_text("Alkuperäisen muutoksia tallennettiin")

    with page.expect_navigation(url=edit_url):
        page.get_by_role("button", name="Tallenna luonnos").click()
    draft = PracticePage.objects.get(pk=copy.pk).get_latest_revision_as_object()
    assert step_titles(draft) == ["Aloitus", "Leikit", "Loppuverryttely", "Palaute"]
    assert "hippaa" in draft.steps[1].value["text"].source
    assert "Opettajat tarvitsevat" in draft.need
