"""Roles, visibility and moderation through the admin's own URLs and the public URLs."""

import html

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction, TaskState, WorkflowPage, WorkflowState

from plans.models import LessonPlanPage
from portal.core.visibility import public_pages, visible_pages
from portal.moderation.models import ContentCheckTask, ModerationTask
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import action_url, edit_url, make_moderator, make_teacher, plan_form, submit

HETU = "131052-308T"  # a valid check character


@pytest.fixture
def masku_moderator(masku):
    return make_moderator(masku, "mikko.moderaattori")


@pytest.fixture
def draft_plan(masku, masku_teacher):
    return LessonPlanPageFactory(
        parent=masku, owner=masku_teacher, live=False, title="Murtoluvut leipomalla"
    )


@pytest.mark.django_db
def test_a_town_gets_its_groups_and_workflow_and_keeps_them_in_step(rusko, municipality_index):
    link = WorkflowPage.objects.get(page=rusko)
    tasks = [task.specific for task in link.workflow.tasks]
    assert [type(task) for task in tasks] == [ContentCheckTask, ModerationTask]
    assert [g.name for g in tasks[1].groups.all()] == ["Rusko: moderaattorit"]

    rusko.title = "Rusko (uusi)"
    rusko.save_revision().publish()
    names = sorted(
        Group.objects.filter(page_permissions__page=rusko).values_list("name", flat=True).distinct()
    )
    assert names == ["Rusko (uusi): moderaattorit", "Rusko (uusi): opettajat"]
    link.workflow.refresh_from_db()
    assert link.workflow.name == "Rusko (uusi): julkaisu"
    assert not Group.objects.filter(name="Rusko: opettajat").exists()

    # Another town's moderators never approve Rusko's content: one task per town.
    masku = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="481")
    masku_task = WorkflowPage.objects.get(page=masku).workflow.tasks[1].specific
    assert masku_task.pk != tasks[1].pk


@pytest.mark.django_db
def test_a_network_gets_its_coordinators(home_page):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=index, title="Tutor 2.0")
    group = Group.objects.get(name="Tutor 2.0: koordinaattorit")
    codenames = set(
        group.page_permissions.filter(page=network).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page", "publish_page"}
    assert not WorkflowPage.objects.filter(page=network).exists()

    network.coordinators_approve = True
    network.save()
    task = WorkflowPage.objects.get(page=network).workflow.tasks[1].specific
    assert list(task.groups.all()) == [group]


@pytest.mark.django_db
def test_hetu_stops_the_submission_with_the_place_named_and_nothing_lost(
    client, draft_plan, masku_teacher
):
    client.force_login(masku_teacher)
    response = submit(client, draft_plan, instructions=f"Oppilaan tunnus on {HETU}.")
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    assert "131052-****" in body
    assert "Vaiheet › 1. ”Taikinan jakaminen” › Ohjeet oppilaille: Henkilötunnus" in body
    assert "Taikinan jakaminen" in body
    # Every word the author wrote comes back in the form.
    assert HETU in body
    draft_plan.refresh_from_db()
    assert not draft_plan.workflow_in_progress

    fixed = submit(client, draft_plan)
    assert fixed.status_code == 302
    draft_plan.refresh_from_db()
    assert draft_plan.workflow_in_progress
    assert isinstance(draft_plan.current_workflow_task.specific, ModerationTask)
    assert not draft_plan.live


@pytest.mark.django_db
def test_moderator_approves_and_the_plan_is_public(
    client, draft_plan, masku_teacher, masku_moderator
):
    client.force_login(masku_teacher)
    submit(client, draft_plan)
    client.force_login(masku_moderator)
    response = client.post(action_url(draft_plan, "approve"))
    assert response.status_code in (200, 302)
    draft_plan.refresh_from_db()
    assert draft_plan.live
    client.logout()
    assert client.get(draft_plan.url).status_code == 200


@pytest.mark.django_db
def test_nobody_approves_their_own_submission(client, masku, masku_moderator, admin_user):
    for author in (masku_moderator, admin_user):
        plan = LessonPlanPageFactory(parent=masku, owner=author, live=False)
        client.force_login(author)
        assert submit(client, plan).status_code == 302
        plan.refresh_from_db()
        refused = client.post(action_url(plan, "approve"))
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
        plan.refresh_from_db()
        assert not plan.live
        # The editor offers the author no approve action either.
        assert plan.current_workflow_task.specific.get_actions(plan, author) == []


@pytest.mark.django_db
def test_rejection_needs_a_reason_reaches_the_author_and_keeps_the_content(
    client, draft_plan, masku_teacher, masku_moderator
):
    client.force_login(masku_teacher)
    submit(client, draft_plan)
    client.force_login(masku_moderator)
    url = action_url(draft_plan, "reject")
    without_reason = client.post(url, {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert '"step": "action"' in without_reason.content.decode()
    assert "Kerro syy" in without_reason.content.decode()
    draft_plan.refresh_from_db()
    assert draft_plan.workflow_in_progress

    mail.outbox.clear()
    client.post(url, {"comment": "Lisää tavoitteisiin opetussuunnitelman T-koodi."})
    draft_plan.refresh_from_db()
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(draft_plan.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not draft_plan.live
    latest = draft_plan.get_latest_revision_as_object()
    assert [p.value["title"] for p in latest.phases] == ["Taikinan jakaminen"]
    assert any(masku_teacher.email in message.to for message in mail.outbox)
    assert any("T-koodi" in message.body for message in mail.outbox)


@pytest.mark.django_db
def test_an_edit_after_approval_is_checked_and_approved_again(
    client, draft_plan, masku_teacher, masku_moderator
):
    client.force_login(masku_teacher)
    submit(client, draft_plan)
    client.force_login(masku_moderator)
    # The moderator edits the submission (saving a draft is never blocked), then approves:
    # the earlier content check was for another version, so it runs again and stops it.
    saved = client.post(
        edit_url(draft_plan), plan_form(draft_plan, "action-save", instructions=f"Tunnus {HETU}")
    )
    assert saved.status_code == 302
    client.post(action_url(draft_plan, "approve"))
    draft_plan.refresh_from_db()
    assert not draft_plan.live
    check = TaskState.objects.filter(task__in=ContentCheckTask.objects.all()).order_by("pk").last()
    assert check.status == TaskState.STATUS_REJECTED
    assert "131052-****" in check.comment


@pytest.mark.django_db
def test_every_publishing_path_runs_the_content_check(client, admin_client, masku, masku_teacher):
    plan = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    draft = plan.get_latest_revision_as_object()
    draft.summary = f"Lisätietoja {HETU} tai 040 123 4567."
    revision = draft.save_revision(user=masku_teacher)
    with pytest.raises(ValidationError) as refused:
        revision.publish()
    assert "131052-****" in str(refused.value)

    response = admin_client.post(f"/admin/bulk/wagtailcore/page/publish/?id={plan.pk}", {})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert not plan.live

    response = admin_client.post(
        edit_url(plan), plan_form(plan, "action-publish", instructions=HETU)
    )
    assert response.status_code == 200
    plan.refresh_from_db()
    assert not plan.live


@pytest.mark.django_db
def test_visibility_is_a_view_restriction_kept_in_step(client, rusko, masku, masku_teacher):
    rusko_teacher = make_teacher(rusko, "riikka.rusko")
    plan = LessonPlanPageFactory(parent=rusko, owner=rusko_teacher, visibility="municipality")
    restriction = PageViewRestriction.objects.get(page=plan)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert sorted(g.name for g in restriction.groups.all()) == [
        "Rusko: moderaattorit",
        "Rusko: opettajat",
    ]
    assert client.get(plan.url).status_code == 302
    client.force_login(masku_teacher)
    assert client.get(plan.url).status_code == 302
    client.force_login(rusko_teacher)
    assert client.get(plan.url).status_code == 200
    assert plan.pk in visible_pages(rusko_teacher).values_list("pk", flat=True)
    assert plan.pk not in visible_pages(masku_teacher).values_list("pk", flat=True)
    assert plan.pk not in public_pages().values_list("pk", flat=True)

    plan.visibility = "teachers"
    plan.save_revision().publish()
    assert PageViewRestriction.objects.get(page=plan).restriction_type == "login"
    client.force_login(masku_teacher)
    assert client.get(plan.url).status_code == 200
    client.logout()
    assert client.get(plan.url).status_code == 302

    plan.visibility = "private"
    plan.save_revision().publish()
    client.force_login(rusko_teacher)
    assert client.get(plan.url).status_code == 302

    plan.visibility = "public"
    plan.save_revision().publish()
    assert not PageViewRestriction.objects.filter(page=plan).exists()
    client.logout()
    assert client.get(plan.url).status_code == 200


@pytest.mark.django_db
def test_co_authors_edit_and_privacy_follows_the_field_only(client, masku, masku_teacher):
    colleague = make_teacher(masku, "kalle.kollega")
    stranger = make_teacher(masku, "sanna.sivullinen")
    plan = LessonPlanPageFactory(parent=masku, owner=masku_teacher)
    plan.co_authors.add(colleague)
    plan.save_revision().publish()
    client.force_login(colleague)
    assert client.get(edit_url(plan)).status_code == 200
    client.force_login(stranger)
    assert client.get(edit_url(plan)).status_code in (302, 403)
    moderator = make_moderator(masku, "maria.moderaattori")
    client.force_login(moderator)
    refused = client.get(f"/admin/pages/{plan.pk}/privacy/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


@pytest.mark.django_db
def test_deleting_a_town_never_takes_its_content(admin_client, masku):
    plan = LessonPlanPageFactory(parent=masku)
    response = admin_client.post(f"/admin/pages/{masku.pk}/delete/")
    assert response.status_code == 302
    assert LessonPlanPage.objects.filter(pk=plan.pk).exists()
    followed = admin_client.get(response["Location"]).content.decode()
    assert "ei koskaan poisteta" in followed


@pytest.mark.django_db
def test_a_draft_visibility_applies_only_once_published(client, masku, masku_teacher):
    plan = LessonPlanPageFactory(parent=masku, owner=masku_teacher, visibility="private")
    assert client.get(plan.url).status_code == 302
    draft = plan.get_latest_revision_as_object()
    draft.visibility = "public"
    draft.save_revision(user=masku_teacher)
    # Not approved yet: still closed to the public.
    assert client.get(plan.url).status_code == 302
    assert plan.pk not in public_pages().values_list("pk", flat=True)
    plan.get_latest_revision().publish()
    assert client.get(plan.url).status_code == 200
