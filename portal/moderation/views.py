"""The moderators' decisions from their queue: Wagtail's workflow action, confirmed in a dialog
and followed by a message that says what happened."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState, WorkflowState

from portal.moderation.models import step_name


def decision_message(page, workflow_state, decided):
    """What the moderator's decision (the task state ``decided``) on ``page`` did, as a
    sentence: published, scheduled, moved to the next step, back to approval (she edited it
    too) or returned for editing. ``None`` if it did nothing."""
    workflow_state.refresh_from_db()
    title = page.get_admin_display_title()
    if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Returned for editing: %(title)s. The author gets your reason by e-mail.") % {
            "title": title
        }
    if workflow_state.status == WorkflowState.STATUS_APPROVED:
        page.refresh_from_db()
        revision = workflow_state.current_task_state.revision
        if page.live and page.live_revision_id == revision.pk:
            return _("Approved: %(title)s is now published.") % {"title": title}
        if revision.approved_go_live_at:
            when = date_format(localtime(revision.approved_go_live_at), "DATETIME_FORMAT")
            return _("Approved: %(title)s will be published on %(date)s.") % {
                "title": title,
                "date": when,
            }
        return _("Approved: %(title)s.") % {"title": title}
    current = workflow_state.current_task_state
    if (
        workflow_state.status != WorkflowState.STATUS_IN_PROGRESS
        or current is None
        or current.status != TaskState.STATUS_IN_PROGRESS
    ):
        return None
    if current.task_id == decided.task_id:
        # Edited as well as approved: every change is approved again (the content check first).
        return _("Your edits were saved: %(title)s waits for approval again, at %(step)s.") % {
            "step": step_name(current.task),
            "title": title,
        }
    return _("Approved and moved on to the next step, %(step)s: %(title)s") % {
        "step": step_name(current.task),
        "title": title,
    }


def tell_the_decision(request, page, workflow_state, task_state_id):
    """Add the decision's message if the task state the moderator acted on has finished."""
    decided = TaskState.objects.filter(pk=task_state_id).first()
    if decided is None or decided.status == TaskState.STATUS_IN_PROGRESS:
        return
    message = decision_message(page, workflow_state, decided)
    if message:
        messages.success(request, message)


class ModerationActionView(WorkflowActionView):
    """Wagtail's workflow action (the dialog on GET, the decision on POST), posted back here so
    that the moderator is told what her decision did."""

    submit_url_name = "moderation_workflow_action"

    def post(self, request, *args, **kwargs):
        workflow_state = self.task_state.workflow_state
        response = super().post(request, *args, **kwargs)
        tell_the_decision(request, self.object, workflow_state, self.task_state.pk)
        return response
