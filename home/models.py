"""The home page, standard pages and the portal's site settings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home import front_page
from portal.core.blocks import BodyBlock
from portal.core.cache import fragment
from portal.core.models import BasePage
from portal.core.visibility import public_pages_by_id


class HomePage(BasePage):
    """The front page: what Opentori is, the newest open lesson plans, the way into the plan
    library by subject and grade, the good practices and the highlights the editors choose."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=500, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        InlinePanel(
            "featured_practices",
            label=_("Featured practices"),
            max_num=6,
            help_text=_(
                "Good practices raised onto the front page. Only published practices open to "
                "everyone are shown."
            ),
        ),
        InlinePanel("highlights", label=_("Highlights"), max_num=6),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "plans.PlanLibraryPage",
        "practices.PracticeLibraryPage",
        "networks.NetworkIndexPage",
        "municipalities.MunicipalityIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            highlights=self.public_highlights(),
            featured_practices=self.public_featured_practices(request),
            newest_plans=front_page.newest_plans(),
            curriculum=front_page.curriculum(),
            libraries=front_page.libraries(self),
            subject_filter=front_page.SUBJECT_FILTER,
            grade_filter=front_page.GRADE_FILTER,
        )
        return context

    def featured_practice_ids(self):
        """The practices the editors chose, in their order; on a Swedish front page that names
        none, those of the Finnish one."""
        ids = [row.practice_id for row in self.featured_practices.all()]
        original = None if ids else self.default_language_version()
        if original is not None:
            ids = list(
                HomePageFeaturedPractice.objects.filter(home_page=original)
                .order_by("sort_order")
                .values_list("practice_id", flat=True)
            )
        return ids

    def public_featured_practices(self, request):
        """The featured practices the public may read, kept until the content changes (a
        preview reads the editor's unsaved choice)."""
        if getattr(request, "is_preview", False):
            return front_page.featured_practices(self.featured_practice_ids())
        return fragment(
            "home-featured-practices",
            self.pk,
            build=lambda: front_page.featured_practices(self.featured_practice_ids()),
        )

    def public_highlights(self):
        """The highlights whose pages the public may read, in the editors' order."""
        highlights = list(self.highlights.all())
        pages = public_pages_by_id(h.highlighted_page_id for h in highlights)
        shown = []
        for highlight in highlights:
            page = pages.get(highlight.highlighted_page_id)
            if page is not None:
                shown.append({"page": page, "text": highlight.text or page.listing_summary})
        return shown


class HomePageHighlight(Orderable):
    """A page the editors raise onto the front page."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="highlights")
    highlighted_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    text = models.CharField(
        _("text"),
        max_length=255,
        blank=True,
        help_text=_("Why to read it. The page's summary is shown when this is empty."),
    )

    panels = [PageChooserPanel("highlighted_page"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("highlight")
        verbose_name_plural = _("highlights")


class HomePageFeaturedPractice(Orderable):
    """A good practice the editors raise onto the front page ("Nostetut käytänteet")."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_practices")
    practice = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("practice")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured practice")
        verbose_name_plural = _("featured practices")
        constraints = [
            models.UniqueConstraint(
                fields=["home_page", "practice"], name="one_feature_per_practice"
            )
        ]


class StandardPage(BasePage):
    """A page of text: about the service, the accessibility statement, the privacy notice."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class PortalSettings(ClusterableModel, BaseSiteSetting):
    """What the whole site shows around every page: its name, contact and footer links."""

    portal_name = models.CharField(_("portal name"), max_length=80, default="Opentori")
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    tagline_sv = models.CharField(_("tagline in Swedish"), max_length=160, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    @property
    def tagline_in_readers_language(self):
        """The tagline in Swedish on the Swedish pages (where one is written), else Finnish."""
        if get_language() == "sv" and self.tagline_sv:
            return self.tagline_sv
        return self.tagline

    panels = [
        FieldPanel("portal_name"),
        FieldPanel("tagline"),
        FieldPanel("tagline_sv"),
        FieldPanel("contact_email"),
        PageChooserPanel("accessibility_page"),
        PageChooserPanel("privacy_page"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    select_related = ["accessibility_page", "privacy_page"]

    class Meta:
        verbose_name = _("portal settings")
        verbose_name_plural = _("portal settings")


class FooterLink(Orderable):
    """A link in the footer of every page, to a page of the portal or to another site."""

    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(_("label"), max_length=80)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("address"), blank=True)

    panels = [FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Choose either a page or an address, not both."))

    @property
    def href(self):
        return self.page.url if self.page_id else self.url
