"""In a real browser: a Masku teacher's plan with a personal identity code is stopped with
the place named; she fixes it and submits; a Masku moderator approves it from her dashboard
queue, confirms it and is told it was published; an anonymous reader finds it in the
library. The moderation screens pass axe."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from plans.models import LessonPlanPage, PlanLibraryPage
from tests.browser import axe_violations, english_on, settled, sign_in
from tests.factories import networks as factories
from tests.helpers import make_moderator, make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Murtoluvut leipomalla"


@pytest.fixture
def masku_town(home_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    return factories.MunicipalityPageFactory(parent=index, municipality_code="481")


def submit_for_moderation(page):
    page.get_by_role("button", name="Lisää toimintoja").click()
    page.get_by_role("button", name=re.compile("Lähetä työnkulkuun Masku: julkaisu")).click()


def pupil_instructions(page):
    return page.locator("[data-contentpath='pupil_instructions'] [contenteditable='true']").first


def test_hetu_is_stopped_fixed_approved_and_found(live_server, masku_town, browser):
    make_teacher(masku_town, "maija.masku")
    make_moderator(masku_town, "mikko.moderaattori")
    base = live_server.url

    teacher = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = teacher.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, base, "maija.masku")
    page.get_by_role("link", name="Uusi suunnitelma").click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Oppilaat jakavat taikinan yhtä suuriin osiin.")
    page.get_by_role("tab", name="Kulku").click()
    page.get_by_role("button", name="Lisää lohko").last.click()
    page.locator("input[name='phases-0-value-title']").fill("Taikinan jakaminen")
    page.locator("input[name='phases-0-value-duration']").fill("20")
    pupil_instructions(page).click()
    page.keyboard.type("Kirjoita nimesi ja tunnuksesi 131052-308T taulukkoon.")
    page.get_by_role("tab", name="Näkyvyys ja jakaminen").click()
    page.locator("select#id_licence").select_option(label="CC BY 4.0 Nimeä")
    page.get_by_label("Avoin kaikille").check()
    page.wait_for_timeout(2_000)  # see test_browser_plans: no autosave under a workflow
    # The save's own navigation: an autosave on its way is let finish first
    # (js/admin-save.js), which already shows the edit address.
    with page.expect_navigation(url=re.compile(r"/admin/pages/\d+/edit/")):
        page.get_by_role("button", name="Tallenna luonnos").click()

    with page.expect_navigation():
        submit_for_moderation(page)
    banner = page.locator(".messages")
    expect(banner).to_contain_text("Vaiheet › 1. ”Taikinan jakaminen” › Ohjeet oppilaille")
    expect(banner).to_contain_text("131052-****")
    expect(banner).to_contain_text("Sivua ei voitu tallentaa")
    plan = LessonPlanPage.objects.get(title=TITLE)
    assert not plan.workflow_in_progress

    # She removes the code; every other word she wrote is still in the form.
    page.get_by_role("tab", name="Kulku").click()
    expect(page.locator("input[name='phases-0-value-title']")).to_have_value("Taikinan jakaminen")
    instructions = pupil_instructions(page)
    instructions.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("Kirjoita nimesi taulukkoon.")
    # The editor writes its content into the form's hidden input a moment after typing.
    hidden = page.locator("input[name='phases-0-value-pupil_instructions']")
    expect(hidden).not_to_have_value(re.compile("131052"))
    with page.expect_navigation():
        submit_for_moderation(page)
    expect(page.locator(".messages")).to_contain_text("on lähetetty tarkastettavaksi")
    assert english_on(page) == []
    plan.refresh_from_db()
    assert plan.workflow_in_progress and not plan.live
    teacher.close()

    moderator = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = moderator.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, base, "mikko.moderaattori")
    queue = page.locator("section.review-queue")
    expect(queue.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
    expect(queue).to_contain_text("Uusi sivu, ei julkaistu aiemmin")
    assert english_on(page) == []
    expect(queue).to_contain_text("Ei huomautuksia")  # the content check found nothing
    expect(queue).to_contain_text("Moderaattorien hyväksyntä")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 1000})
        count, report = axe_violations(page, "section.review-queue")
        assert count == 0, f"{width} px: {report}"
    page.set_viewport_size({"width": 1280, "height": 1000})
    mail.outbox.clear()
    # Approving asks to confirm first: nothing is published until she does.
    queue.get_by_role("button", name=re.compile(rf"^Hyväksy\s*: {TITLE}")).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(f"Hyväksytäänkö ”{TITLE}”? Se julkaistaan heti")
    count, report = axe_violations(settled(page), "[role=dialog]")
    assert count == 0, report
    assert english_on(page) == []
    plan.refresh_from_db()
    assert not plan.live
    with page.expect_navigation():
        dialog.get_by_role("button", name="Hyväksy ja julkaise").click()
    # Then she is told what it did; approved, it leaves the queue (and, the queue being
    # empty, the panel with it).
    expect(page.locator(".messages")).to_contain_text(f"Hyväksytty: {TITLE} on nyt julkaistu.")
    expect(page.locator("section.review-queue")).to_have_count(0)
    count, report = axe_violations(settled(page), ".messages")
    assert count == 0, report
    plan.refresh_from_db()
    assert plan.live
    (approved,) = [m for m in mail.outbox if "maija.masku@example.fi" in m.to]
    assert approved.subject == f"Hyväksytty ja julkaistu: {TITLE}"
    moderator.close()

    reader = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = reader.new_page()
    page.goto(base + "/suunnitelmat/")
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("main")).not_to_contain_text("131052")
    reader.close()


def test_invitation_screens_pass_axe(live_server, masku_town, browser_page):
    make_moderator(masku_town, "mikko.moderaattori")
    page = browser_page
    sign_in(page, live_server.url, "mikko.moderaattori")
    page.get_by_role("link", name="Kutsu opettajia").click()
    page.get_by_label("Työsähköpostiosoitteet").fill("aino.aaltonen@masku.fi, kalle@gmail.com")
    page.get_by_role("button", name="Lähetä kutsut").click()
    expect(page.locator("main")).to_contain_text("ei henkilökohtaista postilaatikkoa")
    count, report = axe_violations(settled(page), "main")
    assert count == 0, report
    page.get_by_label("Työsähköpostiosoitteet").fill("aino.aaltonen@masku.fi")
    page.get_by_role("button", name="Lähetä kutsut").click()
    expect(page.locator(".messages")).to_contain_text("aino.aaltonen@masku.fi")
    count, report = axe_violations(settled(page), "main")
    assert count == 0, report

    link = re.search(r"http://[^/]+(/kutsu/[\w-]+/)", mail.outbox[-1].body).group(1)
    page.context.clear_cookies()
    page.goto(live_server.url + link)
    page.get_by_label("Etunimi").fill("Aino")
    page.get_by_label("Sukunimi").fill("Aaltonen")
    page.get_by_label("Salasana", exact=True).fill("lyhyt")
    page.get_by_label("Salasana uudelleen").fill("lyhyt")
    page.get_by_role("button", name="Luo tunnukseni").click()
    expect(page.locator("main")).to_contain_text("Salasana on liian lyhyt")
    count, report = axe_violations(settled(page))
    assert count == 0, report
    expect(page.get_by_label("Sukunimi")).to_have_value("Aaltonen")
    page.get_by_label("Salasana", exact=True).fill("Kuusi-kuukautta-2026")
    page.get_by_label("Salasana uudelleen").fill("Kuusi-kuukautta-2026")
    page.get_by_role("button", name="Luo tunnukseni").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.locator(".messages")).to_contain_text("Tervetuloa Opentoriin")
