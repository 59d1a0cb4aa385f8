"""Permission checks Wagtail 8's admin leaves out, put in front of its own views.

Wagtail's workflow action, workflow data and task preview views load any page by its id and,
when the page is not at that step, name its unpublished draft title in an error message; its
bulk action confirmation lists by draft title the pages the user may not touch. Another town's
teacher learns titles nobody has approved. These views answer only users who may edit every
page they name; everyone else gets the admin's own "no permission" answer, naming nothing.
"""

from django.core.exceptions import BadRequest, PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as bulk_action_index
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page

MAX_BULK_IDS = 1000
MAX_ID_DIGITS = 18  # a bigint has 19; no page id comes near


def _may_edit(page, user):
    return page.specific_deferred.permissions_for_user(user).can_edit()


def _page_guarded(view_name):
    view = page_viewset_registry.as_view(view_name, page_id_kwarg="page_id")

    @require_admin_access
    def guarded(request, page_id, *args, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if not _may_edit(page, request.user):
            raise PermissionDenied
        return view(request, *args, page_id=page_id, **kwargs)

    return guarded


def _is_page_id(value):
    # ASCII digits: str.isdigit() passes superscripts ("²"), which the database lookup refuses.
    return value.isascii() and value.isdecimal() and len(value) <= MAX_ID_DIGITS


def _named_pages(request):
    """The pages a bulk action names: its ids, or with Wagtail's "all" ("select all in the
    listing") every page of the listing it was chosen in, as Wagtail reads it: the children of
    ``childOf``, all its descendants when searching (``q``: more than the matches, never
    fewer), every page without ``childOf``. Anything that is no page id answers 400."""
    ids = request.GET.getlist("id")
    if len(ids) > MAX_BULK_IDS or not all(_is_page_id(i) or i == "all" for i in ids):
        raise BadRequest("Not page ids")
    if "all" not in ids:
        return Page.objects.filter(pk__in=ids)
    parent_id = request.GET.get("childOf")
    if parent_id is None:
        return Page.objects.all()
    if not _is_page_id(parent_id):
        raise BadRequest("Not a page id")
    parent = get_object_or_404(Page, pk=parent_id)
    return parent.get_descendants() if request.GET.get("q") else parent.get_children()


@require_admin_access
def guarded_page_bulk_action(request, action):
    pages = _named_pages(request)
    if not request.user.is_superuser:
        pages = pages.specific(defer=True)
        if any(not page.permissions_for_user(request.user).can_edit() for page in pages):
            raise PermissionDenied
    return bulk_action_index(request, "wagtailcore", "page", action)


urlpatterns = [
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        _page_guarded("workflow_action"),
    ),
    path(
        "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/",
        _page_guarded("collect_workflow_action_data"),
    ),
    path(
        "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/",
        _page_guarded("workflow_preview"),
    ),
    path("admin/bulk/wagtailcore/page/<str:action>/", guarded_page_bulk_action),
]
