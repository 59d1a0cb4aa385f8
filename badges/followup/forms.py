"""The teacher's form: one class's badges of one term, as counts.

The class's details come first (school, class label, term, pupils, a note), then a row for each
badge of the grade: how many completed it and how many chose each level of the framework's
self-assessment scale. The counts are what the class has completed by the end of the
term, this school year: the spring's counts include the autumn's. A pupil assesses herself
after completing a badge, so the
self-assessment counts of a badge add up to at most the number who completed it (fewer when
some pupils did not answer).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from badges.followup.privacy import class_label_problem, normalise_class_label, note_problems
from badges.models import CompletionReport

MAX_PUPILS = 200

COUNT_ERRORS = {
    "required": _("Enter a number: 0 if nobody."),
    "invalid": _("Enter a whole number, such as 0, 5 or 18."),
    "min_value": _("The number cannot be negative."),
    "max_value": _("The number can be at most %(limit_value)s."),
}


def count_field(label, minimum=0, **messages):
    return forms.IntegerField(
        label=label,
        min_value=minimum,
        max_value=MAX_PUPILS,
        error_messages={**COUNT_ERRORS, **messages},
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "badge-count"}),
    )


class BadgeRow:
    """A badge's fields in the form: the completed count and one count per scale level."""

    def __init__(self, form, badge):
        self.badge = badge
        self.completed = form[f"b{badge.pk}_completed"]
        self.levels = [
            (level, form[f"b{badge.pk}_level{index}"]) for index, level in enumerate(form.scale)
        ]

    @property
    def errors(self):
        fields = [self.completed, *[field for _level, field in self.levels]]
        return [error for field in fields for error in field.errors]


class CompletionReportForm(forms.Form):
    school = forms.TypedChoiceField(
        label=_("School"), coerce=int, error_messages={"required": _("Choose the school.")}
    )
    group = forms.CharField(
        label=_("Class or group"),
        max_length=20,
        help_text=_("A class label such as 3A, 7B or Yhdysluokka 1–2: never a pupil's name."),
        error_messages={"required": _("Write the class label, such as 3A.")},
    )
    term = forms.ChoiceField(
        label=_("Term"),
        choices=CompletionReport.Term.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the term.")},
    )
    pupils = count_field(
        _("Pupils in the class"),
        minimum=1,
        required=_("Enter the number of pupils in the class."),
        min_value=_("A class has at least one pupil."),
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example what helped or what was hard. No names, identity codes, phone numbers "
            "or e-mail addresses."
        ),
    )

    def __init__(self, *args, schools, badges, scale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].choices = [("", "—"), *[(s.pk, s.name) for s in schools]]
        self.schools = {s.pk: s for s in schools}
        self.badges = list(badges)
        self.scale = list(scale)
        for badge in self.badges:
            self.fields[f"b{badge.pk}_completed"] = count_field(
                gettext("%(badge)s: pupils who completed it") % {"badge": badge.name}
            )
            for index, level in enumerate(self.scale):
                field = count_field(
                    gettext("%(badge)s: self-assessment “%(level)s”")
                    % {"badge": badge.name, "level": level.name}
                )
                field.required = False
                self.fields[f"b{badge.pk}_level{index}"] = field

    def rows(self):
        return [BadgeRow(self, badge) for badge in self.badges]

    def clean_group(self):
        problem = class_label_problem(self.cleaned_data["group"])
        if problem:
            raise ValidationError(problem)
        return normalise_class_label(self.cleaned_data["group"])

    def clean_note(self):
        problems = note_problems(self.cleaned_data["note"])
        if problems:
            raise ValidationError(" ".join(problems))
        return self.cleaned_data["note"].strip()

    def clean_school(self):
        return self.schools[self.cleaned_data["school"]]

    def clean(self):
        cleaned = super().clean()
        pupils = cleaned.get("pupils")
        for badge in self.badges:
            completed = cleaned.get(f"b{badge.pk}_completed")
            if completed is not None and pupils is not None and completed > pupils:
                self.add_error(
                    f"b{badge.pk}_completed",
                    gettext(
                        "%(completed)s completed, but the class has %(pupils)s pupils: at most "
                        "%(pupils)s can complete a badge."
                    )
                    % {"completed": completed, "pupils": pupils},
                )
                continue
            levels = [cleaned.get(f"b{badge.pk}_level{i}") for i in range(len(self.scale))]
            if completed is None or any(
                f"b{badge.pk}_level{i}" in self.errors for i in range(len(self.scale))
            ):
                continue
            assessed = sum(level or 0 for level in levels)
            if assessed > completed:
                self.add_error(
                    f"b{badge.pk}_level0",
                    gettext(
                        "The self-assessments add up to %(assessed)s, but %(completed)s pupils "
                        "completed the badge: pupils assess themselves after completing it, so "
                        "there can be at most %(completed)s."
                    )
                    % {"assessed": assessed, "completed": completed},
                )
        return cleaned

    def counts(self):
        """(badge, completed, self-assessment counts) for each badge."""
        return [
            (
                badge,
                self.cleaned_data[f"b{badge.pk}_completed"],
                [
                    self.cleaned_data.get(f"b{badge.pk}_level{i}") or 0
                    for i in range(len(self.scale))
                ],
            )
            for badge in self.badges
        ]

    @classmethod
    def initial_of(cls, report, scale_length):
        """The form's initial values from a saved report."""
        initial = {
            "school": report.school_id,
            "group": report.group,
            "term": report.term,
            "pupils": report.pupils,
            "note": report.note,
        }
        for count in report.counts.all():
            initial[f"b{count.badge_id}_completed"] = count.completed
            for index in range(scale_length):
                values = count.self_assessment or []
                initial[f"b{count.badge_id}_level{index}"] = (
                    values[index] if index < len(values) else 0
                )
        return initial
