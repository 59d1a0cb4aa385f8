from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from plans.models import Grade, Subject, TransversalCompetence


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


class MyPlansPanel(Component):
    """On the dashboard: a new plan in my municipality, and my own and co-authored plans."""

    name = "my_plans"
    order = 50
    template_name = "plans/admin/my_plans_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        from plans.models import LessonPlanPage
        from portal.roles import addable_municipalities

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
