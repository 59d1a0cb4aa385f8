from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
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
from portal.sharing.living import dismiss, living_records, review, take_in
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


LIVING_COPY_TEMPLATE = "sharing/admin/living_copy_review.html"


def chosen_keys(request, result):
    """The changes the editor chose: the ticked ones, or with "Take all" every change offered
    cleanly; a conflict only where she ticked "replace my version"."""
    clean = {change.key for change in result.clean_changes}
    conflicts = {change.key for change in result.conflicts}
    replaced = set(request.POST.getlist("korvaa")) & conflicts
    if request.POST.get("toiminto") == "kaikki":
        return clean | replaced
    return (set(request.POST.getlist("muutos")) & clean) | replaced


def review_page(request, copy, result, status=200):
    context = {
        "copy": copy,
        "result": result,
        "record": result.record,
        "source": result.record.source,
        "page_title": _("The original has been updated"),
        "header_title": _("The original has been updated"),
        "header_icon": "copy",
    }
    return TemplateResponse(request, LIVING_COPY_TEMPLATE, context, status=status)


def take_in_posted(request, copy, result):
    """Take in what the editor chose, or dismiss every change, then back to the editor."""
    if request.POST.get("toiminto") == "ohita":
        dismiss(result.record)
        return open_in_editor(
            request,
            copy,
            _("The original's changes were dismissed. You will be told of its next changes."),
        )
    keys = chosen_keys(request, result)
    if not keys:
        messages.error(request, _("Choose at least one change to take in."))
        return review_page(request, copy, result, status=400)
    if copy.permissions_for_user(request.user).page_locked():
        messages.error(request, _("The copy is locked: its changes cannot be saved now."))
        return review_page(request, copy, result, status=409)
    try:
        take_in(result, keys, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The changes could not be saved in the copy: %(problems)s")
            % {"problems": " ".join(error.messages)},
        )
        return review_page(request, copy, result, status=400)
    return open_in_editor(
        request,
        copy,
        _(
            "Changes of the original saved in a draft of the copy: %(count)d. Check the draft "
            "and submit it for moderation."
        )
        % {"count": len(keys)},
    )


def living_copy_review(request, page_id):
    """The origin's changes since the copy's base, field by field and block by block, to take in
    as a draft of the copy or to dismiss (an admin view: its editors only)."""
    copy = get_object_or_404(Page, pk=page_id).specific
    if not copy.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    record = (
        living_records(request.user)
        .filter(copy=copy)
        .select_related("source", "source_municipality", "base_revision")
        .first()
    )
    if record is None:
        messages.info(request, _("There are no changes of the original to take in."))
        return redirect(reverse("wagtailadmin_pages:edit", args=[copy.pk]))
    result = review(record)
    if request.method == "POST":
        return take_in_posted(request, copy, result)
    return review_page(request, copy, result)
