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
