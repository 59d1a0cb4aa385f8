from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.cache import fragment
from portal.core.feeds import FEED_LIMIT, PageFeedsMixin, newest_first
from portal.core.models import BasePage
from portal.core.visibility import public_copy_count, public_pages, public_pages_in_one_query
from portal.municipalities import register


def owned_content_models():
    """The content types a municipality owns, in the order of its ``subpage_types``: lesson
    plans, practices, annual clocks and development plans (apps above this one define them)."""
    return [
        (model, capfirst(model._meta.verbose_name_plural))
        for model in MunicipalityPage.allowed_subpage_models()
    ]


def network_models():
    """The networks app's page and membership models. Networks stand above municipalities, so
    this app names them (as Django names a model in a relation) instead of importing them."""
    return apps.get_model("networks", "NetworkPage"), apps.get_model(
        "networks", "NetworkMembership"
    )


class MunicipalityIndexPage(BasePage):
    """Every municipality in the portal, with its region, networks and open content."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["municipalities.MunicipalityPage"]
    max_count = 1

    @classmethod
    def town_path_length(cls):
        """The length of a municipality page's tree path: the first this many characters of a
        page's path name the municipality it belongs to."""
        index = cls.objects.only("depth").first()
        return ((index.depth + 1) if index else 4) * Page.steplen

    class Meta:
        verbose_name = _("municipality index")
        verbose_name_plural = _("municipality indexes")

    def get_context(self, request, *args, **kwargs):
        NetworkPage, NetworkMembership = network_models()
        context = super().get_context(request, *args, **kwargs)
        # A Swedish version of the index lists the towns of the Finnish one.
        index = self.default_language_version() or self
        towns = public_pages(MunicipalityPage.objects.child_of(index)).order_by("title")
        all_towns = list(towns)
        regions = sorted({(t.region_code, t.region_name) for t in all_towns}, key=lambda r: r[1])
        networks = list(
            public_pages(in_default_language(NetworkPage.objects.all())).order_by("title")
        )

        region = request.GET.get("maakunta", "")
        network_slug = request.GET.get("verkosto", "")
        name = request.GET.get("nimi", "").strip()[:80]
        with_content = request.GET.get("sisaltoa") == "1"
        if name:
            # Either of its names: "Kronoby" finds Kruunupyy too.
            towns = towns.filter(Q(title__icontains=name) | Q(name_sv__icontains=name))
        if region:
            towns = towns.filter(region_code=region)
        selected_network = next((n for n in networks if n.slug == network_slug), None)
        if selected_network:
            towns = towns.filter(network_memberships__network=selected_network)
        towns = list(towns)

        memberships = {}
        for membership in NetworkMembership.objects.filter(
            municipality__in=towns, network__in=networks
        ).select_related("network"):
            memberships.setdefault(membership.municipality_id, []).append(membership.network)
        counts = content_counts(towns)
        if with_content:
            towns = [town for town in towns if any(counts.get(town.pk, []))]
        context.update(
            towns=[
                {
                    "page": town,
                    "networks": memberships.get(town.pk, []),
                    "counts": counts.get(town.pk, []),
                }
                for town in towns
            ],
            regions=regions,
            networks=networks,
            selected_region=region,
            selected_network=selected_network,
            name=name,
            with_content=with_content,
            content_headings=[heading for _model, heading in owned_content_models()],
        )
        return context


def content_counts(towns):
    """Open content of each town by type: {town pk: [count per type in OWNED_CONTENT order]}.

    One grouped query per content type, whatever the number of towns or of pages.
    """
    if not towns:
        return {}
    path_length = len(towns[0].path)
    parent_path = towns[0].path[: -Page.steplen]
    by_path = {town.path: town.pk for town in towns}
    models_ = owned_content_models()
    counts = {town.pk: [0] * len(models_) for town in towns}
    for position, (model, _heading) in enumerate(models_):
        rows = (
            public_pages(model.objects.filter(depth=towns[0].depth + 1))
            .filter(path__startswith=parent_path)
            .annotate(town_path=Substr("path", 1, path_length))
            .values("town_path")
            .annotate(number=Count("pk"))
            .order_by()
        )
        for row in rows:
            town_pk = by_path.get(row["town_path"])
            if town_pk:
                counts[town_pk][position] = row["number"]
    return counts


class MunicipalityPage(PageFeedsMixin, BasePage):
    """A municipality (kunta): the owner of the plans, practices and annual clocks under it;
    its feeds hold the newest of them."""

    # Deleting the page never deletes the content under it (portal.core.wagtail_hooks).
    owns_content = True

    # One municipality page per number in each language (its Swedish version has the same
    # number): checked in ``clean``, as the page's language is on Wagtail's own table.
    municipality_code = models.CharField(
        _("municipality number"),
        max_length=3,
        db_index=True,
        choices=register.code_choices,
        help_text=_("Statistics Finland's number; the Swedish name and the region follow it."),
    )
    name_sv = models.CharField(_("name in Swedish"), max_length=80, blank=True, editable=False)
    region_code = models.CharField(_("region code"), max_length=10, blank=True, editable=False)
    region_fi = models.CharField(_("region"), max_length=80, blank=True, editable=False)
    region_sv = models.CharField(_("region in Swedish"), max_length=80, blank=True, editable=False)
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_title = models.CharField(_("contact person's title"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact person's work e-mail"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("municipality_code"),
        FieldPanel("introduction"),
        InlinePanel("schools", label=_("Schools")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_title"), FieldPanel("contact_email")],
            heading=_("Contact person for networks"),
            help_text=_("Shown only to signed-in users."),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("name_sv"),
        index.FilterField("region_code"),
    ]

    parent_page_types = ["municipalities.MunicipalityIndexPage"]
    subpage_types = [
        "plans.LessonPlanPage",
        "practices.PracticePage",
        "practices.AnnualClockPage",
        "practices.DevelopmentPlanPage",
        "badges.BadgeFrameworkPage",
    ]

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def clean(self):
        super().clean()
        same = MunicipalityPage.objects.filter(
            municipality_code=self.municipality_code, locale_id=self.locale_id
        ).exclude(pk=self.pk)
        if same.exists():
            raise ValidationError(
                {"municipality_code": _("This municipality already has a page of its own.")}
            )

    def save(self, *args, **kwargs):
        record = register.municipalities().get(self.municipality_code)
        if record is not None:
            self.name_sv = record.name_sv
            self.region_code = record.region_code
            self.region_fi = record.region_fi
            self.region_sv = record.region_sv
        super().save(*args, **kwargs)

    @property
    def name(self):
        """The municipality's name in the reader's language (Kronoby on the Swedish pages)."""
        return town_name(self.title, self.name_sv)

    @property
    def other_name(self):
        """Its name in the other national language, where it differs (shown beside the name)."""
        other = self.title if self.name == self.name_sv else self.name_sv
        return other if other and other != self.name else ""

    @property
    def region_name(self):
        return self.region_sv if get_language() == "sv" and self.region_sv else self.region_fi

    @cached_property
    def networks(self):
        NetworkPage, _membership = network_models()
        return list(
            public_pages(
                in_default_language(NetworkPage.objects.filter(memberships__municipality=self))
            )
            .order_by("title")
            .distinct()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            lists = self.public_lists()
        else:
            # Only what everyone may read: the same for every reader until the content changes.
            lists = fragment("town-lists", self.pk, build=self.public_lists)
        context.update(lists)
        context["show_contact"] = request.user.is_authenticated
        return context

    def feed_items(self, request):
        """The town's newest open content of every type, one query a type."""
        pages = []
        for model, _heading in owned_content_models():
            newest = public_pages_in_one_query(model.objects.child_of(self))
            newest = newest.order_by("-first_published_at").defer_streamfields()
            pages += model.for_feed(newest)[:FEED_LIMIT]
        for page in pages:
            page.town = self
        return newest_first(pages)

    def feed_description(self, request):
        return _(
            "The newest open lesson plans, good practices, annual clocks and development plans "
            "of %(town)s"
        ) % {"town": self.title}

    def public_lists(self):
        """The town's open content by type, newest first, and its schools."""
        sections = []
        # Copies of any type count (a plan made from a practice too), only the public ones.
        copies = public_copy_count()
        for model, heading in owned_content_models():
            pages = list(
                public_pages(model.objects.child_of(self))
                .order_by("-first_published_at")
                .annotate(copies=copies)
            )
            sections.append({"heading": str(heading), "pages": pages, "model": model})
        return {"sections": sections, "schools": list(self.schools.all())}


class School(Orderable):
    """A school of the municipality."""

    class SchoolType(models.TextChoices):
        PRE_PRIMARY = "esiopetus", _("pre-primary education")
        PRIMARY = "alakoulu", _("primary school (grades 1–6)")
        LOWER_SECONDARY = "yläkoulu", _("lower secondary school (grades 7–9)")
        COMPREHENSIVE = "yhtenäiskoulu", _("comprehensive school (grades 1–9)")
        UPPER_SECONDARY = "lukio", _("upper secondary school")

    municipality = ParentalKey(MunicipalityPage, on_delete=models.CASCADE, related_name="schools")
    name = models.CharField(_("name"), max_length=160)
    school_type = models.CharField(_("type"), max_length=20, choices=SchoolType.choices)

    panels = [FieldPanel("name"), FieldPanel("school_type")]

    class Meta(Orderable.Meta):
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def __str__(self):
        return self.name


def in_default_language(queryset):
    """The pages of ``queryset`` in the portal's own language: one municipality, network or
    town's content each, where a Swedish version of a page is a page of its own."""
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


def town_name(title, name_sv):
    """A municipality's name in the reader's language: its Swedish name from the register on
    the Swedish pages (Kronoby, Pargas), otherwise its Finnish one."""
    if name_sv and get_language() == "sv":
        return name_sv
    return title


class Town(NamedTuple):
    """What a list needs of an open municipality page: its path, slug and names."""

    path: str
    slug: str
    title: str
    name_sv: str = ""

    @property
    def name(self):
        return town_name(self.title, self.name_sv)


def public_towns():
    """Every open municipality page as a ``Town``, by its name in the reader's language: the
    libraries' municipality facet and the town named on each card. Kept until the content
    changes."""

    def read():
        towns = public_pages_in_one_query(in_default_language(MunicipalityPage.objects.all()))
        return list(towns.order_by("title").values_list("path", "slug", "title", "name_sv"))

    towns = [Town(*row) for row in fragment("public-towns", build=read)]
    return sorted(towns, key=lambda town: town.name) if get_language() == "sv" else towns
