"""The moderators' queue: what waits for their approval, each with the fields it changes."""

import functools
import json

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Page, Revision, Task, TaskState

from portal.moderation.content_check import BLOCKING
from portal.moderation.models import ContentCheckResult, ModerationTask

QUEUE_LENGTH = 25
SEVERITY_LABELS = {BLOCKING: _("Blocks publication")}
NOTICE_LABEL = pgettext_lazy("content check severity", "Check")
IGNORED_FORM_FIELDS = {"comments", "go_live_at", "expire_at"}
EMPTY_VALUES = (None, "", [], {})


@functools.cache
def edited_fields(model):
    """The fields and child relations the model's editor changes, with their labels."""
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
        # An empty value is no value: a block field added since the published version (stored
        # empty in the new version, missing in the old) is not a change the author made.
        return {
            key: _comparable(item)
            for key, item in value.items()
            if key not in {"id", "pk", "page", "content_object"} and item not in EMPTY_VALUES
        }
    return value


def changed_fields(model, published, submitted):
    """The labels of what the submitted revision's content changes from the published one."""
    return [
        label
        for name, label in edited_fields(model).items()
        if _comparable(published.get(name)) != _comparable(submitted.get(name))
    ]


def content_check_findings(states):
    """What the content check found in each submission, by workflow state id: the latest
    check of the workflow (a resubmission is checked again), its findings with their severity
    in words. One query for the whole queue."""
    results = ContentCheckResult.objects.filter(
        task_state__workflow_state_id__in={state.workflow_state_id for state in states}
    ).order_by("task_state_id")
    latest = {}
    for workflow_state_id, findings in results.values_list(
        "task_state__workflow_state_id", "findings"
    ):
        latest[workflow_state_id] = [
            {
                **finding,
                "severity_label": SEVERITY_LABELS.get(finding.get("severity"), NOTICE_LABEL),
            }
            for finding in findings
        ]
    return latest


def review_queue(user, limit=QUEUE_LENGTH):
    """What waits for the user's approval, oldest first, each with what it changes.

    Returns ``(items, total)``. Each item holds the page, the submitted revision, its title
    as submitted, the task state, the actions the user may take, whether she decides as the
    coordinator of the town's network (the town has no other moderator), who submitted it, what
    the automatic content check found (an empty list when nothing) and the labels of the
    changed fields (``None`` for a page never published before, or published
    without a revision, by code). The number
    of queries does not grow with the queue.
    """
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
    checked = content_check_findings(states)
    actions_of_task, coordinating, items = {}, {}, []
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
                # A network's coordinator decides for a member town that has no one else.
                coordinating[task.pk] = task.is_fallback_approver(user)
            else:
                actions_of_task[task.pk] = task.get_actions(page, user)
                coordinating[task.pk] = False
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
                "for_the_network": coordinating[task.pk],
                "requested_by": state.workflow_state.requested_by,
                "published": page.live,
                "findings": checked.get(state.workflow_state_id, []),
                "changes": None
                if live is None
                else changed_fields(page.specific_class, live.content, state.revision.content),
            }
        )
    return items, total
