from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from networks.networks.models import NetworkMembership, NetworkPage
from networks.practices.models.content import PracticePage, PracticePageTag
from networks.practices.models.taxonomy import PracticeArea
from portal.core.cache import fragment
from portal.core.facets import Facet, Field, Selection, TagFacet, Value
from portal.core.feeds import FEED_LIMIT, PageFeedsMixin
from portal.core.models import BasePage
from portal.core.pagination import paginate
from portal.core.visibility import public_pages_in_one_query
from portal.municipalities.models import MunicipalityIndexPage, in_default_language, public_towns
from portal.sharing.copying import public_families, towns_using
from portal.sharing.models import language_facet, readers_language_first

PAGE_SIZE = 12


class PracticeLibraryPage(PageFeedsMixin, BasePage):
    """Every open practice across municipalities, filtered by area, town, network and tag; its
    feeds hold the newest practices the same filters leave."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        towns, selection, families, practices = library(request)
        # Every count and the number of practices found in one query; the page of practices
        # in one more, along the index of live pages latest first (plans/migrations/0004).
        counts, total = selection.tally(practices)
        results = (
            selection.filter(practices)
            .select_related("area")
            .order_by(*readers_language_first("-first_published_at", "title"))
            # A card shows none of a practice's streams: not read.
            .defer_streamfields()
        )
        page_obj = paginate(request, results, PAGE_SIZE, count=total)
        practices_on_page = list(page_obj.object_list)
        in_use = towns_using([practice.pk for practice in practices_on_page], families)
        for practice in practices_on_page:
            practice.town = towns.get(practice.town_path)
            practice.towns_using = in_use.get(practice.pk, 0)
        context.update(
            practices=practices_on_page,
            page_obj=page_obj,
            any_filter=selection.any(),
            facets=selection.shown(counts),
        )
        return context

    def feed_items(self, request):
        """The newest practices the filters in the address leave, as the page lists them."""
        towns, selection, _families, practices = library(request)
        newest = selection.filter(practices).order_by("-first_published_at", "title")
        items = list(PracticePage.for_feed(newest.defer_streamfields())[:FEED_LIMIT])
        for practice in items:
            practice.town = towns.get(practice.town_path)
        return items

    def feed_query(self, request):
        """The filters chosen, and nothing else the address holds."""
        _towns, selection, _families, _practices = library(request)
        return selection.query()

    def feed_description(self, request):
        if self.feed_query(request):
            return _("The newest open good practices that match the chosen filters")
        return _("The newest open good practices of every municipality")


def library(request):
    """What the library page and its feeds read alike: the open towns by path, the reader's
    choices among the facets, the copy families and the open practices with the path of each
    one's town (``town_path``).

    A copy kept under its origin's title is listed once, in its origin's card, which says in
    how many towns it is in use (portal.sharing.copying); the families are kept until the
    content changes."""
    towns = {town.path: town for town in public_towns()}
    selection = Selection(library_facets(towns.values()), request.GET)
    # Every municipality page is as deep as the others.
    path_length = len(next(iter(towns))) if towns else MunicipalityIndexPage.town_path_length()
    families = public_families()
    practices = (
        public_pages_in_one_query(PracticePage.objects.all())
        .exclude(pk__in=sorted({copy for copy, *_rest in families}))
        .annotate(town_path=Substr("path", 1, path_length))
    )
    return towns, selection, families, practices


def library_facets(towns):
    """Practices by area, town, network (the towns in it) and tag. The areas and the networks
    with their member towns are kept until the content changes."""
    areas = fragment("practice-areas", build=read_areas)
    networks = fragment("networks-with-members", build=read_networks)
    return [
        Facet(
            "ala",
            _("Area"),
            [Value(slug, name, (pk,)) for slug, name, pk in areas],
            Field("area"),
            every=True,
        ),
        Facet(
            "kunta",
            _("Municipality"),
            [Value(town.slug, town.name, (town.path,)) for town in towns],
            Field("town_path"),
        ),
        Facet(
            "verkosto",
            _("Network"),
            [Value(slug, title, tuple(paths)) for slug, title, paths in networks],
            Field("town_path"),
            every=True,
        ),
        TagFacet("aihe", _("Tag"), PracticePageTag),
        language_facet(),
    ]


def read_areas():
    return [(area.slug, area.name, area.pk) for area in PracticeArea.objects.all()]


def read_networks():
    """The open networks by name: slug, name and the paths of their member towns."""
    networks = public_pages_in_one_query(in_default_language(NetworkPage.objects.all()))
    networks = list(networks.order_by("title"))
    member_paths = {}
    for network_id, path in NetworkMembership.objects.filter(network__in=networks).values_list(
        "network", "municipality__path"
    ):
        member_paths.setdefault(network_id, []).append(path)
    return [(n.slug, n.title, member_paths.get(n.pk, [])) for n in networks]
