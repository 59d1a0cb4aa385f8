from django import forms
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from networks.practices.annual_wheel import SCHOOL_YEAR_MONTHS
from networks.practices.blocks import ActivityBlock, MaterialsBlock, StepBlock
from networks.practices.calendar import annual_clock_calendar
from networks.practices.linked_data import annual_clock, development_plan, how_to
from portal.core.linked_data import json_ld_text
from portal.core.numbers import whole_number
from portal.core.visibility import public_pages_in_one_query
from portal.sharing.models import ShareablePage, shareable_tabs

OWNER_PARENT = ["municipalities.MunicipalityPage"]


class PracticePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PracticePage(ShareablePage):
    """A good practice (hyvä käytänne) of a municipality, in one of the four Tutor 2.0 areas."""

    area = models.ForeignKey(
        "practices.PracticeArea",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="practices",
    )
    need = RichTextField(
        _("why: the need"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("how: the steps"), blank=True)
    roles = models.CharField(_("who is responsible"), max_length=255, blank=True)
    timing = models.CharField(_("when"), max_length=255, blank=True)
    materials = StreamField(MaterialsBlock(), verbose_name=_("materials and links"), blank=True)
    evidence = RichTextField(
        _("evidence of effect"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_title = models.CharField(_("contact person's title"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact person's work e-mail"), blank=True)
    tags = ClusterTaggableManager(through=PracticePageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *ShareablePage.content_panels,
        FieldPanel("language"),
        FieldPanel("area", widget=forms.RadioSelect),
        FieldPanel("need"),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("roles"), FieldPanel("timing")]),
        FieldPanel("materials"),
        FieldPanel("evidence"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_title"), FieldPanel("contact_email")],
            heading=_("Contact"),
            help_text=_("The e-mail address is shown only to signed-in users."),
        ),
        FieldPanel("tags"),
    ]
    edit_handler = shareable_tabs([ObjectList(content_panels, heading=_("Content"))])

    search_fields = [
        *ShareablePage.search_fields,
        index.SearchField("need"),
        index.SearchField("steps"),
        index.SearchField("evidence"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("area"),
    ]

    parent_page_types = OWNER_PARENT
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request):
        """The schema.org HowTo text, kept until the content changes (a preview builds its own)."""
        return json_ld_text("practice-json-ld", self, request, build=lambda: how_to(self, request))

    @classmethod
    def for_feed(cls, queryset):
        return queryset.select_related("area")

    def feed_categories(self):
        return [self.area.name]


class AnnualClockPage(RoutablePageMixin, ShareablePage):
    """An annual clock (vuosikello): a school year of recurring activities, month by month."""

    school_year = models.CharField(
        _("school year"), max_length=20, blank=True, help_text=_("For example: 2025–2026")
    )
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    activities = StreamField(
        [("activity", ActivityBlock())], verbose_name=_("activities"), blank=True
    )

    content_panels = [
        *ShareablePage.content_panels,
        FieldPanel("language"),
        FieldPanel("school_year"),
        FieldPanel("introduction"),
        FieldPanel("activities"),
    ]
    edit_handler = shareable_tabs([ObjectList(content_panels, heading=_("Content"))])

    search_fields = [
        *ShareablePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("activities"),
    ]

    parent_page_types = OWNER_PARENT
    subpage_types = []

    class Meta:
        verbose_name = _("annual clock")
        verbose_name_plural = _("annual clocks")

    @cached_property
    def activity_list(self):
        """The activities as plain dicts in school-year order (August first), numbered.

        Of the related practices only those the public may read are named: the clock is read
        by people who may not see a draft or a town's own practice, not even its title.
        """
        order = {month: position for position, month in enumerate(SCHOOL_YEAR_MONTHS)}
        linked = [
            page.pk
            for block in self.activities
            for page in block.value.get("practices") or []
            if page is not None
        ]
        readable = set()
        if linked:
            public = public_pages_in_one_query(Page.objects.filter(pk__in=linked))
            readable = set(public.values_list("pk", flat=True))
        items = []
        for number, block in enumerate(self.activities, start=1):
            value = block.value
            items.append(
                {
                    "number": number,
                    "anchor": f"tehtava-{number}",
                    "month": int(value["month"]),
                    "week_start": value.get("week_start"),
                    "week_end": value.get("week_end"),
                    "title": value["title"],
                    "responsible": value.get("responsible") or "",
                    "audience": value.get("audience") or "",
                    "practices": [
                        page
                        for page in value.get("practices") or []
                        if page is not None and page.pk in readable
                    ],
                    "notes": value.get("notes") or "",
                }
            )
        items.sort(key=lambda item: (order[item["month"]], item["week_start"] or 0))
        return items

    def first_year(self):
        """The calendar year in which the page's school year starts (from "2025–2026")."""
        words = "".join(ch if ch.isalnum() else " " for ch in self.school_year).split()
        years = (whole_number(word, digits=4) for word in words)
        return next((year for year in years if year is not None), None)

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        return self.serve(request, *args, **kwargs)

    @path("kalenteri/", name="calendar")
    def calendar(self, request):
        """The clock as iCalendar for a chosen school year (?lukuvuosi=2025 → 2025–2026)."""
        requested = request.GET.get("lukuvuosi", "")
        if requested:
            first_year = whole_number(requested, digits=4)
            if first_year is None or not 2000 <= first_year <= 2100:
                raise Http404
        else:
            # The school year going on today: a clock is kept from one year to the next.
            first_year = current_school_year()
        body = annual_clock_calendar(self, first_year, request=request)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.slug}-{first_year}-{first_year + 1}.ics"'
        )
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        by_month = {month: [] for month in SCHOOL_YEAR_MONTHS}
        for activity in self.activity_list:
            by_month[activity["month"]].append(activity)
        # The school year going on today is offered first, whatever year the clock was made for.
        first = current_school_year()
        context.update(
            months=[(month, by_month[month]) for month in SCHOOL_YEAR_MONTHS],
            calendar_years=[first - 1, first, first + 1],
            default_calendar_year=first,
            json_ld=self.json_ld(request),
        )
        return context

    def json_ld(self, request):
        """The schema.org CreativeWork text, kept until the content changes."""
        return json_ld_text(
            "annual-clock-json-ld", self, request, build=lambda: annual_clock(self, request)
        )


def current_school_year():
    today = timezone.localdate()
    return today.year if today.month >= 8 else today.year - 1


class DevelopmentPlanPage(ShareablePage):
    """A municipality's ICT or digital programme: vision, current state, goals and measures."""

    vision = RichTextField(_("vision"), blank=True)
    strengths = RichTextField(_("strong areas"), blank=True)
    to_develop = RichTextField(_("areas to develop"), blank=True)
    goals = RichTextField(_("goals"), blank=True)

    content_panels = [
        *ShareablePage.content_panels,
        FieldPanel("language"),
        FieldPanel("vision"),
        MultiFieldPanel(
            [FieldPanel("strengths"), FieldPanel("to_develop")], heading=_("Current state")
        ),
        FieldPanel("goals"),
        InlinePanel("measures", label=_("Measures")),
        InlinePanel("followups", label=_("Yearly follow-up")),
    ]
    edit_handler = shareable_tabs([ObjectList(content_panels, heading=_("Content"))])

    search_fields = [
        *ShareablePage.search_fields,
        index.SearchField("vision"),
        index.SearchField("goals"),
        index.RelatedFields("measures", [index.SearchField("goal"), index.SearchField("measure")]),
    ]

    parent_page_types = OWNER_PARENT
    subpage_types = []

    class Meta:
        verbose_name = _("development plan")
        verbose_name_plural = _("development plans")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request):
        """The schema.org CreativeWork text, kept until the content changes."""
        return json_ld_text(
            "development-plan-json-ld", self, request, build=lambda: development_plan(self, request)
        )


class Measure(Orderable):
    """One row of the plan's table: goal, measure, who, when and how it is followed up."""

    plan = ParentalKey(DevelopmentPlanPage, on_delete=models.CASCADE, related_name="measures")
    goal = models.CharField(_("goal"), max_length=400)
    measure = models.TextField(_("measure"))
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    schedule = models.CharField(_("schedule"), max_length=120, blank=True)
    indicator = models.CharField(_("follow-up and evaluation"), max_length=400, blank=True)

    panels = [
        FieldPanel("goal"),
        FieldPanel("measure"),
        FieldRowPanel([FieldPanel("responsible"), FieldPanel("schedule")]),
        FieldPanel("indicator"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("measure")
        verbose_name_plural = _("measures")


class FollowUp(Orderable):
    """A year's follow-up figures of the plan (team planning meetings, plans made and used)."""

    plan = ParentalKey(DevelopmentPlanPage, on_delete=models.CASCADE, related_name="followups")
    year = models.PositiveSmallIntegerField(_("year"))
    team_meetings = models.PositiveIntegerField(_("team planning meetings held"), default=0)
    plans_created = models.PositiveIntegerField(_("plans created"), default=0)
    plans_implemented = models.PositiveIntegerField(_("plans implemented"), default=0)
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldPanel("year"),
        FieldRowPanel(
            [
                FieldPanel("team_meetings"),
                FieldPanel("plans_created"),
                FieldPanel("plans_implemented"),
            ]
        ),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["year"]
        verbose_name = _("yearly follow-up")
        verbose_name_plural = _("yearly follow-ups")
