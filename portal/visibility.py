"""The one way the portal builds lists of pages that reach the public.

Every public list, search result and feed goes through ``public_pages`` so that no view can
forget to leave out drafts, unpublished pages or pages behind a view restriction.
"""

from wagtail.models import Page


def public_pages(queryset=None):
    """Live pages that an anonymous reader may open."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def public_pages_by_id(ids):
    """The public ones among the pages with these ids, specific, by id (for lists of links that
    editors curate: highlights, collection items)."""
    return public_pages(Page.objects.filter(pk__in=list(ids))).specific().in_bulk()
