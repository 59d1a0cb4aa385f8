"""A moderator's decision, as the people involved notice it: approving asks to confirm and then
says what it did; the content check's findings are in the queue; each step has one name; the
e-mails are in the recipient's language, link to the portal's address and say "palautettu
muokattavaksi" with the moderator's reason."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from portal.moderation.models import ModerationTask
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, make_teacher, plan_form, submit

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
BASE_URL = "https://opentori.example.fi"


def in_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def submitted_plan(client, town, author, **fields):
    plan = LessonPlanPageFactory(parent=town, owner=author, live=False, **fields)
    client.force_login(author)
    assert submit(client, plan).status_code == 302
    plan.refresh_from_db()
    assert plan.workflow_in_progress
    return plan


def decision_url(plan, action):
    state = plan.current_workflow_task_state
    return f"/admin/moderointi/paatos/{plan.pk}/{action}/{state.pk}/"


def messages_of(response):
    """The messages shown on the page, as their text (without Wagtail's buttons)."""
    return [str(message).split("<span", 1)[0].strip() for message in response.context["messages"]]


@pytest.mark.django_db
def test_approving_asks_to_confirm_and_then_says_it_was_published(client, masku, masku_teacher):
    plan = submitted_plan(client, masku, masku_teacher, title="Murtoluvut leipomalla")
    client.force_login(make_moderator(masku, "mikko.moderaattori"))

    dialog = client.get(decision_url(plan, "approve"), **XHR)
    html = json.loads(dialog.content)["html"]
    assert "Hyväksytäänkö ”Murtoluvut leipomalla”?" in html
    assert "Se julkaistaan heti" in html
    assert "Hyväksy ja julkaise" in html
    plan.refresh_from_db()
    assert not plan.live  # opening the dialog decides nothing

    response = client.post(decision_url(plan, "approve"), {"next": "/admin/"}, follow=True)
    assert "Hyväksytty: Murtoluvut leipomalla on nyt julkaistu." in messages_of(response)
    plan.refresh_from_db()
    assert plan.live


@pytest.mark.django_db
def test_approving_with_edits_in_the_editor_says_the_edits_wait_for_approval(
    client, masku, masku_teacher
):
    plan = submitted_plan(client, masku, masku_teacher, title="Kotiseudun kartta")
    client.force_login(make_moderator(masku, "mikko.moderaattori"))
    data = plan_form(plan, "action-workflow-action")
    data["title"] = "Kotiseudun kartta ja kompassi"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"comment": ""})
    response = client.post(edit_url(plan), data, follow=True)
    assert (
        "Muokkauksesi tallennettiin: Kotiseudun kartta ja kompassi odottaa taas hyväksyntää "
        "(Moderaattorien hyväksyntä)." in messages_of(response)
    )
    plan.refresh_from_db()
    assert not plan.live and plan.workflow_in_progress


@pytest.mark.django_db
def test_returning_for_editing_reads_palautettu_muokattavaksi_to_the_teacher(
    client, masku, masku_teacher
):
    plan = submitted_plan(client, masku, masku_teacher, title="Sadonkorjuu")
    client.force_login(make_moderator(masku, "mikko.moderaattori"))
    mail.outbox.clear()
    reason = "Lisää oppilaille selkeämpi ohje toiseen vaiheeseen."
    response = client.post(decision_url(plan, "reject"), {"comment": reason}, follow=True)
    assert any(
        m.startswith("Palautettu muokattavaksi: Sadonkorjuu.") for m in messages_of(response)
    )

    (message,) = [m for m in mail.outbox if masku_teacher.email in m.to]
    assert message.subject == "Palautettu muokattavaksi: Sadonkorjuu"
    assert "palautettu muokattavaksi vaiheessa ”Moderaattorien hyväksyntä”" in message.body
    assert reason in message.body
    assert "hylätty" not in message.body.lower()

    # Where she reads it in the admin: the editor's status and her dashboard.
    client.force_login(masku_teacher)
    for url in (edit_url(plan), "/admin/"):
        body = client.get(url).content.decode()
        assert "Palautettu muokattavaksi" in body, url
        assert "Hylätty" not in body and "Muutoksia pyydetty" not in body, url


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL=BASE_URL)
def test_each_recipient_reads_the_e_mail_in_her_own_language_with_the_portals_address(
    client, masku
):
    finnish = make_teacher(masku, "maija.masku")  # no language chosen: Finnish
    swedish = in_language(make_teacher(masku, "stina.strom"), "sv")
    # The moderator works in Swedish: that is not the Finnish teacher's language.
    moderator = in_language(make_moderator(masku, "mikko.moderaattori"), "sv")
    plans = {
        finnish: submitted_plan(client, masku, finnish, title="Murtoluvut"),
        swedish: submitted_plan(client, masku, swedish, title="Bråktal"),
    }
    waiting = [m for m in mail.outbox if moderator.email in m.to]
    assert {m.subject for m in waiting} == {
        "Väntar på ditt godkännande: Murtoluvut",
        "Väntar på ditt godkännande: Bråktal",
    }
    assert "steget ”Moderatorernas godkännande”" in waiting[0].body

    mail.outbox.clear()
    client.force_login(moderator)
    for plan in plans.values():
        client.post(decision_url(plan, "reject"), {"comment": "Tarkenna tavoitteet."})
    by_recipient = {m.to[0]: m for m in mail.outbox}
    fi, sv = by_recipient[finnish.email], by_recipient[swedish.email]
    assert fi.subject == "Palautettu muokattavaksi: Murtoluvut"
    assert "Mitään kirjoittamaasi ei ole menetetty" in fi.body
    assert sv.subject == "Returnerad för redigering: Bråktal"
    assert "returnerats för redigering i steget ”Moderatorernas godkännande”" in sv.body
    for message, plan in ((fi, plans[finnish]), (sv, plans[swedish])):
        links = re.findall(r"https?://[^\s]+", message.body)
        assert f"{BASE_URL}/admin/pages/{plan.pk}/edit/" in links
        assert all(link.startswith(BASE_URL) for link in links), links


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL=BASE_URL)
def test_the_approved_e_mail_links_to_the_published_page(client, masku, masku_teacher):
    plan = submitted_plan(client, masku, masku_teacher, title="Vuosikello syksyyn")
    client.force_login(make_moderator(masku, "mikko.moderaattori"))
    mail.outbox.clear()
    client.post(decision_url(plan, "approve"), {"comment": "Hieno!"})
    (message,) = [m for m in mail.outbox if masku_teacher.email in m.to]
    plan.refresh_from_db()
    assert message.subject == "Hyväksytty ja julkaistu: Vuosikello syksyyn"
    assert f"{BASE_URL}{plan.get_url_parts()[2]}" in message.body
    assert "Hieno!" in message.body


def production_base_url(**environment):
    """WAGTAILADMIN_BASE_URL as the production settings read it from ``environment``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"WAGTAILADMIN_BASE_URL", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(SECRET_KEY="production-settings-test-" + "x" * 40, **environment)
    code = "import portal.settings.base as s; print(s.WAGTAILADMIN_BASE_URL)"
    result = subprocess.run(  # noqa: S603 (this Python, a fixed program)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_e_mail_links_use_the_production_address_not_the_development_servers():
    assert production_base_url(ALLOWED_HOSTS="opentori.fi,www.opentori.fi") == (
        "https://opentori.fi"
    )
    assert (
        production_base_url(ALLOWED_HOSTS="opentori.fi", WAGTAILADMIN_BASE_URL=BASE_URL) == BASE_URL
    )


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Suomen kartta", file=get_test_image_file())


def started(plan, author):
    plan.save_revision(user=author)
    plan.get_workflow().start(plan, author)
    return plan


def decorative_image(image):
    return (
        "image",
        {
            "title": "Kartta",
            "image": {"image": image, "alt_text": "", "decorative": True},
            "licence": None,
        },
    )


def queue_of(client, user):
    client.force_login(user)
    body = client.get("/admin/").content.decode()
    start = body.index('id="review-queue-title"')
    return body[start : body.index("</section>", start)]


def row_of(queue, title):
    row = queue[queue.index(title) :]
    return row[: row.index("</tr>")]


@pytest.mark.django_db
def test_the_queue_shows_the_content_checks_findings_with_their_severity(
    client, masku, masku_teacher, image
):
    moderator = make_moderator(masku, "mikko.moderaattori")
    clean = started(
        LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False, title="Puhdas"),
        masku_teacher,
    )
    noticed = LessonPlanPageFactory(
        parent=masku, owner=masku_teacher, live=False, title="Koristekuva"
    )
    noticed.materials = [decorative_image(image)]
    started(noticed, masku_teacher)

    queue = queue_of(client, moderator)
    assert "Automaattinen sisältötarkistus" in queue  # the column
    assert "Ei huomautuksia" in row_of(queue, clean.title)
    row = row_of(queue, noticed.title)
    assert "Tarkista" in row
    assert "Kuva ”Suomen kartta” on merkitty koristeeksi" in row
    assert "Ei huomautuksia" not in row
    # The step is named as everywhere else.
    assert "Moderaattorien hyväksyntä" in row

    swedish = in_language(make_moderator(masku, "stina.moderator"), "sv")
    queue = queue_of(client, swedish)
    assert "Moderatorernas godkännande" in queue
    assert "Inga anmärkningar" in row_of(queue, clean.title)


@pytest.mark.django_db
def test_findings_in_the_queue_cost_no_query_per_submission(client, masku, masku_teacher, image):
    moderator = make_moderator(masku, "mikko.moderaattori")

    def add_submission(number):
        plan = LessonPlanPageFactory(
            parent=masku, owner=masku_teacher, live=False, title=f"Koristekuva {number}"
        )
        plan.materials = [decorative_image(image)]
        started(plan, masku_teacher)

    def dashboard_queries():
        client.force_login(moderator)
        with CaptureQueriesContext(connection) as queries:
            body = client.get("/admin/").content.decode()
        return len(queries), body.count("on merkitty koristeeksi")

    add_submission(0)
    dashboard_queries()  # what is cached until the content changes is built first
    one, shown = dashboard_queries()
    assert shown == 1
    for number in range(1, 5):
        add_submission(number)
    dashboard_queries()
    five, shown = dashboard_queries()
    print(f"dashboard queries with findings: 1 submission {one}, 5 submissions {five}")
    assert shown == 5
    assert five == one


@pytest.mark.django_db
def test_every_approval_step_has_one_name(client, rusko, masku, masku_teacher):
    names = set(
        ModerationTask.objects.filter(groups__name__endswith="moderaattorit").values_list(
            "name", flat=True
        )
    )
    assert names == {"Moderaattorien hyväksyntä"}
    plan = submitted_plan(client, masku, masku_teacher, title="Yksi nimi")
    state = TaskState.objects.get(pk=plan.current_workflow_task_state.pk)
    assert state.task.name == "Moderaattorien hyväksyntä"
    client.force_login(masku_teacher)
    assert "Moderaattorien hyväksyntä" in client.get(edit_url(plan)).content.decode()
