"""Permission checks Wagtail 8's admin leaves out, put in front of its own views.

Wagtail's workflow action, workflow data and task preview views load any page by its id and,
when the page is not at that step, name its unpublished draft title in an error message; its
bulk action confirmation lists by draft title the pages the user may not touch. Another town's
teacher learns titles nobody has approved. These views answer only users who may edit every
page they name; everyone else gets the admin's own "no permission" answer, naming nothing.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as bulk_action_index
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page

MAX_BULK_IDS = 1000


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


@require_admin_access
def guarded_page_bulk_action(request, action):
    ids = [value for value in request.GET.getlist("id") if value.isdigit()][:MAX_BULK_IDS]
    pages = Page.objects.filter(pk__in=ids).specific(defer=True)
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
