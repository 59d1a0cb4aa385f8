"""Omat kokoelmat: a signed-in teacher's own lists, seen and changed by her only (anyone else
gets a 404, as for a list that does not exist). Every change is a POST with a CSRF token and
answers with a redirect; a refused one shows the form again with a clear message."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from portal.savedlists.forms import ListNameForm, SavePageForm
from portal.savedlists.lists import (
    ListRefused,
    add_page,
    create_list,
    lists_of,
    rename_list,
    saveable_page,
    shown_items,
)
from portal.savedlists.models import SavedItem, SavedList


def own_list(request, list_id):
    return get_object_or_404(SavedList, pk=list_id, owner=request.user)


@never_cache
@login_required
def index(request):
    """Her lists, and a form for a new one."""
    form = ListNameForm(request.POST or None, owner=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                saved_list = create_list(request.user, form.cleaned_data["nimi"])
            except ListRefused as refusal:
                form.add_error("nimi", str(refusal))
            else:
                messages.success(
                    request, _("The list “%(name)s” was created.") % {"name": saved_list.name}
                )
                return redirect("savedlists:detail", saved_list.pk)
        status = 400
    context = {"lists": lists_of(request.user), "form": form}
    return TemplateResponse(request, "savedlists/index.html", context, status=status)


def detail_response(request, saved_list, rename_form=None, status=200):
    context = {
        "saved_list": saved_list,
        "items": shown_items(saved_list, request.user),
        "rename_form": rename_form
        or ListNameForm(initial={"nimi": saved_list.name}, owner=request.user),
    }
    return TemplateResponse(request, "savedlists/detail.html", context, status=status)


@never_cache
@login_required
def detail(request, list_id):
    """One list's pages, with their titles only while she may open them."""
    return detail_response(request, own_list(request, list_id))


@never_cache
@login_required
@require_POST
def rename(request, list_id):
    saved_list = own_list(request, list_id)
    old_name = saved_list.name
    form = ListNameForm(request.POST, owner=request.user, saved_list=saved_list)
    if form.is_valid():
        try:
            rename_list(saved_list, form.cleaned_data["nimi"])
        except ListRefused as refusal:
            form.add_error("nimi", str(refusal))
        else:
            messages.success(
                request,
                _("The list “%(old)s” is now called “%(new)s”.")
                % {"old": old_name, "new": saved_list.name},
            )
            return redirect("savedlists:detail", saved_list.pk)
    saved_list.name = old_name
    return detail_response(request, saved_list, rename_form=form, status=400)


@never_cache
@login_required
def delete(request, list_id):
    """A GET asks to confirm, a POST deletes the list (the pages on it stay as they are)."""
    saved_list = own_list(request, list_id)
    if request.method == "POST":
        saved_list.delete()
        messages.success(request, _("The list “%(name)s” was deleted.") % {"name": saved_list.name})
        return redirect("savedlists:index")
    return TemplateResponse(request, "savedlists/delete.html", {"saved_list": saved_list})


@never_cache
@login_required
@require_POST
def remove_item(request, list_id, item_id):
    saved_list = own_list(request, list_id)
    item = get_object_or_404(SavedItem, pk=item_id, saved_list=saved_list)
    item.delete()
    saved_list.save(update_fields=["updated"])
    messages.success(request, _("The page was removed from the list."))
    return redirect("savedlists:detail", saved_list.pk)


@never_cache
@login_required
def save_page(request, page_id):
    """Save a plan or practice she may open into one of her lists or a new one, then go back
    to the page, whose save control names the lists it is on. A GET shows the same form on
    a page of its own (where signing in leads, and for a refused save)."""
    page = saveable_page(page_id, request.user)
    if page is None:
        raise Http404
    form = SavePageForm(request.POST or None, owner=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                saved_list = form.cleaned_data["lista"]
                if form.cleaned_data["nimi"]:
                    saved_list = create_list(request.user, form.cleaned_data["nimi"])
                add_page(saved_list, page)
            except ListRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                return redirect(page.get_url(request) + "#tallenna")
        status = 400
    lists = list(form.fields["lista"].queryset)
    if request.method == "POST":
        chosen = request.POST.get("lista", "")
    else:
        chosen = lists[0].pk if lists else None
    context = {"source": page, "form": form, "lists": lists, "chosen": chosen}
    return TemplateResponse(request, "savedlists/save_page.html", context, status=status)
