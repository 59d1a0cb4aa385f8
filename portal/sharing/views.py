from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.sharing.copying import (
    CopyExists,
    CopyRefused,
    can_view,
    check_licence,
    copy_targets,
    copy_to_municipality,
    existing_copies,
)
from portal.sharing.models import ShareablePage

TOWN_FORM_TEMPLATE = "sharing/copy_page.html"


def refuse(request, context, message, status=403):
    context["refusal"] = message
    return TemplateResponse(request, TOWN_FORM_TEMPLATE, context, status=status)


def no_town_message():
    return _(
        "You cannot add content to any municipality. A moderator of your municipality can "
        "invite you as a teacher."
    )


def chosen_town(request, targets):
    return next((t for t in targets if str(t.pk) == request.POST.get("kunta")), None)


def open_in_editor(request, page, message):
    messages.success(request, message)
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@login_required
def copy_page(request, page_id):
    """Take a practice, annual clock, development plan or lesson plan into one's own town."""
    source = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(source, ShareablePage) or not can_view(source, request.user):
        raise Http404
    context = {
        "source": source,
        "page": source,
        "heading": _("Take into use in my municipality"),
        "lead": _("You are copying “%(title)s”.") % {"title": source.title},
        "hint": _(
            "The copy is a draft owned by you. It opens in the editor, keeps a link to the "
            "original and is published only after moderation."
        ),
        "submit_label": _("Copy into my municipality"),
    }
    try:
        check_licence(source)
    except CopyRefused as refusal:
        return refuse(request, context, str(refusal))

    targets = copy_targets(request.user, type(source))
    if not targets:
        return refuse(request, context, no_town_message())
    context["targets"] = targets

    if request.method == "POST":
        target = chosen_town(request, targets)
        if target is None:
            context["error"] = _("Choose the municipality to copy into.")
            return TemplateResponse(request, TOWN_FORM_TEMPLATE, context, status=400)
        try:
            copy = copy_to_municipality(
                source, target, request.user, another=request.POST.get("uusi") == "1"
            )
        except CopyExists as exists:
            context.update(target=target, existing=exists.copies)
            return TemplateResponse(request, TOWN_FORM_TEMPLATE, context, status=409)
        except CopyRefused as refusal:
            return refuse(request, context, str(refusal))
        return open_in_editor(
            request,
            copy,
            _(
                "“%(title)s” was copied into %(town)s as a draft. Make it your own, then "
                "submit it for moderation."
            )
            % {"title": copy.title, "town": target.title},
        )

    if len(targets) == 1:
        context["existing"] = existing_copies(source, targets[0])
        context["target"] = targets[0]
    return TemplateResponse(request, TOWN_FORM_TEMPLATE, context)
