from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.cache import fragment
from portal.core.models import BasePage
from portal.core.visibility import public_pages_by_id
from portal.municipalities.models import MunicipalityPage

COLLECTABLE_TYPES = [
    "plans.LessonPlanPage",
    "practices.PracticePage",
    "practices.AnnualClockPage",
    "practices.DevelopmentPlanPage",
]


class CollectionPage(BasePage):
    """A coordinator's curated, ordered selection of practices, clocks and plans from any town."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("items", label=_("Items"), min_num=1),
    ]

    parent_page_types = ["networks.NetworkPage", "networks.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def public_items(self):
        """The items whose pages the public may read, in the curator's order, with their towns."""
        items = list(self.items.all())
        pages = public_pages_by_id(item.page_id for item in items)
        owner_paths = {page.path[: -Page.steplen] for page in pages.values()}
        towns = {town.path: town for town in MunicipalityPage.objects.filter(path__in=owner_paths)}
        shown = []
        for item in items:
            page = pages.get(item.page_id)
            if page is not None:
                shown.append(
                    {
                        "page": page,
                        "note": item.note,
                        "town": towns.get(page.path[: -Page.steplen]),
                    }
                )
        return shown

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["items"] = self.public_items()  # the items as the editor has them now
        else:
            context["items"] = fragment("collection-items", self.pk, build=self.public_items)
        return context


class CollectionItem(Orderable):
    collection = ParentalKey(CollectionPage, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(_("curator's note"), blank=True)

    panels = [PageChooserPanel("page", COLLECTABLE_TYPES), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("collection item")
        verbose_name_plural = _("collection items")
