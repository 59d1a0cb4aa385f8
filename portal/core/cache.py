"""What the portal keeps in its cache between requests, and when it forgets it.

Two things are cached, both in Django's default cache (Redis with ``REDIS_URL``, local memory
otherwise), and both under one *content version*:

- **Fragments** that change only when content is published: the main navigation, the footer's
  links, a page's JSON-LD, the sharing panel's adoption line. ``fragment(name, *parts,
  build=...)`` keeps what ``build`` returns; nothing kept depends on who reads it.
- **Whole pages for anonymous readers** (``AnonymousPageCacheMiddleware``): a page served by
  Wagtail, read without a session, without a query string, answered 200 without setting a
  cookie, and open to everyone, is kept for ``PAGE_CACHE_SECONDS`` and sent with
  ``Cache-Control: public, max-age=60`` and ``Vary: Cookie``. A signed-in reader (anyone with a
  session cookie) and a restricted page are never served from it or stored in it.

Every publish, unpublish, move, deletion, copy and change of a page's view restriction, any
other save of a page that is more than a draft or a lock, and a save of the site's settings
(its name, contact, footer links) bumps the content version (the receivers are connected in
``portal.core.apps``, ``home.apps`` and ``portal.sharing.copying``), so everything kept before
is ignored from the next request on and expires by itself: one global version, simple and
always correct, at the price of rendering every page once more after any change. With a read
replica nothing is stored for ``settle_seconds()`` after a change, so that what the replica
answered before it caught up is not kept.
"""

import contextvars
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

VERSION_KEY = "content-version"
FRAGMENT_SECONDS = 60 * 60
PAGE_CACHE_SECONDS = 60 * 10
# What a front cache (a CDN, Varnish) and a browser may keep an anonymous page for.
PUBLIC_MAX_AGE = 60


# The content version a request reads, read once when first asked for (every fragment and the page
# cache would otherwise ask the cache for it again) and moved on if the request itself bumps it.
_request_version = contextvars.ContextVar("content_version", default=None)
# The fragments a request has read, by key: one asked for again (the licences, by the sharing
# panel and by each kind of material) costs no second trip to the cache.
_request_fragments = contextvars.ContextVar("fragments", default=None)


# A request's version before anything asked for it.
UNREAD = 0


def content_version():
    """The current content version (a new one, if the cache has forgotten it)."""
    version = _request_version.get()
    if version is None:  # outside a request
        return _read_version()
    if version == UNREAD:
        version = _read_version()
        _request_version.set(version)
    return version


def _read_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version(**kwargs):
    """Forget every fragment and page kept so far (a signal receiver as well).

    Bumped at once and again when the transaction commits: a request that read the old
    content while the change was being saved cannot keep it under the new version.
    """
    _bump()
    transaction.on_commit(_bump)


def _bump():
    version = time.time_ns()
    cache.set(VERSION_KEY, version, timeout=None)
    if _request_version.get() is not None:
        _request_version.set(version)


def settle_seconds():
    """How long after a change nothing is stored: a streaming replica (``replica`` in
    ``DATABASES``) may still answer with the old content for its replication lag, and what is
    read from it then must not be kept under the new version."""
    configured = getattr(settings, "CACHE_SETTLE_SECONDS", None)
    if configured is not None:
        return configured
    return 2 if "replica" in settings.DATABASES else 0


def has_settled(version):
    """Whether the change that made ``version`` (a time in nanoseconds) is old enough."""
    return time.time_ns() - version >= settle_seconds() * 1_000_000_000


def fragment(name, *parts, build, timeout=FRAGMENT_SECONDS, keep=None):
    """What ``build()`` returns, kept under ``name`` and ``parts`` (and the active language)
    until the content changes. ``parts`` must name everything the result depends on; with
    ``keep``, only a value it accepts is kept."""
    version = content_version()
    key = ":".join(["fragment", str(version), name, get_language() or "", *map(str, parts)])
    read = _request_fragments.get()
    if read is not None and key in read:
        return read[key]  # read already in this request
    value = cache.get(key)
    if value is None:
        value = build()
        if has_settled(version) and (keep is None or keep(value)):
            cache.set(key, value, timeout)
    if read is not None:
        read[key] = value
    return value


# What saving a draft or locking a page changes on the page's row: nothing a reader sees.
DRAFT_FIELDS = frozenset(
    {
        "comments",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def bump_on_page_save(sender, instance, update_fields=None, **kwargs):
    """A post_save receiver: a page saved by any path (publishing, code, a data load) may change
    what readers see; saving a draft or a lock (only ``DRAFT_FIELDS``) does not."""
    if not isinstance(instance, Page):
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    bump_content_version()


def bump_on_page_delete(sender, instance, **kwargs):
    """A post_delete receiver: a deleted page (of any type) changes lists and links."""
    if isinstance(instance, Page):
        bump_content_version()


def bump_on_snippet_change(sender, **kwargs):
    """A post_save and post_delete receiver: a snippet (a subject, grade, competence, practice
    area or licence) is shown by name on pages and in the libraries' facets."""
    from wagtail.snippets.models import get_snippet_models

    if sender in get_snippet_models():
        bump_content_version()


# The site a request is for


def _site_for(hostname, port):
    """The site answering ``hostname``:``port`` (Wagtail's own choice), with its root page's
    specific page read as well, so that routing starts without a query."""
    site = Site._find_for_request(_HostOnly(hostname, port))
    if site is not None:
        site.root_page.specific  # noqa: B018 - kept with the site
    return site


class _HostOnly:
    """What ``Site._find_for_request`` reads of a request."""

    def __init__(self, hostname, port):
        self.hostname, self.port = hostname, port

    def _get_raw_host(self):
        return self.hostname

    def get_port(self):
        return self.port


class SiteFromCacheMiddleware:
    """Finds the site a page is served for from the cache: Wagtail's own lookup is a query and a
    few milliseconds on every page. What Wagtail reads (``request._wagtail_site``, the attribute
    ``Site.find_for_request`` keeps its answer in) is set here, as the address resolves to
    Wagtail's page view only (every other view, the health check among them, reads no site or
    Wagtail's own way); a saved or deleted site, and any publish, bumps the content version and
    so forgets it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve  # not at import: it needs the models loaded

        if view_func is not serve:
            return None
        try:
            host = request.get_host()  # a host not in ALLOWED_HOSTS is never a key
        except DisallowedHost:
            return None
        port = request.get_port()
        request._wagtail_site = fragment("site", host, port, build=lambda: _site_for(host, port))
        return None


# The anonymous page cache


def _is_anonymous_request(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _page_key(request, version):
    return ":".join(["page", str(version), request.get_host(), request.path])


def may_be_served_from_cache(request):
    """A GET without a query string from a reader without a session (the page cache on)."""
    return (
        getattr(settings, "PAGE_CACHE", True)
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and _is_anonymous_request(request)
    )


def _user_is_anonymous(request):
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _page_is_open(page):
    """The page and every page above it are without a view restriction."""
    served = page.__dict__.get(SERVED_RESTRICTIONS)
    if served is not None:
        return not served
    above = _ancestor_paths(page.path)
    return not PageViewRestriction.objects.filter(page__path__in=above).exists()


def _ancestor_paths(path, steplen=4):
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def may_be_stored(request, response):
    """Only an open Wagtail page, answered 200 to an anonymous reader, without a cookie set."""
    page = getattr(request, "cacheable_page", None)
    if page is None or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    return _user_is_anonymous(request) and _page_is_open(page)


# Where a page being served holds the view restrictions that apply to it (BasePage reads them).
SERVED_RESTRICTIONS = "_served_view_restrictions"


def keep_view_restrictions(page):
    """Give the page being served the view restrictions on it and above it, as Wagtail finds
    them (aliases followed), kept until the content changes: Wagtail's check of them, as it
    serves every page, is otherwise two queries. A saved or deleted restriction, and a moved
    page, bump the content version."""
    restrictions = fragment(
        "view-restrictions", page.pk, build=lambda: list(Page.get_view_restrictions(page))
    )
    page.__dict__[SERVED_RESTRICTIONS] = restrictions


def mark_cacheable(request, page):
    """Called as Wagtail serves a page (a ``before_serve_page`` hook): the response may be
    kept when everything else allows it. Previews do not pass here."""
    if may_be_served_from_cache(request) and not getattr(request, "is_preview", False):
        request.cacheable_page = page


def _public_headers(response):
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    patch_vary_headers(response, ("Cookie",))


class AnonymousPageCacheMiddleware:
    """Answers an anonymous reader from the cache, and keeps what may be kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version = _request_version.set(UNREAD)  # read when first asked for
        fragments = _request_fragments.set({})
        try:
            return self.respond(request)
        finally:
            _request_version.reset(version)
            _request_fragments.reset(fragments)

    def respond(self, request):
        if not may_be_served_from_cache(request):
            return self.get_response(request)
        version = content_version()
        key = _page_key(request, version)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if may_be_stored(request, response):
            _public_headers(response)
            if has_settled(version):
                cache.set(key, response, PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
