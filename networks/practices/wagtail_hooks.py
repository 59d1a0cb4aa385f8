"""The practice areas (the four Tutor 2.0 areas) as a snippet list in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from networks.practices.models import PracticeArea


class PracticeAreaViewSet(SnippetViewSet):
    model = PracticeArea
    icon = "tag"
    menu_label = _("Practice areas")
    list_display = ["name", "slug"]
    add_to_admin_menu = False


register_snippet(PracticeAreaViewSet)
