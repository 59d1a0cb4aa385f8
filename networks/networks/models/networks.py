import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Substr
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from networks.networks.blocks import GoverningBodyBlock
from networks.networks.calendar import events_calendar
from networks.networks.linked_data import event
from networks.networks.models.collections import CollectionPage
from portal.core.cache import PAGE_CACHE_SECONDS, PUBLIC_MAX_AGE, fragment
from portal.core.feeds import FEED_LIMIT, PageFeedsMixin, newest_first
from portal.core.linked_data import json_ld_text
from portal.core.models import BasePage
from portal.core.visibility import public_pages, public_pages_in_one_query
from portal.municipalities.models import MunicipalityPage, owned_content_models, public_towns


class NetworkIndexPage(BasePage):
    """Every network of municipalities in the portal."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.NetworkPage"]
    max_count = 1

    class Meta:
        verbose_name = _("network index")
        verbose_name_plural = _("network indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A Swedish version of the index lists the networks of the Finnish one.
        index = self.default_language_version() or self
        networks = list(public_pages(NetworkPage.objects.child_of(index)).order_by("title"))
        member_counts = dict(
            NetworkMembership.objects.filter(network__in=networks)
            .values_list("network")
            .annotate(number=models.Count("pk"))
            .order_by()
        )
        context["networks"] = [
            {"page": network, "members": member_counts.get(network.pk, 0)} for network in networks
        ]
        return context


# How long a minute's event lists are kept (a little past the minute they are for).
EVENTS_KEPT_SECONDS = 90


def kept_lists(page, request, name):
    """The page's ``public_lists()``, kept until the content changes (a preview reads its own).
    Events are not among them: which are upcoming changes with the clock."""
    if getattr(request, "is_preview", False):
        return page.public_lists()
    return fragment(name, page.pk, build=page.public_lists)


class EventFeedMixin(RoutablePageMixin):
    """Upcoming and past events below the page, and their iCalendar feed (kalenteri.ics)."""

    def events(self):
        return public_pages(EventPage.objects.descendant_of(self)).order_by("start")

    def upcoming_events(self, limit=10):
        return list(self.events().filter(end__gte=timezone.now())[:limit])

    def past_events(self, limit=10):
        return list(self.events().filter(end__lt=timezone.now()).order_by("-start")[:limit])

    def event_lists(self, request):
        """The upcoming events (10) and the latest past ones (5), for the page's context. Which
        are upcoming changes with the clock: kept for the current minute only (an event that
        ends lists as upcoming for up to a minute longer), and until the content changes. A
        preview reads its own."""

        def read():
            return {"upcoming_events": self.upcoming_events(), "past_events": self.past_events(5)}

        if getattr(request, "is_preview", False):
            return read()
        minute = timezone.now().strftime("%Y%m%d%H%M")
        return fragment("events", self.pk, minute, build=read, timeout=EVENTS_KEPT_SECONDS)

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        return self.serve(request, *args, **kwargs)

    @path("kalenteri/", name="calendar")
    def calendar(self, request):
        body = events_calendar(self.events(), name=self.title, request=request)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{self.slug}.ics"'
        return response


class NetworkPage(PageFeedsMixin, EventFeedMixin, BasePage):
    """A network of municipalities: its purpose, members, governance, regions and events; its
    news feeds hold the newest open content of its member towns and its own events."""

    # Deleting the page never deletes the content under it (portal.core.wagtail_hooks).
    owns_content = True

    purpose = RichTextField(_("purpose"), blank=True)
    goals = StreamField(
        [("goal", blocks.CharBlock(label=_("Goal"), max_length=300, icon="tick"))],
        verbose_name=_("goals"),
        blank=True,
    )
    coordinating_municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("coordinating municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chair_municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("chair municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chair_start_year = models.PositiveSmallIntegerField(
        _("chair from (year)"), null=True, blank=True
    )
    chair_end_year = models.PositiveSmallIntegerField(
        _("chair until (year)"), null=True, blank=True
    )
    bodies = StreamField(
        [("body", GoverningBodyBlock())], verbose_name=_("governance bodies"), blank=True
    )
    coordinators_approve = models.BooleanField(
        _("coordinators approve content of the network"),
        default=False,
        help_text=_(
            "When set, what is submitted to the network's collections and pages is published "
            "only after the content check and a coordinator's approval."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("purpose"),
        FieldPanel("goals"),
        InlinePanel("memberships", label=_("Member municipalities")),
        FieldPanel("coordinating_municipality"),
        MultiFieldPanel(
            [
                FieldPanel("chair_municipality"),
                FieldRowPanel([FieldPanel("chair_start_year"), FieldPanel("chair_end_year")]),
            ],
            heading=_("Chair"),
        ),
        FieldPanel("bodies"),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("coordinators_approve")]

    search_fields = [*BasePage.search_fields, index.SearchField("purpose")]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["networks.RegionPage", "networks.CollectionPage", "networks.EventPage"]

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def clean(self):
        super().clean()
        start, end = self.chair_start_year, self.chair_end_year
        if start and end and end < start:
            raise ValidationError(
                {"chair_end_year": _("The chair period cannot end before it starts.")}
            )

    @cached_property
    def member_list(self):
        return list(self.memberships.select_related("municipality").filter(municipality__live=True))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            kept_lists(self, request, "network-lists"),
            **self.event_lists(request),
        )
        return context

    def feed_items(self, request):
        """The newest open content of the open member towns (one query a type) and the
        newest of the network's events, its regions' included (one query)."""
        events = self.events().order_by("-first_published_at").defer_streamfields()
        pages = list(EventPage.for_feed(events)[:FEED_LIMIT])
        members = set(self.memberships.values_list("municipality__path", flat=True))
        towns = {town.path: town for town in public_towns() if town.path in members}
        if towns:
            path_length = len(next(iter(towns)))
            for model, _heading in owned_content_models():
                newest = (
                    public_pages_in_one_query(model.objects.all())
                    .annotate(town_path=Substr("path", 1, path_length))
                    .filter(town_path__in=sorted(towns))
                    .order_by("-first_published_at")
                    .defer_streamfields()
                )
                found = list(model.for_feed(newest)[:FEED_LIMIT])
                for page in found:
                    page.town = towns[page.town_path]
                pages += found
        return newest_first(pages)

    def feed_description(self, request):
        return _(
            "The newest open content of the member municipalities of %(network)s, and its events"
        ) % {"network": self.title}

    def public_lists(self):
        """Members, regions and collections: the same for every reader until a publish."""
        return {
            "members": self.member_list,
            "regions": list(public_pages(RegionPage.objects.child_of(self)).order_by("title")),
            "collections": list(
                public_pages(CollectionPage.objects.descendant_of(self)).order_by("title")
            ),
        }


class NetworkMembership(Orderable):
    """A municipality's membership in a network, since the year it joined."""

    network = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="network_memberships",
    )
    join_year = models.PositiveSmallIntegerField(_("joined (year)"), null=True, blank=True)

    panels = [FieldPanel("municipality"), FieldPanel("join_year")]

    class Meta(Orderable.Meta):
        verbose_name = _("member municipality")
        verbose_name_plural = _("member municipalities")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "municipality"], name="unique_network_membership"
            )
        ]


class RegionPageForm(WagtailAdminPageForm):
    """A region's municipalities are chosen from its network's members only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        network = self.parent_page.specific if self.parent_page else None
        if isinstance(network, NetworkPage) and "municipalities" in self.fields:
            self.fields["municipalities"].queryset = MunicipalityPage.objects.filter(
                network_memberships__network=network
            ).order_by("title")


class RegionPage(EventFeedMixin, BasePage):
    """A region of a network, led by a regional coordinator who is a tutor teacher."""

    coordinator_name = models.CharField(_("regional coordinator"), max_length=120, blank=True)
    coordinator_title = models.CharField(_("coordinator's title"), max_length=120, blank=True)
    coordinator_school = models.CharField(_("coordinator's school"), max_length=160, blank=True)
    coordinator_email = models.EmailField(_("coordinator's work e-mail"), blank=True)
    municipalities = ParentalManyToManyField(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="regions",
    )
    description = RichTextField(_("description"), blank=True)

    search_fields = [*BasePage.search_fields, index.SearchField("description")]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_title"),
                FieldPanel("coordinator_school"),
                FieldPanel("coordinator_email"),
            ],
            heading=_("Regional coordinator"),
            help_text=_("The e-mail address is shown only to signed-in users."),
        ),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
    ]

    parent_page_types = ["networks.NetworkPage"]
    subpage_types = ["networks.EventPage", "networks.CollectionPage"]
    base_form_class = RegionPageForm

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            kept_lists(self, request, "region-lists"),
            **self.event_lists(request),
            show_contact=request.user.is_authenticated,
        )
        return context

    def public_lists(self):
        """Member towns and collections: the same for every reader until a publish."""
        return {
            "towns": list(public_pages(self.municipalities.all()).order_by("title")),
            "collections": list(
                public_pages(CollectionPage.objects.child_of(self)).order_by("title")
            ),
        }


# How long a page may be kept by the portal's page cache and then by a browser: a page whose
# registration closes sooner is not kept, so "Ilmoittaudu" never outlives the deadline.
KEPT_AT_MOST = datetime.timedelta(seconds=PAGE_CACHE_SECONDS + PUBLIC_MAX_AGE)


class EventPage(RoutablePageMixin, BasePage):
    """A meeting, a training or a school takeover (kouluvaltaus) of a network or a region; a
    reader adds it to her calendar (kalenteri/: one event's iCalendar file) and registers
    through its registration link until registration closes."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        TRAINING = "training", _("Training")
        SCHOOL_TAKEOVER = "school_takeover", _("School takeover")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MEETING)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=255, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    description = RichTextField(_("description"), blank=True)
    host_school = models.CharField(_("host school"), max_length=160, blank=True)
    themes = models.CharField(
        _("themes"), max_length=400, blank=True, help_text=_("Separate the themes with commas.")
    )
    audience = models.CharField(_("who may join"), max_length=255, blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("The form where participants register, e.g. a Webropol or Forms link."),
    )
    registration_deadline = models.DateField(
        _("last day to register"),
        null=True,
        blank=True,
        help_text=_("Without a date, registration closes when the event starts."),
    )
    # After the event: how many took part and what they said (trainings and takeovers).
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, validators=[MaxValueValidator(100_000)]
    )
    feedback_score = models.DecimalField(
        _("feedback (average, 1–5)"),
        max_digits=2,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    feedback = models.TextField(
        _("feedback in short"),
        blank=True,
        max_length=2000,
        help_text=_("What the participants said, in a few sentences; no names."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("location"),
        FieldPanel("online_url"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("host_school"),
                FieldPanel("themes"),
                FieldPanel("audience"),
                FieldRowPanel(
                    [FieldPanel("registration_url"), FieldPanel("registration_deadline")]
                ),
            ],
            heading=_("Participation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("participants"), FieldPanel("feedback_score")]),
                FieldPanel("feedback"),
            ],
            heading=_("After the event"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("themes"),
        index.FilterField("start"),
    ]

    parent_page_types = ["networks.NetworkPage", "networks.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
        if self.kind == self.Kind.SCHOOL_TAKEOVER and not self.host_school:
            raise ValidationError({"host_school": _("A school takeover needs its host school.")})
        deadline = self.registration_deadline
        if deadline and self.end and deadline > timezone.localdate(self.end):
            raise ValidationError(
                {"registration_deadline": _("Registration cannot close after the event ends.")}
            )

    def registration_closes(self):
        """When registration closes: at the end of its last day (Finnish time), else as the
        event starts."""
        deadline = self.registration_deadline
        if deadline is None:
            return self.start
        next_day = datetime.datetime.combine(deadline + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(next_day)

    @property
    def registration_open(self):
        return bool(self.registration_url) and timezone.now() < self.registration_closes()

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        response = self.serve(request, *args, **kwargs)
        if self.registration_url:
            now = timezone.now()
            if now < self.registration_closes() <= now + KEPT_AT_MOST:
                patch_cache_control(response, no_cache=True)
        return response

    @path("kalenteri/", name="calendar")
    def calendar(self, request):
        """The event alone as an iCalendar file, for "Lisää kalenteriin"."""
        body = events_calendar([self], name=self.title, request=request)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def feed_categories(self):
        return [str(self.get_kind_display())]

    @property
    def theme_list(self):
        return [theme.strip() for theme in self.themes.split(",") if theme.strip()]

    def hosts(self):
        """The network that holds the event and, for a region's event, the region (one query)."""
        return list(Page.objects.ancestor_of(self).type(NetworkPage, RegionPage).order_by("depth"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = json_ld_text(
            "event-json-ld", self, request, build=lambda: event(self, request)
        )
        return context
