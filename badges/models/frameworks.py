"""A badge framework: the town's badges per grade for one school year, each with its skill
description and the curriculum's competences, and the scale pupils assess themselves on."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from portal.sharing.models import ShareablePage


class BadgeFrameworkPage(ShareablePage):
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

    parent_page_types = ["municipalities.MunicipalityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("badge framework")
        verbose_name_plural = _("badge frameworks")


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

    panels = [
        FieldPanel("grade"),
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("competences"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("badge")
        verbose_name_plural = _("badges")

    def __str__(self):
        return self.name
