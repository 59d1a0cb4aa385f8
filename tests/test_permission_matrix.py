"""Permission matrix: what each role can do to another municipality's pages, by crafted requests.

The matrix is a table: ROLES × ACTIONS × the targets each action applies to, run by one loop.

Roles, and whose pages they act on (always a place that is not their own; "home" is where the
role may add pages, the destination of its copy and move attempts):

* the teacher and the moderator of Rusko act on Masku's pages (home: Rusko),
* the teacher of Masku acts on Rusko's pages (home: Masku),
* the coordinator of Tutor 2.0 acts on Masku's pages (home: the Tutor 2.0 page). Masku and
  Rusko are member towns of Tutor 2.0, but municipalities are not under the network's page, so
  membership gives no rights. Tutor 2.0's coordinators approve content, so the coordinator is an
  approver of a workflow, just not of Masku's,
* an anonymous visitor acts on both towns' pages (home: the other town).

Targets in each town: the town's own page ("town"), a published open lesson plan with an
unpublished draft ("plan"), a draft plan submitted to the town's workflow and waiting for its
moderators ("submitted"), and a published practice that only the town's own people may read
("practice"). The plan's draft title, the submission and the practice carry a SALAINEN-… marker.

ACTIONS are the issue's fourteen (edit, preview, revisions, compare, history, copy, move,
delete, unpublish, privacy, lock, bulk actions, approve, reject), each as the requests that do
it: Wagtail 8's admin URLs (wagtail/admin/urls/pages.py), its admin API (/admin/api/main/pages/),
its bulk action URLs (/admin/bulk/wagtailcore/page/<action>/?id=…) and the portal's own views
(/kopioi/, /suunnittele/), GET and POST, with well-formed form data. The workflow URLs always
carry the town's submission's task state, so on the other pages they are crafted.

Each row is one request and runs in a savepoint that is rolled back: every row starts from the
same state. A row *succeeds* when:

* it changed anything in the pages' tree, titles, live state, locks, revisions and their
  schedules, view restrictions, workflow and task states, copy records, the pages' log or the
  stored preview data (compared before and after the request), or
* a SALAINEN-… marker of the victim town is in the response or in the flash messages it queued
  (those are shown on the next admin page the user opens), or
* for a read that serves a form or a listing rather than the content (the privacy and workflow
  dialogues, the preview form's answer, the history's results), that was served: status 200
  with the form's own marker.

A redirect to the login or to the admin's home, a 400, 403, 404 or 405 counts as refused.
Every row is expected to be refused, except the intended feature: a teacher or a moderator takes
another town's published open plan into use in her own town (/kopioi/). That copy must land in
her town and carry only the published content, never the source's draft.

Positive controls (CONTROLS) run every action through the same machinery as someone who may do
it, on Masku's pages, so a wrong URL or wrong form data cannot pass the matrix by being refused
for everyone.

The choosers and searches (the page chooser's tree, its search and its chosen pages, the
admin's page search) are reads like the others: another town's draft title, submission or
town-only practice must not be named in them.

A second table, OWN_WORK, runs as the moderator of Masku on his own work in his own town: his
draft plan, his plan waiting in Masku's workflow and a teacher's plan he co-wrote. Nobody
publishes or approves their own work, by any path (the editor's publish, scheduled publishing,
the admin API, bulk publishing, approval, creating a page with "Publish", a copy kept live), so
every row is expected to be refused; OWN_WORK_CONTROLS show each request succeeding on someone
else's work (or, where there is none, the same request without publishing).

A third table, NETWORK_READS, is who reads what a town opens to the teachers of the network:
Masku's practice open to every network Masku belongs to (Tutor 2.0 with Rusko, OPPIVA with
Lieto) and one open to Tutor 2.0 alone, each through its page, the site's search and the
admin's page chooser search, by the teachers and moderators of member towns and not by a town
in no network, the coordinator (who is no teacher of a member town), nor the public.

The matrix found three holes in Wagtail 8's admin, now closed in portal/core/admin_guards.py and
portal/wagtail_hooks.py: the move confirmation (no permission check on GET), the page bulk
action forms (they list the pages the user may not touch by draft title, whether named by id
or as "all" of a listing) and the workflow action, action data and task preview views (they
name a page's draft title in an error message when it is not at that step).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection, transaction
from django.utils import timezone
from wagtail.admin.models import FormState
from wagtail.models import (
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)

from networks.networks.models import NetworkMembership
from plans.models import LessonPlanPage
from portal.moderation.models import ModerationTask
from portal.sharing.models import CopyRecord
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_moderator, make_teacher, plan_form

PAGES = ("plan", "submitted", "practice")
PLANS = ("plan", "submitted")
TOWN = ("town",)
EVERYTHING = ("town", *PAGES)
SECRET = "SALAINEN"


# The world: two towns with content, a network, and the people.


@dataclass
class Target:
    kind: str
    town: int
    page: int
    live_revision: int | None = None
    draft_revision: int | None = None
    task_state: int | None = None  # its own submission's, if it waits in the workflow


@dataclass
class World:
    users: dict
    homes: dict
    towns: dict
    targets: dict
    secrets: dict = field(default_factory=dict)
    task_states: dict = field(default_factory=dict)
    tasks: dict = field(default_factory=dict)
    workflow_states: dict = field(default_factory=dict)
    lockers: dict = field(default_factory=dict)
    baseline: tuple | None = None


def town_content(world, name, town, teacher, moderator):
    code = town.municipality_code
    plan = LessonPlanPageFactory(parent=town, owner=teacher, title=f"Avoin suunnitelma {code}")
    live = plan.save_revision(user=teacher)
    live.publish(user=moderator)
    draft = plan.get_latest_revision_as_object()
    draft.title = f"{SECRET}-{code}-LUONNOS"
    draft_revision = draft.save_revision(user=teacher, clean=False)

    submitted = LessonPlanPageFactory(
        parent=town, owner=teacher, live=False, title=f"{SECRET}-{code}-TARKASTETTAVA"
    )
    submitted_revision = submitted.save_revision(user=teacher)
    submitted.get_workflow().start(submitted, teacher)
    submitted.refresh_from_db()
    state = submitted.current_workflow_task_state
    assert isinstance(state.task.specific, ModerationTask), "the content check let it through"

    practice = factories.PracticePageFactory(
        parent=town, owner=teacher, title=f"{SECRET}-{code}-KAYTANNE", visibility="municipality"
    )
    practice_revision = practice.save_revision(user=teacher)
    practice_revision.publish(user=moderator)

    world.targets[name, "town"] = Target("town", town.pk, town.pk)
    world.targets[name, "plan"] = Target("plan", town.pk, plan.pk, live.pk, draft_revision.pk)
    world.targets[name, "submitted"] = Target(
        "submitted", town.pk, submitted.pk, submitted_revision.pk, submitted_revision.pk
    )
    world.targets[name, "practice"] = Target(
        "practice", town.pk, practice.pk, practice_revision.pk, practice_revision.pk
    )
    world.secrets[town.pk] = [draft.title, submitted.title, practice.title]
    world.task_states[town.pk] = state.pk
    world.tasks[town.pk] = state.task_id
    world.workflow_states[town.pk] = state.workflow_state_id
    world.lockers[town.pk] = moderator


def own_work(world, town, moderator, teacher):
    """The moderator's own work in his town: a draft, a submission and a co-written plan."""
    draft = LessonPlanPageFactory(parent=town, owner=moderator, live=False, title="Oma luonnos")
    draft.save_revision(user=moderator)
    submission = LessonPlanPageFactory(
        parent=town, owner=moderator, live=False, title="Oma tarkastettava"
    )
    submission.save_revision(user=moderator)
    submission.get_workflow().start(submission, moderator)
    submission.refresh_from_db()
    state = submission.current_workflow_task_state
    assert isinstance(state.task.specific, ModerationTask), "the content check let it through"
    co_written = LessonPlanPageFactory(
        parent=town, owner=teacher, live=False, title="Yhdessä kirjoitettu"
    )
    co_written.co_authors.add(moderator)
    co_written.save_revision(user=teacher)
    world.targets[town.title, "own draft"] = Target("own draft", town.pk, draft.pk)
    world.targets[town.title, "own submission"] = Target(
        "own submission", town.pk, submission.pk, task_state=state.pk
    )
    world.targets[town.title, "co-written"] = Target("co-written", town.pk, co_written.pk)


@pytest.fixture
def world(home_page, rusko, masku, admin_user):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    tutor = factories.NetworkPageFactory(
        parent=index, title="Tutor 2.0", slug="tutor-2-0", coordinators_approve=True
    )
    for town in (rusko, masku):
        NetworkMembership.objects.create(network=tutor, municipality=town)
    coordinator = get_user_model().objects.create_user(
        "kaisa.koordinaattori", password="salasana-123456", email="kaisa@example.fi"
    )
    coordinator.groups.add(Group.objects.get(name="Tutor 2.0: koordinaattorit"))

    users = {
        "teacher of Rusko": make_teacher(rusko, "riikka.rusko"),
        "moderator of Rusko": make_moderator(rusko, "risto.rusko"),
        "teacher of Masku": make_teacher(masku, "maija.masku"),
        "moderator of Masku": make_moderator(masku, "mikko.masku"),
        "coordinator of Tutor 2.0": coordinator,
        "administrator": admin_user,
        "anonymous": None,
    }
    homes = {
        "teacher of Rusko": rusko.pk,
        "moderator of Rusko": rusko.pk,
        "teacher of Masku": masku.pk,
        "moderator of Masku": masku.pk,
        "coordinator of Tutor 2.0": tutor.pk,
        "administrator": rusko.pk,
    }
    world = World(users, homes, {"Rusko": rusko.pk, "Masku": masku.pk}, {})
    town_content(world, "Rusko", rusko, users["teacher of Rusko"], users["moderator of Rusko"])
    town_content(world, "Masku", masku, users["teacher of Masku"], users["moderator of Masku"])
    own_work(world, masku, users["moderator of Masku"], users["teacher of Masku"])
    return world


# What a request may change, compared before and after it.

RESTRICTION_GROUPS = PageViewRestriction.groups.through
TABLES = [
    (
        "page",
        Page,
        ["path", "live", "title", "draft_title", "slug", "locked", "locked_by_id",
         "live_revision_id", "latest_revision_id", "has_unpublished_changes", "owner_id"],
    ),
    ("revision", Revision, ["object_id", "approved_go_live_at"]),
    ("view restriction", PageViewRestriction, ["page_id", "restriction_type", "password"]),
    ("restriction group", RESTRICTION_GROUPS, ["pageviewrestriction_id", "group_id"]),
    ("workflow state", WorkflowState, ["object_id", "status", "current_task_state_id"]),
    ("task state", TaskState, ["revision_id", "status"]),
    ("copy record", CopyRecord, ["copy_id", "municipality_id"]),
    ("log entry", PageLogEntry, ["page_id", "action"]),
    ("preview data", FormState, ["user_id", "object_id"]),
]  # fmt: skip


def fingerprint():
    """One query that tells whether anything in TABLES changed."""
    quote = connection.ops.quote_name
    parts = []
    for _label, model, fields in TABLES:
        columns = ", ".join(
            quote(model._meta.get_field(name).column) for name in [model._meta.pk.name, *fields]
        )
        pk = quote(model._meta.pk.column)
        table = quote(model._meta.db_table)
        parts.append(
            f"(SELECT md5(coalesce(string_agg(row({columns})::text, '|' ORDER BY {pk}), '')) "  # noqa: S608 - names from the models
            f"FROM {table})"
        )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}")
        return cursor.fetchone()


def snapshot():
    return {
        label: {row[0]: row[1:] for row in model.objects.values_list("pk", *fields)}
        for label, model, fields in TABLES
    }


def differences(before, after):
    found = []
    for label, _model, fields in TABLES:
        old, new = before[label], after[label]
        for pk in sorted(new.keys() - old.keys()):
            found.append(f"new {label} {dict(zip(fields, new[pk], strict=True))}")
        for pk in sorted(old.keys() - new.keys()):
            found.append(f"{label} {pk} removed")
        for pk in sorted(old.keys() & new.keys()):
            if old[pk] != new[pk]:
                changed = ", ".join(
                    f"{name} {a!r}→{b!r}"
                    for name, a, b in zip(fields, old[pk], new[pk], strict=True)
                    if a != b
                )
                found.append(f"{label} {pk}: {changed}")
    return found


def new_pages_text(before, after):
    """(parent id, everything the new page says) for each page the request created."""
    created = after["page"].keys() - before["page"].keys()
    found = []
    if not created:
        return found
    for page in Page.objects.filter(pk__in=created):
        text = f"{page.title} {page.draft_title}"
        for revision in Revision.page_revisions.filter(object_id=str(page.pk)):
            text += json.dumps(revision.content)
        found.append((page.get_parent().pk, text))
    return found


# The actions: what is sent, where, to which targets.


@dataclass
class Ctx:
    world: World
    target: Target
    home: int
    user: object
    extra: dict = field(default_factory=dict)

    @property
    def page(self):
        return self.target.page

    @property
    def town(self):
        return self.target.town

    @property
    def task_state(self):
        return self.world.task_states[self.town]


@dataclass(frozen=True)
class Action:
    kind: str  # the name for it
    name: str  # what exactly is sent
    method: str
    url: Callable
    data: Callable | None = None
    on: tuple = PAGES
    read: bool = False
    # for what is served without the secret: the text that proves it was served
    shows: str | Callable | None = None
    prepare: Callable | None = None
    json: bool = False
    follow: bool = False


def plan_data(action, title="MURRETTU"):
    def data(c):
        page = LessonPlanPage.objects.get(pk=c.page)
        form = plan_form(page, action)
        form["title"] = title
        return form

    return data


def new_plan_data(c):
    return plan_form(SimpleNamespace(title="Tunkeutuja", slug="tunkeutuja", summary=""), "x")


def new_plan_publish(c):
    page = SimpleNamespace(title="Heti auki", slug="heti-auki", summary="")
    return plan_form(page, "action-publish")


def scheduled_plan_data(c):
    form = plan_data("action-publish")(c)
    form["go_live_at"] = (timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    return form


def copy_kept_live(c):
    return {**copy_data(its_town)(c), "publish_copies": "on"}


def copy_data(to):
    return lambda c: {"new_title": "Kopio", "new_slug": f"kopio-{c.page}", "new_parent_page": to(c)}


def home(c):
    return c.home


def its_town(c):
    return c.town


def position(c):
    """A position that really moves the page among its siblings."""
    page = Page.objects.get(pk=c.page)
    siblings = list(page.get_parent().get_children().values_list("pk", flat=True))
    return "?position=0" if siblings.index(page.pk) else ""


def public_url(c):
    return Page.objects.get(pk=c.page).url or f"/sivu-{c.page}-ei-osoitetta/"


def schedule(c):
    page = Page.objects.get(pk=c.page).specific
    draft = page.get_latest_revision_as_object()
    draft.go_live_at = timezone.now() + timedelta(days=7)
    revision = draft.save_revision(approved_go_live_at=draft.go_live_at, clean=False)
    return {"revision": revision.pk}


def restrict(c):
    """A view restriction to lift, where there is none (the town's page)."""
    if not PageViewRestriction.objects.filter(page_id=c.page).exists():
        PageViewRestriction.objects.create(page_id=c.page, restriction_type="login")


def preview_state(c):
    """Preview data stored for the user, as if she had sent the preview form earlier."""
    if c.user is not None:
        page = Page.objects.get(pk=c.page).specific
        data = plan_form(page, "x")
        data["title"] = "ESIKATSELU"
        FormState.objects.update_or_create_by_instance(
            instance=page,
            parent_object_id="",
            user=c.user,
            defaults={"data": urlencode(data, doseq=True), "last_updated_at": timezone.now()},
        )


def lock(c):
    Page.objects.filter(pk=c.page).update(
        locked=True, locked_by=c.world.lockers[c.town], locked_at=timezone.now()
    )


def pages(c, rest=""):
    return f"/admin/pages/{c.page}/{rest}"


def bulk(name):
    return lambda c: f"/admin/bulk/wagtailcore/page/{name}/?id={c.page}"


def bulk_all(name, listing=True):
    """Wagtail's "select all in the listing": the children of the page, or every page."""
    return lambda c: (
        f"/admin/bulk/wagtailcore/page/{name}/?id=all" + (f"&childOf={c.page}" if listing else "")
    )


def api(name):
    return lambda c: f"/admin/api/main/pages/{c.page}/action/{name}/"


def workflow(name, action):
    return lambda c: f"/admin/pages/workflow/{name}/{c.page}/{action}/{c.task_state}/"


def own_workflow(action):
    """The workflow action on the target's own submission (the town's, for other pages)."""
    return lambda c: (
        f"/admin/pages/workflow/action/{c.page}/{action}/{c.target.task_state or c.task_state}/"
    )


def search(url):
    return lambda c: f"{url}?{urlencode({'q': SECRET})}"


def compare(c):
    return pages(c, f"revisions/compare/{c.target.live_revision}...{c.target.draft_revision}/")


ACTIONS = [
    # edit
    Action("edit", "edit form", "GET", lambda c: pages(c, "edit/"), on=EVERYTHING, read=True),
    Action("edit", "edit: save a draft", "POST", lambda c: pages(c, "edit/"),
           plan_data("action-save"), on=PLANS),
    Action("edit", "edit: publish", "POST", lambda c: pages(c, "edit/"),
           plan_data("action-publish"), on=PLANS),
    Action("edit", "edit: submit", "POST", lambda c: pages(c, "edit/"),
           plan_data("action-submit"), on=("plan",)),
    Action("edit", "revert form", "GET",
           lambda c: pages(c, f"revisions/{c.target.draft_revision}/revert/"), on=PLANS,
           read=True),
    Action("edit", "revert", "POST",
           lambda c: pages(c, f"revisions/{c.target.live_revision}/revert/"),
           plan_data("action-save"), on=PLANS),
    Action("edit", "API revert", "POST", api("revert_to_page_revision"),
           lambda c: {"revision_id": c.target.live_revision}, on=PLANS, json=True),
    Action("edit", "API publish", "POST", api("publish"), on=PAGES, json=True),
    Action("edit", "add a plan to the town", "POST",
           lambda c: f"/admin/pages/add/plans/lessonplanpage/{c.page}/", new_plan_data, on=TOWN),
    # preview
    Action("preview", "preview: send the form", "POST", lambda c: pages(c, "edit/preview/"),
           plan_data("x", "ESIKATSELU"), on=PLANS, shows='"is_valid": true'),
    Action("preview", "preview", "GET", lambda c: pages(c, "edit/preview/"), on=PLANS,
           prepare=preview_state, shows="ESIKATSELU"),
    Action("preview", "view draft", "GET", lambda c: pages(c, "view_draft/"), read=True),
    Action("preview", "preview a task's revision", "GET",
           lambda c: f"/admin/pages/workflow/preview/{c.page}/{c.world.tasks[c.town]}/",
           read=True),
    Action("preview", "public page", "GET", public_url, read=True),
    # revisions
    Action("revisions", "revisions index", "GET", lambda c: pages(c, "revisions/"), read=True,
           follow=True),
    Action("revisions", "view a revision", "GET",
           lambda c: pages(c, f"revisions/{c.target.draft_revision}/view/"), read=True),
    Action("revisions", "unschedule", "POST",
           lambda c: pages(c, f"revisions/{c.extra['revision']}/unschedule/"),
           on=("plan", "practice"), prepare=schedule),
    # compare
    Action("compare", "compare", "GET", compare, on=PLANS, read=True),
    Action("compare", "compare live with latest", "GET",
           lambda c: pages(c, "revisions/compare/live...latest/"), read=True),
    # history
    Action("history", "history", "GET", lambda c: pages(c, "history/"), on=EVERYTHING, read=True),
    Action("history", "history results", "GET", lambda c: pages(c, "history/results/"),
           shows=lambda c: f"/admin/pages/{c.page}/edit/"),
    Action("history", "workflow history", "GET", lambda c: pages(c, "workflow_history/"),
           read=True),
    Action("history", "workflow history detail", "GET",
           lambda c: pages(c, f"workflow_history/detail/{c.world.workflow_states[c.town]}/"),
           read=True),
    Action("history", "usage", "GET", lambda c: pages(c, "usage/"), read=True),
    Action("history", "explore the town", "GET", lambda c: f"/admin/pages/{c.page}/", on=TOWN,
           read=True),
    Action("history", "API page", "GET", lambda c: f"/admin/api/main/pages/{c.page}/", read=True),
    Action("history", "API listing", "GET",
           lambda c: f"/admin/api/main/pages/?child_of={c.page}", on=TOWN, read=True),
    # copy
    Action("copy", "copy form", "GET", lambda c: pages(c, "copy/"), read=True),
    Action("copy", "copy into own town", "POST", lambda c: pages(c, "copy/"), copy_data(home)),
    Action("copy", "copy into its town", "POST", lambda c: pages(c, "copy/"),
           copy_data(its_town)),
    # (as a draft: a copy kept live is the copier's own work published, see OWN_WORK)
    Action("copy", "API copy", "POST", api("copy"),
           lambda c: {"destination_page_id": c.home, "slug": f"api-kopio-{c.page}",
                      "keep_live": False}, json=True),
    Action("copy", "kopioi form", "GET", lambda c: f"/kopioi/{c.page}/", read=True),
    Action("copy", "kopioi into own town", "POST", lambda c: f"/kopioi/{c.page}/",
           lambda c: {"kunta": c.home, "uusi": "1"}),
    Action("copy", "kopioi into its town", "POST", lambda c: f"/kopioi/{c.page}/",
           lambda c: {"kunta": c.town, "uusi": "1"}),
    Action("copy", "plan from practice", "POST", lambda c: f"/suunnittele/{c.page}/",
           lambda c: {"kunta": c.home}),
    # move
    Action("move", "move form", "GET", lambda c: pages(c, "move/"), on=EVERYTHING, read=True),
    Action("move", "move confirmation", "GET", lambda c: pages(c, f"move/{c.home}/confirm/"),
           read=True),
    Action("move", "move", "POST", lambda c: pages(c, f"move/{c.home}/confirm/"), on=EVERYTHING),
    Action("move", "reorder", "POST", lambda c: pages(c, f"set_position/{position(c)}")),
    Action("move", "API move", "POST", api("move"),
           lambda c: {"destination_page_id": c.home, "position": "last-child"}, json=True),
    # delete
    Action("delete", "delete form", "GET", lambda c: pages(c, "delete/"), on=EVERYTHING,
           read=True),
    Action("delete", "delete", "POST", lambda c: pages(c, "delete/"), on=EVERYTHING),
    Action("delete", "API delete", "POST", api("delete"), json=True),
    # unpublish
    Action("unpublish", "unpublish form", "GET", lambda c: pages(c, "unpublish/"), read=True),
    Action("unpublish", "unpublish", "POST", lambda c: pages(c, "unpublish/"), on=EVERYTHING),
    Action("unpublish", "API unpublish", "POST", api("unpublish"), json=True),
    # privacy
    Action("privacy", "privacy form", "GET", lambda c: pages(c, "privacy/"), on=EVERYTHING,
           shows="restriction_type"),
    Action("privacy", "privacy: open to all", "POST", lambda c: pages(c, "privacy/"),
           lambda c: {"restriction_type": "none"}, on=("town", "practice"), prepare=restrict),
    Action("privacy", "privacy: sign-in only", "POST", lambda c: pages(c, "privacy/"),
           lambda c: {"restriction_type": "login"}, on=EVERYTHING),
    # lock
    Action("lock", "lock", "POST", lambda c: pages(c, "lock/"), on=EVERYTHING),
    Action("lock", "unlock", "POST", lambda c: pages(c, "unlock/"), prepare=lock),
    # bulk actions
    *[
        Action("bulk actions", f"bulk {name} form", "GET", bulk(name), read=True)
        for name in ("publish", "unpublish", "delete", "move")
    ],
    Action("bulk actions", "bulk delete form, all in the listing", "GET", bulk_all("delete"),
           on=TOWN, read=True),
    Action("bulk actions", "bulk delete form, all pages", "GET", bulk_all("delete", False),
           on=TOWN, read=True),
    Action("bulk actions", "bulk publish", "POST", bulk("publish")),
    Action("bulk actions", "bulk unpublish", "POST", bulk("unpublish")),
    Action("bulk actions", "bulk delete", "POST", bulk("delete")),
    Action("bulk actions", "bulk move", "POST", bulk("move"), lambda c: {"chooser": c.home}),
    # choose and search: the page chooser's tree, its search, chosen pages, the admin's search
    Action("choose", "chooser: the town's pages", "GET",
           lambda c: f"/admin/choose-page/{c.page}/", on=TOWN, read=True),
    Action("choose", "chooser: a page", "GET", lambda c: f"/admin/choose-page/{c.page}/",
           read=True),
    Action("choose", "chooser: search", "GET", search("/admin/choose-page/search/"), on=TOWN,
           read=True),
    Action("choose", "chooser: chosen page", "GET",
           lambda c: f"/admin/choose-page/chosen-multiple/?id={c.page}", read=True),
    Action("choose", "admin page search", "GET", search("/admin/pages/search/"), on=TOWN,
           read=True),
    Action("choose", "admin page search results", "GET",
           search("/admin/pages/search/results/"), on=TOWN, read=True),
    # approve and reject, with the town's submission's task state (crafted for other pages)
    Action("approve", "approve form", "GET", workflow("action", "approve"),
           shows='"step": "action"'),
    Action("approve", "approve", "POST", workflow("action", "approve")),
    Action("approve", "approve: collect data", "POST", workflow("collect_action_data", "approve"),
           shows='"step": "success"'),
    Action("reject", "reject form", "GET", workflow("action", "reject"),
           shows='"step": "action"'),
    Action("reject", "reject", "POST", workflow("action", "reject"),
           lambda c: {"comment": "Lisää lähteet."}),
]  # fmt: skip


# Who acts on whose pages.


@dataclass(frozen=True)
class Role:
    name: str
    victims: tuple
    has_town: bool


ROLES = [
    Role("teacher of Rusko", ("Masku",), has_town=True),
    Role("moderator of Rusko", ("Masku",), has_town=True),
    Role("teacher of Masku", ("Rusko",), has_town=True),
    Role("coordinator of Tutor 2.0", ("Masku",), has_town=False),
    Role("anonymous", ("Masku", "Rusko"), has_town=False),
]


def intended(role, action, target):
    """The one thing a role may do to another town's page: take its published open plan into
    use in her own town."""
    return role.has_town and action.name == "kopioi into own town" and target.kind == "plan"


# Someone who may do each action, on Masku's pages: a broken URL or form fails here.

CONTROLS = [
    ("edit form", "teacher of Masku", "plan"),
    ("edit: save a draft", "teacher of Masku", "plan"),
    ("edit: publish", "moderator of Masku", "plan"),
    ("edit: submit", "teacher of Masku", "plan"),
    ("revert form", "teacher of Masku", "plan"),
    ("revert", "teacher of Masku", "plan"),
    ("API revert", "teacher of Masku", "plan"),
    ("API publish", "moderator of Masku", "plan"),
    ("add a plan to the town", "teacher of Masku", "town"),
    ("preview: send the form", "teacher of Masku", "plan"),
    ("preview", "teacher of Masku", "plan"),
    ("view draft", "teacher of Masku", "plan"),
    ("preview a task's revision", "moderator of Masku", "submitted"),
    ("public page", "teacher of Masku", "practice"),
    ("revisions index", "teacher of Masku", "plan"),
    ("view a revision", "teacher of Masku", "plan"),
    ("unschedule", "moderator of Masku", "plan"),
    ("compare", "teacher of Masku", "plan"),
    ("compare live with latest", "teacher of Masku", "plan"),
    ("history", "teacher of Masku", "plan"),
    ("history results", "teacher of Masku", "plan"),
    ("workflow history", "teacher of Masku", "submitted"),
    ("workflow history detail", "teacher of Masku", "submitted"),
    ("usage", "teacher of Masku", "plan"),
    ("explore the town", "teacher of Masku", "town"),
    ("API page", "teacher of Masku", "plan"),
    ("API listing", "teacher of Masku", "town"),
    ("copy form", "moderator of Masku", "submitted"),
    ("copy into own town", "moderator of Masku", "plan"),
    ("copy into its town", "moderator of Masku", "plan"),
    ("API copy", "moderator of Masku", "plan"),
    ("kopioi form", "teacher of Masku", "submitted"),
    ("kopioi into own town", "teacher of Masku", "submitted"),
    ("kopioi into its town", "teacher of Masku", "submitted"),
    ("plan from practice", "teacher of Masku", "practice"),
    ("move form", "administrator", "plan"),
    ("move confirmation", "administrator", "plan"),
    ("move", "administrator", "plan"),
    ("reorder", "moderator of Masku", "plan"),
    ("API move", "administrator", "plan"),
    ("delete form", "moderator of Masku", "plan"),
    ("delete", "moderator of Masku", "plan"),
    ("API delete", "moderator of Masku", "plan"),
    ("unpublish form", "moderator of Masku", "plan"),
    ("unpublish", "moderator of Masku", "plan"),
    ("API unpublish", "moderator of Masku", "plan"),
    # Nobody sets a shareable page's privacy (its visibility field does): the town page shows
    # that the privacy URLs and data work.
    ("privacy form", "administrator", "town"),
    ("privacy: open to all", "administrator", "town"),
    ("privacy: sign-in only", "administrator", "town"),
    ("lock", "moderator of Masku", "submitted"),
    ("unlock", "moderator of Masku", "plan"),
    ("bulk publish form", "moderator of Masku", "plan"),
    ("bulk unpublish form", "moderator of Masku", "plan"),
    ("bulk delete form", "moderator of Masku", "plan"),
    ("bulk move form", "administrator", "plan"),
    ("bulk delete form, all in the listing", "moderator of Masku", "town"),
    ("bulk delete form, all pages", "administrator", "town"),
    ("bulk publish", "moderator of Masku", "plan"),
    ("bulk unpublish", "moderator of Masku", "plan"),
    ("bulk delete", "moderator of Masku", "plan"),
    ("bulk move", "administrator", "plan"),
    ("approve form", "moderator of Masku", "submitted"),
    ("approve", "moderator of Masku", "submitted"),
    ("approve: collect data", "moderator of Masku", "submitted"),
    ("reject form", "moderator of Masku", "submitted"),
    ("reject", "moderator of Masku", "submitted"),
    ("chooser: the town's pages", "moderator of Masku", "town"),
    ("chooser: a page", "moderator of Masku", "submitted"),
    ("chooser: search", "moderator of Masku", "town"),
    ("chooser: chosen page", "moderator of Masku", "submitted"),
    ("admin page search", "moderator of Masku", "town"),
    ("admin page search results", "moderator of Masku", "town"),
]


# The moderator of Masku on his own work: nothing of it is published or approved by him.

OWN = ("own draft", "own submission", "co-written")
OWN_WORK_ACTOR = "moderator of Masku"

OWN_WORK = [
    Action("publish own work", "own: publish in the editor", "POST",
           lambda c: pages(c, "edit/"), plan_data("action-publish", "JULKAISTU"), on=OWN),
    Action("publish own work", "own: schedule publishing", "POST",
           lambda c: pages(c, "edit/"), scheduled_plan_data, on=OWN),
    Action("publish own work", "own: API publish", "POST", api("publish"), on=OWN, json=True),
    Action("publish own work", "own: bulk publish", "POST", bulk("publish"), on=OWN),
    Action("publish own work", "own: approve", "POST", own_workflow("approve"),
           on=("own submission",)),
    Action("publish own work", "own: create and publish", "POST",
           lambda c: f"/admin/pages/add/plans/lessonplanpage/{c.page}/", new_plan_publish,
           on=TOWN),
    Action("publish own work", "own: copy kept live", "POST", lambda c: pages(c, "copy/"),
           copy_kept_live, on=("plan",)),
    Action("publish own work", "own: API copy kept live", "POST", api("copy"),
           lambda c: {"destination_page_id": c.town, "slug": f"api-kopio-{c.page}"},
           on=("plan",), json=True),
]  # fmt: skip

# The same requests succeed on someone else's work; where there is none (a new page, a copy:
# both are his own), the same request without publishing does.
OWN_WORK_CONTROLS = [
    ("own: publish in the editor", "plan", None),
    ("own: schedule publishing", "plan", None),
    ("own: API publish", "plan", None),
    ("own: bulk publish", "plan", None),
    ("own: approve", "submitted", None),
    ("own: create and publish", "town", new_plan_data),
    ("own: copy kept live", "plan", copy_data(its_town)),
    ("own: API copy kept live", "plan",
     lambda c: {"destination_page_id": c.town, "slug": f"api-kopio-{c.page}", "keep_live": False}),
]  # fmt: skip


# Running a row.


@dataclass
class Outcome:
    status: int
    location: str
    changes: list
    leaked: list
    served: bool
    created: list

    @property
    def evidence(self):
        found = list(self.changes)
        if self.leaked:
            found.append(f"showed {', '.join(self.leaked)}")
        if self.served:
            found.append("served the form")
        return found

    def __str__(self):
        where = f" → {self.location}" if self.location else ""
        return f"{self.status}{where}"


def what_it_shows(response):
    if response.streaming:
        body = b"".join(response.streaming_content).decode(errors="replace")
    else:
        body = response.content.decode(errors="replace")
    messages = " ".join(str(m) for m in get_messages(response.wsgi_request))
    return f"{body} {messages}"


def perform(client, world, action, target, home_id, user):
    c = Ctx(world, target, home_id, user)
    if world.baseline is None:
        world.baseline = (snapshot(), fingerprint())
    with transaction.atomic():
        # Every row starts from the same state (the rows before it were rolled back).
        before, print_before = world.baseline
        if action.prepare:
            c.extra.update(action.prepare(c) or {})
            before, print_before = snapshot(), fingerprint()
        client.cookies.pop("messages", None)
        url = action.url(c)
        data = action.data(c) if action.data else {}
        if action.method == "GET":
            response = client.get(url, follow=action.follow)
        elif action.json:
            response = client.post(
                url, json.dumps(data), content_type="application/json", follow=action.follow
            )
        else:
            response = client.post(url, data, follow=action.follow)
        after = snapshot() if fingerprint() != print_before else before
        shows = what_it_shows(response)
        outcome = Outcome(
            status=response.status_code,
            location=response.get("Location", ""),
            changes=differences(before, after),
            leaked=[secret for secret in world.secrets[target.town] if secret in shows],
            served=bool(
                action.shows and response.status_code == 200 and marker(action, c) in shows
            ),
            created=new_pages_text(before, after),
        )
        transaction.set_rollback(True)
    return outcome


def marker(action, c):
    return action.shows(c) if callable(action.shows) else action.shows


def sign_in(client, user):
    if user is None:
        client.logout()
    else:
        client.force_login(user)


def the_other_town(world, town_name):
    return next(pk for name, pk in world.towns.items() if name != town_name)


def judge(role, action, target, outcome, home_id):
    """(unexpected success, intended success that failed), each a description or None."""
    if not intended(role, action, target):
        return ("; ".join(outcome.evidence) or None), None
    if not outcome.created:
        return None, f"the copy was not made ({outcome})"
    for parent, text in outcome.created:
        if parent != home_id:
            return f"copied under page {parent}, not into the own town {home_id}", None
        if SECRET in text:
            return "the copy carries the unpublished draft", None
    return None, None


def test_every_action_has_a_positive_control():
    names = [action.name for action in ACTIONS]
    assert len(names) == len(set(names))
    assert sorted({name for name, _actor, _kind in CONTROLS}) == sorted(names)
    own = [action.name for action in OWN_WORK]
    assert len(own) == len(set(own))
    assert sorted(name for name, _kind, _data in OWN_WORK_CONTROLS) == sorted(own)


@pytest.mark.django_db
def test_positive_controls_succeed(client, world, capsys):
    actions = {action.name: action for action in ACTIONS}
    failed = []
    for name, actor, kind in CONTROLS:
        sign_in(client, world.users[actor])
        action = actions[name]
        user = world.users[actor]
        target = world.targets["Masku", kind]
        outcome = perform(client, world, action, target, world.homes[actor], user)
        if not outcome.evidence:
            failed.append(f"{actor} · {name} · Masku's {kind}: refused ({outcome})")
    with capsys.disabled():
        print(f"\n{len(CONTROLS)} positive controls, {len(failed)} failed")
        for line in failed:
            print(f"  control failed: {line}")
    assert failed == []


@pytest.mark.django_db
def test_permission_matrix(client, world, capsys):
    requests = 0
    unexpected, failed, intended_copies = [], [], 0
    for role in ROLES:
        user = world.users[role.name]
        sign_in(client, user)
        for victim in role.victims:
            home_id = world.homes.get(role.name) or the_other_town(world, victim)
            for action in ACTIONS:
                for kind in action.on:
                    target = world.targets[victim, kind]
                    outcome = perform(client, world, action, target, home_id, user)
                    requests += 1
                    success, failure = judge(role, action, target, outcome, home_id)
                    row = f"{role.name} · {action.name} · {victim}'s {kind} ({outcome})"
                    if success:
                        unexpected.append(f"{row}: {success}")
                    if failure:
                        failed.append(f"{row}: {failure}")
                    intended_copies += intended(role, action, target) and not failure
    kinds = sorted({action.kind for action in ACTIONS})
    reads = sum(action.read or bool(action.shows) for action in ACTIONS)
    with capsys.disabled():
        print(
            f"\n{len(ROLES)} roles × {len(kinds)} actions ({len(ACTIONS)} kinds of request: "
            f"{reads} reads, {len(ACTIONS) - reads} writes) = "
            f"{requests} requests, {len(unexpected)} unexpected successes "
            f"({intended_copies} intended copies into the own town made)"
        )
        for line in unexpected:
            print(f"  UNEXPECTED {line}")
        for line in failed:
            print(f"  INTENDED COPY FAILED {line}")
    assert failed == []
    assert unexpected == []


@pytest.mark.django_db
def test_own_work_matrix(client, world, capsys):
    """Every path that publishes or approves, on the moderator's own work: all refused; the
    same requests on someone else's work succeed."""
    user = world.users[OWN_WORK_ACTOR]
    sign_in(client, user)
    home_id = world.homes[OWN_WORK_ACTOR]
    unexpected, failed, requests = [], [], 0
    for action in OWN_WORK:
        for kind in action.on:
            outcome = perform(client, world, action, world.targets["Masku", kind], home_id, user)
            requests += 1
            if outcome.evidence:
                evidence = "; ".join(outcome.evidence)
                unexpected.append(f"{action.name} · his {kind} ({outcome}): {evidence}")
    actions = {action.name: action for action in OWN_WORK}
    for name, kind, data in OWN_WORK_CONTROLS:
        action = actions[name] if data is None else replace(actions[name], data=data)
        outcome = perform(client, world, action, world.targets["Masku", kind], home_id, user)
        if not outcome.changes:
            failed.append(f"control {name} · Masku's {kind}: refused ({outcome})")
    with capsys.disabled():
        print(
            f"\nown work: {len(OWN_WORK)} kinds of request = {requests} requests, "
            f"{len(unexpected)} unexpected successes; {len(OWN_WORK_CONTROLS)} controls, "
            f"{len(failed)} failed"
        )
        for line in unexpected + failed:
            print(f"  {line}")
    assert unexpected == []
    assert failed == []


# Who reads what is open to the teachers of the network.

NETWORK_SECRET = "VERKOSTOLLE"

# Role: (reads the practice open to all of Masku's networks, reads the one open to Tutor 2.0).
NETWORK_READS = {
    "teacher of Rusko": (True, True),
    "moderator of Rusko": (True, True),
    "teacher of Masku": (True, True),
    "teacher of Lieto": (True, False),
    "teacher of Nousiainen": (False, False),
    "coordinator of Tutor 2.0": (False, False),
    "administrator": (True, True),
    "anonymous": (False, False),
}


@pytest.fixture
def network_world(home_page, municipality_index, rusko, masku, admin_user):
    """Tutor 2.0 (Rusko, Masku) and OPPIVA (Masku, Lieto); Nousiainen in no network; Masku's
    two practices open to the teachers of the network."""
    index = factories.NetworkIndexPageFactory(parent=home_page)
    tutor = factories.NetworkPageFactory(parent=index, title="Tutor 2.0", slug="tutor-2-0")
    oppiva = factories.NetworkPageFactory(parent=index, title="OPPIVA", slug="oppiva")
    lieto = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="423")
    nousiainen = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="538"
    )
    for network, town in ((tutor, rusko), (tutor, masku), (oppiva, masku), (oppiva, lieto)):
        NetworkMembership.objects.create(network=network, municipality=town)
    coordinator = get_user_model().objects.create_user("kaisa.koordinaattori")
    coordinator.groups.add(Group.objects.get(name="Tutor 2.0: koordinaattorit"))
    users = {
        "teacher of Rusko": make_teacher(rusko, "riikka.rusko"),
        "moderator of Rusko": make_moderator(rusko, "risto.rusko"),
        "teacher of Masku": make_teacher(masku, "maija.masku"),
        "teacher of Lieto": make_teacher(lieto, "leo.lieto"),
        "teacher of Nousiainen": make_teacher(nousiainen, "niina.nousiainen"),
        "coordinator of Tutor 2.0": coordinator,
        "administrator": admin_user,
        "anonymous": None,
    }
    pages = [
        factories.PracticePageFactory(
            parent=masku, title=f"{NETWORK_SECRET}KAIKILLE", visibility="network"
        ),
        factories.PracticePageFactory(
            parent=masku,
            title=f"{NETWORK_SECRET}TUTORILLE",
            visibility="network",
            visibility_network=tutor,
        ),
    ]
    return users, pages


def reads_of(client, user, page):
    """Where the user finds the page: its own address, the site's search, the admin's page
    chooser search (signed-in users)."""
    found = []
    response = client.get(page.url)
    if response.status_code == 200 and page.title in response.content.decode():
        found.append("page")
    if page.url in client.get("/haku/", {"q": page.title}).content.decode():
        found.append("search")
    if user is not None:
        chooser = client.get("/admin/choose-page/search/", {"q": page.title})
        if page.title in chooser.content.decode():
            found.append("chooser")
    return found


@pytest.mark.django_db
def test_network_reads(client, network_world, capsys):
    users, pages = network_world
    wrong = []
    for role, expected in NETWORK_READS.items():
        sign_in(client, users[role])
        for page, reads in zip(pages, expected, strict=True):
            found = reads_of(client, users[role], page)
            everywhere = ["page", "search"] + (["chooser"] if users[role] else [])
            if found != (everywhere if reads else []):
                wrong.append(f"{role} · {page.title}: found on {found or 'nothing'}")
    with capsys.disabled():
        print(f"\n{len(NETWORK_READS)} roles × {len(pages)} pages read, {len(wrong)} wrong")
        for line in wrong:
            print(f"  WRONG {line}")
    assert wrong == []
