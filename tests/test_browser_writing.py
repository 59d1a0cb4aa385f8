"""In a real browser: how much it takes a teacher to write a minimal plan (a title, a learning
goal and one phase) and submit it to moderation, counted in clicks and key presses and timed;
an image in a phase asks for its alt text; the editor's tabs pass axe at desktop and phone
width."""

import re
import time

import pytest
from playwright.sync_api import expect

from plans.models import LessonPlanPage
from portal.core.groups import page_collection
from tests.browser import axe_violations, settled, sign_in
from tests.core.media_helpers import make_image
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory, phase
from tests.helpers import make_teacher

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Syksyn merkit luonnossa"
ALT = "Keltaiset koivunlehdet koulun pihalla"
# Wagtail's rich text editor (Draftail) inside a StreamField block names its text box for
# nobody (axe: aria-input-field-name): Wagtail's own markup, in every block with rich text.
DRAFTAIL_TEXT_BOX = ".public-DraftEditor-content"
# Wagtail's tag field (jQuery tag-it) adds a text box without a label (axe: label).
TAG_IT_TEXT_BOX = ".ui-autocomplete-input"


@pytest.fixture
def rusko_town(home_page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    return factories.MunicipalityPageFactory(parent=index, municipality_code="704")


@pytest.fixture
def leaves(rusko_town):
    """An image in Rusko's own collection, where its teachers choose from."""
    return make_image(page_collection(rusko_town), title="Syksyn lehtiä", name="lehdet.png")


class Counted:
    """The teacher's hands: every click and key press goes through here and is counted."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0

    def click(self, locator):
        self.clicks += 1
        locator.click()

    def press(self, key):
        self.clicks += 1
        self.page.keyboard.press(key)

    def choose(self, select, label):
        # A native list: one click opens it, one picks the line.
        self.clicks += 2
        select.select_option(label=label)


def write_minimal_plan(page, hands):
    """From the dashboard: a title, a learning goal and one phase, then into moderation."""
    hands.click(page.get_by_role("link", name="Uusi suunnitelma"))
    page.locator("#id_title").fill(TITLE)
    hands.click(page.get_by_role("tab", name="Tavoitteet"))
    page.locator("#id_learning_outcome").fill("Tunnistan kolme syksyn merkkiä luonnosta.")
    hands.click(page.get_by_role("tab", name="Kulku"))
    hands.click(page.get_by_role("button", name="Lisää lohko").last)
    page.locator("input[name='phases-0-value-title']").fill("Retki koulun pihalle")
    page.locator("input[name='phases-0-value-duration']").fill("25")
    editor = page.locator("[data-contentpath='pupil_instructions'] [contenteditable='true']")
    hands.click(editor.first)
    page.keyboard.type("Etsikää kolme syksyn merkkiä.")
    hidden = page.locator("input[name='phases-0-value-pupil_instructions']")
    expect(hidden).to_have_value(re.compile("syksyn merkki"))
    if not page.locator("select#id_licence option:checked").get_attribute("value"):
        # Without a preselected licence the teacher must pick one before submitting.
        hands.click(page.get_by_role("tab", name=re.compile("jakaminen")))
        hands.choose(page.locator("select#id_licence"), "CC BY 4.0 Nimeä")
    hands.click(page.get_by_role("button", name="Lisää toimintoja"))
    with page.expect_navigation():
        hands.click(page.get_by_role("button", name=re.compile("Lähetä työnkulkuun")))


def test_minimal_plan_to_moderation_is_counted_and_timed(live_server, rusko_town, browser_page):
    make_teacher(rusko_town, "riikka.rusko")
    page = browser_page
    sign_in(page, live_server.url, "riikka.rusko")
    hands = Counted(page)

    started = time.perf_counter()
    write_minimal_plan(page, hands)
    expect(page.locator(".messages")).to_contain_text("lähetetty tarkastettavaksi")
    seconds = time.perf_counter() - started
    print(f"\nminimal plan: {hands.clicks} clicks, {seconds:.1f} s")

    plan = LessonPlanPage.objects.get(title=TITLE)
    assert plan.workflow_in_progress and not plan.live
    revision = plan.get_latest_revision_as_object()
    assert revision.learning_outcome == "Tunnistan kolme syksyn merkkiä luonnosta."
    assert [phase.value["title"] for phase in revision.phases] == ["Retki koulun pihalle"]


def submit(page):
    page.get_by_role("button", name="Lisää toimintoja").click()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Lähetä työnkulkuun")).click()


def test_an_image_in_a_phase_asks_for_its_alt_text(live_server, rusko_town, leaves, browser_page):
    make_teacher(rusko_town, "riikka.rusko")
    page = browser_page
    sign_in(page, live_server.url, "riikka.rusko")
    page.get_by_role("link", name="Uusi suunnitelma").click()
    page.locator("#id_title").fill(TITLE)
    page.get_by_role("tab", name="Kulku").click()
    page.get_by_role("button", name="Lisää lohko").last.click()
    page.locator("input[name='phases-0-value-title']").fill("Retki koulun pihalle")
    page.locator("input[name='phases-0-value-duration']").fill("25")
    page.locator("[data-contentpath='pupil_instructions'] [contenteditable='true']").first.click()
    page.keyboard.type("Etsikää kolme syksyn merkkiä.")
    images = page.locator("[data-contentpath='images']")
    images.get_by_role("button", name="Lisää").first.click()
    images.get_by_role("button", name="Valitse kuva").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name="Syksyn lehtiä").click()
    expect(modal).to_be_hidden()
    page.locator("input[name='phases-0-value-images-0-value-caption']").fill("Pihan koivu")
    submit(page)

    # Refused, with the place and the reason in Finnish; nothing she wrote is lost.
    expect(page.locator(".messages")).to_contain_text("virheitä")
    page.get_by_role("tab", name="Kulku").click()
    alt_text = page.locator("input[name='phases-0-value-images-0-value-image-alt_text']")
    expect(page.get_by_text("Kirjoita kuvalle vaihtoehtoinen teksti")).to_be_visible()
    caption = page.locator("input[name='phases-0-value-images-0-value-caption']")
    expect(caption).to_have_value("Pihan koivu")
    alt_text.fill(ALT)
    # The re-opened form saves itself as a draft (Wagtail's autosave); submit that draft.
    expect(page.get_by_text("Tallennettu", exact=True)).to_be_visible()
    submit(page)
    expect(page.locator(".messages")).to_contain_text("lähetetty tarkastettavaksi")

    plan = LessonPlanPage.objects.get(title=TITLE)
    assert plan.workflow_in_progress
    [item] = plan.get_latest_revision_as_object().phases[0].value["images"]
    assert item["image"].pk == leaves.pk and item["image"].contextual_alt_text == ALT


@pytest.mark.parametrize("width", [1280, 390])
def test_the_editors_tabs_pass_axe(live_server, rusko_town, leaves, browser, width):
    teacher = make_teacher(rusko_town, "riikka.rusko")
    with_image = phase("Retki koulun pihalle", 25, "Etsikää kolme syksyn merkkiä.")
    with_image[1]["images"] = [{"image": {"image": leaves, "alt_text": ALT}, "caption": "Koivu"}]
    plan = LessonPlanPageFactory(parent=rusko_town, owner=teacher, live=False, phases=[with_image])
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "riikka.rusko")
    page.goto(f"{live_server.url}/admin/pages/{plan.pk}/edit/")
    for name in ("Mitä", "Kulku", "Materiaalit", "Näkyvyys ja jakaminen", "Hakukoneet"):
        page.get_by_role("tab", name=name).click()
        expect(page.get_by_role("tab", name=name)).to_have_attribute("aria-selected", "true")
        count, report = axe_violations(
            settled(page), {"exclude": [[DRAFTAIL_TEXT_BOX], [TAG_IT_TEXT_BOX]]}
        )
        assert count == 0, f"{name} at {width} px\n{report}"
    page.get_by_role("tab", name="Kulku").click()
    expect(page.locator("[data-contentpath='images'] img").first).to_be_visible()
    context.close()
