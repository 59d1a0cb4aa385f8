"""What every schema.org JSON-LD description of a page shares: absolute addresses, publication
dates, the named source of a copy, and keeping the text until the content changes.

The builders themselves live beside their pages (``plans.linked_data``,
``networks.practices.linked_data``, ``networks.networks.linked_data``); they describe only what
an anonymous reader of the page sees, because the text is kept once for every reader.
"""

import json

from django.utils import timezone
from wagtail.models import Page

from portal.core.cache import fragment
from portal.core.visibility import public_pages_in_one_query

SCHEMA_ORG = "https://schema.org"


def absolute(request, url):
    """``url`` with the scheme and host of the request (None for a page that has no address)."""
    return request.build_absolute_uri(url) if url else None


def without_empty(data):
    """``data`` without the keys that say nothing: consumers read a missing key and an empty
    one alike, and the text stays short."""
    return {key: value for key, value in data.items() if value not in (None, [], "", {})}


def publication_dates(page):
    """``datePublished`` and ``dateModified`` as ISO 8601 dates, of a page that has been live:
    the dates in Finland (a plan published at 00:30 in Helsinki is of that day, not the day
    before as in UTC)."""
    dates = {}
    if page.first_published_at:
        dates["datePublished"] = timezone.localtime(page.first_published_at).date().isoformat()
    if page.last_published_at:
        dates["dateModified"] = timezone.localtime(page.last_published_at).date().isoformat()
    return dates


def public_source_url(record, request):
    """The absolute address of the page a copy was made from (``record`` is its CopyRecord),
    or None: only a source everyone may read is named, as a public copy can have a private
    source."""
    if not record or not record.source_id:
        return None
    # A record read by ``portal.sharing.models.read_owners_and_sources`` knows already.
    known = getattr(record, "source_is_public", None)
    if known is None:
        known = public_pages_in_one_query(Page.objects.filter(pk=record.source_id)).exists()
    return absolute(request, record.source.url) if known else None


def organization(page, request, schema_type="Organization"):
    """A municipality or network page as the organisation it stands for."""
    return {"@type": schema_type, "name": page.title, "url": absolute(request, page.url)}


def json_ld_text(name, page, request, build):
    """The JSON text of ``build()``, kept under ``name`` until the content changes, so that the
    page spends no queries on it after its first reader. The text holds absolute addresses,
    so it is kept per scheme and host; a preview builds its own from the unsaved page."""

    def text():
        return json.dumps(build(), ensure_ascii=False)

    if getattr(request, "is_preview", False):
        return text()
    return fragment(name, page.pk, request.scheme, request.get_host(), build=text)
