"""Who hears of a submission: in a town with a single moderator who wrote or submitted it
himself, the coordinators of the town's networks, who approve it in his place."""

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

from portal.moderation.models import ModerationTask


class NetworkCoordinatorNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
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
