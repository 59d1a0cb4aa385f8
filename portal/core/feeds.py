"""News feeds (Atom and RSS 2.0) of the newest open content of a page: a library, a town, a
network. A reader follows them in a feed reader instead of coming back to look.

A page that offers feeds takes ``PageFeedsMixin`` and says which pages its feed holds
(``feed_items``: the newest first, read only through ``portal.core.visibility``'s public
helpers, because a feed is fetched without a session and kept by readers and front caches
alike) and what the feed is (``feed_description``). The feeds answer at ``syote/atom/`` and
``syote/rss/`` below the page, so Wagtail serves them as it serves the page: its view
restrictions apply, and a feed of a town behind a sign-in is behind the sign-in too. A query
string the page reads (a library's filters) is passed on: ``feed_query`` says which part of it.

An item says only what the public page says in a list: its title, address, summary (never a
teacher's notes or anything else shown to signed-in readers only), the town it belongs to, when
it was first published and last changed, and its subjects or area as categories.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

# How many items a feed holds: a feed reader shows what is new since it last looked.
FEED_LIMIT = 30

FEED_FORMATS = {
    "atom": (Atom1Feed, "application/atom+xml", "Atom"),
    "rss": (Rss201rev2Feed, "application/rss+xml", "RSS"),
}


def newest_first(pages, limit=FEED_LIMIT):
    """The newest ``limit`` of pages read from several lists (one per content type)."""

    def published(page):
        # A page made live by code may lack the date: last, as the database orders it.
        return (page.first_published_at is not None, page.first_published_at or 0, page.pk)

    return sorted(pages, key=published, reverse=True)[:limit]


class PageFeed(Feed):
    """One feed of one page, in one format: the page says what is in it."""

    def __init__(self, page, request, kind):
        super().__init__()
        self.page, self.request, self.kind = page, request, kind
        self.feed_type = FEED_FORMATS[kind][0]

    def get_object(self, request, *args, **kwargs):
        return self.page

    def title(self, page):
        return str(page.feed_title())

    def link(self, page):
        return page.get_url(self.request)

    def feed_url(self, page):
        return page.feed_url(self.request, self.kind)

    def description(self, page):
        return str(page.feed_description(self.request))

    def items(self, page):
        return page.feed_items(self.request)

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_url(self.request)

    def item_description(self, item):
        # The summary only: the list text every reader sees, never a page's body. Readers
        # take a description as HTML: the plain text is escaped so that it stays text.
        return escape(item.summary)

    def item_author_name(self, item):
        town = getattr(item, "town", None)
        return town.title if town is not None else self.page.title

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return item.feed_categories()


class PageFeedsMixin(RoutablePageMixin):
    """Atom and RSS feeds of the page's newest open content, advertised on the page itself
    (``feeds`` in its context: ``base.html`` links them in the head, the page shows them)."""

    def feed_items(self, request):
        """The pages of the feed, newest first, at most ``FEED_LIMIT``; each may carry the
        ``town`` it belongs to (its author in the feed)."""
        raise NotImplementedError

    def feed_description(self, request):
        raise NotImplementedError

    def feed_title(self):
        return _("%(page)s: the newest") % {"page": self.title}

    def feed_query(self, request):
        """The query string the feed keeps from the page's address (none by default)."""
        return ""

    def feed_url(self, request, kind):
        query = self.feed_query(request)
        address = self.get_url(request) + self.reverse_subpage(f"{kind}_feed")
        return f"{address}?{query}" if query else address

    def feed_links(self, request):
        """The page's feeds for its template: (kind, content type, label, address)."""
        return [
            {
                "kind": kind,
                "type": content_type,
                "label": label,
                "url": self.feed_url(request, kind),
            }
            for kind, (_cls, content_type, label) in FEED_FORMATS.items()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_links(request)
        context["feed_title"] = self.feed_title()
        return context

    def serve_feed(self, request, kind):
        return PageFeed(self, request, kind)(request)

    @path("syote/atom/", name="atom_feed")
    def atom_feed(self, request):
        return self.serve_feed(request, "atom")

    @path("syote/rss/", name="rss_feed")
    def rss_feed(self, request):
        return self.serve_feed(request, "rss")
