"""A save based on an older version than someone else's newer one is refused on the server: the
form comes back with the editor's text and a link comparing the versions; saving again replaces
the newer version on purpose. Through the admin's edit URL, as a browser without JavaScript (or
a crafted request) sends it."""

import html
import re

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Revision

from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, plan_form

CHANGED = "Sivua on muutettu sen jälkeen, kun avasit sen"
MINE = "Jaa taikina kahdeksaan osaan ja kirjoita murtoluvut."


@pytest.fixture
def plan(masku, masku_teacher):
    page = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    page.save_revision(user=masku_teacher)
    return page


def latest(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-pk").first()


def opened(page, action="action-save", instructions=MINE):
    """What the editor posts for the version it was opened on."""
    revision = latest(page)
    data = plan_form(page, action, instructions=instructions)
    data["loaded_revision_id"] = str(revision.pk)
    data["loaded_revision_created_at"] = revision.created_at.isoformat()
    return data


def saves(page, user, title="Murtoluvut ja pizza"):
    draft = page.get_latest_revision_as_object()
    draft.title = title
    return draft.save_revision(user=user)


def shown(response):
    text = response.content.decode() + " ".join(str(m) for m in get_messages(response.wsgi_request))
    return html.unescape(text)


@pytest.mark.django_db
def test_a_save_on_a_version_older_than_someone_elses_is_refused_and_nothing_is_lost(
    client, masku, masku_teacher, plan
):
    form = opened(plan)
    loaded = latest(plan)
    saves(plan, masku_teacher, "Oma välitallennus")  # her own autosave in the meantime
    newer = saves(plan, make_moderator(masku, "mikko.masku"))

    client.force_login(masku_teacher)
    response = client.post(edit_url(plan), form)
    assert response.status_code == 200
    text = shown(response)
    assert CHANGED in text
    assert "mikko.masku" in text
    assert f"/admin/pages/{plan.pk}/revisions/compare/{loaded.pk}...{newer.pk}/" in text
    assert MINE in text  # the editor's words are in the form that came back
    assert latest(plan) == newer
    plan.refresh_from_db()
    assert plan.draft_title == "Murtoluvut ja pizza"

    # The form came back on the latest version: saving it again replaces that one on purpose.
    again = re.search(r'name="loaded_revision_id" value="(\d+)"', response.content.decode())
    assert again.group(1) == str(newer.pk)
    form["loaded_revision_id"] = again.group(1)
    form["loaded_revision_created_at"] = newer.created_at.isoformat()
    assert client.post(edit_url(plan), form).status_code == 302
    saved = latest(plan)
    assert saved.pk > newer.pk
    assert MINE in str(saved.content)

    # Her own newer version (another tab, or her autosave) is saved over, as Wagtail does.
    form = opened(plan, instructions="Toinen ohje.")
    saves(plan, masku_teacher, "Toisessa välilehdessä")
    assert client.post(edit_url(plan), form).status_code == 302
    assert "Toinen ohje." in str(latest(plan).content)


@pytest.mark.django_db
def test_publishing_or_submitting_an_older_version_is_refused_too(
    client, masku, masku_teacher, plan
):
    moderator = make_moderator(masku, "mikko.masku")
    publish = opened(plan, "action-publish")
    submit = opened(plan, "action-submit")
    saves(plan, masku_teacher, "Maijan uudempi")
    newer = saves(plan, moderator, "Mikon uudempi")
    client.force_login(moderator)
    assert CHANGED in shown(client.post(edit_url(plan), publish))
    client.force_login(masku_teacher)
    assert CHANGED in shown(client.post(edit_url(plan), submit))
    plan.refresh_from_db()
    assert not plan.live
    assert not plan.workflow_in_progress
    assert latest(plan) == newer


@pytest.mark.django_db
def test_a_revision_id_that_is_no_revision_of_the_page_answers_400(
    client, masku, masku_teacher, plan
):
    foreign = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    foreign_revision = foreign.save_revision(user=masku_teacher)
    client.force_login(masku_teacher)
    before = latest(plan)
    for value in ("abc", "１２", "12.5", "-1", "9" * 40, "999999", str(foreign_revision.pk)):
        form = opened(plan)
        form["loaded_revision_id"] = value
        assert client.post(edit_url(plan), form).status_code == 400, value
    form = opened(plan)
    form["overwrite_revision_id"] = "abc"
    assert client.post(edit_url(plan), form).status_code == 400
    assert latest(plan) == before
