from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from plans.derive import can_start_plan_from, plan_from_practice
from plans.models import LessonPlanPage
from portal.sharing.copying import can_view, copy_targets
from portal.sharing.views import (
    TOWN_FORM_TEMPLATE,
    chosen_town,
    no_town_message,
    open_in_editor,
    refuse,
)


@login_required
def start_plan_from_practice(request, page_id):
    """Start a lesson plan of one's own from a good practice, in one's own town."""
    practice = get_object_or_404(Page, pk=page_id).specific
    if not can_start_plan_from(practice) or not can_view(practice, request.user):
        raise Http404
    derivable = practice.allows_changed_versions
    context = {
        "source": practice,
        "page": practice,
        "heading": _("Make a lesson plan from this practice"),
        "lead": _("You are starting a lesson plan from “%(title)s”.") % {"title": practice.title},
        "hint": (
            _(
                "The plan is a draft owned by you. Its summary, licence, tags and materials come "
                "from the practice, and the practice's steps become phases with the step as a "
                "note for teachers; write the pupils' instructions and durations yourself."
            )
            if derivable
            else _(
                "The practice's licence does not allow changed versions, so the plan starts "
                "empty apart from a link to the practice, its tags and its materials."
            )
        ),
        "submit_label": _("Start the lesson plan"),
    }
    targets = copy_targets(request.user, LessonPlanPage)
    if not targets:
        return refuse(request, context, no_town_message())
    context["targets"] = targets
    if len(targets) == 1:
        context["target"] = targets[0]

    if request.method == "POST":
        target = chosen_town(request, targets)
        if target is None:
            context["error"] = _("Choose the municipality of the plan.")
            return TemplateResponse(request, TOWN_FORM_TEMPLATE, context, status=400)
        plan = plan_from_practice(practice, target, request.user, request=request)
        return open_in_editor(
            request,
            plan,
            _(
                "A lesson plan was started from “%(title)s” in %(town)s. Write the phases for "
                "your pupils, then submit it for moderation."
            )
            % {"title": practice.title, "town": target.title},
        )
    return TemplateResponse(request, TOWN_FORM_TEMPLATE, context)
