"""The admin's "Make the next school year's version" of a badge framework."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from badges.models import BadgeFrameworkPage
from badges.models.frameworks import school_year_label
from badges.versions import VersionRefused, can_make_next_version, make_next_version


def next_version(request, page_id):
    """Ask, then make the next school year's draft and open it in the editor."""
    framework = get_object_or_404(BadgeFrameworkPage, pk=page_id)
    if not can_make_next_version(framework, request.user):
        raise PermissionDenied
    next_year = school_year_label(framework.school_year + 1)
    if request.method == "POST":
        try:
            draft = make_next_version(framework, request.user)
        except VersionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("wagtailadmin_explore", framework.get_parent().pk)
        messages.success(
            request,
            _(
                "The version for %(year)s is a draft: check the badges and submit it to "
                "moderation. The earlier version stays published."
            )
            % {"year": next_year},
        )
        return redirect("wagtailadmin_pages:edit", draft.pk)
    return TemplateResponse(
        request,
        "badges/admin/next_version.html",
        {"framework": framework, "next_year": next_year},
    )
