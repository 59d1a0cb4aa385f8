"""A badge framework: the town's badges per grade for one school year, each with its skill
description and the curriculum's competences, and the scale pupils assess themselves on."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from badges.forms import BadgeFrameworkForm
from badges.lineage import BadgeLineage
from portal.sharing.models import ShareablePage, shareable_tabs


class BadgeFrameworkPage(RoutablePageMixin, ShareablePage):
    """A municipality's competence badges (osaamismerkit) for one school year.

    A new school year's version is made from the last one (``previous_version``); the old one
    stays readable. A badge keeps its ``code`` from one version to the next, so what was taught
    and completed under it is found from any year.
    """

    school_year = models.PositiveSmallIntegerField(
        _("school year starts"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The calendar year the school year starts in: 2025 for 2025–2026."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    previous_version = models.ForeignKey(
        "self",
        verbose_name=_("previous school year's version"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="next_versions",
    )

    content_panels = [
        *ShareablePage.content_panels,
        FieldRowPanel([FieldPanel("school_year"), FieldPanel("language")]),
        FieldPanel("introduction"),
        InlinePanel("badges", label=_("Badge"), heading=_("Badges")),
        InlinePanel("scale", label=_("Self-assessment level"), heading=_("Self-assessment scale")),
    ]
    edit_handler = shareable_tabs([ObjectList(content_panels, heading=_("Content"))])
    base_form_class = BadgeFrameworkForm

    search_fields = [
        *ShareablePage.search_fields,
        index.SearchField("introduction"),
        index.RelatedFields(
            "badges", [index.SearchField("name"), index.SearchField("description")]
        ),
        index.FilterField("school_year"),
    ]

    parent_page_types = ["municipalities.MunicipalityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("badge framework")
        verbose_name_plural = _("badge frameworks")

    def attributes_of_a_copy(self):
        # A copy in another town starts a lineage of its own: the source's earlier school
        # years are not its own.
        return {**super().attributes_of_a_copy(), "previous_version": None}

    @property
    def school_year_label(self):
        """The school year as it is written: "2025–2026"."""
        return school_year_label(self.school_year)

    @cached_property
    def badge_list(self):
        """The badges in grade order, each with its grade and competences read in two queries
        (a preview reads the editor's unsaved rows as they are)."""
        badges = self.badges.select_related("grade").prefetch_related("competences")
        return sorted(badges, key=lambda badge: (badge.grade.sort_order, badge.sort_order or 0))

    def badges_by_grade(self):
        """``[(grade, [badge, …]), …]`` in the curriculum's order of grades."""
        groups = []
        for badge in self.badge_list:
            if groups and groups[-1][0].pk == badge.grade_id:
                groups[-1][1].append(badge)
            else:
                groups.append((badge.grade, [badge]))
        return groups

    def lineage(self, user):
        return BadgeLineage(self, user)

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        return self.serve(request, *args, **kwargs)

    @path("merkit/<slug:code>/", name="badge")
    def badge_view(self, request, code):
        """One badge: its skill description, competences and the plans that teach it."""
        badge = next((badge for badge in self.badge_list if badge.code == code), None)
        if badge is None:
            raise Http404
        return TemplateResponse(
            request, "badges/badge_page.html", self.get_context(request, badge=badge)
        )

    def get_context(self, request, *args, badge=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lineage = self.lineage(request.user)
        context.update(
            badge=badge,
            earlier_versions=lineage.earlier_readable(),
            newer_versions=lineage.newer_readable(),
        )
        if badge is not None:
            context["plans"] = lineage.plans_teaching(badge.code)
        return context


class ScaleLevel(Orderable):
    """One step of the framework's self-assessment scale, lowest first ("Harjoittelen" …)."""

    framework = ParentalKey(BadgeFrameworkPage, on_delete=models.CASCADE, related_name="scale")
    name = models.CharField(_("name"), max_length=80)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("self-assessment level")
        verbose_name_plural = _("self-assessment scale")

    def __str__(self):
        return self.name


class Badge(ClusterableModel, Orderable):
    """A competence badge of one grade: its name, the skill it stands for and the curriculum's
    competences it builds."""

    framework = ParentalKey(BadgeFrameworkPage, on_delete=models.CASCADE, related_name="badges")
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Stays the same from one school year to the next, e.g. 3-tekstinkasittely."),
    )
    grade = models.ForeignKey(
        "plans.Grade", verbose_name=_("grade"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("skill description"))
    competences = ParentalManyToManyField(
        "plans.TransversalCompetence", verbose_name=_("transversal competences"), blank=True
    )

    # A copy of the framework matches its badges to its origin's by code (living copies).
    living_copy_key = "code"

    panels = [
        FieldRowPanel([FieldPanel("grade", widget=forms.Select), FieldPanel("code")]),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("competences", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("badge")
        verbose_name_plural = _("badges")

    def __str__(self):
        return self.name


def school_year_label(first_year):
    """ "2025–2026" for 2025."""
    return f"{first_year}–{first_year + 1}"
