"""The ground every part of the portal stands on: people, media and the base page."""

import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Collection, Locale, Page
from wagtail.search import index

from portal.core.cache import SERVED_RESTRICTIONS, fragment
from portal.core.panels import OriginalPanel
from search.text import finnish


class User(AbstractUser):
    """A person who signs in: a teacher, a moderator, a coordinator or an administrator.

    Kept as the project's own model from the start so that single sign-on (MPASSid / OpenID
    Connect) can attach its identifiers later without a swap of the user model.
    """

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class PortalImage(AbstractImage):
    """An image in the media library, with the credit a reuser must give."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # The checked media view (portal.core.media) finds an image by the path of its file.
        indexes = [models.Index(fields=["file"], name="core_image_file")]


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        indexes = [models.Index(fields=["file"], name="core_rendition_file")]


class PortalDocument(AbstractDocument):
    """A document in the media library (served through the portal, so privacy holds)."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [models.Index(fields=["file"], name="core_document_file")]


class MediaCollection(models.Model):
    """Whose a collection of images and documents is: a municipality's or a network's (the page
    that owns it, whose groups upload into it), or everyone's (``public``: the shared collection,
    which every group may choose from and every reader may read).

    Created with the page (``portal.core.groups.ensure_page_collection``) and kept by it, so
    renaming the page renames its collection; the collection outlives a deleted page.
    """

    collection = models.OneToOneField(
        Collection, on_delete=models.CASCADE, related_name="media_owner", editable=False
    )
    page = models.OneToOneField(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="media_collection",
        editable=False,
    )
    public = models.BooleanField(default=False, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["public"], condition=models.Q(public=True), name="one_public_collection"
            )
        ]

    def __str__(self):
        return self.collection.name


# No page of the portal is deeper than this below the home page.
MAX_KEPT_ROUTE_DEPTH = 8


def language_of_locale(locale_id):
    """The language code of a Wagtail locale, by its id, without a query a page: the handful
    of locales are kept in the cache."""
    codes = fragment(
        "locale-codes", build=lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes.get(locale_id, settings.LANGUAGE_CODE)


def url_parts_in_readers_language(get_url_parts):
    """Wagtail's ``Page.get_url_parts``, but a Finnish page read in Swedish (or English) keeps
    the reader on the Swedish pages, at the same address under /sv/: it is shown there, marked
    as Finnish, until it has a version of its own (``BasePage.route``). With Wagtail's i18n on,
    a page's address is in its own language; before, every page's followed the reader's. Put
    on ``Page`` itself (``portal.core.apps``): links to pages are often made from plain
    ``Page`` objects (menus, breadcrumbs, the footer)."""

    def in_readers_language(self, request=None):
        parts = get_url_parts(self, request)
        language = get_language()
        if (
            parts is None
            or parts[2] is None
            or language == settings.LANGUAGE_CODE
            or language not in dict(settings.LANGUAGES)
        ):
            return parts
        # The language of the site root the page is under (read once a request, no query).
        roots = self._get_relevant_site_root_paths(request)
        if not roots or roots[0].language_code != settings.LANGUAGE_CODE:
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, f"/{language}{page_path}"

    in_readers_language.wrapped = get_url_parts
    return in_readers_language


def _pages_on_the_way(page, path_components):
    """The pages below ``page`` named by the first one, two… components of the address, as far
    as they go without a gap, shallowest first. Kept until the content changes when they name
    a page for every component (an address that ends in a routable page's own route or leads
    nowhere is looked up each time: a reader cannot fill the cache with made-up addresses)."""
    if len(path_components) > MAX_KEPT_ROUTE_DEPTH:
        return _read_pages_on_the_way(page, path_components)
    return fragment(
        "route",
        page.pk,
        hashlib.sha256("/".join(path_components).encode()).hexdigest(),
        build=lambda: _read_pages_on_the_way(page, path_components),
        keep=lambda pages: len(pages) == len(path_components),
    )


def _read_pages_on_the_way(page, path_components):
    prefixes = [
        page.url_path + "/".join(path_components[:count]) + "/"
        for count in range(1, len(path_components) + 1)
    ]
    found = Page.objects.filter(
        slug__in=path_components,
        url_path__in=prefixes,
        path__startswith=page.path,
        depth__gt=page.depth,
    ).order_by("depth")
    pages = []
    for candidate in found:
        if candidate.depth != page.depth + len(pages) + 1:
            break
        pages.append(candidate)
    return pages


def _answers_itself(page, remaining):
    """Whether the page answers the rest of the address itself (a routable page's own route
    matches it) rather than leaving it to a child of that slug."""
    model = page.cached_content_type.model_class()
    if model is None or model.route in (Page.route, BasePage.route):
        return False
    if model.route is not RoutablePageMixin.route:
        return True  # a route of its own: let it decide
    if not page.live:
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Http404:
        return False
    return True


class BasePage(Page):
    """Fields every content page of the portal shares: a short summary for lists and search."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown in lists and search results."),
    )

    # On a Swedish (or English) version of a page, the Finnish original's texts come first.
    content_panels = [OriginalPanel(), *Page.content_panels, FieldPanel("summary")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        # Base forms of the Finnish words (search.finnish): "murtoluvuilla" finds "murtoluku".
        index.SearchField("search_title_base_forms", boost=2),
        index.SearchField("search_body_base_forms"),
    ]

    api_fields = [APIField("summary")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """As ``route_in_tree``; and where a Swedish (or English) page's tree does not hold the
        address, or holds only a draft, the same address in the Finnish tree: /sv/kunnat/rusko/
        shows Rusko's Finnish page until it has a Swedish version of its own."""
        try:
            return self.route_in_tree(request, path_components)
        except Http404:
            counterpart = self.default_language_version()
            if counterpart is None:
                raise
            return counterpart.specific.route(request, path_components)

    def default_language_version(self):
        """The Finnish page this one translates (None for a Finnish page, or one with none)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        return self.get_translation_or_none(default)

    def route_in_tree(self, request, path_components):
        """Find the page an address names with one query instead of one a level: the pages
        whose address begins this one's, in one query. A page on the way whose type routes
        addresses of its own (a routable page) is handed the rest of the address, as Wagtail's
        walk down the tree would."""
        if not path_components:
            return super().route(request, path_components)
        if _answers_itself(self, path_components):
            return super().route(request, path_components)
        on_the_way = _pages_on_the_way(self, path_components)
        for page in on_the_way:
            remaining = path_components[page.depth - self.depth :]
            if page is on_the_way[-1] or _answers_itself(page, remaining):
                return page.specific.route(request, remaining)
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """As Wagtail's, but a page being served reads the ones kept in the cache
        (``portal.core.cache.keep_view_restrictions``: a list, which is all serving needs);
        everywhere else, the admin included, the query."""
        served = self.__dict__.get(SERVED_RESTRICTIONS)
        if served is not None:
            return served
        return super().get_view_restrictions()

    def search_language(self):
        """The language the page is written in, for stemming: a plan says; the rest are Finnish."""
        return getattr(self, "language", "") or "fi"

    def search_title_base_forms(self):
        if self.search_language() != "fi":
            return ""
        return finnish.base_form_text(f"{self.title} {self.summary}")

    def search_body_base_forms(self):
        if self.search_language() != "fi":
            return ""
        skip = {"title", "summary", "search_title_base_forms", "search_body_base_forms"}
        return finnish.base_form_text(" ".join(finnish.field_texts(self, skip)))

    @classmethod
    def for_feed(cls, queryset):
        """``queryset`` with what its pages show as news feed items beyond their own row (their
        categories), read in a fixed number of queries however many items (portal.core.feeds)."""
        return queryset

    def feed_categories(self):
        """The page's categories as a news feed item (portal.core.feeds): none by default."""
        return []

    @property
    def listing_summary(self):
        """The text shown for this page in lists: its summary, else its search description."""
        return self.summary or self.search_description


class TranslatedName(models.Model):
    """A name kept in Finnish, Swedish and English; ``name`` is the one in the reader's language."""

    name_fi = models.CharField(_("name in Finnish"), max_length=120)
    name_sv = models.CharField(_("name in Swedish"), max_length=120, blank=True)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        language = (get_language() or "fi")[:2]
        return getattr(self, f"name_{language}", "") or self.name_fi
