"""The admin's side of moderation: the moderators' queue, nobody publishing their own work,
and the check on bulk publishing."""

from datetime import timedelta

from django.apps import apps
from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState

from portal.moderation.models import is_own_work
from portal.moderation.queue import review_queue
from portal.moderation.views import ModerationActionView, tell_the_decision
from portal.moderation.workflows import unpublishable

OWN_WORK = _(
    "You cannot publish your own work (what you wrote, co-wrote or submitted). Submit it for "
    "moderation: another moderator approves it."
)
NOT_YOURS_TO_PUBLISH = _("You may not publish this page. Submit it for moderation.")
NEW_PAGE_IS_OWN_WORK = _(
    "A new page is your own work and is not published at once. Save it as a draft or submit "
    "it for moderation: another moderator approves it."
)


def is_moderated(page_class):
    """Whether pages of the class pass the content check and their town's moderators."""
    return getattr(page_class, "checked_before_publishing", False)


def may_publish(page, user):
    return page.specific_deferred.permissions_for_user(user).can_publish()


@hooks.register("before_edit_page")
def refuse_publishing_own_work(request, page):
    """The editor does not offer "Publish" on one's own work; a crafted request that asks for
    it publishes nothing, schedules nothing and leaves the workflow as it was."""
    if request.method != "POST" or not request.POST.get("action-publish"):
        return None
    if not is_moderated(type(page)) or may_publish(page, request.user):
        return None
    messages.error(request, OWN_WORK if is_own_work(page, request.user) else NOT_YOURS_TO_PUBLISH)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page")
def refuse_publishing_a_new_page(request, parent_page, page_class):
    """A new page is its creator's own: it is saved as a draft or submitted, never published
    in the same step (whoever creates it, site administrators included)."""
    if request.method == "POST" and request.POST.get("action-publish") and is_moderated(page_class):
        messages.error(request, NEW_PAGE_IS_OWN_WORK)
        return redirect(request.get_full_path())
    return None


def _created_class(request):
    kwargs = getattr(request.resolver_match, "kwargs", {})
    try:
        return apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    except (KeyError, LookupError):
        return None


@hooks.register("construct_page_action_menu")
def no_publish_button_for_new_moderated_pages(menu_items, request, context):
    """The editor of a new plan or practice offers no "Publish": it goes to moderation. (On an
    existing page the permission tester already leaves it out for one's own work.)"""
    if context.get("view") == "create" and is_moderated(_created_class(request)):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def check_bulk_publishing(request, action_type, objects, action_class_instance):
    """Bulk publishing runs the content check, as every other way of publishing does. (One's
    own work is not among the pages it publishes: the permission tester leaves it out.)"""
    if action_type == "publish":
        pages = list(objects)
        next_url = action_class_instance.next_url or reverse("wagtailadmin_explore_root")
        form = getattr(action_class_instance, "cleaned_form", None)
        if form is not None and form.cleaned_data.get("include_descendants"):
            for page in list(pages):
                pages.extend(page.get_descendants().not_live())
        refused = unpublishable(pages)
        if refused:
            for page, findings in refused:
                messages.error(
                    request,
                    _("“%(title)s” was not published: %(problems)s")
                    % {
                        "title": page.title,
                        "problems": "; ".join(f"{f.place}: {f.problem}" for f in findings),
                    },
                )
            return redirect(next_url)
    return None


class ReviewQueuePanel(Component):
    """The moderator's queue on the dashboard: her towns' submissions, oldest first, each
    with what changed since the published version. Replaces Wagtail's "Awaiting your review",
    which lists the newest first and hides the comparison in a menu."""

    name = "review_queue"
    template_name = "moderation/admin/review_queue_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        items, total = review_queue(self.request.user)
        return {"items": items, "total": total, "csrf_token": parent_context.get("csrf_token")}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context or {})
        if not context["items"]:
            return ""
        return render_to_string(self.template_name, context, request=self.request)


@hooks.register("construct_homepage_panels")
def replace_the_review_panel(request, panels):
    panels[:] = [p for p in panels if not isinstance(p, WorkflowObjectsToModeratePanel)]
    panels.append(ReviewQueuePanel(request))


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path(
            "moderointi/paatos/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
            ModerationActionView.as_view(),
            name="moderation_workflow_action",
        )
    ]


# How long ago a decision made in the editor may have been finished to be the one just posted.
JUST_DECIDED = timedelta(minutes=1)


@hooks.register("after_edit_page")
def tell_the_decision_made_in_the_editor(request, page):
    """A moderator who approves or returns a page from its editor is told what it did, as
    she is from her queue."""
    if not (
        request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name")
    ):
        return
    decided = (
        TaskState.objects.filter(
            revision__content_type_id=page.content_type_id,
            revision__object_id=str(page.pk),
            finished_by=request.user,
            finished_at__gte=timezone.now() - JUST_DECIDED,
        )
        .select_related("workflow_state")
        .order_by("-finished_at")
        .first()
    )
    if decided is not None:
        tell_the_decision(request, page, decided.workflow_state, decided.pk)
