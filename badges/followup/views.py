"""The follow-up's admin views: the teacher's report of a class, her own reports with the
summary for her yearly review, and the figures for those who follow them."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from badges.followup.access import (
    editable_reports,
    follows_figures,
    framework_town,
    reporting_frameworks,
    reporting_towns,
    visible_reports,
)
from badges.followup.forms import CompletionReportForm
from badges.followup.report import export_tables, figures
from badges.models import BadgeFrameworkPage, CompletionCount, CompletionReport
from badges.models.frameworks import school_year_label
from networks.tutoring.report import bar_chart, csv_response, xlsx_response
from plans.models import Grade


def term_now():
    """The term a teacher most likely reports: the autumn term from August to December."""
    return "syksy" if timezone.localdate().month >= 8 else "kevat"


def latest_per_class(items):
    """From (class, term, item) triples, each class's item of its latest term: the counts are
    what a class has completed by the end of a term, so a school year's figures are those of
    its spring (or, before the spring is reported, of its autumn)."""
    latest = {}
    for key, term, item in items:
        if key not in latest or term == CompletionReport.Term.SPRING:
            latest[key] = item
    return latest


def latest_of_each_class(reports):
    """The reports (of one framework) of the classes' latest terms."""
    rows = reports.values_list("pk", "school_name", "group", "grade_id", "term").order_by()
    latest = latest_per_class(
        ((school, group.lower(), grade), term, pk) for pk, school, group, grade, term in rows
    )
    return CompletionReport.objects.filter(pk__in=latest.values())


def _page(request, template, title, context, icon="tasks"):
    return TemplateResponse(
        request,
        template,
        {**context, "page_title": title, "header_title": title, "header_icon": icon},
    )


# --- Recording a class's badges ---------------------------------------------------------------


def record(request):
    """Choose the framework and the grade, then fill in the class's counts."""
    if not reporting_towns(request.user):
        raise PermissionDenied
    frameworks = list(reporting_frameworks(request.user))
    framework = grade = None
    if len(frameworks) == 1:
        framework = frameworks[0]
    if request.GET.get("kehys"):
        framework = next((f for f in frameworks if str(f.pk) == request.GET["kehys"]), None)
        if framework is None:
            raise PermissionDenied
    grades = []
    if framework is not None:
        grades = list(
            Grade.objects.filter(pk__in=framework.badges.values("grade_id")).order_by("sort_order")
        )
        if request.GET.get("luokka-aste"):
            grade = next((g for g in grades if str(g.pk) == request.GET["luokka-aste"]), None)
    if framework is None or grade is None:
        return _page(
            request,
            "badges/followup/choose.html",
            _("Record completions"),
            {"frameworks": frameworks, "framework": framework, "grades": grades,
             "school_year_label": school_year_label},
        )  # fmt: skip
    return report_form_page(request, framework, grade, None)


def edit(request, report_id):
    report = get_object_or_404(
        editable_reports(request.user).select_related("framework", "grade"), pk=report_id
    )
    return report_form_page(request, report.framework, report.grade, report)


def report_form_page(request, framework, grade, report):
    """The form of a class's counts: a new report, or ``report`` opened to change it. A new
    report of a class and term that has one already opens that one, with what was typed."""
    towns = reporting_towns(request.user)
    town = framework_town(framework, towns) if report is None else report.municipality
    if town is None:
        raise PermissionDenied
    badges = list(framework.badges.filter(grade=grade).order_by("sort_order"))
    scale = list(framework.scale.order_by("sort_order"))
    schools = list(town.schools.order_by("sort_order"))
    initial = CompletionReportForm.initial_of(report, len(scale)) if report else None
    form = CompletionReportForm(
        request.POST or None,
        initial=initial
        or {"term": term_now(), "school": schools[0].pk if len(schools) == 1 else None},
        schools=schools,
        badges=badges,
        scale=scale,
    )
    if request.method == "POST" and form.is_valid():
        same_class = (
            CompletionReport.objects.filter(
                framework=framework,
                school_name=form.cleaned_data["school"].name,
                group__iexact=form.cleaned_data["group"],
                grade=grade,
                term=form.cleaned_data["term"],
            )
            .exclude(pk=report.pk if report else None)
            .first()
        )
        if same_class is not None:
            messages.warning(
                request,
                gettext(
                    "%(group)s of %(school)s has a report for this term already: it is opened "
                    "here with the numbers you typed. Save to replace the earlier numbers."
                )
                % {"group": same_class.group, "school": same_class.school_name},
            )
            report = same_class
        else:
            try:
                report = save_report(form, framework, town, grade, report, request.user)
            except IntegrityError:
                raise PermissionDenied from None
            messages.success(
                request,
                gettext("The badges of %(group)s were saved. Thank you!") % {"group": report.group},
            )
            return redirect("badge_follow_up_mine")
    return _page(
        request,
        "badges/followup/form.html",
        _("Record completions"),
        {
            "form": form,
            "framework": framework,
            "town": town,
            "grade": grade,
            "report": report,
            "scale": scale,
            "school_year": school_year_label(framework.school_year),
            "action": reverse("badge_follow_up_edit", args=[report.pk]) if report else "",
        },
    )


@transaction.atomic
def save_report(form, framework, town, grade, report, user):
    data = form.cleaned_data
    report = report or CompletionReport(framework=framework, grade=grade, reported_by=user)
    report.municipality = town
    report.school = data["school"]
    report.school_name = data["school"].name
    report.group = data["group"]
    report.school_year = framework.school_year
    report.term = data["term"]
    report.pupils = data["pupils"]
    report.note = data["note"]
    report.save()
    report.counts.all().delete()
    CompletionCount.objects.bulk_create(
        CompletionCount(report=report, badge=badge, completed=completed, self_assessment=levels)
        for badge, completed, levels in form.counts()
    )
    return report


# --- The teacher's own reports ------------------------------------------------------------------


def my_reports(request):
    """Her classes' reports and, for her yearly review, what her classes completed."""
    if not reporting_towns(request.user):
        raise PermissionDenied
    reports = list(
        CompletionReport.objects.filter(reported_by=request.user)
        .select_related("grade")
        .annotate(badges_completed=Sum("counts__completed"))
        .order_by("-school_year", "term", "school_name", "group", "grade__sort_order")
    )
    return _page(
        request,
        "badges/followup/mine.html",
        _("My badge reports"),
        {"reports": reports, "review": yearly_review(reports)},
    )


def yearly_review(reports):
    """Per school year: her classes, their pupils and the badges they completed, each class
    counted at its latest term (the counts are what a class has completed so far)."""
    latest = latest_per_class(
        (
            (report.school_year, report.school_name, report.group.lower(), report.grade_id),
            report.term,
            report,
        )
        for report in reports
    )
    years = {}
    for (year, *_class), report in latest.items():
        row = years.setdefault(
            year, {"label": school_year_label(year), "classes": 0, "pupils": 0, "completed": 0}
        )
        row["classes"] += 1
        row["pupils"] += report.pupils
        row["completed"] += report.badges_completed or 0
    return [years[year] for year in sorted(years, reverse=True)]


# --- The figures -------------------------------------------------------------------------------


class FilterForm(forms.Form):
    lukuvuosi = forms.TypedChoiceField(label=_("School year"), coerce=int, required=False)
    lukukausi = forms.ChoiceField(
        label=_("Term"),
        required=False,
        choices=[("", _("Whole school year")), *CompletionReport.Term.choices],
    )

    def __init__(self, data, frameworks, several_towns):
        super().__init__(data)
        self.fields["lukuvuosi"].choices = [
            (f.pk, f"{school_year_label(f.school_year)} ({f.title})" if several_towns
             else school_year_label(f.school_year))
            for f in frameworks
        ]  # fmt: skip
        self.frameworks = frameworks

    def chosen(self):
        """The framework and term asked for; the newest framework when nothing (or nothing
        valid) is asked."""
        if not self.is_valid():
            return self.frameworks[0], ""
        framework = next(
            (f for f in self.frameworks if f.pk == self.cleaned_data["lukuvuosi"]),
            self.frameworks[0],
        )
        return framework, self.cleaned_data["lukukausi"]


def follow_up_report(request):
    """Completion by grade, school and badge of the schools the user follows: HTML with
    charts and tables, or the tables as CSV or XLSX."""
    if not follows_figures(request.user):
        raise PermissionDenied
    visible = visible_reports(request.user)
    frameworks = list(
        BadgeFrameworkPage.objects.filter(pk__in=visible.values("framework_id"))
        .order_by("-school_year", "title")
        .only("pk", "title", "school_year")
    )
    context = {"frameworks": frameworks}
    if not frameworks:
        return _page(request, "badges/followup/report.html", _("Badge follow-up"), context,
                     icon="table")  # fmt: skip
    several_towns = len({f.school_year for f in frameworks}) < len(frameworks)
    form = FilterForm(request.GET or None, frameworks, several_towns)
    framework, term = form.chosen()
    reports = visible.filter(framework=framework)
    reports = reports.filter(term=term) if term else latest_of_each_class(reports)
    data = figures(framework, reports)
    export = request.GET.get("muoto")
    name = f"osaamismerkit-{framework.slug}-{term or 'lukuvuosi'}"
    if export == "csv":
        return csv_response(export_tables(data), name)
    if export == "xlsx":
        return xlsx_response(export_tables(data), name)
    charts = [
        ("grade", _("Completion by grade"), _("Grade"), data["grades"]),
        ("school", _("Completion by school"), _("School"), data["schools"]),
        ("badge", _("Completion by badge"), _("Badge"), data["badges"]),
    ]
    return _page(
        request,
        "badges/followup/report.html",
        _("Badge follow-up"),
        {
            **context,
            **data,
            "form": form,
            "framework": framework,
            "term_label": dict(CompletionReport.Term.choices).get(term, _("Whole school year")),
            "school_year": school_year_label(framework.school_year),
            "charts": [
                {
                    "key": key,
                    "title": title,
                    "label": label,
                    "rows": rows,
                    "chart": bar_chart(rows, label_width=230),
                }
                for key, title, label, rows in charts
            ],
            "query": _query_without_format(request),
        },
        icon="table",
    )


def _query_without_format(request):
    query = request.GET.copy()
    query.pop("muoto", None)
    return query.urlencode()
