from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.copying import (
    CopyExists,
    CopyRefused,
    can_view,
    check_licence,
    copy_targets,
    copy_to_municipality,
    existing_copies,
)
from portal.models import ShareablePage


@login_required
def copy_page(request, page_id):
    """Take a practice, annual clock, development plan or lesson plan into one's own town."""
    source = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(source, ShareablePage) or not can_view(source, request.user):
        raise Http404
    context = {"source": source, "page": source}
    try:
        check_licence(source)
    except CopyRefused as refusal:
        context["refusal"] = str(refusal)
        return TemplateResponse(request, "portal/copy_page.html", context, status=403)

    targets = copy_targets(request.user, source)
    if not targets:
        context["refusal"] = _(
            "You cannot add content to any municipality. A moderator of your municipality can "
            "invite you as a teacher."
        )
        return TemplateResponse(request, "portal/copy_page.html", context, status=403)
    context["targets"] = targets

    if request.method == "POST":
        target = next((t for t in targets if str(t.pk) == request.POST.get("kunta")), None)
        if target is None:
            context["error"] = _("Choose the municipality to copy into.")
            return TemplateResponse(request, "portal/copy_page.html", context, status=400)
        try:
            copy = copy_to_municipality(
                source, target, request.user, another=request.POST.get("uusi") == "1"
            )
        except CopyExists as exists:
            context.update(target=target, existing=exists.copies)
            return TemplateResponse(request, "portal/copy_page.html", context, status=409)
        except CopyRefused as refusal:
            context["refusal"] = str(refusal)
            return TemplateResponse(request, "portal/copy_page.html", context, status=403)
        messages.success(
            request,
            _(
                "“%(title)s” was copied into %(town)s as a draft. Make it your own, then "
                "submit it for moderation."
            )
            % {"title": copy.title, "town": target.title},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[copy.pk]))

    if len(targets) == 1:
        context["existing"] = existing_copies(source, targets[0])
        context["target"] = targets[0]
    return TemplateResponse(request, "portal/copy_page.html", context)
