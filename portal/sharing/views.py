from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
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
    suggested_copy_title,
)
from portal.sharing.forms import CopyForm
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


def copy_refused_form(request, context, form, status=400):
    context["form"] = form
    return TemplateResponse(request, TOWN_FORM_TEMPLATE, context, status=status)


def copy_posted(request, source, targets, suggestions, context):
    """Make the copy the form asks for, or show the form again with what is wrong.

    A post without a title (a link or a client from before the form asked for one) takes the
    suggested title, as a teacher who left the field as it was would."""
    data = request.POST.copy()
    title_given = "otsikko" in data
    if not title_given:
        town = chosen_town(request, targets)
        data["otsikko"] = suggestions[town.pk] if town else source.title
    form = CopyForm(targets, data, check_title=title_given)
    if not form.is_valid():
        return copy_refused_form(request, context, form)
    target = form.target
    try:
        copy = copy_to_municipality(
            source,
            target,
            request.user,
            another=data.get("uusi") == "1",
            title=form.cleaned_data["otsikko"],
        )
    except CopyExists as exists:
        context.update(target=target, existing=exists.copies)
        return copy_refused_form(request, context, form, status=409)
    except CopyRefused as refusal:
        return refuse(request, context, str(refusal))
    except ValidationError:
        # Someone took the title's address a moment ago, or the copy fails the page's checks.
        form.add_error(
            "otsikko",
            _(
                "The copy could not be saved under this title in %(town)s. Change the title and "
                "try again."
            )
            % {"town": target.name},
        )
        return copy_refused_form(request, context, form)
    return open_in_editor(
        request,
        copy,
        _(
            "“%(title)s” was copied into %(town)s as a draft. Make it your own, then "
            "submit it for moderation."
        )
        % {"title": copy.title, "town": target.title},
    )


@login_required
def copy_page(request, page_id):
    """Take a practice, annual clock, development plan or lesson plan into one's own town,
    under a title the teacher confirms (offered with her town's name in the origin's place)."""
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
    suggestions = {town.pk: suggested_copy_title(source, town, request.user) for town in targets}
    context["town_titles"] = [(town, suggestions[town.pk]) for town in targets]

    if request.method == "POST":
        return copy_posted(request, source, targets, suggestions, context)

    target = targets[0]
    if len(targets) == 1:
        context["existing"] = existing_copies(source, target)
        context["target"] = target
    context["form"] = CopyForm(
        targets, initial={"kunta": target.pk, "otsikko": suggestions[target.pk]}
    )
    return TemplateResponse(request, TOWN_FORM_TEMPLATE, context)
