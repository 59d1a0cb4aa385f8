"""Workflows: every municipality's content passes the automatic check and its moderators.

Wagtail's group approval task is global, so each municipality (and each network whose
coordinators approve) gets a task and a workflow of its own, created with the page.
"""

import functools
import json

from wagtail.models import Workflow, WorkflowPage, WorkflowTask

# Names are data, in Finnish like the groups' names.
CONTENT_CHECK_NAME = "Automaattinen sisältötarkistus"
WORKFLOW_NAME = "{title}: julkaisu"
APPROVAL_NAME = "{title}: hyväksyntä"


def content_check_task():
    from portal.models import ContentCheckTask

    task, _created = ContentCheckTask.objects.get_or_create(name=CONTENT_CHECK_NAME)
    return task


def ensure_workflow(page, approvers):
    """The page's own workflow: the content check, then approval by ``approvers``."""
    from portal.models import ModerationTask

    link = WorkflowPage.objects.filter(page=page).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME.format(title=page.title))
        WorkflowPage.objects.create(page=page, workflow=workflow)
    else:
        workflow = link.workflow
        if workflow.name != WORKFLOW_NAME.format(title=page.title):
            workflow.name = WORKFLOW_NAME.format(title=page.title)
            workflow.save(update_fields=["name"])
    approval_name = APPROVAL_NAME.format(title=page.title)
    approval = ModerationTask.objects.filter(
        workflow_tasks__workflow=workflow, groups=approvers
    ).first()
    if approval is None:
        approval = ModerationTask.objects.create(name=approval_name)
        approval.groups.set([approvers])
    elif approval.name != approval_name:
        approval.name = approval_name
        approval.save(update_fields=["name"])
    for order, task in enumerate([content_check_task(), approval]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def remove_workflow(page):
    """The page's own workflow is no longer used (a network whose coordinators publish)."""
    for link in WorkflowPage.objects.filter(page=page).select_related("workflow"):
        workflow = link.workflow
        link.delete()
        workflow.deactivate()


def findings_as_errors(findings):
    """The content check's findings as a ValidationError's dictionary, field by field."""
    errors = {}
    for finding in findings:
        errors.setdefault(finding.field, []).append(f"{finding.place}: {finding.problem}")
    return errors


def findings_as_text(findings):
    """The findings as the comment an author reads on a sent-back submission."""
    return "\n".join(f"• {finding.place}: {finding.problem}" for finding in findings)


def unpublishable(pages):
    """(page, findings) for each page whose latest version the content check stops."""
    from portal.content_check import check_page
    from portal.models import ShareablePage

    refused = []
    for page in pages:
        page = page.specific
        if not isinstance(page, ShareablePage):
            continue
        revision = page.get_latest_revision()
        findings = check_page(revision.as_object() if revision else page)
        if findings:
            refused.append((page, findings))
    return refused


QUEUE_LENGTH = 25
IGNORED_FORM_FIELDS = {"comments", "go_live_at", "expire_at"}


@functools.cache
def edited_fields(model):
    """The fields and child relations the model's editor changes, with their labels."""
    from django.core.exceptions import FieldDoesNotExist
    from django.utils.text import capfirst
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(model).get_form_class()
    names = [*form_class.base_fields, *getattr(form_class, "formsets", {})]
    labels = {}
    for name in names:
        if name in IGNORED_FORM_FIELDS:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        label = (
            getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
        )
        labels[name] = capfirst(str(label))
    return labels


def _comparable(value):
    """A revision's stored value without what changes on every save (ids, parent keys)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, dict):
        return {
            key: _comparable(item)
            for key, item in value.items()
            if key not in {"id", "pk", "page", "content_object"}
        }
    return value


def changed_fields(model, published, submitted):
    """The labels of what the submitted revision's content changes from the published one."""
    return [
        label
        for name, label in edited_fields(model).items()
        if _comparable(published.get(name)) != _comparable(submitted.get(name))
    ]


def review_queue(user, limit=QUEUE_LENGTH):
    """What waits for the user's approval, oldest first, each with what it changes.

    Returns ``(items, total)``. Each item holds the page, the submitted revision, its title
    as submitted, the task state, the actions the user may take, who submitted it and the
    labels of the changed fields (``None`` for a page never published before, or published
    without a revision, by code). The number
    of queries does not grow with the queue.
    """
    from wagtail.models import Page, Revision, Task, TaskState

    from portal.models import ModerationTask

    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("revision", "workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    total = states.count()
    states = list(states[:limit])
    pages = Page.objects.filter(pk__in=[int(s.revision.object_id) for s in states])
    pages = {page.pk: page for page in pages}
    published = Revision.objects.filter(
        pk__in=[page.live_revision_id for page in pages.values() if page.live_revision_id]
    ).in_bulk()
    tasks = Task.objects.filter(pk__in={state.task_id for state in states}).specific().in_bulk()
    actions_of_task, items = {}, []
    for state in states:
        page = pages.get(int(state.revision.object_id))
        if page is None:
            continue
        task = tasks[state.task_id]
        if task.pk not in actions_of_task:
            # The queue holds no one's own submissions (ModerationTask leaves them out), so
            # a task offers the same actions on every page in it.
            if isinstance(task, ModerationTask):
                actions_of_task[task.pk] = task.moderator_actions(user)
            else:
                actions_of_task[task.pk] = task.get_actions(page, user)
        live = published.get(page.live_revision_id) if page.live else None
        items.append(
            {
                "page": page,
                "title": state.revision.object_str,
                "kind": page.specific_class.get_verbose_name(),
                "revision": state.revision,
                "task_state": state,
                "task": task,
                "actions": actions_of_task[task.pk],
                "requested_by": state.workflow_state.requested_by,
                "published": page.live,
                "changes": None
                if live is None
                else changed_fields(page.specific_class, live.content, state.revision.content),
            }
        )
    return items, total
