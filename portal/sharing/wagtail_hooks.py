"""The admin's side of sharing: the licences list, "Take into use in my municipality", and the
copies whose original has been updated since ("Alkuperäinen on päivittynyt")."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.sharing.living import origin_has_changed, updated_copies_for
from portal.sharing.models import Licence, ShareablePage
from portal.sharing.views import living_copy_review


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


@hooks.register("register_admin_urls")
def living_copy_urls():
    return [
        path(
            "kopiot/<int:page_id>/alkuperaisen-muutokset/",
            living_copy_review,
            name="living_copy_review",
        )
    ]


class UpdatedOriginsPanel(Component):
    """On the dashboard: the copies I may edit whose original has been published again since,
    each with a link to review the changes. Nothing is shown while there are none."""

    name = "updated_origins"
    order = 60
    template_name = "sharing/admin/updated_origins_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"records": updated_copies_for(self.user)}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["records"]:
            return ""
        return render_to_string(self.template_name, context)


@hooks.register("construct_homepage_panels")
def add_updated_origins_panel(request, panels):
    panels.append(UpdatedOriginsPanel(request.user))


@hooks.register("before_edit_page")
def tell_that_the_origin_has_changed(request, page):
    """At the top of a copy's editor: its original has been updated, with a link to review."""
    if request.method != "GET" or not origin_has_changed(page, request.user):
        return None
    messages.warning(
        request,
        _("The original has been updated. You can take its changes into your copy."),
        buttons=[
            messages.button(reverse("living_copy_review", args=[page.pk]), _("Review the changes"))
        ],
    )
    return None
