"""The two steps of every municipality's workflow: the automatic content check and the
moderators' approval."""

from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, Task, get_page_models

from portal.moderation.content_check import check_page, findings_as_text
from portal.moderation.forms import RejectionForm


class ContentCheckTask(Task):
    """The automatic content check: a workflow step that nobody acts on.

    It passes content that is ready to be published and sends back, with the places named,
    content that has no licence, images without alt text or personal data.
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        findings = check_page(task_state.revision.as_object())
        if findings:
            task_state.reject(update=False, comment=findings_as_text(findings))
        else:
            task_state.approve(update=False)
        return task_state

    @classmethod
    def get_description(cls):
        return _("Checks the licence, the images' alt texts and personal data automatically")

    class Meta:
        verbose_name = _("automatic content check")
        verbose_name_plural = _("automatic content checks")


def own_page_keys(user):
    """The pages the user owns or co-authors, as the text keys workflow states refer by."""
    owned = Q(owner=user)
    for model in get_page_models():
        # Pages with co-authors (lesson plans) name them in a many-to-many field.
        if hasattr(model, "co_authors"):
            owned |= Q(pk__in=model.objects.filter(co_authors=user).values("pk"))
    return Page.objects.filter(owned).annotate(key=Cast("pk", CharField())).values("key")


class ModerationTask(AbstractGroupApprovalTask):
    """Approval by the moderators of one municipality or the coordinators of one network.

    Nobody approves their own submission, whatever groups they are in, and a rejection must
    say why.
    """

    @staticmethod
    def is_own(obj, user):
        state = obj.current_workflow_state
        if state is not None and state.requested_by_id == user.pk:
            return True
        page = obj.specific_deferred
        if getattr(page, "owner_id", None) == user.pk:
            return True
        is_co_author = getattr(page, "is_co_author", None)
        return is_co_author is not None and is_co_author(user)

    def moderator_actions(self, user):
        """The actions the user has on submissions that are not her own."""
        return super().get_actions(None, user)

    def get_actions(self, obj, user):
        if self.is_own(obj, user):
            return []
        return self.moderator_actions(user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if self.is_own(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The in-progress submissions the user may decide: none she submitted, owns or
        co-authors."""
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(workflow_state__object_id__in=own_page_keys(user))
        )

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("The chosen groups approve or send back content; nobody approves their own")

    class Meta:
        verbose_name = _("moderators' approval")
        verbose_name_plural = _("moderators' approvals")
