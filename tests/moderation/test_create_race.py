"""A save of a new plan that races Wagtail's autosave goes on to the autosaved draft: no 500,
nothing lost (portal.core.admin_guards.CreateView)."""

import pytest
from wagtail.models import Page

from plans.models import LessonPlanPage
from tests.helpers import make_teacher, plan_form


def race(monkeypatch):
    """The form finds the address free (it asks before the autosave's page is there); the
    page's own save, a moment later, finds it taken."""
    original = Page._slug_is_available
    asked = []

    def available(slug, parent_page, page=None):
        asked.append(slug)
        return True if len(asked) == 1 else original(slug, parent_page, page)

    monkeypatch.setattr(Page, "_slug_is_available", staticmethod(available))


@pytest.fixture
def riikka(rusko):
    return make_teacher(rusko, "riikka.rusko")


def add_url(town):
    return f"/admin/pages/add/plans/lessonplanpage/{town.pk}/"


@pytest.mark.django_db
def test_a_save_sent_while_the_autosave_created_the_page_becomes_its_latest_version(
    client, rusko, riikka, monkeypatch
):
    client.force_login(riikka)
    new = LessonPlanPage(title="Syksyn merkit luonnossa", slug="syksyn-merkit", summary="")
    # The autosave creates the page first.
    first = client.post(add_url(rusko), plan_form(new, "action-save", instructions="Ensin."))
    assert first.status_code == 302
    draft = LessonPlanPage.objects.get(slug="syksyn-merkit")
    race(monkeypatch)
    second = client.post(add_url(rusko), plan_form(new, "action-save", instructions="Sitten."))
    assert second.status_code == 307
    assert second["Location"] == f"/admin/pages/{draft.pk}/edit/"
    monkeypatch.undo()
    # The browser sends the same form on to the draft's edit view.
    saved = client.post(second["Location"], plan_form(new, "action-save", instructions="Sitten."))
    assert saved.status_code == 302
    assert LessonPlanPage.objects.filter(slug="syksyn-merkit").count() == 1
    latest = LessonPlanPage.objects.get(pk=draft.pk).get_latest_revision_as_object()
    assert "Sitten." in str(latest.phases[0].value["pupil_instructions"])


@pytest.mark.django_db
def test_another_persons_page_at_the_address_is_not_taken_over(client, rusko, riikka, monkeypatch):
    other = make_teacher(rusko, "olli.rusko")
    client.force_login(other)
    new = LessonPlanPage(title="Syksyn merkit", slug="syksyn-merkit", summary="")
    assert client.post(add_url(rusko), plan_form(new, "action-save")).status_code == 302
    theirs = LessonPlanPage.objects.get(slug="syksyn-merkit")
    client.force_login(riikka)
    race(monkeypatch)
    # Her plan, never published, takes the next free address; the colleague's stays as it was.
    assert client.post(add_url(rusko), plan_form(new, "action-save")).status_code == 302
    mine = LessonPlanPage.objects.get(owner=riikka)
    assert mine.slug == "syksyn-merkit-2"
    assert LessonPlanPage.objects.get(pk=theirs.pk).owner == other
