from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import Licence, ShareablePage


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "doc-full"
    menu_label = _("Licences")
    list_display = ["name", "slug", "allows_derivatives", "share_alike"]
    add_to_admin_menu = False


register_snippet(LicenceViewSet)


def copy_into_my_municipality_button(page, user, *args, **kwargs):
    """ "Take into use in my municipality" beside the page's other actions in the admin."""
    if page.live and isinstance(page.specific_deferred, ShareablePage):
        yield Button(
            _("Take into use in my municipality"),
            reverse("copy_page", args=[page.pk]),
            icon_name="copy",
            priority=60,
        )


hooks.register("register_page_header_buttons", copy_into_my_municipality_button)
hooks.register("register_page_listing_more_buttons", copy_into_my_municipality_button)


def plan_from_practice_button(page, user, *args, **kwargs):
    """ "Make a lesson plan from this" on a good practice in the admin."""
    from plans.derive import can_start_plan_from

    if can_start_plan_from(page):
        yield Button(
            _("Make a lesson plan from this"),
            reverse("plan_from_practice", args=[page.pk]),
            icon_name="doc-empty-inverse",
            priority=61,
        )


hooks.register("register_page_header_buttons", plan_from_practice_button)
hooks.register("register_page_listing_more_buttons", plan_from_practice_button)


def _content_holder_with_content(page):
    """A municipality or network that still has pages under it."""
    from networks.models import MunicipalityPage, NetworkPage

    specific = page.specific_deferred
    if isinstance(specific, MunicipalityPage | NetworkPage):
        return page.get_descendants().count()
    return 0


@hooks.register("before_delete_page")
def keep_the_content_of_a_municipality(request, page):
    """Deleting a municipality or a network never deletes its plans and practices with it."""
    count = _content_holder_with_content(page)
    if count:
        messages.error(
            request,
            ngettext(
                "%(title)s has %(count)d page under it. Move it elsewhere or delete it first: "
                "a municipality or network is never deleted together with its content.",
                "%(title)s has %(count)d pages under it. Move them elsewhere or delete them "
                "first: a municipality or network is never deleted together with its content.",
                count,
            )
            % {"title": page.title, "count": count},
        )
        return redirect("wagtailadmin_explore", page.pk)
    return None


@hooks.register("before_bulk_action")
def guard_bulk_actions(request, action_type, objects, action_class_instance):
    """Bulk delete keeps municipalities' content; bulk publish runs the content check."""
    if action_type == "delete":
        for page in objects:
            response = keep_the_content_of_a_municipality(request, page)
            if response is not None:
                return response
    if action_type == "publish":
        from portal.moderation import unpublishable

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
    template_name = "portal/admin/review_queue_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        from portal.moderation import review_queue

        items, total = review_queue(self.request.user)
        return {"items": items, "total": total, "csrf_token": parent_context.get("csrf_token")}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context or {})
        if not context["items"]:
            return ""
        return render_to_string(self.template_name, context, request=self.request)


@hooks.register("construct_homepage_panels")
def replace_the_review_panel(request, panels):
    from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

    panels[:] = [p for p in panels if not isinstance(p, WorkflowObjectsToModeratePanel)]
    panels.append(ReviewQueuePanel(request))


@hooks.register("before_move_page")
def refuse_moves_without_permission(request, page, destination):
    """Wagtail's move confirmation checks nothing on GET and shows the page's draft title."""
    from django.core.exceptions import PermissionDenied

    if not page.specific_deferred.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    return None
