"""Following the badges up: per class and term, how many pupils completed each badge and how
they assessed themselves, as counts only; and who follows which school."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class FollowUpRole(models.Model):
    """Who follows a town's badge figures: a principal or ICT lead their school, the
    digitalisation expert the whole town (``school`` empty). The town's moderators see every
    school of their town without a role."""

    class Role(models.TextChoices):
        PRINCIPAL = "rehtori", _("principal")
        ICT_LEAD = "tvt-vastaava", _("school's ICT lead")
        DIGITAL_LEAD = "digiasiantuntija", _("digitalisation expert of the municipality")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="badge_follow_up_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    school = models.ForeignKey(
        "municipalities.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("badge follow-up role")
        verbose_name_plural = _("badge follow-up roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "municipality", "school"], name="one_follow_up_role"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"


class CompletionReport(models.Model):
    """One class's badges of one term: how many pupils the class has, and for each badge
    (``counts``) how many completed it and how they assessed themselves. Nothing names a
    pupil: the class is a label such as "3A". A combined class ("Yhdysluokka 1–2") reports each
    of its grades apart, under the same label, as their badges differ."""

    class Term(models.TextChoices):
        AUTUMN = "syksy", _("autumn term")
        SPRING = "kevat", _("spring term")

    framework = models.ForeignKey(
        "badges.BadgeFrameworkPage",
        verbose_name=_("badge framework"),
        on_delete=models.CASCADE,
        related_name="completion_reports",
    )
    municipality = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    school = models.ForeignKey(
        "municipalities.School",
        verbose_name=_("school"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the school is later removed from the town's page.
    school_name = models.CharField(_("school"), max_length=160)
    group = models.CharField(_("class or group"), max_length=20)
    grade = models.ForeignKey(
        "plans.Grade", verbose_name=_("grade"), on_delete=models.PROTECT, related_name="+"
    )
    school_year = models.PositiveSmallIntegerField(_("school year starts"))
    term = models.CharField(_("term"), max_length=10, choices=Term.choices)
    pupils = models.PositiveSmallIntegerField(
        _("pupils in the class"), validators=[MaxValueValidator(200)]
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-school_year", "term", "school_name", "group"]
        verbose_name = _("badge completion report")
        verbose_name_plural = _("badge completion reports")
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "school_name", "group", "grade", "school_year", "term"],
                name="one_completion_report_per_class_grade_and_term",
            )
        ]

    def __str__(self):
        return f"{self.school_name} {self.group} {self.school_year} {self.get_term_display()}"


class CompletionCount(models.Model):
    """How many of a class have completed one badge this school year by the end of the term
    (the spring's count includes the autumn's), and how many chose each level of the
    framework's self-assessment scale (``self_assessment``: counts in the scale's order)."""

    report = models.ForeignKey(CompletionReport, on_delete=models.CASCADE, related_name="counts")
    badge = models.ForeignKey(
        "badges.Badge", verbose_name=_("badge"), on_delete=models.CASCADE, related_name="+"
    )
    completed = models.PositiveSmallIntegerField(
        _("pupils who completed it"), validators=[MaxValueValidator(200)]
    )
    self_assessment = models.JSONField(_("self-assessment"), default=list, blank=True)

    class Meta:
        verbose_name = _("badge completion")
        verbose_name_plural = _("badge completions")
        constraints = [
            models.UniqueConstraint(fields=["report", "badge"], name="one_count_per_badge")
        ]

    def __str__(self):
        return f"{self.report}: {self.badge} {self.completed}"
