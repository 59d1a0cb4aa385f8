"""The two steps of every municipality's workflow: the automatic content check and the
moderators' approval."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    AbstractGroupApprovalTask,
    GroupPagePermission,
    Page,
    Task,
    TaskState,
    get_page_models,
)

from portal.moderation.content_check import BLOCKING, findings_as_text, review_page
from portal.moderation.forms import ApprovalForm, RejectionForm

# Networks are a topic app above this one: their members and coordinators are read by name.
MEMBERSHIP_MODEL = ("networks", "NetworkMembership")
PUBLISH = "publish_page"


class ContentCheckTask(Task):
    """The automatic content check: a workflow step that nobody acts on.

    It passes content that is ready to be published and sends back, with the places named,
    content that has no licence, images without alt text or personal data.
    """

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        findings = review_page(task_state.revision.as_object())
        ContentCheckResult.objects.create(
            task_state=task_state, findings=[finding.as_dict() for finding in findings]
        )
        blocking = [finding for finding in findings if finding.blocks]
        if blocking:
            task_state.reject(update=False, comment=findings_as_text(blocking))
        else:
            task_state.approve(update=False)
        return task_state

    @classmethod
    def get_description(cls):
        return _("Checks the licence, the images' alt texts and personal data automatically")

    class Meta:
        verbose_name = _("automatic content check")
        verbose_name_plural = _("automatic content checks")


class ContentCheckResult(models.Model):
    """What the automatic content check found in one submitted version: the moderators read it
    in their queue. Findings that block publication send the version back to its author (the
    reason is the task state's comment); notices go on to the moderators."""

    task_state = models.OneToOneField(
        TaskState, on_delete=models.CASCADE, related_name="content_check_result"
    )
    findings = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("content check result")
        verbose_name_plural = _("content check results")

    def __str__(self):
        return str(self.task_state)

    @property
    def notices(self):
        return [finding for finding in self.findings if finding.get("severity") != BLOCKING]


def own_page_keys(user):
    """The pages the user owns or co-authors, as the text keys workflow states refer by."""
    owned = Q(owner=user)
    for model in get_page_models():
        # Pages with co-authors (lesson plans) name them in a many-to-many field.
        if hasattr(model, "co_authors"):
            owned |= Q(pk__in=model.objects.filter(co_authors=user).values("pk"))
    return Page.objects.filter(owned).annotate(key=Cast("pk", CharField())).values("key")


def authors_of(page):
    """The ids of the people whose work the page is: whoever submitted it (its workflow in
    progress), its owner and its co-authors."""
    people = set()
    state = page.current_workflow_state
    if state is not None and state.requested_by_id:
        people.add(state.requested_by_id)
    page = page.specific_deferred
    if getattr(page, "owner_id", None):
        people.add(page.owner_id)
    # Lesson plans list their co-authors as the page in memory names them; other pages with
    # co-authors name them in a many-to-many field.
    co_authors = getattr(page, "co_author_list", None)
    if co_authors is None and getattr(page, "co_authors", None) is not None:
        co_authors = page.co_authors.all()
    people.update(user.pk for user in co_authors or ())
    return people


def is_own_work(page, user):
    """Whether the page is the user's own work: she submitted it (its workflow in progress),
    owns it or is named among its co-authors. Nobody publishes or approves their own work."""
    if not user.is_authenticated:
        return False
    state = page.current_workflow_state if page.pk else None
    if state is not None and state.requested_by_id == user.pk:
        return True
    page = page.specific_deferred
    if getattr(page, "owner_id", None) == user.pk:
        return True
    is_co_author = getattr(page, "is_co_author", None)
    return is_co_author is not None and is_co_author(user)


def _network_memberships():
    try:
        return apps.get_model(*MEMBERSHIP_MODEL)
    except LookupError:  # the networks app is not installed: no network approves
        return None


def fallback_task_ids(user):
    """The moderation tasks of the towns that belong to a network the user coordinates (her
    groups publish the network's page): where she approves when a town has no one else."""
    cache = getattr(user, "_fallback_moderation_tasks", None)
    if cache is not None:
        return cache
    memberships = _network_memberships()
    if memberships is None or not user.is_authenticated:
        cache = frozenset()
    else:
        coordinated = GroupPagePermission.objects.filter(
            group__in=user.groups.all(), permission__codename=PUBLISH
        ).values("page_id")
        towns = memberships.objects.filter(network_id__in=coordinated).values("municipality_id")
        cache = frozenset(
            ModerationTask.objects.filter(
                groups__page_permissions__page_id__in=towns,
                groups__page_permissions__permission__codename=PUBLISH,
            ).values_list("pk", flat=True)
        )
    user._fallback_moderation_tasks = cache
    return cache


def step_after(task_state):
    """The workflow's next active step after the task state's own, or ``None`` if approving
    it finishes the workflow (and publishes)."""
    workflow = task_state.workflow_state.workflow
    order = (
        workflow.workflow_tasks.filter(task_id=task_state.task_id)
        .values_list("sort_order", flat=True)
        .first()
    )
    if order is None:
        return None
    return (
        Task.objects.filter(
            workflow_tasks__workflow=workflow,
            workflow_tasks__sort_order__gt=order,
            active=True,
        )
        .order_by("workflow_tasks__sort_order")
        .first()
    )


def step_name(task):
    """The one name of a workflow step, in the active language, wherever it is shown (the
    queue, the e-mails). The tasks' stored names are these names in Finnish."""
    model = task.specific_class if isinstance(task, Task) else type(task)
    if model is not None and issubclass(model, ContentCheckTask):
        return _("Automatic content check")
    if model is not None and issubclass(model, ModerationTask):
        return _("Moderators' approval")
    return task.name


class ModerationTask(AbstractGroupApprovalTask):
    """Approval by the moderators of one municipality or the coordinators of one network.

    Nobody approves their own work (what they submitted, own or co-author), whatever groups
    they are in, and a rejection must say why. When none of the town's moderators but the
    authors themselves could approve (a town with a single moderator who wrote or submitted
    it), the coordinators of the networks the town belongs to approve instead; a site
    administrator always may, except her own work.
    """

    @staticmethod
    def is_own(obj, user):
        return is_own_work(obj, user)

    def decision_actions(self):
        """Both decisions open a dialog: approving asks to confirm (and takes an optional
        comment); returning for editing asks for the reason."""
        return [
            ("reject", _("Return for editing"), True),
            ("approve", _("Approve"), True),
        ]

    def get_template_for_action(self, action):
        if action == "approve":
            return "moderation/admin/approve_modal.html"
        if action == "reject":
            return "moderation/admin/return_modal.html"
        return super().get_template_for_action(action)

    def is_fallback_approver(self, user):
        """Whether the user coordinates a network the task's town belongs to (and is not
        among the town's moderators or a site administrator, who approve anyway)."""
        return (
            not user.is_superuser
            and not self._user_in_groups(user)
            and self.pk in fallback_task_ids(user)
        )

    def town_pages(self):
        """The pages this task's groups publish: the town (or network) it moderates."""
        return GroupPagePermission.objects.filter(
            group__in=self.groups.all(), permission__codename=PUBLISH
        ).values("page_id")

    def others_may_approve(self, obj):
        """Whether one of the groups' active members is not among the page's authors."""
        return (
            get_user_model()
            .objects.filter(groups__in=self.groups.all(), is_active=True)
            .exclude(pk__in=authors_of(obj))
            .exists()
        )

    def fallback_approvers(self, obj):
        """The coordinators of the networks the town belongs to, but none of the authors."""
        memberships = _network_memberships()
        if memberships is None:
            return get_user_model().objects.none()
        networks = memberships.objects.filter(municipality_id__in=self.town_pages()).values(
            "network_id"
        )
        return (
            get_user_model()
            .objects.filter(
                is_active=True,
                groups__page_permissions__page_id__in=networks,
                groups__page_permissions__permission__codename=PUBLISH,
            )
            .exclude(pk__in=authors_of(obj))
            .distinct()
        )

    def may_decide(self, obj, user):
        """Whether the user may approve or reject this page at this step."""
        if not user.is_active or self.is_own(obj, user):
            return False
        if user.is_superuser or self._user_in_groups(user):
            return True
        return self.is_fallback_approver(user) and not self.others_may_approve(obj)

    def moderator_actions(self, user):
        """The actions the user has on the submissions of her review queue (none her own)."""
        if user.is_superuser or self._user_in_groups(user) or self.is_fallback_approver(user):
            return self.decision_actions()
        return []

    def get_actions(self, obj, user):
        if self.may_decide(obj, user):
            return self.decision_actions()
        return []

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) or self.may_decide(obj, user)

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) and not self.may_decide(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if not self.may_decide(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The in-progress submissions the user may decide: none she submitted, owns or
        co-authors; a network's coordinator those of its towns that nobody else may."""
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if self.is_fallback_approver(user):
            waiting = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            undecided = [
                state.pk
                for state in waiting.select_related("workflow_state")
                if not self.others_may_approve(state.workflow_state.content_object)
            ]
            states = self.task_states.filter(pk__in=undecided)
        return states.exclude(workflow_state__requested_by=user).exclude(
            workflow_state__object_id__in=own_page_keys(user)
        )

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        if action == "approve":
            return ApprovalForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("The chosen groups approve or send back content; nobody approves their own")

    class Meta:
        verbose_name = _("moderators' approval")
        verbose_name_plural = _("moderators' approvals")
