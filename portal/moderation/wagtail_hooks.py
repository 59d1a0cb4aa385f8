"""The admin's side of moderation: the moderators' queue and the check on bulk publishing."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from portal.moderation.queue import review_queue
from portal.moderation.workflows import unpublishable


@hooks.register("before_bulk_action")
def check_bulk_publishing(request, action_type, objects, action_class_instance):
    """Bulk publishing runs the content check, as every other way of publishing does."""
    if action_type == "publish":
        pages = list(objects)
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
            return redirect(action_class_instance.next_url or reverse("wagtailadmin_explore_root"))
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
