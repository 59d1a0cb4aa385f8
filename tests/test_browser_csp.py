"""In a real browser, under the portal's Content-Security-Policy: every public page type and the
admin's main screens meet no policy violation (nor a complaint about the policy headers), and
they still work: the annual wheel draws and answers focus, search filters and suggestions
work, the plan editor loads its StreamField and rich text."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from networks.networks.models import CollectionPage, EventPage, NetworkPage, RegionPage
from networks.practices.models import AnnualClockPage, DevelopmentPlanPage, PracticePage
from plans.models import LessonPlanPage
from portal.core.visibility import public_pages
from portal.demo import plans as plans_demo
from portal.municipalities.models import MunicipalityPage
from tests.browser import policy_problems, sign_in, watch_policies

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "salasana-123456"


@pytest.fixture
def demo_portal(live_server):
    call_command("load_demo", "--no-admin", verbosity=0)
    return live_server.url


@pytest.fixture
def watched(browser):
    context = watch_policies(
        browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def first_public(model, **filters):
    return public_pages(model.objects.filter(**filters)).specific().first()


def record(page, url, problems):
    for problem in policy_problems(page):
        problems.append((url, problem))


def public_paths():
    plan = first_public(LessonPlanPage)
    return [
        "/",
        plan.url,
        plan.url + "oppilaalle/",
        "/suunnitelmat/",
        "/suunnitelmat/?aine=matematiikka",
        first_public(PracticePage, copy_record__isnull=True).url,
        first_public(DevelopmentPlanPage).url,
        "/kaytanteet/",
        "/kaytanteet/?ala=digi",
        "/kunnat/",
        first_public(MunicipalityPage, slug="rusko").url,
        first_public(NetworkPage).url,
        first_public(RegionPage).url,
        first_public(EventPage).url,
        first_public(CollectionPage).url,
        "/sv/",
        "/en/",
        "/tietoa-palvelusta/",
        "/ei-tallaista-sivua/",
        "/admin/login/",
        "/admin/password_reset/",
    ]


def test_public_pages_meet_no_policy_violation_and_still_work(demo_portal, watched):
    page, problems = watched, []
    for path in public_paths():
        url = demo_portal + path
        response = page.goto(url)
        assert response.status in (200, 404), f"{path}: {response.status}"
        assert response.headers["content-security-policy"], path
        assert "camera=()" in response.headers["permissions-policy"], path
        page.wait_for_load_state("load")
        record(page, path, problems)

    # The annual wheel draws; a focused marker is outlined by the portal's stylesheet.
    clock = first_public(AnnualClockPage, copy_record__isnull=True)
    page.goto(demo_portal + clock.url)
    wheel = page.locator("figure.wheel svg")
    expect(wheel).to_be_visible()
    assert wheel.bounding_box()["height"] > 200
    markers = page.locator("figure.wheel svg a")
    assert markers.count() > 0
    markers.first.focus()
    stroke = markers.first.locator("circle").evaluate("(c) => getComputedStyle(c).strokeWidth")
    assert stroke == "3px"
    record(page, clock.url, problems)

    # Search: suggestions while typing, a ticked filter applies at once.
    page.goto(demo_portal + "/haku/")
    box = page.get_by_role("combobox", name="Hakusanat")
    box.press_sequentially("murtol", delay=40)
    expect(page.locator("#search-suggestions option").first).to_be_attached()
    box.fill("murtoluvut")
    box.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("tulos")
    page.locator("form.facets input[type=checkbox]").first.check()
    expect(page).to_have_url(re.compile(r"q=murtoluvut&.+=|.+=.+&q=murtoluvut"))
    record(page, "/haku/", problems)

    # The lockout page is a page of its own, under the same policy.
    for _attempt in range(5):
        page.goto(demo_portal + "/admin/login/")
        page.locator("#id_username").fill("ei.kukaan")
        page.locator("#id_password").fill("arvaus")
        page.locator("form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kirjautuminen on estetty hetkeksi")
    record(page, "lockout page", problems)

    assert problems == [], "\n".join(f"{url}: {problem}" for url, problem in problems)


def test_admin_screens_meet_no_policy_violation_and_still_work(demo_portal, watched):
    get_user_model().objects.create_superuser("paakayttaja", "paakayttaja@example.fi", PASSWORD)
    # Maija's two submissions wait in the queue of Masku's moderator Mikko.
    plans_demo.load_moderation(PASSWORD)
    page, problems = watched, []
    plan = LessonPlanPage.objects.filter(live=True).first()
    waiting = WorkflowState.objects.filter(status="in_progress").first().content_object.specific
    state = waiting.current_workflow_task_state

    sign_in(page, demo_portal, "paakayttaja")
    record(page, "/admin/", problems)
    rusko = MunicipalityPage.objects.get(slug="rusko")
    screens = [
        f"/admin/pages/{rusko.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/snippets/plans/subject/",
        f"/admin/pages/{waiting.pk}/edit/",
        f"/admin/pages/{waiting.pk}/history/",
        f"/admin/pages/workflow/preview/{waiting.pk}/{state.task_id}/",
        "/admin/kirjautumisestot/",
        "/admin/tutorointi/raportti/",
        "/admin/raportit/haut/",
        "/admin/users/",
        plan.url,
    ]
    for path in screens:
        response = page.goto(demo_portal + path)
        assert response.status == 200, f"{path}: {response.status}"
        assert response.headers["content-security-policy"], path
        page.wait_for_load_state("load")
        record(page, path, problems)

    # Tutor work's screens take their styles from a stylesheet of their own.
    page.goto(demo_portal + "/admin/tutorointi/raportti/")
    rules = page.evaluate(
        "document.querySelector('link[href*=\"tutoring/admin.css\"]').sheet.cssRules.length"
    )
    assert rules > 10

    # The plan editor loads: its tabs, the StreamField of phases and the rich text editors.
    page.goto(demo_portal + f"/admin/pages/{plan.pk}/edit/")
    page.get_by_role("tab", name="Kulku").click()
    editor = page.locator("[data-contentpath='pupil_instructions'] [contenteditable='true']").first
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.type(" Lisäys.")
    expect(editor).to_contain_text("Lisäys.")
    record(page, "plan editor", problems)

    # The preview panel frames the page.
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_be_visible()
    record(page, "plan preview", problems)

    # The moderator's dashboard queue.
    page.context.clear_cookies()
    sign_in(page, demo_portal, "mikko.masku")
    expect(page.locator("section.review-queue")).to_be_visible()
    record(page, "moderator dashboard", problems)

    assert problems == [], "\n".join(f"{url}: {problem}" for url, problem in problems)
