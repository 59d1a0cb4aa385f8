"""Nobody publishes or approves their own work (what they own, co-wrote or submitted), by any
path of the admin; a town with a single moderator gets approval from its networks'
coordinators. Through the admin's own URLs."""

import html
import json

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from wagtail.models import Page, Revision, WorkflowState

from networks.networks.models import NetworkMembership
from plans.models import LessonPlanPage
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import (
    action_url,
    edit_url,
    make_coordinator,
    make_moderator,
    plan_form,
    submit,
)

OWN_WORK = "Et voi julkaista omaa työtäsi"
PUBLISH_BUTTON = 'name="action-publish"'


@pytest.fixture
def mikko(masku):
    """Masku's only moderator."""
    return make_moderator(masku, "mikko.masku")


@pytest.fixture
def own_plan(masku, mikko):
    return LessonPlanPageFactory(
        parent=masku, owner=mikko, live=False, title="Mikon oma suunnitelma"
    )


def sign_in(client, user):
    """Another person at the same browser: the last one's messages are not hers."""
    client.cookies.pop("messages", None)
    client.force_login(user)


def shown_messages(response):
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def live_revisions(page):
    page.refresh_from_db()
    return page.live, page.live_revision_id


def in_progress(page):
    return WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


@pytest.mark.django_db
def test_the_editor_offers_no_publish_on_ones_own_page_but_on_a_teachers(
    client, masku, masku_teacher, mikko, own_plan
):
    teachers = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    client.force_login(mikko)
    own = client.get(edit_url(own_plan)).content.decode()
    assert PUBLISH_BUTTON not in own
    assert 'name="action-submit"' in own  # she submits it to moderation instead
    assert PUBLISH_BUTTON in client.get(edit_url(teachers)).content.decode()


@pytest.mark.django_db
def test_a_crafted_publish_of_ones_own_page_publishes_nothing(
    client, masku, masku_teacher, mikko, own_plan
):
    client.force_login(mikko)
    revisions = Revision.page_revisions.filter(object_id=str(own_plan.pk)).count()
    response = client.post(edit_url(own_plan), plan_form(own_plan, "action-publish"))
    assert (response.status_code, response["Location"]) == (302, edit_url(own_plan))
    assert OWN_WORK in shown_messages(response)
    assert live_revisions(own_plan) == (False, None)
    assert Revision.page_revisions.filter(object_id=str(own_plan.pk)).count() == revisions

    # The same request publishes a teacher's plan: he moderates Masku.
    teachers = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    assert client.post(edit_url(teachers), plan_form(teachers, "action-publish")).status_code == 302
    teachers.refresh_from_db()
    assert teachers.live


@pytest.mark.django_db
def test_ones_own_submission_is_not_published_and_its_workflow_goes_on(client, mikko, own_plan):
    client.force_login(mikko)
    assert submit(client, own_plan).status_code == 302
    assert in_progress(own_plan)
    assert PUBLISH_BUTTON not in client.get(edit_url(own_plan)).content.decode()

    client.post(edit_url(own_plan), plan_form(own_plan, "action-publish"))
    assert live_revisions(own_plan) == (False, None)
    assert in_progress(own_plan)  # not cancelled

    refused = client.post(action_url(own_plan, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert live_revisions(own_plan) == (False, None)


@pytest.mark.django_db
def test_scheduled_publishing_of_ones_own_page_is_refused(client, mikko, own_plan):
    client.force_login(mikko)
    data = plan_form(own_plan, "action-publish")
    data["go_live_at"] = "2099-01-01 09:00"
    client.post(edit_url(own_plan), data)
    assert not Revision.page_revisions.filter(
        object_id=str(own_plan.pk), approved_go_live_at__isnull=False
    ).exists()
    assert live_revisions(own_plan) == (False, None)


@pytest.mark.django_db
def test_a_new_page_is_not_published_by_its_creator(client, admin_client, masku, mikko):
    url = f"/admin/pages/add/plans/lessonplanpage/{masku.pk}/"
    for editor in (client, admin_client):
        if editor is client:
            client.force_login(mikko)
        form = editor.get(url).content.decode()
        assert PUBLISH_BUTTON not in form
        assert 'name="action-submit"' in form
        new = LessonPlanPage(title="Uusi suunnitelma", slug="uusi-suunnitelma", summary="")
        response = editor.post(url, plan_form(new, "action-publish"))
        assert response.status_code == 302
        assert "Uusi sivu on omaa työtäsi" in shown_messages(response)
        assert not LessonPlanPage.objects.filter(slug="uusi-suunnitelma").exists()


@pytest.mark.django_db
def test_bulk_publishing_ones_own_page_is_refused(client, masku, masku_teacher, mikko, own_plan):
    teachers = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    client.force_login(mikko)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={own_plan.pk}"
    # The confirmation lists it among the pages he may not publish; sending it publishes none.
    confirmation = client.get(url).content.decode()
    assert "Oikeutesi eivät riitä tämän sivun julkaisemiseen." in confirmation
    response = client.post(url, {})
    assert response.status_code == 302
    assert live_revisions(own_plan) == (False, None)

    published = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={teachers.pk}", {})
    assert published.status_code == 302
    teachers.refresh_from_db()
    assert teachers.live


@pytest.mark.django_db
def test_the_admin_api_does_not_publish_ones_own_page(client, mikko, own_plan):
    client.force_login(mikko)
    url = f"/admin/api/main/pages/{own_plan.pk}/action/publish/"
    response = client.post(url, "{}", content_type="application/json")
    assert response.status_code == 403
    assert live_revisions(own_plan) == (False, None)


@pytest.mark.django_db
def test_a_co_author_or_submitter_does_not_publish_a_teachers_plan(
    client, masku, masku_teacher, mikko
):
    co_written = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    co_written.co_authors.add(mikko)
    submitted = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    client.force_login(mikko)
    assert submit(client, submitted).status_code == 302  # he submits the teacher's plan
    for plan in (co_written, submitted):
        assert PUBLISH_BUTTON not in client.get(edit_url(plan)).content.decode()
        client.post(edit_url(plan), plan_form(plan, "action-publish"))
        assert live_revisions(plan) == (False, None)
    refused = client.post(action_url(submitted, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert in_progress(submitted)


@pytest.mark.django_db
def test_a_site_administrator_does_not_publish_her_own_plan_but_unpublishes_it(
    admin_client, admin_user, masku, masku_teacher, mikko
):
    own = LessonPlanPageFactory(parent=masku, owner=admin_user, live=False)
    admin_client.post(edit_url(own), plan_form(own, "action-publish"))
    assert live_revisions(own) == (False, None)
    teachers = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    admin_client.post(edit_url(teachers), plan_form(teachers, "action-publish"))
    teachers.refresh_from_db()
    assert teachers.live

    # Published by the town's moderator, her own plan is still hers to take down.
    own.save_revision(user=admin_user).publish(user=mikko)
    assert admin_client.post(f"/admin/pages/{own.pk}/unpublish/").status_code == 302
    own.refresh_from_db()
    assert not own.live


@pytest.mark.django_db
def test_a_copy_is_not_kept_live_by_its_copier(client, masku, masku_teacher, mikko):
    source = LessonPlanPageFactory(parent=masku, owner=masku_teacher, title="Lähde")
    source.save_revision(user=masku_teacher).publish(user=mikko)
    client.force_login(mikko)
    form = {
        "new_title": "Kopio",
        "new_slug": "kopio",
        "new_parent_page": masku.pk,
        "publish_copies": "on",
    }
    response = client.post(f"/admin/pages/{source.pk}/copy/", form)
    assert response.status_code == 302
    assert "kopio tallentuu luonnokseksi" in shown_messages(response)
    assert not Page.objects.filter(slug="kopio").exists()

    api = f"/admin/api/main/pages/{source.pk}/action/copy/"
    kept_live = client.post(api, json.dumps({"slug": "api-kopio"}), "application/json")
    assert kept_live.status_code == 403
    assert not Page.objects.filter(slug="api-kopio").exists()
    as_draft = client.post(
        api, json.dumps({"slug": "api-kopio", "keep_live": False}), "application/json"
    )
    assert as_draft.status_code == 201
    assert not Page.objects.get(slug="api-kopio").live


# A town with a single moderator: its networks' coordinators approve.


@pytest.fixture
def networks(home_page, masku):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    ours = factories.NetworkPageFactory(parent=index, title="Tutor 2.0", slug="tutor-2-0")
    NetworkMembership.objects.create(network=ours, municipality=masku)
    unrelated = factories.NetworkPageFactory(parent=index, title="OPPIVA", slug="oppiva")
    coordinator = make_coordinator(ours, "kaisa.koordinaattori")
    stranger = make_coordinator(unrelated, "olli.oppiva")
    for user in (coordinator, stranger):
        user.email = f"{user.username}@example.fi"
        user.save()
    return {"coordinator": coordinator, "stranger": stranger}


@pytest.mark.django_db
def test_a_single_moderators_own_plan_is_approved_by_the_networks_coordinator(
    client, admin_user, masku, masku_teacher, mikko, own_plan, networks
):
    mail.outbox.clear()
    sign_in(client, mikko)
    assert submit(client, own_plan).status_code == 302
    # Wagtail writes to the town's moderators (none but him); the coordinator hears of it.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "kaisa.koordinaattori@example.fi" in recipients
    assert "olli.oppiva@example.fi" not in recipients

    refused = client.post(action_url(own_plan, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")

    sign_in(client, networks["stranger"])
    refused = client.post(action_url(own_plan, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert own_plan.title not in client.get("/admin/").content.decode()
    assert live_revisions(own_plan) == (False, None)

    sign_in(client, networks["coordinator"])
    dashboard = html.unescape(client.get("/admin/").content.decode())
    assert own_plan.title in dashboard
    assert "kunnassa ei ole muuta moderaattoria" in dashboard
    assert f"/admin/moderointi/paatos/{own_plan.pk}/approve/" in dashboard
    approved = client.post(action_url(own_plan, "approve"))
    assert approved.status_code in (200, 302)
    own_plan.refresh_from_db()
    assert own_plan.live
    assert own_plan.live_revision.user == mikko  # his version, approved by the coordinator

    # He approves only what nobody in the town may: a teacher's plan is Mikko's to approve.
    teachers = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False)
    sign_in(client, masku_teacher)
    submit(client, teachers)
    sign_in(client, networks["coordinator"])
    refused = client.post(action_url(teachers, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")

    # With a second moderator in Masku, he approves Mikko's plan: the coordinator does not.
    make_moderator(masku, "matti.masku")
    own = LessonPlanPageFactory(parent=masku, owner=mikko, live=False, title="Mikon toinen")
    sign_in(client, mikko)
    submit(client, own)
    sign_in(client, networks["coordinator"])
    assert own.title not in client.get("/admin/").content.decode()
    refused = client.post(action_url(own, "approve"))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert live_revisions(own) == (False, None)

    # A site administrator always may.
    sign_in(client, admin_user)
    client.post(action_url(own, "approve"))
    own.refresh_from_db()
    assert own.live
