"""In a real browser: the editor speaks the teacher's language at the worst moments (autosave,
a save by hand, a version saved in another window, a paused autosave, the admin's search),
and a save by hand never races an autosave into a false "you saved a new version in another
window". Every screen is read for English words Wagtail would show where its catalogue has
gaps (locale/wagtail fills them)."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from plans.models import LessonPlanPage
from tests.browser import english_on, sign_in
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def masku_draft(home_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    masku = factories.MunicipalityPageFactory(parent=index, municipality_code="481")
    teacher = make_teacher(masku, "maija.masku", first_name="Maija", last_name="Mäkelä")
    plan = LessonPlanPageFactory(
        parent=masku, title="Murtoluvut leipomalla", slug="murtoluvut-leipomalla", owner=teacher
    )
    plan.unpublish()
    plan.save_revision(user=teacher)
    return plan


def edit_page(context, base, plan):
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/admin/pages/{plan.pk}/edit/")
    expect(page.locator("#id_summary")).to_be_visible()
    return page


def _next_ping(page):
    return page.expect_response(lambda r: "/editing-sessions/ping/" in r.url, timeout=30_000)


def test_the_editor_speaks_finnish_and_a_save_by_hand_never_races_autosave(
    live_server, masku_draft, browser
):
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, base, "maija.masku")
    expect(page.locator("input[placeholder='Hae kaikista sivuista…']").first).to_be_attached()
    assert english_on(page) == []

    page = edit_page(context, base, masku_draft)
    assert english_on(page) == []

    # Autosave: a change is stored without a click, and the indicator says so in Finnish.
    page.locator("#id_summary").fill("Oppilaat jakavat taikinan kuuteen osaan.")
    expect(page.locator(".w-autosave-indicator")).to_contain_text("Tallennettu", timeout=20_000)
    assert english_on(page) == []

    # Three times: type and save at once. The keystroke's autosave must not follow the save
    # by hand to the server, and the reloaded editor never reports a version of her own from
    # "another window".
    edit_url = re.compile(rf"/admin/pages/{masku_draft.pk}/edit/$")
    for attempt in range(3):
        posts = []

        def keep_post(request, posts=posts):
            if request.method == "POST":
                posts.append(request)

        page.on("request", keep_post)
        page.locator("#id_summary").fill(f"Oppilaat jakavat taikinan, versio {attempt}.")
        with page.expect_navigation(url=edit_url):
            page.get_by_role("button", name="Tallenna luonnos").click()
        with _next_ping(page) as ping:  # the reloaded editor's
            pass
        saves = [r for r in posts if edit_url.search(r.url)]
        assert len(saves) == 1, [r.url for r in posts]
        sessions = ping.value.json()["other_sessions"]
        assert not [s for s in sessions if s["revision_id"]], sessions
        page.remove_listener("request", keep_post)
        expect(page.get_by_text("Tallensit uuden version toisessa ikkunassa")).to_have_count(0)
        expect(page.locator("#id_summary")).to_have_value(
            f"Oppilaat jakavat taikinan, versio {attempt}."
        )
    revision = LessonPlanPage.objects.get(pk=masku_draft.pk).get_latest_revision_as_object()
    assert revision.summary == "Oppilaat jakavat taikinan, versio 2."

    # A second window of hers learns that she saved a newer version in the first one: saving
    # there asks first, in Finnish, and offers the newest version.
    other = edit_page(context, base, masku_draft)
    page.locator("#id_summary").fill("Uusin versio ensimmäisestä ikkunasta.")
    with page.expect_navigation(url=edit_url):
        page.get_by_role("button", name="Tallenna luonnos").click()
    with _next_ping(other):
        pass
    with _next_ping(other) as ping:
        pass
    assert [s for s in ping.value.json()["other_sessions"] if s["revision_id"]]
    other.get_by_role("button", name="Tallenna luonnos").click()
    dialog = other.get_by_role("dialog", name="Tallensit uuden version toisessa ikkunassa")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("toisessa ikkunassa tekemäsi muutokset korvautuvat")
    expect(dialog.get_by_role("link", name="Näytä uusin versio")).to_be_visible()
    assert english_on(other) == []
    other.close()

    # A save that fails keeps her words and never shows "Tallennettu" beside the error.
    page.locator("#id_title").fill("")
    page.locator("#id_summary").fill("Tämä teksti ei saa kadota.")
    expect(page.locator(".w-autosave-indicator")).to_contain_text(
        "Automaattinen tallennus on keskeytetty", timeout=20_000
    )
    assert english_on(page) == []
    page.get_by_role("button", name="Tallenna luonnos").click()
    expect(page.locator(".messages")).to_contain_text("Sivua ei voitu tallentaa")
    expect(page.locator("#id_summary")).to_have_value("Tämä teksti ei saa kadota.")
    expect(page.locator(".w-autosave-indicator__state--saved")).to_be_hidden()
    assert english_on(page) == []

    # The admin's search counts its results in Finnish, not "1-1 of 1 sivut".
    page.goto(f"{base}/admin/pages/search/?q=murtoluvut")
    expect(page.locator("main")).to_contain_text("Murtoluvut leipomalla")
    assert " of " not in page.locator("main").inner_text()
    assert english_on(page) == []
    context.close()


def test_a_swedish_admin_meets_no_english_in_the_editor(live_server, masku_draft, browser):
    profile = UserProfile.get_for_user(masku_draft.owner)
    profile.preferred_language = "sv"
    profile.save()
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="sv-FI")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(base + "/admin/login/")
    page.locator("#id_username").fill("maija.masku")
    page.locator("#id_password").fill("salasana-123456")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(base + "/admin/")
    assert english_on(page) == []
    page = edit_page(context, base, masku_draft)
    page.locator("#id_summary").fill(f"Eleverna delar degen {timezone.now():%H%M%S}.")
    expect(page.locator(".w-autosave-indicator")).to_contain_text("Sparat", timeout=20_000)
    assert english_on(page) == []
    context.close()
