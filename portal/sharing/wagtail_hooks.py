"""The admin's side of sharing: the licences list and "Take into use in my municipality"."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.sharing.models import Licence, ShareablePage


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
