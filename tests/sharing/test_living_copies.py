"""Living copies: a copy's editors hear when its original is published again, review its
changes field by field and block by block, and take them in as a draft of the copy without
losing the copy's own changes."""

import pytest
from wagtail.blocks import StreamValue

from badges.models import Badge, BadgeFrameworkPage, CompletionCount, CompletionReport
from networks.practices.models import PracticePage
from plans.models import Grade, LessonPlanPage, TransversalCompetence
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord
from portal.sharing.wagtail_hooks import UpdatedOriginsPanel
from tests.badges.test_frameworks import make_framework
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, make_teacher

pytestmark = pytest.mark.django_db


def step(block_id, title, text):
    return {"type": "step", "id": block_id, "value": {"title": title, "text": f"<p>{text}</p>"}}


def review_url(page):
    return f"/admin/kopiot/{page.pk}/alkuperaisen-muutokset/"


def edited(page, need=None, steps=None):
    """Save a new revision of ``page`` with its need and steps (raw blocks) changed."""
    version = page.get_latest_revision_as_object()
    if need is not None:
        version.need = need
    if steps is not None:
        version.steps = StreamValue(PracticePage.steps.field.stream_block, steps, is_lazy=True)
    return version.save_revision()


def step_titles(page):
    return [block.value["title"] for block in page.steps]


@pytest.fixture
def practice(rusko):
    page = factories.PracticePageFactory(
        parent=rusko,
        title="Ruskon välituntiliikunta",
        slug="valitunnit",
        steps=[
            step("a", "Aloitus", "Kerätään välineet."),
            step("b", "Leikit", "Leikitään hippaa."),
            step("c", "Palaute", "Kysytään oppilailta."),
        ],
    )
    page.save_revision().publish()
    return PracticePage.objects.get(pk=page.pk)


@pytest.fixture
def copy(practice, masku, masku_teacher):
    page = copy_to_municipality(practice, masku, masku_teacher, title="Maskun välituntiliikunta")
    page.save_revision().publish()
    return PracticePage.objects.get(pk=page.pk)


def publish_origin_changes(practice):
    """Rusko edits its need, changes step b, adds step d after it and removes step c."""
    edited(
        practice,
        need="<p>Oppilaat tarvitsevat enemmän liikettä.</p>",
        steps=[
            step("a", "Aloitus", "Kerätään välineet."),
            step("b", "Leikit", "Leikitään polttopalloa."),
            step("d", "Loppuverryttely", "Venytellään yhdessä."),
        ],
    ).publish()
    practice.refresh_from_db()


def test_a_copy_keeps_the_block_ids_of_its_origin(practice, copy):
    assert [block.id for block in copy.steps] == ["a", "b", "c"]
    assert CopyRecord.objects.get(copy=copy).base_revision == practice.live_revision


def test_the_copys_editor_is_told_and_others_are_not(
    client, practice, copy, masku, rusko, masku_teacher, django_assert_max_num_queries
):
    client.force_login(masku_teacher)
    assert "Alkuperäinen on päivittynyt" not in client.get("/admin/").content.decode()

    publish_origin_changes(practice)
    dashboard = client.get("/admin/").content.decode()
    assert "Alkuperäinen on päivittynyt" in dashboard
    assert review_url(copy) in dashboard
    editor = client.get(edit_url(copy)).content.decode()
    assert "Alkuperäinen on päivittynyt. Voit ottaa sen muutokset kopioosi." in editor
    assert review_url(copy) in editor

    # A moderator of Masku may edit the copy too; a colleague who does not own it and Rusko's
    # teachers may not, and hear nothing of it.
    moderator = make_moderator(masku, "mikko.moderaattori")
    client.force_login(moderator)
    assert review_url(copy) in client.get("/admin/").content.decode()
    for other in (make_teacher(masku, "kalle.kollega"), make_teacher(rusko, "riikka.rusko")):
        client.force_login(other)
        assert "Alkuperäinen on päivittynyt" not in client.get("/admin/").content.decode()
        assert client.get(review_url(copy)).status_code in (302, 403)

    # The panel reads every copy in the same few queries.
    for number in range(3):
        more = copy_to_municipality(
            practice, masku, moderator, another=True, title=f"Kopio {number}"
        )
        CopyRecord.objects.filter(copy=more).update(
            base_revision=CopyRecord.objects.get(copy=copy).base_revision
        )
    panel = UpdatedOriginsPanel(moderator)
    with django_assert_max_num_queries(4):
        html = panel.render_html({})
    assert html.count("alkuperaisen-muutokset") == 4


def test_the_review_shows_the_changes_field_by_field_and_block_by_block(
    client, practice, copy, masku_teacher, django_assert_max_num_queries
):
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    # About 25 are the admin's own (the user, the menu); each of the three versions compared
    # reads its page in a few, whatever the number of fields and blocks.
    with django_assert_max_num_queries(58):
        response = client.get(review_url(copy))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Alkuperäinen on päivittynyt" in body
    assert "enemmän liikettä" in body  # the need, a rich text field
    assert "polttopalloa" in body  # step b, edited
    assert "Loppuverryttely" in body  # step d, added
    assert "lisätty" in body and "poistettu" in body
    assert body.count('name="muutos"') == 4
    assert 'name="korvaa"' not in body
    # The title is the copy's own: never offered.
    assert 'value="field:title"' not in body


def test_clean_changes_go_into_a_draft_and_the_copys_own_change_stays(
    client, practice, copy, masku_teacher
):
    own = edited(
        copy,
        steps=[
            step("a", "Aloitus Maskussa", "Kerätään välineet liikuntasalista."),
            step("b", "Leikit", "Leikitään hippaa."),
            step("c", "Palaute", "Kysytään oppilailta."),
        ],
    )
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    response = client.post(review_url(copy), {"toiminto": "kaikki"})
    assert response.status_code == 302
    assert response["Location"] == edit_url(copy)

    copy.refresh_from_db()
    draft = copy.get_latest_revision_as_object()
    assert copy.latest_revision_id != own.pk
    assert step_titles(draft) == ["Aloitus Maskussa", "Leikit", "Loppuverryttely"]
    assert "polttopalloa" in draft.steps[1].value["text"].source
    assert "enemmän liikettä" in draft.need
    assert draft.title == "Maskun välituntiliikunta"
    # Not published: the public copy is as it was until moderation approves the draft.
    assert step_titles(copy) == ["Aloitus", "Leikit", "Palaute"]
    assert copy.has_unpublished_changes
    record = CopyRecord.objects.get(copy=copy)
    assert record.base_revision_id == practice.live_revision_id
    assert "Alkuperäinen on päivittynyt" not in client.get("/admin/").content.decode()


def test_a_conflict_is_replaced_only_when_chosen(client, practice, copy, masku_teacher):
    edited(copy, need="<p>Maskussa välitunnit ovat lyhyitä.</p>")
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    page = client.get(review_url(copy)).content.decode()
    assert "Sinun versiosi" in page and "lyhyitä" in page
    assert 'value="field:need"' in page and 'name="korvaa"' in page

    client.post(review_url(copy), {"toiminto": "kaikki"})
    draft = PracticePage.objects.get(pk=copy.pk).get_latest_revision_as_object()
    assert "lyhyitä" in draft.need
    assert step_titles(draft) == ["Aloitus", "Leikit", "Loppuverryttely"]
    record = CopyRecord.objects.get(copy=copy)
    assert record.base_revision_id != practice.live_revision_id  # the conflict is still offered

    again = client.get(review_url(copy)).content.decode()
    assert again.count('name="muutos"') == 0 and again.count('name="korvaa"') == 1
    client.post(review_url(copy), {"toiminto": "valitut", "korvaa": "field:need"})
    draft = PracticePage.objects.get(pk=copy.pk).get_latest_revision_as_object()
    assert "enemmän liikettä" in draft.need
    record.refresh_from_db()
    assert record.base_revision_id == practice.live_revision_id


def test_one_chosen_change_leaves_the_rest_on_offer(client, practice, copy, masku_teacher):
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    nothing = client.post(review_url(copy), {"toiminto": "valitut"})
    assert nothing.status_code == 400
    assert "Valitse vähintään yksi muutos" in nothing.content.decode()

    client.post(review_url(copy), {"toiminto": "valitut", "muutos": "block:steps:d"})
    draft = PracticePage.objects.get(pk=copy.pk).get_latest_revision_as_object()
    # Step d goes after b, its neighbour in the origin; c, removed there, is kept until taken.
    assert step_titles(draft) == ["Aloitus", "Leikit", "Loppuverryttely", "Palaute"]
    assert "hippaa" in draft.steps[1].value["text"].source
    rest = client.get(review_url(copy)).content.decode()
    assert rest.count('name="muutos"') == 3


def test_taken_changes_go_to_moderation_like_any_edit(client, practice, copy, masku_teacher):
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    client.post(review_url(copy), {"toiminto": "kaikki"})
    copy.refresh_from_db()
    taken = copy.latest_revision
    copy.get_workflow().start(copy, masku_teacher)
    copy.refresh_from_db()
    assert copy.workflow_in_progress
    assert copy.current_workflow_task_state.revision_id == taken.pk
    assert "Leikit" in [block.value["title"] for block in copy.steps]
    assert "Loppuverryttely" not in step_titles(copy)


def test_dismissing_moves_the_base_without_taking_anything(client, practice, copy, masku_teacher):
    publish_origin_changes(practice)
    client.force_login(masku_teacher)
    before = copy.latest_revision_id
    response = client.post(review_url(copy), {"toiminto": "ohita"})
    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.latest_revision_id == before
    assert CopyRecord.objects.get(copy=copy).base_revision_id == practice.live_revision_id
    assert client.get(review_url(copy)).status_code == 302


def test_the_origin_names_the_towns_whose_copy_is_up_to_date(client, practice, copy):
    assert "Masku (ajan tasalla)" in client.get(practice.url).content.decode().replace(
        ' <span class="sharing__current">', " "
    ).replace("</span>", "")
    publish_origin_changes(practice)
    body = client.get(practice.url).content.decode()
    assert "Masku" in body and "ajan tasalla" not in body


def test_a_plan_made_from_a_practice_is_not_kept_in_step(practice, copy, masku, masku_teacher):
    record = CopyRecord.objects.get(copy=copy)
    other = factories.AnnualClockPageFactory(parent=masku, title="Maskun vuosikello")
    CopyRecord.objects.create(
        source=practice,
        source_title=practice.title,
        copy=other,
        municipality=masku,
        base_revision=record.base_revision,
    )
    publish_origin_changes(practice)
    panel = UpdatedOriginsPanel(make_moderator(masku, "mikko.moderaattori")).render_html({})
    assert "Maskun välituntiliikunta" in panel
    assert "Maskun vuosikello" not in panel


def test_a_lesson_plans_lists_tags_and_school_are_handled(client, rusko, masku, masku_teacher):
    source = LessonPlanPageFactory(parent=rusko, title="Ruskon murtoluvut")
    source.save_revision().publish()
    source = LessonPlanPage.objects.get(pk=source.pk)
    copy = copy_to_municipality(source, masku, masku_teacher, title="Maskun murtoluvut")
    version = source.get_latest_revision_as_object()
    version.learning_outcome = "Osaan vertailla murtolukuja arjessa."
    version.grades = list(Grade.objects.filter(slug__in=["4", "5"]))
    version.tags.set(["murtoluvut", "pizza"])
    version.school = "Ruskon koulu"
    version.save_revision().publish()

    client.force_login(masku_teacher)
    body = client.get(review_url(copy)).content.decode()
    assert body.count('name="muutos"') == 3
    assert "field:school" not in body  # the town's own school is never offered
    client.post(review_url(copy), {"toiminto": "kaikki"})
    draft = LessonPlanPage.objects.get(pk=copy.pk).get_latest_revision_as_object()
    assert draft.learning_outcome == "Osaan vertailla murtolukuja arjessa."
    assert sorted(grade.slug for grade in draft.grades.all()) == ["4", "5"]
    assert sorted(tag.name for tag in draft.tags.all()) == ["murtoluvut", "pizza"]
    assert draft.school == "Vahdon koulu"


def test_an_origin_closed_since_tells_the_copy_nothing(client, practice, copy, masku_teacher):
    publish_origin_changes(practice)
    version = practice.get_latest_revision_as_object()
    version.visibility = "municipality"
    version.save_revision().publish()
    client.force_login(masku_teacher)
    assert "Alkuperäinen on päivittynyt" not in client.get("/admin/").content.decode()
    assert "Alkuperäinen on päivittynyt" not in client.get(edit_url(copy)).content.decode()
    response = client.get(review_url(copy))
    assert response.status_code == 302
    assert "polttopalloa" not in client.get(response["Location"]).content.decode()


# --- A badge framework's badges: inline rows matched by their code ------------------------------


def framework_version(page, edit, publish=True):
    """Save (and publish) a new revision of ``page`` whose badges ``edit`` returns from the
    latest ones (a list of rows, edited in place or not)."""
    version = page.get_latest_revision_as_object()
    version.badges = edit(list(version.badges.all()))
    revision = version.save_revision()
    if publish:
        revision.publish()


def badge_rows(page):
    """The page's published badges as read from the database: code → row."""
    return {badge.code: badge for badge in Badge.objects.filter(framework=page)}


def test_a_framework_copy_hears_of_its_origins_badges_row_by_row(
    client, rusko, masku, masku_teacher, django_assert_max_num_queries
):
    origin = make_framework(rusko)
    copy = copy_to_municipality(origin, masku, masku_teacher, title="Maskun osaamismerkit")
    copy.save_revision().publish()
    copy = BadgeFrameworkPage.objects.get(pk=copy.pk)
    kept = badge_rows(copy)["3-tekstinkasittely"]
    report = CompletionReport.objects.create(
        framework=copy,
        municipality=masku,
        school_name="Kurittulan koulu",
        group="3A",
        grade=kept.grade,
        school_year=2025,
        term="syksy",
        pupils=20,
    )
    count = CompletionCount.objects.create(report=report, badge=kept, completed=12)

    # Masku renames one badge and rewrites another, the one Rusko then removes (in a draft).
    def masku_edits(badges):
        for badge in badges:
            if badge.code == "3-tietoturva":
                badge.name = "Vahva salasana Maskussa"
            if badge.code == "9-tekoaly":
                badge.description = "Osaan käyttää tekoälyä Maskun ohjeiden mukaan."
        return badges

    framework_version(copy, masku_edits, publish=False)

    # Rusko rewrites one badge's description, adds a badge after it and removes another.
    def rusko_edits(badges):
        badges[0].description = "Osaan muotoilla tekstin otsikoineen ja tallentaa sen."
        added = Badge(
            code="3-kuvankasittely",
            grade=badges[0].grade,
            name="Kuvankäsittelyn alkeet",
            description="Osaan rajata ja pienentää kuvan.",
        )
        added.competences = list(TransversalCompetence.objects.filter(code="L5"))
        return [badges[0], added, badges[1]]

    framework_version(origin, rusko_edits)

    client.force_login(masku_teacher)
    # Reading a revision's rows is Wagtail's own cost, as in its revision comparison: each
    # row's foreign keys are checked and its competences read, three or four queries a row. The
    # review adds one query an inline for the rows' grades and one a row shown in full; the
    # three versions' eleven rows make 99 queries.
    with django_assert_max_num_queries(102):
        response = client.get(review_url(copy))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Merkit › Tekstinkäsittelyn perusteet (3. luokka)" in body
    assert "tallentaa sen" in body  # the edited description, in the row's diff
    assert "Kuvankäsittelyn alkeet" in body and "lisätty" in body
    assert body.count('name="muutos"') == 2 and body.count('name="korvaa"') == 1
    assert 'value="row:badges:3-tekstinkasittely"' in body
    assert 'value="row:badges:3-kuvankasittely"' in body
    # Masku's own rename is never offered; the badge Masku rewrote and Rusko removed is a
    # conflict, shown side by side.
    assert "row:badges:3-tietoturva" not in body
    assert 'value="row:badges:9-tekoaly"' in body
    assert "Maskun ohjeiden mukaan" in body and "Poistettu alkuperäisestä" in body

    client.post(review_url(copy), {"toiminto": "kaikki"})
    copy.refresh_from_db()
    copy.get_latest_revision().publish()
    rows = badge_rows(copy)
    ordered = [badge.code for badge in Badge.objects.filter(framework=copy).order_by("sort_order")]
    assert ordered == ["3-tekstinkasittely", "3-kuvankasittely", "3-tietoturva", "9-tekoaly"]
    # The copy's own row was updated in place: its completion counts are still there.
    assert rows["3-tekstinkasittely"].pk == kept.pk
    assert rows["3-tekstinkasittely"].description.endswith("tallentaa sen.")
    assert CompletionCount.objects.filter(pk=count.pk, badge=kept).exists()
    assert [item.code for item in rows["3-kuvankasittely"].competences.all()] == ["L5"]
    assert rows["3-tietoturva"].name == "Vahva salasana Maskussa"
    assert rows["9-tekoaly"].description.startswith("Osaan käyttää tekoälyä Maskun")
    assert Badge.objects.filter(framework=origin).count() == 3  # the origin is untouched

    # The conflict stays on offer until Masku chooses the removal.
    again = client.get(review_url(copy)).content.decode()
    assert again.count('name="muutos"') == 0 and again.count('name="korvaa"') == 1
    client.post(review_url(copy), {"toiminto": "valitut", "korvaa": "row:badges:9-tekoaly"})
    assert Badge.objects.filter(framework=copy).count() == 4  # a draft: the live rows stay
    copy.refresh_from_db()
    copy.get_latest_revision().publish()
    assert sorted(badge_rows(copy)) == ["3-kuvankasittely", "3-tekstinkasittely", "3-tietoturva"]
    assert CompletionCount.objects.filter(pk=count.pk).exists()
    origin.refresh_from_db()
    assert CopyRecord.objects.get(copy=copy).base_revision_id == origin.live_revision_id
