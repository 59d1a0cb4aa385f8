from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from plans.choosers import co_author_chooser_viewset
from plans.derive import can_start_plan_from
from plans.models import Grade, LessonPlanPage, Subject, TransversalCompetence
from portal.municipalities.roles import addable_municipalities


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    menu_label = _("Subjects")
    list_display = ["name", "slug"]


class GradeViewSet(SnippetViewSet):
    model = Grade
    icon = "tag"
    menu_label = _("Grades")
    list_display = ["name", "slug"]


class CompetenceViewSet(SnippetViewSet):
    model = TransversalCompetence
    icon = "tag"
    menu_label = _("Transversal competences")
    list_display = ["code", "name"]


class CurriculumViewSetGroup(SnippetViewSetGroup):
    items = (SubjectViewSet, GradeViewSet, CompetenceViewSet)
    menu_icon = "list-ul"
    menu_label = _("Curriculum")
    menu_name = "curriculum"


register_snippet(CurriculumViewSetGroup)


@hooks.register("register_admin_viewset")
def register_co_author_chooser():
    return co_author_chooser_viewset


class MyPlansPanel(Component):
    """On the dashboard: a new plan in my municipality, and my own and co-authored plans."""

    name = "my_plans"
    order = 50
    template_name = "plans/admin/my_plans_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        plans = (
            LessonPlanPage.objects.filter(Q(owner=self.user) | Q(co_authors=self.user))
            .distinct()
            .order_by("-latest_revision_created_at")
            .select_related("latest_revision")[:20]
        )
        return {
            "towns": addable_municipalities(self.user),
            "plans": [
                {
                    "page": plan,
                    "status": plan.status_string,
                    "in_moderation": plan.workflow_in_progress,
                }
                for plan in plans
            ],
        }


@hooks.register("construct_homepage_panels")
def add_my_plans_panel(request, panels):
    panels.append(MyPlansPanel(request.user))


def plan_from_practice_button(page, user, *args, **kwargs):
    """ "Make a lesson plan from this" on a good practice in the admin."""
    if can_start_plan_from(page):
        yield Button(
            _("Make a lesson plan from this"),
            reverse("plan_from_practice", args=[page.pk]),
            icon_name="doc-empty-inverse",
            priority=61,
        )


hooks.register("register_page_header_buttons", plan_from_practice_button)
hooks.register("register_page_listing_more_buttons", plan_from_practice_button)


@hooks.register("sharing_panel_actions")
def plan_from_practice_action(page):
    """ "Make a lesson plan from this" in a good practice's sharing panel."""
    if can_start_plan_from(page):
        return [(_("Make a lesson plan from this"), reverse("plan_from_practice", args=[page.pk]))]
    return []
