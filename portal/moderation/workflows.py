"""Workflows: every municipality's content passes the automatic check and its moderators.

Wagtail's group approval task is global, so each municipality (and each network whose
coordinators approve) gets a task and a workflow of its own, created with the page.
"""

from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage, WorkflowTask

from portal.moderation.content_check import check_page
from portal.moderation.models import ContentCheckTask, ModerationTask, is_own_work

__all__ = ["ensure_workflow", "is_own_work", "remove_workflow", "unpublishable"]

# Names are data, in Finnish like the groups' names. A step has one name everywhere (the
# workflow names the town); the admin shows it in the reader's language (models.step_name).
CONTENT_CHECK_NAME = "Automaattinen sisältötarkistus"
WORKFLOW_NAME = "{title}: julkaisu"
APPROVAL_NAME = "Moderaattorien hyväksyntä"


def content_check_task():
    task, _created = ContentCheckTask.objects.get_or_create(name=CONTENT_CHECK_NAME)
    return task


def ensure_workflow(page, approvers):
    """The page's own workflow: the content check, then approval by ``approvers``."""
    link = WorkflowPage.objects.filter(page=page).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME.format(title=page.title))
        WorkflowPage.objects.create(page=page, workflow=workflow)
    else:
        workflow = link.workflow
        if workflow.name != WORKFLOW_NAME.format(title=page.title):
            workflow.name = WORKFLOW_NAME.format(title=page.title)
            workflow.save(update_fields=["name"])
    approval = ModerationTask.objects.filter(
        workflow_tasks__workflow=workflow, groups=approvers
    ).first()
    if approval is None:
        approval = ModerationTask.objects.create(name=APPROVAL_NAME)
        approval.groups.set([approvers])
    for order, task in enumerate([content_check_task(), approval]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def share_with_translation(translation):
    """A Swedish (or English) version of a town's or network's page: the same groups may do the
    same there as on the Finnish page, and what is submitted below it goes through the same
    workflow (the same moderators approve it). Nothing is made for the translation itself: no
    groups, no workflow, no collection of its own. Returns whether it has a Finnish page."""
    original = translation.get_translation_or_none(Locale.get_default())
    if original is None or original.pk == translation.pk:
        return False
    for right in GroupPagePermission.objects.filter(page=original):
        GroupPagePermission.objects.get_or_create(
            group_id=right.group_id, page=translation, permission_id=right.permission_id
        )
    link = WorkflowPage.objects.filter(page=original).first()
    if link is not None:
        WorkflowPage.objects.update_or_create(
            page=translation, defaults={"workflow": link.workflow}
        )
    return True


def is_translation(page):
    """Whether the page is in another language than the portal's own (a version of a Finnish
    page, made in the admin with "Translate")."""
    return page.locale_id != Locale.get_default().pk


def remove_workflow(page):
    """The page's own workflow is no longer used (a network whose coordinators publish)."""
    for link in WorkflowPage.objects.filter(page=page).select_related("workflow"):
        workflow = link.workflow
        link.delete()
        workflow.deactivate()


def unpublishable(pages):
    """(page, findings) for each page whose latest version the content check stops."""
    refused = []
    for page in pages:
        page = page.specific
        if not getattr(page, "checked_before_publishing", False):
            continue
        revision = page.get_latest_revision()
        findings = check_page(revision.as_object() if revision else page)
        if findings:
            refused.append((page, findings))
    return refused
