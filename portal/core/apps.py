from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Connects the receivers that strip metadata (GPS position…) from uploaded images.
        from portal.core import images  # noqa: F401

        connect_cache_receivers()
        keep_readers_language_in_addresses()


def keep_readers_language_in_addresses():
    """A Finnish page's address under /sv/ for a Swedish reader (``portal.core.models``): on
    Wagtail's ``Page``, once."""
    from wagtail.models import Page

    from portal.core.models import url_parts_in_readers_language

    if not hasattr(Page.get_url_parts, "wrapped"):
        Page.get_url_parts = url_parts_in_readers_language(Page.get_url_parts)


def connect_cache_receivers():
    """Every change that alters what an anonymous reader sees forgets the cached pages and
    fragments (``portal.core.cache``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from portal.core.cache import (
        bump_content_version,
        bump_on_page_delete,
        bump_on_page_save,
        bump_on_snippet_change,
    )

    uid = "portal.core.cache"
    page_published.connect(bump_content_version, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(bump_content_version, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid=f"{uid}.moved")
    post_save.connect(bump_on_page_save, dispatch_uid=f"{uid}.saved")
    post_delete.connect(bump_on_page_delete, dispatch_uid=f"{uid}.deleted")
    post_save.connect(bump_on_snippet_change, dispatch_uid=f"{uid}.snippet.saved")
    post_delete.connect(bump_on_snippet_change, dispatch_uid=f"{uid}.snippet.deleted")
    for model in (PageViewRestriction, Site):
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"{uid}.{model}.s")
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"{uid}.{model}.d")
