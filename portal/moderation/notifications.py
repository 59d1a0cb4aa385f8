"""The moderation e-mails: who hears of a submission and a decision, in whose language.

Wagtail writes them (its notifiers, with the portal's templates under
``templates/wagtailadmin/notifications/``) in each recipient's admin language. A recipient who
has not chosen one gets Finnish, the portal's language, not the language of whoever acted.
In a town with a single moderator who wrote or submitted a page himself, the coordinators of the
town's networks hear of it, who approve it in his place.
"""

from django.conf import settings
from django.utils.translation import override
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)

from portal.moderation.models import ModerationTask


class FinnishByDefault:
    """A recipient without a language of her own reads the portal's language (Wagtail would
    use the language active when the e-mail is sent: the acting person's)."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        with override(settings.LANGUAGE_CODE):
            return super().send_emails(template_set, context, recipients, **kwargs)


class SubmissionNotifier(FinnishByDefault, GroupApprovalTaskStateSubmissionEmailNotifier):
    """ "Waiting for your approval", to the moderators of the step."""


class SiteAdministratorNotifier(FinnishByDefault, WorkflowStateSubmissionEmailNotifier):
    """ "Submitted for moderation", to the site administrators."""


class ApprovalNotifier(FinnishByDefault, WorkflowStateApprovalEmailNotifier):
    """ "Approved and published", to the person who submitted it, with who approved it."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # As published a moment ago (the workflow state holds the page as it was submitted).
        page = type(workflow_state.content_object).objects.get(pk=workflow_state.object_id)
        context["object"] = context["page"] = page.specific
        context["decided"] = workflow_state.current_task_state
        return context


class ReturnNotifier(FinnishByDefault, WorkflowStateRejectionEmailNotifier):
    """ "Returned for editing", with the reason, to the person who submitted it."""


class NetworkCoordinatorNotifier(FinnishByDefault, GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's "submitted for your approval" e-mail, sent to the network coordinators who
    approve for a town that has nobody else (Wagtail itself writes to the town's moderators)."""

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and isinstance(
            instance.task.specific, ModerationTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        page = task_state.workflow_state.content_object
        if task.others_may_approve(page):
            return []
        recipients = task.fallback_approvers(page).filter(is_superuser=False)
        user = kwargs.get("user")
        return recipients.exclude(pk=user.pk) if user is not None else recipients


coordinator_notifier = NetworkCoordinatorNotifier()

# Wagtail's own notifiers, by the signal and the dispatch uid Wagtail connects them with
# (wagtail.admin.signal_handlers), replaced by these.
WAGTAIL_NOTIFIERS = {
    "group_approval_task_submitted_email_notification": ("task_submitted", SubmissionNotifier),
    "workflow_state_submitted_email_notification": (
        "workflow_submitted",
        SiteAdministratorNotifier,
    ),
    "workflow_state_approved_email_notification": ("workflow_approved", ApprovalNotifier),
    "workflow_state_rejected_email_notification": ("workflow_rejected", ReturnNotifier),
}
