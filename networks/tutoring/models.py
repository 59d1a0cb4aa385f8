"""Tutor work: the sessions tutor teachers log, and who may read them.

A tutor teacher is a user in the "Tutoropettajat" group (created by a migration) who belongs
to a municipality's teachers or moderators. She logs her own sessions and sees only them; the
municipality's moderators see all of the municipality's sessions; a network's coordinators see
the network's sessions only as sums in the tutor-work report (networks.tutoring).
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.municipalities.models import MunicipalityPage, in_default_language
from portal.municipalities.roles import moderated_municipalities

TUTORS_GROUP = "Tutoropettajat"


class TutorSession(models.Model):
    """One session of tutor work: who, when, how long, where, what kind and on what theme."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "yksilo", _("individual guidance")
        GROUP = "ryhma", _("group training")
        CO_TEACHING = "samanaikais", _("co-teaching")
        PLANNING = "suunnittelu", _("planning")
        TAKEOVER = "valtaus", _("school takeover")
        OWN_TRAINING = "oma", _("own training")
        OTHER = "muu", _("other")

    class Theme(models.TextChoices):
        # The four Tutor 2.0 areas ...
        SUPPORT = "oppilaan-tuki", _("pupil support")
        WELLBEING = "hyvinvointi", _("well-being")
        CURRICULUM = "ops", _("curriculum (OPS)")
        DIGI = "digi", _("digital skills in general")
        # ... and the digital topics of the tutor-teacher networks.
        AI = "tekoaly", _("digital: artificial intelligence")
        SAFETY = "tietoturva", _("digital: data security and privacy")
        PROGRAMMING = "ohjelmointi", _("digital: programming")
        PLATFORMS = "oppimisymparistot", _("digital: learning platforms")
        MEDIA = "mediataito", _("digital: media literacy")

    tutor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tutor teacher"),
        on_delete=models.CASCADE,
        related_name="tutor_sessions",
        editable=False,
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=45,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
    )
    town = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="tutor_sessions",
    )
    school = models.CharField(_("school"), max_length=160, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices, default=Theme.DIGI)
    teachers_reached = models.PositiveSmallIntegerField(
        _("teachers reached"), default=1, validators=[MaxValueValidator(1000)]
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("logged at"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("minutes")]),
        FieldRowPanel([FieldPanel("town", widget=forms.Select), FieldPanel("school")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("theme")]),
        FieldPanel("teachers_reached"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["town", "date"]), models.Index(fields=["tutor", "date"])]
        verbose_name = _("tutor session")
        verbose_name_plural = _("tutor sessions")

    def __str__(self):
        return f"{self.date:%-d.%-m.%Y} {self.get_kind_display()} ({self.minutes} min)"

    def clean(self):
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("A session cannot be logged for a future day.")})

    @property
    def hours(self):
        return round(self.minutes / 60, 2)

    def _tutor_name(self):
        return self.tutor.get_full_name() or self.tutor.get_username()

    _tutor_name.short_description = _("tutor teacher")
    tutor_name = property(_tutor_name)


def is_tutor(user):
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name=TUTORS_GROUP).exists()
    )


def tutor_towns(user):
    """The municipalities in which the user may log sessions: those she teaches or moderates."""
    towns = in_default_language(MunicipalityPage.objects.order_by("title"))
    if not user.is_authenticated:
        return towns.none()
    if user.is_superuser:
        return towns
    return towns.filter(group_permissions__group__in=user.groups.all()).distinct()


def visible_sessions(user):
    """The sessions the user may read one by one: her own and those of the towns she moderates."""
    sessions = TutorSession.objects.all()
    if not user.is_authenticated:
        return sessions.none()
    if user.is_superuser:
        return sessions
    return sessions.filter(Q(tutor=user) | Q(town__in=moderated_municipalities(user)))


def term_of(day):
    """The school term of a day: spring (K, January–July) or autumn (S, August–December)."""
    return f"{day.year}-{'K' if day.month < 8 else 'S'}"


def term_label(term):
    year, season = term.split("-")
    name = _("spring") if season == "K" else _("autumn")
    return f"{name} {year}"


class CompetenceSurvey(ClusterableModel):
    """A network's short survey of competence areas, answered on a scale of 1 to 5."""

    network = models.ForeignKey(
        "networks.NetworkPage",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="competence_surveys",
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    is_open = models.BooleanField(
        _("open for answers"), default=True, help_text=_("Teachers answer once a term.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        FieldPanel("network", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("is_open"),
        InlinePanel("areas", min_num=1, max_num=15, label=_("Competence areas")),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("competence survey")
        verbose_name_plural = _("competence surveys")

    def __str__(self):
        return self.title


class CompetenceArea(Orderable):
    survey = ParentalKey(CompetenceSurvey, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(_("competence area"), max_length=160)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("competence area")
        verbose_name_plural = _("competence areas")

    def __str__(self):
        return self.name


class CompetenceAnswer(models.Model):
    """One teacher's answer for one term. Reports show only sums of groups of five or more;
    the respondent is kept only so that she answers once a term."""

    survey = models.ForeignKey(CompetenceSurvey, on_delete=models.CASCADE, related_name="answers")
    term = models.CharField(_("term"), max_length=6)
    town = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="competence_answers",
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "term", "respondent"],
                condition=Q(respondent__isnull=False),
                name="one_competence_answer_a_term",
            )
        ]
        verbose_name = _("competence answer")
        verbose_name_plural = _("competence answers")

    def __str__(self):
        return f"{self.survey} {self.term}"


class CompetenceScore(models.Model):
    answer = models.ForeignKey(CompetenceAnswer, on_delete=models.CASCADE, related_name="scores")
    area = models.ForeignKey(CompetenceArea, on_delete=models.CASCADE, related_name="scores")
    score = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "area"], name="one_score_an_area"),
            models.CheckConstraint(
                condition=Q(score__gte=1, score__lte=5), name="score_from_one_to_five"
            ),
        ]

    def __str__(self):
        return f"{self.area}: {self.score}"


def term_range(term):
    """The first and last day of a term ("2026-S": August to December 2026)."""
    year, season = term.split("-")
    year = int(year)
    if season == "K":
        return datetime.date(year, 1, 1), datetime.date(year, 7, 31)
    return datetime.date(year, 8, 1), datetime.date(year, 12, 31)


def recent_terms(count=6, day=None):
    """The terms up to and including the one of ``day`` (today), newest first."""
    day = day or timezone.localdate()
    terms = []
    year, season = int(term_of(day)[:4]), term_of(day)[-1]
    for _number in range(count):
        terms.append(f"{year}-{season}")
        year, season = (year, "K") if season == "S" else (year - 1, "S")
    return terms


class TeamPlanning(models.Model):
    """A school's team planning in one term (Rusko's model): meetings held and plans put into
    practice, entered by the town's moderators; the plans made are counted from the portal."""

    town = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="team_planning",
    )
    school = models.CharField(_("school"), max_length=160)
    term = models.CharField(_("term"), max_length=6)
    meetings = models.PositiveSmallIntegerField(
        _("team planning meetings held"), default=0, validators=[MaxValueValidator(500)]
    )
    implemented = models.PositiveSmallIntegerField(
        _("plans put into practice"), default=0, validators=[MaxValueValidator(5000)]
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("town", widget=forms.Select), FieldPanel("school")]),
        FieldPanel("term", widget=forms.Select),
        FieldRowPanel([FieldPanel("meetings"), FieldPanel("implemented")]),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-term", "town__title", "school"]
        constraints = [
            models.UniqueConstraint(fields=["town", "school", "term"], name="one_record_a_term")
        ]
        verbose_name = _("team planning follow-up")
        verbose_name_plural = _("team planning follow-up")

    def __str__(self):
        return f"{self.school} {term_label(self.term)}"

    def _term_name(self):
        return term_label(self.term)

    _term_name.short_description = _("term")
    term_name = property(_term_name)


def school_year_of(day):
    """The school year of a day, August to July: "2026–2027"."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"{first}–{first + 1}"


class TrainingPlan(models.Model):
    """A tutor teacher's own training plan for a school year: what her schools need, what she
    will learn, and how (Keski-Suomi's needs-based training, kouluttautumissuunnitelma)."""

    tutor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tutor teacher"),
        on_delete=models.CASCADE,
        related_name="training_plans",
        editable=False,
    )
    school_year = models.CharField(_("school year"), max_length=9)
    town = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="training_plans",
    )
    needs = models.TextField(
        _("what the schools need"),
        help_text=_("From the competence mapping and the schools' wishes."),
    )
    goals = models.TextField(_("what I will learn"))
    trainings = models.TextField(
        _("trainings I will take part in"),
        blank=True,
        help_text=_("One a line: the training, its organiser and when."),
    )
    follow_up = models.TextField(_("how it went"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("school_year", widget=forms.Select),
                       FieldPanel("town", widget=forms.Select)]),
        FieldPanel("needs"),
        FieldPanel("goals"),
        FieldPanel("trainings"),
        FieldPanel("follow_up"),
    ]  # fmt: skip

    class Meta:
        ordering = ["-school_year", "tutor__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["tutor", "school_year"], name="one_training_plan_a_year"
            )
        ]
        verbose_name = _("training plan")
        verbose_name_plural = _("training plans")

    def __str__(self):
        return f"{self.tutor_name} {self.school_year}"

    def _tutor_name(self):
        return self.tutor.get_full_name() or self.tutor.get_username()

    _tutor_name.short_description = _("tutor teacher")
    tutor_name = property(_tutor_name)
