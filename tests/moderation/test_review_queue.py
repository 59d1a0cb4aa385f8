"""The moderator's queue on the dashboard: her town's submissions, oldest first, with changes."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import TaskState

from portal.moderation.models import ModerationTask
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_moderator, make_teacher, submit


def submitted(client, town, author, *, days_ago, **fields):
    plan = LessonPlanPageFactory(parent=town, owner=author, live=False, **fields)
    client.force_login(author)
    assert submit(client, plan).status_code == 302
    TaskState.objects.filter(
        task__in=ModerationTask.objects.all(), revision__object_id=str(plan.pk)
    ).update(started_at=timezone.now() - timedelta(days=days_ago))
    return plan


@pytest.mark.django_db
def test_the_queue_shows_the_towns_submissions_oldest_first_with_changes(
    client, rusko, masku, masku_teacher
):
    moderator = make_moderator(masku, "mikko.moderaattori")
    newer = submitted(client, masku, masku_teacher, days_ago=1, title="Sadonkorjuu ja säilöntä")
    older = submitted(client, masku, masku_teacher, days_ago=6, title="Murtoluvut leipomalla")
    # A published plan whose edit waits: the queue names what changed.
    edited = LessonPlanPageFactory(parent=masku, owner=masku_teacher, title="Kotiseudun kartta")
    edited.save_revision(user=masku_teacher).publish(skip_permission_checks=True)
    draft = edited.get_latest_revision_as_object()
    draft.title = "Kotiseudun kartta ja kompassi"
    draft.summary = "Oppilaat piirtävät kotiseudun kartan ja suunnistavat kompassilla."
    draft.save_revision(user=masku_teacher)
    edited.get_workflow().start(edited, masku_teacher)
    TaskState.objects.filter(revision__object_id=str(edited.pk)).update(
        started_at=timezone.now() - timedelta(days=3)
    )
    own = submitted(client, masku, moderator, days_ago=9, title="Moderaattorin oma")
    other_town = submitted(
        client, rusko, make_teacher(rusko, "riikka.rusko"), days_ago=2, title="Ruskon suunnitelma"
    )

    client.force_login(moderator)
    body = client.get("/admin/").content.decode()
    body = body[
        body.index('id="review-queue-title"') : body.index("</section>", body.index("review-queue"))
    ]
    assert "Odottaa hyväksyntääsi" in body
    positions = [body.index(t) for t in (older.title, "Kotiseudun kartta ja kompassi", newer.title)]
    assert positions == sorted(positions)  # oldest first
    assert own.title not in body  # nobody approves their own
    assert other_town.title not in body  # nor another town's
    assert "Uusi sivu, ei julkaistu aiemmin" in body
    row = body[body.index("Kotiseudun kartta ja kompassi") :]
    row = row[: row.index("</tr>")]
    # Only what the author changed: tags, phases and the rest compare equal.
    assert re.search(r"<td>\s*Otsikko, Tiivistelmä\s*<div>", row)
    assert f"/admin/pages/{edited.pk}/revisions/compare/live..." in row
    assert f"/admin/moderointi/paatos/{older.pk}/approve/" in body
    # Wagtail's own review panel would list the same again, newest first: it is replaced.
    assert 'id="awaiting-review"' not in client.get("/admin/").content.decode()

    client.force_login(make_moderator(rusko, "raili.rusko"))
    body = client.get("/admin/").content.decode()
    assert other_town.title in body
    assert older.title not in body


@pytest.mark.django_db
def test_the_queue_costs_a_fixed_number_of_queries_per_page_shown(client, masku, masku_teacher):
    moderator = make_moderator(masku, "mikko.moderaattori")

    def dashboard_queries():
        client.force_login(moderator)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/").status_code == 200
        return len(queries)

    submitted(client, masku, masku_teacher, days_ago=3)
    dashboard_queries()  # what is kept until the content changes is built on the first request
    one = dashboard_queries()
    for days in range(4):
        submitted(client, masku, masku_teacher, days_ago=days)
    dashboard_queries()
    five = dashboard_queries()
    print(f"dashboard queries: 1 submission {one}, 5 submissions {five}")
    assert five == one
