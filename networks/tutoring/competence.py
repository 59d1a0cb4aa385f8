"""Competence mapping: teachers answer their network's survey once a term; coordinators see
where the need is greatest, by region and municipality, never a group of fewer than five."""

from dataclasses import dataclass, field

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from networks.tutoring.models import (
    CompetenceAnswer,
    CompetenceScore,
    CompetenceSurvey,
    term_label,
    term_of,
    tutor_towns,
)

# A group with fewer answers is not shown: five people's answers cannot be told apart.
SMALLEST_GROUP = 5
SCALE = [(n, str(n)) for n in range(1, 6)]


def surveys_for(user):
    """Open surveys of the networks the user's municipalities belong to."""
    towns = tutor_towns(user)
    return (
        CompetenceSurvey.objects.filter(is_open=True, network__memberships__municipality__in=towns)
        .select_related("network")
        .distinct()
        .order_by("network__title", "-created_at")
    )


class AnswerForm(forms.Form):
    town = forms.ModelChoiceField(queryset=None, label=_("Municipality"), empty_label=None)

    def __init__(self, *args, survey, towns, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["town"].queryset = towns
        self.areas = list(survey.areas.all())
        for area in self.areas:
            self.fields[f"area_{area.pk}"] = forms.TypedChoiceField(
                label=area.name,
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose a number from 1 to 5.")},
            )

    def area_fields(self):
        return [self[f"area_{area.pk}"] for area in self.areas]


def answer_list(request):
    term = term_of(timezone.localdate())
    surveys = list(surveys_for(request.user))
    if not surveys:
        raise PermissionDenied
    answered = set(
        CompetenceAnswer.objects.filter(
            survey__in=surveys, term=term, respondent=request.user
        ).values_list("survey_id", flat=True)
    )
    return TemplateResponse(
        request,
        "tutoring/competence/answer_list.html",
        {
            "surveys": [(survey, survey.pk in answered) for survey in surveys],
            "term": term_label(term),
            "page_title": _("Competence mapping"),
            "header_title": _("Competence mapping"),
            "header_icon": "list-ul",
        },
    )


def answer(request, survey_id):
    survey = get_object_or_404(surveys_for(request.user), pk=survey_id)
    towns = tutor_towns(request.user).filter(network_memberships__network=survey.network)
    term = term_of(timezone.localdate())
    already = CompetenceAnswer.objects.filter(survey=survey, term=term, respondent=request.user)
    if already.exists():
        messages.info(request, _("You have answered this survey this term already. Thank you!"))
        return redirect("competence_answers")
    form = AnswerForm(request.POST or None, survey=survey, towns=towns)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                given = CompetenceAnswer.objects.create(
                    survey=survey, term=term, town=form.cleaned_data["town"],
                    respondent=request.user,
                )  # fmt: skip
                CompetenceScore.objects.bulk_create(
                    CompetenceScore(answer=given, area=area,
                                    score=form.cleaned_data[f"area_{area.pk}"])
                    for area in form.areas
                )  # fmt: skip
        except IntegrityError:
            pass  # answered in another tab a moment ago: the first answer stands
        messages.success(request, _("Thank you! Your answer was saved."))
        return redirect("competence_answers")
    return TemplateResponse(
        request,
        "tutoring/competence/answer.html",
        {
            "survey": survey,
            "form": form,
            "term": term_label(term),
            "page_title": survey.title,
            "header_title": survey.title,
            "header_icon": "list-ul",
        },
    )


@dataclass
class HeatRow:
    label: str
    answers: int
    cells: list = field(default_factory=list)  # (average or None, answers) per area
    region: bool = False


def competence_heat(network, regions, towns):
    """The latest survey of the network, its latest term with answers, and average scores by
    region and municipality; groups of fewer than SMALLEST_GROUP answers are left empty."""
    survey = network.competence_surveys.order_by("-created_at").first()
    if survey is None:
        return None
    latest = survey.answers.order_by("-term").values_list("term", flat=True).first()
    if latest is None:
        return {"survey": survey, "term": None, "areas": list(survey.areas.all()), "rows": []}
    areas = list(survey.areas.all())
    scores = (
        CompetenceScore.objects.filter(answer__survey=survey, answer__term=latest)
        .values("answer__town_id", "area_id")
        .annotate(average=Avg("score"), answers=Count("pk"))
        .order_by()
    )
    by_town = {}
    for row in scores:
        by_town.setdefault(row["answer__town_id"], {})[row["area_id"]] = row
    answers = dict(
        CompetenceAnswer.objects.filter(survey=survey, term=latest)
        .values_list("town_id")
        .annotate(n=Count("pk"))
        .order_by()
    )

    def heat_row(label, town_ids, region=False):
        total = sum(answers.get(pk, 0) for pk in town_ids)
        row = HeatRow(label, total, region=region)
        for area in areas:
            cells = [by_town.get(pk, {}).get(area.pk) for pk in town_ids]
            cells = [c for c in cells if c]
            count = sum(c["answers"] for c in cells)
            if count < SMALLEST_GROUP:
                row.cells.append((None, count))
            else:
                weighted = sum(c["average"] * c["answers"] for c in cells) / count
                row.cells.append((round(weighted, 1), count))
        return row

    rows = [heat_row(region.title, [t.pk for t in region.municipalities.all()], region=True)
            for region in regions]  # fmt: skip
    rows += [heat_row(town.title, [pk]) for pk, town in towns.items()]
    shown = [
        (row, area, value)
        for row in rows
        if not row.region
        for area, (value, _count) in zip(areas, row.cells, strict=True)
        if value is not None
    ]
    greatest_need = sorted(shown, key=lambda item: item[2])[:3]
    return {
        "survey": survey,
        "term": term_label(latest),
        "areas": areas,
        "rows": rows,
        "greatest_need": [(row.label, area.name, value) for row, area, value in greatest_need],
        "smallest_group": SMALLEST_GROUP,
    }


def heat_export_rows(heat):
    if not heat or not heat["rows"]:
        return []
    heading = [gettext("Region or municipality"), gettext("Answers"),
               *[area.name for area in heat["areas"]]]  # fmt: skip
    rows = [heading]
    for row in heat["rows"]:
        rows.append([row.label, row.answers,
                     *[value if value is not None else "" for value, _n in row.cells]])  # fmt: skip
    return rows
