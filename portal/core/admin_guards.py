"""Permission checks Wagtail 8's admin leaves out, put in front of its own views.

Wagtail's workflow action, workflow data and task preview views load any page by its id and,
when the page is not at that step, name its unpublished draft title in an error message; its
bulk action confirmation lists by draft title the pages the user may not touch. Another town's
teacher learns titles nobody has approved. These views answer only users who may edit every
page they name; everyone else gets the admin's own "no permission" answer, naming nothing.

Wagtail's page chooser lists every page of the tree to anyone in the admin, and its page search
and explorer list a town's teachers each other's drafts. They list here only pages the user may
edit, live pages she may read and the pages above her own (``listable_pages``), and name a page
she may only read as it is published. Its edit view refuses a save based on a version older
than another editor's only in the browser; here the server refuses it too
(``RefuseStaleSaves``). A copy kept live would publish its copier's own page unmoderated.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import (
    BadRequest,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin import messages as admin_messages
from wagtail.admin.api import views as admin_api_views
from wagtail.admin.api.actions import copy as copy_api
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views import chooser
from wagtail.admin.views.bulk_action import index as bulk_action_index
from wagtail.admin.views.pages import create as page_create
from wagtail.admin.views.pages import edit as page_edit
from wagtail.admin.views.pages import revisions as page_revisions
from wagtail.admin.views.pages import search as page_search
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.contrib.simple_translation.views import SubmitPageTranslationView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import page_permission_policy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from portal.core.numbers import is_id
from portal.core.visibility import visible_pages

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


def _translation_guarded():
    """ "Translate" (wagtail.contrib.simple_translation) copies a page into another language
    without asking whether the user may read it: here only a page she may edit is copied, so
    no one gets a copy of another teacher's private plan."""
    view = SubmitPageTranslationView.as_view()

    @require_admin_access
    def guarded(request, page_id):
        page = get_object_or_404(Page, pk=page_id)
        if not _may_edit(page, request.user):
            raise PermissionDenied
        return view(request, page_id=page_id)

    return guarded


def _named_pages(request):
    """The pages a bulk action names: its ids, or with Wagtail's "all" ("select all in the
    listing") every page of the listing it was chosen in, as Wagtail reads it: the children of
    ``childOf``, all its descendants when searching (``q``: more than the matches, never
    fewer), every page without ``childOf``. Anything that is no page id answers 400."""
    ids = request.GET.getlist("id")
    if len(ids) > MAX_BULK_IDS or not all(is_id(i) or i == "all" for i in ids):
        raise BadRequest("Not page ids")
    if "all" not in ids:
        return Page.objects.filter(pk__in=ids)
    parent_id = request.GET.get("childOf")
    if parent_id is None:
        return Page.objects.all()
    if not is_id(parent_id):
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


# What the admin lists: the page choosers, the page search and the explorer.


def editable_pages(user):
    """The pages the user may edit, as one query: below a page where her groups change pages,
    her own below a page where they add pages, and those that name her a co-author."""
    if user.is_superuser:
        return Page.objects.all()
    condition = Q(pk__in=[])
    for perm in page_permission_policy.get_cached_permissions_for_user(user):
        codename = perm.permission.codename
        if codename == "change_page":
            condition |= Q(path__startswith=perm.page.path)
        elif codename == "add_page":
            condition |= Q(path__startswith=perm.page.path, owner=user)
    for model in get_page_models():
        if hasattr(model, "co_authors"):
            condition |= Q(pk__in=model.objects.filter(co_authors=user).values("pk"))
    return Page.objects.filter(condition)


def listable_pages(user):
    """What the admin's lists may name to the user: pages she may edit, live pages she may
    read, and the pages above those she holds permissions on (to navigate down to them)."""
    if user.is_superuser:
        return Page.objects.all()
    steplen = Page.steplen
    above = {
        perm.page.path[:end]
        for perm in page_permission_policy.get_cached_permissions_for_user(user)
        for end in range(steplen, len(perm.page.path) + 1, steplen)
    }
    return Page.objects.filter(
        Q(pk__in=editable_pages(user).values("pk"))
        | Q(pk__in=visible_pages(user).values("pk"))
        | Q(path__in=above)
        | Q(depth=1)
    )


def only_listable(pages, user):
    """``pages`` without what the user may neither edit nor read (for the choosers and listings;
    a plain ``pk__in`` filter, so the search backends apply it too)."""
    if user.is_superuser:
        return pages
    return pages.filter(pk__in=listable_pages(user).values("pk"))


def as_a_reader_sees_it(page, user):
    """A page the user may read but not edit is named as it is published: its draft's title,
    time and status are not hers to see."""
    if getattr(page, "_seen_by", None) == user.pk:
        return page
    page._seen_by = user.pk
    if page.live and not page.specific_deferred.permissions_for_user(user).can_edit():
        page.draft_title = page.title
        page.has_unpublished_changes = False
        page.latest_revision_created_at = page.last_published_at
    return page


class ReaderTitleColumn(chooser.PageTitleColumn):
    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def get_cell_context_data(self, instance, parent_context):
        # The first column of a row: the row's later columns (updated, status) see it too.
        as_a_reader_sees_it(instance, self.user)
        return super().get_cell_context_data(instance, parent_context)


class ReaderParentColumn(chooser.ParentPageColumn):
    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def get_value(self, instance):
        parent = super().get_value(instance)
        return parent and as_a_reader_sees_it(parent, self.user)


def _reader_columns(columns, user):
    replaced = []
    for column in columns:
        if isinstance(column, chooser.PageTitleColumn):
            column = ReaderTitleColumn(
                column.name, label=column.label, is_multiple_choice=column.is_multiple_choice,
                user=user,
            )  # fmt: skip
        elif isinstance(column, chooser.ParentPageColumn):
            column = ReaderParentColumn(column.name, label=column.label, user=user)
        replaced.append(column)
    return replaced


class BrowseView(chooser.BrowseView):
    """The page chooser's tree: only pages the user may edit or read (the
    ``construct_page_chooser_queryset`` hook), and no page she may not as the one browsed."""

    @property
    def columns(self):
        return _reader_columns(super().columns, self.request.user)

    def get_object_list(self):
        if not only_listable(Page.objects.filter(pk=self.parent_page.pk), self.request.user):
            if self.kwargs.get("parent_page_id"):
                raise Http404
            self.parent_page = Page.get_first_root_node().specific
        return super().get_object_list()


class SearchView(chooser.SearchView):
    """The page chooser's search (the hook filters what it finds), naming pages as readers
    see them."""

    @property
    def columns(self):
        return _reader_columns(super().columns, self.request.user)


class ChosenMultipleView(chooser.ChosenMultipleView):
    """The pages chosen in a chooser, by id: only those the user may edit or read."""

    def get(self, request):
        ids = [i for i in request.GET.getlist("id") if is_id(i)][:MAX_BULK_IDS]
        pages = only_listable(Page.objects.filter(pk__in=ids), request.user).specific()
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": as_a_reader_sees_it(page, request.user).get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                "url": page.url,
            }
            for page in pages
        ]
        return self.render_chosen_response(result)


class ListingPolicy(PagePermissionPolicy):
    """Wagtail's page policy, whose explorable pages are only those the user may list."""

    def explorable_instances(self, user):
        return only_listable(super().explorable_instances(user), user)


class PageSearchView(page_search.SearchView):
    """The admin's page search: what Wagtail finds among the pages the user explores, without
    the pages she may neither edit nor read (her colleagues' drafts)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.permission_policy = ListingPolicy(Page)


@functools.cache
def _page_view(viewset, view_class, **kwargs):
    return viewset.construct_view(view_class, **kwargs)


def _explorer_guarded(view_name):
    view = page_viewset_registry.as_view(view_name, parent_page_id_kwarg="parent_page_id")

    @require_admin_access
    def guarded(request, parent_page_id):
        page = Page.objects.filter(pk=parent_page_id)
        if not only_listable(page, request.user).exists():
            raise Http404
        return view(request, parent_page_id=parent_page_id)

    return guarded


# Saving a version of a page that is older than its latest.


class RefuseStaleSaves:
    """A save based on an older version than someone else's newer one is refused on the server.

    The editor posts the revision it was opened on (``loaded_revision_id``, with its time).
    Wagtail warns in the browser and refuses only the autosave; a form sent without
    JavaScript, or sent anyway, would replace another editor's newer version without a word.
    Here the form comes back with every word the editor wrote and a message linking to a
    comparison of the two versions. The form it comes back in is based on the latest version,
    so saving again is the explicit way to replace it (after Wagtail's own warning in the
    browser, that is the second time the editor says so).

    Newer versions saved by the same user are not refused: Wagtail's autosave saves them from
    the very form being sent and does not tell the form, so the server cannot tell another of
    her tabs from her own autosave. (Wagtail's editing-session check in the browser still
    warns about other tabs.) A ``loaded_revision_id`` that is not a number or not a revision
    of the page answers 400.
    """

    def post(self, request, *args, **kwargs):
        for name in ("loaded_revision_id", "overwrite_revision_id"):
            value = request.POST.get(name, "")
            if value and not is_id(value):
                raise BadRequest("Not a revision id")
        if not self.expects_json_response:
            newer = self.newer_revision_of_someone_else()
            if newer is not None:
                return self.refuse_stale_save(newer)
        return super().post(request, *args, **kwargs)

    def newer_revision_of_someone_else(self):
        """The latest revision saved by someone else since the editor's was loaded, if any."""
        loaded_id = self.request.POST.get("loaded_revision_id", "")
        if not loaded_id or self.latest_revision is None:
            return None
        revisions = self.real_page_record.revisions
        loaded = revisions.filter(pk=loaded_id).first()
        if loaded is None:
            raise BadRequest("Not a revision of this page")
        others = revisions.exclude(user=self.request.user)
        if loaded.pk == self.latest_revision.pk:
            # The same version, overwritten since by another session's autosave.
            loaded_at = self.request.POST.get("loaded_revision_created_at", "")
            if not loaded_at or loaded_at == self.latest_revision_created_at:
                return None
            return others.filter(pk=loaded.pk).first()
        return others.filter(pk__gt=loaded.pk).order_by("-pk").first()

    def refuse_stale_save(self, newer):
        loaded = int(self.request.POST["loaded_revision_id"])
        latest = self.latest_revision
        page_id = self.real_page_record.pk
        compare = reverse("wagtailadmin_pages:revisions_compare", args=(page_id, loaded, latest.pk))
        when = date_format(localtime(newer.created_at), "SHORT_DATETIME_FORMAT")
        who = get_user_display_name(newer.user) if newer.user else _("another user")
        admin_messages.error(
            self.request,
            STALE % {"when": when, "user": who},
            buttons=[admin_messages.button(compare, _("Compare the versions"), True)],
        )
        self.form = self.form_class(
            self.request.POST,
            self.request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=self.request.user,
        )
        self.has_unsaved_changes = True
        return self.render_to_response(self.get_context_data())


STALE = _(
    "The page has been changed since you opened it: %(user)s saved a newer version on "
    "%(when)s. Your changes were not saved; they are kept in the form below. Compare the "
    "versions, then save again if your version should replace the newer one."
)


class EditView(RefuseStaleSaves, page_edit.EditView):
    pass


class CreateView(page_create.CreateView):
    """A save of a new page that Wagtail's autosave has just created goes on to that page.

    Wagtail's autosave creates a new page from the editor's first keystrokes and then moves
    the form to the new page's edit address. A save sent before the move (the editor clicks
    "Tallenna luonnos" while the autosave is on its way) reaches this view again, and the
    page's address is already the autosaved draft's: Wagtail raised an error there (a 500 and,
    to the editor, a lost page). Such a save is sent on to the draft's edit view with the form
    as it is (307 keeps the method and the form), where it becomes the draft's latest version.
    """

    def post(self, request):
        try:
            with transaction.atomic():
                return super().post(request)
        except ValidationError as error:
            draft = self.own_new_draft() if "slug" in getattr(error, "message_dict", {}) else None
            if draft is None:
                raise
            edit = reverse("wagtailadmin_pages:edit", args=(draft.pk,))
            response = HttpResponseRedirect(edit)
            response.status_code = 307
            return response

    def own_new_draft(self):
        """The never-published page under the same parent with the new page's address that the
        editor created herself, if any."""
        return (
            Page.objects.child_of(self.parent_page)
            .filter(slug=self.page.slug, owner=self.request.user, live=False)
            .filter(first_published_at__isnull=True)
            .first()
        )


class RevisionsRevertView(RefuseStaleSaves, page_revisions.RevisionsRevertView):
    pass


def _page_view_for(view_class, **kwargs):
    """``view_class`` (a subclass of Wagtail's own view) with what the page's viewset gives
    Wagtail's view."""

    @require_admin_access
    def view(request, *args, **view_kwargs):
        page_id = view_kwargs.get("page_id")
        try:
            viewset = (
                page_viewset_registry.get_by_page_id(page_id)
                if page_id is not None
                else page_viewset_registry.get_by_type(Page)
            )
        except ObjectDoesNotExist as error:
            raise Http404 from error
        return _page_view(viewset, view_class, **kwargs)(request, *args, **view_kwargs)

    return view


@require_admin_access
def _create_view(request, content_type_app_name, content_type_model_name, parent_page_id):
    try:
        viewset = page_viewset_registry.get_by_content_type_natural_key(
            content_type_app_name, content_type_model_name
        )
    except ObjectDoesNotExist as error:
        raise Http404 from error
    return _page_view(viewset, CreateView)(
        request,
        content_type_app_name=content_type_app_name,
        content_type_model_name=content_type_model_name,
        parent_page_id=parent_page_id,
    )


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
    path("admin/translation/submit/page/<int:page_id>/", _translation_guarded()),
    # The page choosers, the page search and the explorer list only pages the user may edit
    # or read.
    path("admin/choose-page/", require_admin_access(BrowseView.as_view())),
    path("admin/choose-page/<int:parent_page_id>/", require_admin_access(BrowseView.as_view())),
    path("admin/choose-page/search/", require_admin_access(SearchView.as_view())),
    path(
        "admin/choose-page/chosen-multiple/",
        require_admin_access(ChosenMultipleView.as_view()),
    ),
    path("admin/pages/search/", _page_view_for(PageSearchView)),
    path("admin/pages/search/results/", _page_view_for(PageSearchView, results_only=True)),
    path("admin/pages/<int:parent_page_id>/", _explorer_guarded("index")),
    path("admin/pages/<int:parent_page_id>/results/", _explorer_guarded("index_results")),
    # A save based on an older version than the latest is refused.
    path("admin/pages/<int:page_id>/edit/", _page_view_for(EditView)),
    # A save racing the autosave that created the page goes on to it.
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        _create_view,
    ),
    path(
        "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/",
        _page_view_for(RevisionsRevertView),
    ),
]
# As Wagtail's admin URLs are: nothing the admin shows is kept in a cache.
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)


# A copy is its copier's own page: keeping it live would publish it unmoderated.

COPY_NOT_PUBLISHED = _(
    "The copy would be your own work, so it is not published at once. Copy it without "
    "publishing: the copy is saved as a draft that you can submit for moderation."
)


def copy_would_publish_checked_content(page, recursive=False):
    """Whether keeping a copy live would publish a page whose type passes the content check
    and its moderators (``checked_before_publishing``) without either."""
    pages = page.get_descendants(inclusive=True) if recursive else Page.objects.filter(pk=page.pk)
    types = ContentType.objects.filter(pk__in=pages.live().values("content_type_id"))
    return any(getattr(kind.model_class(), "checked_before_publishing", False) for kind in types)


class CopyPageAPIAction(copy_api.CopyPageAPIAction):
    """The admin API's copy, which keeps copies live unless told otherwise, refuses to keep
    a moderated page live."""

    def execute(self, instance, data):
        if data["keep_live"] and copy_would_publish_checked_content(instance, data["recursive"]):
            raise PermissionDenied(COPY_NOT_PUBLISHED)
        return super().execute(instance, data)


class PagesAdminAPIViewSet(admin_api_views.PagesAdminAPIViewSet):
    actions = {**admin_api_views.PagesAdminAPIViewSet.actions, "copy": CopyPageAPIAction}
