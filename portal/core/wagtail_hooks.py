"""Admin rules for every page: content owners keep their content, moves need permission; and
documents are served only to those who may read them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import ngettext
from wagtail import hooks

from portal.core import admin_guards, cache, media


def _content_holder_with_content(page):
    """How many pages a content owner (a municipality or a network: a page type that says
    ``owns_content``) still has under it."""
    if getattr(page.specific_class, "owns_content", False):
        return page.get_descendants().count()
    return 0


@hooks.register("before_delete_page")
def keep_the_content_of_a_municipality(request, page):
    """Deleting a municipality or a network never deletes its plans and practices with it."""
    count = _content_holder_with_content(page)
    if count:
        messages.error(
            request,
            ngettext(
                "%(title)s has %(count)d page under it. Move it elsewhere or delete it first: "
                "a municipality or network is never deleted together with its content.",
                "%(title)s has %(count)d pages under it. Move them elsewhere or delete them "
                "first: a municipality or network is never deleted together with its content.",
                count,
            )
            % {"title": page.title, "count": count},
        )
        return redirect("wagtailadmin_explore", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_content_on_bulk_delete(request, action_type, objects, action_class_instance):
    """Bulk delete keeps municipalities' and networks' content too."""
    if action_type == "delete":
        for page in objects:
            response = keep_the_content_of_a_municipality(request, page)
            if response is not None:
                return response
    return None


@hooks.register("before_move_page")
def refuse_moves_without_permission(request, page, destination):
    """Wagtail's move confirmation checks nothing on GET and shows the page's draft title."""
    if not page.specific_deferred.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    return None


@hooks.register("before_serve_document")
def serve_documents_only_to_their_readers(document, request):
    """A document follows the visibility of the pages that use it (``portal.core.media``): a
    reader who may not read it gets 404."""
    media.check(request, document)


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_one_may_edit_or_read(pages, request):
    """The page chooser (its tree and its search) lists pages the user may edit, live pages
    she may read and the pages above them, never another town's drafts or private pages."""
    return admin_guards.only_listable(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explore_only_pages_one_may_edit_or_read(parent_page, pages, request):
    """The explorer (and its menu) leaves out colleagues' drafts and private pages too."""
    return admin_guards.only_listable(pages, request.user)


@hooks.register("before_copy_page")
def copies_of_moderated_pages_are_drafts(request, page):
    """ "Publish copies" would publish the copier's own page without moderation."""
    if request.method == "POST" and request.POST.get("publish_copies"):
        recursive = bool(request.POST.get("copy_subpages"))
        if admin_guards.copy_would_publish_checked_content(page, recursive):
            messages.error(request, admin_guards.COPY_NOT_PUBLISHED)
            return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("construct_admin_api")
def copy_moderated_pages_as_drafts_in_the_api(router):
    router.register_endpoint("pages", admin_guards.PagesAdminAPIViewSet)


@hooks.register("before_serve_page")
def let_the_page_cache_keep_it(page, request, serve_args, serve_kwargs):
    """An open page served to an anonymous reader may be kept (``portal.core.cache``); the
    view restrictions Wagtail checks next come from the cache."""
    cache.keep_view_restrictions(page)
    cache.mark_cacheable(request, page)


@hooks.register("insert_editor_js")
def save_by_hand_without_a_racing_autosave():
    """A save by hand cancels the autosave waiting for its turn (js/admin-save.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-save.js"))
