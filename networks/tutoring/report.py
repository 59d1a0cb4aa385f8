"""The tutor-work report of a network: hours by month, kind, theme, municipality and region.

A coordinator reads sums only, never a tutor's single sessions. The report costs the same
number of queries however many sessions there are: four grouped sums and the network's towns
and regions.
"""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.db.models.functions import Coalesce, Substr, TruncMonth
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from networks.networks.models import EventPage, RegionPage
from networks.networks.roles import coordinated_networks
from networks.tutoring.competence import competence_heat, heat_export_rows
from networks.tutoring.exports import csv_bytes, xlsx_bytes
from networks.tutoring.models import TeamPlanning, TutorSession, term_of
from plans.models import LessonPlanPage
from portal.municipalities.models import MunicipalityIndexPage

MAX_MONTHS = 120


@dataclass
class Row:
    label: str
    minutes: int
    sessions: int
    reached: int

    @property
    def hours(self):
        return round(self.minutes / 60, 1)


def month_start(day):
    return day.replace(day=1)


def add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


class PeriodForm(forms.Form):
    verkosto = forms.ChoiceField(label=_("Network"))
    alku = forms.DateField(
        label=_("From the month"),
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )
    loppu = forms.DateField(
        label=_("To the month"),
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )

    def __init__(self, data, networks):
        this_month = month_start(timezone.localdate())
        initial = {
            "verkosto": networks[0].slug if networks else "",
            "alku": add_months(this_month, -11),
            "loppu": this_month,
        }
        bound = any(data.get(name) for name in initial)
        super().__init__(data if bound else None, initial=initial)
        self.fields["verkosto"].choices = [(n.slug, n.title) for n in networks]
        self.fallback = initial

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("alku"), cleaned.get("loppu")
        if start and end:
            if start > end:
                raise forms.ValidationError(_("The period must begin before it ends."))
            if (end.year - start.year) * 12 + end.month - start.month >= MAX_MONTHS:
                raise forms.ValidationError(_("A report covers at most ten years."))
        return cleaned

    def period(self):
        """The chosen network slug and months, or the default ones when the input is bad."""
        values = self.cleaned_data if self.is_bound and self.is_valid() else self.fallback
        return values["verkosto"], values["alku"], values["loppu"]


def _member_towns(network):
    """{municipality id: municipality} of the network's member towns."""
    return {m.municipality_id: m.municipality for m in network.memberships.select_related(
        "municipality").only("municipality__title", "municipality__path", "municipality_id",
                             "network_id")}  # fmt: skip


def _grouped(sessions, key, sums):
    """{value of ``key``: its sums} of the sessions."""
    return {
        row[key]: row
        for row in sessions.values(key).annotate(**sums).order_by()
    }  # fmt: skip


def _row(label, found):
    """A report row of the sums ``found`` (none: zeros)."""
    found = found or {}
    return Row(str(label), found.get("minutes") or 0, found.get("sessions") or 0,
               found.get("reached") or 0)  # fmt: skip


def _month_rows(sessions, sums, start, end):
    """A row for every month from ``start`` to ``end``, those without sessions too."""
    by_month_found = grouped_month(sessions, sums)
    months = []
    month = start
    while month <= end:
        months.append(_row(date_format(month, "M Y"), by_month_found.get(month)))
        month = add_months(month, 1)
    return months


def _region_rows(regions, by_town):
    """A row for every region: the sums of its member towns."""
    region_rows = []
    for region in regions:
        members = [town.pk for town in region.municipalities.all()]
        region_rows.append(Row(
            region.title,
            sum((by_town.get(pk) or {}).get("minutes") or 0 for pk in members),
            sum((by_town.get(pk) or {}).get("sessions") or 0 for pk in members),
            sum((by_town.get(pk) or {}).get("reached") or 0 for pk in members),
        ))  # fmt: skip
    return region_rows


def _total(months):
    return Row(
        gettext("Total"),
        sum(r.minutes for r in months),
        sum(r.sessions for r in months),
        sum(r.reached for r in months),
    )


def report(network, start, end):
    """Sums of the network's member towns' sessions from the month ``start`` to ``end``."""
    towns = _member_towns(network)
    sessions = TutorSession.objects.filter(
        town_id__in=list(towns), date__gte=start, date__lt=add_months(end, 1)
    )
    sums = {"minutes": Sum("minutes"), "sessions": Count("pk"), "reached": Sum("teachers_reached")}
    months = _month_rows(sessions, sums, start, end)
    kinds = _grouped(sessions, "kind", sums)
    themes = _grouped(sessions, "theme", sums)
    by_town = _grouped(sessions, "town_id", sums)
    regions = list(
        RegionPage.objects.child_of(network)
        .live()
        .order_by("title")
        .prefetch_related("municipalities")
    )
    town_rows = sorted(
        (_row(town.title, by_town.get(pk)) for pk, town in towns.items()),
        key=lambda r: (-r.minutes, r.label),
    )
    return {
        "months": months,
        "kinds": [_row(label, kinds.get(key)) for key, label in TutorSession.Kind.choices],
        "themes": [_row(label, themes.get(key)) for key, label in TutorSession.Theme.choices],
        "towns": town_rows,
        "regions": _region_rows(regions, by_town),
        "total": _total(months),
        "region_pages": regions,
        "town_pages": towns,
        "team_planning": team_planning(towns, start, add_months(end, 1)),
        "trainings": trainings(network, start, add_months(end, 1)),
    }


def trainings(network, start, before):
    """The network's and its regions' trainings and school takeovers in the period, with the
    participants and the feedback recorded after each."""
    kinds = [EventPage.Kind.TRAINING, EventPage.Kind.SCHOOL_TAKEOVER]
    return list(
        EventPage.objects.descendant_of(network)
        .live()
        .filter(kind__in=kinds, start__date__gte=start, start__date__lt=before)
        .only("title", "url_path", "path", "depth", "kind", "start", "participants",
              "feedback_score", "host_school")
        .order_by("start")
    )  # fmt: skip


def training_export_rows(events):
    heading = [gettext("Date"), gettext("Training"), gettext("Kind"),
               gettext("Participants"), gettext("Feedback (1–5)")]  # fmt: skip
    return [heading, *[[f"{e.start:%Y-%m-%d}", e.title, str(e.get_kind_display()),
                        e.participants if e.participants is not None else "",
                        float(e.feedback_score) if e.feedback_score is not None else ""]
                       for e in events]]  # fmt: skip


@dataclass
class PlanningRow:
    town: str
    school: str
    meetings: int = 0
    made: int = 0
    implemented: int = 0

    @property
    def label(self):
        return f"{self.school} ({self.town})"


def team_planning(towns, start, before):
    """Per school of the towns: team planning meetings and plans put into practice in the terms
    of the period (entered), and lesson plans made in the period (counted in the portal)."""
    terms = set()
    month = start
    while month < before:
        terms.add(term_of(month))
        month = add_months(month, 1)
    rows = {}

    def row(town, school):
        key = (town.pk, school.strip().casefold())
        if key not in rows:
            rows[key] = PlanningRow(town.title, school.strip())
        return rows[key]

    entered = (
        TeamPlanning.objects.filter(town_id__in=list(towns), term__in=terms)
        .values("town_id", "school")
        .annotate(meetings=Sum("meetings"), implemented=Sum("implemented"))
        .order_by()
    )
    for found in entered:
        target = row(towns[found["town_id"]], found["school"])
        target.meetings += found["meetings"] or 0
        target.implemented += found["implemented"] or 0
    length = MunicipalityIndexPage.town_path_length()
    by_path = {town.path: town for town in towns.values()}
    made = (
        LessonPlanPage.objects.exclude(school="")
        .annotate(town_path=Substr("path", 1, length),
                  made=Coalesce("first_published_at", "latest_revision_created_at"))
        .filter(town_path__in=list(by_path), made__date__gte=start, made__date__lt=before)
        .values("town_path", "school")
        .annotate(n=Count("pk"))
        .order_by()
    )  # fmt: skip
    for found in made:
        row(by_path[found["town_path"]], found["school"]).made += found["n"]
    return sorted(rows.values(), key=lambda r: (r.town, r.school))


def grouped_month(sessions, sums):
    rows = sessions.annotate(month=TruncMonth("date")).values("month").annotate(**sums)
    return {row["month"]: row for row in rows.order_by()}


def bar_chart(rows, width=560, bar=22, gap=8, label_width=190):
    """Horizontal bars of hours for an SVG drawn on the server."""
    top = max((r.minutes for r in rows), default=0) or 1
    room = width - label_width - 60
    bars = []
    for index, r in enumerate(rows):
        y = index * (bar + gap)
        bars.append({
            "row": r, "y": y, "text_y": round(y + bar * 0.7, 1),
            "width": round(room * r.minutes / top, 1),
            "value_x": label_width + round(room * r.minutes / top, 1) + 6,
        })  # fmt: skip
    return {
        "bars": bars,
        "width": width,
        "height": max(len(rows) * (bar + gap) - gap, bar),
        "bar": bar,
        "label_width": label_width,
        "label_x": label_width - 8,
    }


def pair_chart(rows, width=560, bar=10, gap=10, label_width=230):
    """Two bars a row (plans made, plans put into practice) for an SVG drawn on the server."""
    top = max((max(r.made, r.implemented) for r in rows), default=0) or 1
    room = width - label_width - 40
    step = 2 * bar + gap
    bars = []
    for index, r in enumerate(rows):
        y = index * step
        made = round(room * r.made / top, 1)
        implemented = round(room * r.implemented / top, 1)
        bars.append({
            "row": r, "y": y, "y2": y + bar, "text_y": y + bar + 4,
            "made": made, "implemented": implemented,
            "made_x": label_width + made + 4, "implemented_x": label_width + implemented + 4,
        })  # fmt: skip
    return {
        "bars": bars, "width": width, "height": max(len(rows) * step - gap, bar),
        "bar": bar, "label_width": label_width, "label_x": label_width - 8,
    }  # fmt: skip


def planning_export_rows(planning):
    heading = [gettext("Municipality"), gettext("School"),
               gettext("Team planning meetings"), gettext("Plans made"),
               gettext("Plans put into practice")]  # fmt: skip
    return [heading, *[[r.town, r.school, r.meetings, r.made, r.implemented] for r in planning]]


def sections(data):
    return [
        ("month", _("Hours by month"), _("Month"), data["months"]),
        ("kind", _("Hours by kind of work"), _("Kind"), data["kinds"]),
        ("theme", _("Hours by theme"), _("Theme"), data["themes"]),
        ("town", _("Hours by municipality"), _("Municipality"), data["towns"]),
        (
            "region",
            _("Hours by region"),
            pgettext_lazy("network region", "Region"),
            data["regions"],
        ),
    ]


def export_rows(label_heading, rows):
    heading = [str(label_heading), gettext("Hours"), gettext("Sessions"),
               gettext("Teachers reached")]  # fmt: skip
    return [heading, *[[r.label, r.hours, r.sessions, r.reached] for r in rows]]


def _export_tables(parts, heat, data):
    """(title, rows) of every table of an export, in order: the sums, the competence mapping
    (if the network has one), team planning and trainings."""
    tables = [(str(title), export_rows(label, rows)) for _key, title, label, rows in parts]
    if heat_export_rows(heat):
        tables.append((gettext("Competence mapping"), heat_export_rows(heat)))
    tables.append((gettext("Team planning"), planning_export_rows(data["team_planning"])))
    tables.append((gettext("Trainings"), training_export_rows(data["trainings"])))
    return tables


def csv_response(tables, name):
    """The tables one after another, each under its title, an empty row between them."""
    rows = []
    for title, table in tables:
        if rows:
            rows.append([])
        rows += [[title], *table]
    response = HttpResponse(csv_bytes(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def xlsx_response(tables, name):
    """A sheet for every table."""
    workbook = xlsx_bytes(dict(tables))
    response = HttpResponse(
        workbook,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def _report_page(request, context, parts, heat, data):
    """The report as HTML: a bar chart of every table of sums."""
    charts = [
        {"key": key, "title": title, "label": label, "rows": rows, "chart": bar_chart(rows)}
        for key, title, label, rows in parts
    ]
    planning = data["team_planning"]
    return TemplateResponse(
        request,
        "tutoring/report.html",
        {
            **context,
            "charts": charts,
            "total": data["total"],
            "heat": heat,
            "planning": planning,
            "trainings": data["trainings"],
            "training_participants": sum(e.participants or 0 for e in data["trainings"]),
            "planning_chart": pair_chart(planning),
            "query": request.GET.urlencode(),
            "page_title": _("Tutor work report"),
            "header_title": _("Tutor work report"),
            "header_icon": "table",
        },
    )


def tutor_report(request):
    """The report page for the networks the user coordinates, as HTML, CSV or XLSX."""
    networks = list(coordinated_networks(request.user).only("title", "slug", "path"))
    if not networks:
        raise PermissionDenied
    form = PeriodForm(request.GET, networks)
    slug, start, end = form.period()
    network = next((n for n in networks if n.slug == slug), networks[0])
    data = report(network, start, end)
    heat = competence_heat(network, data["region_pages"], data["town_pages"])
    parts = sections(data)
    export = request.GET.get("muoto")
    name = f"tutortyo-{network.slug}-{start:%Y-%m}-{end:%Y-%m}"
    if export == "csv":
        return csv_response(_export_tables(parts, heat, data), name)
    if export == "xlsx":
        return xlsx_response(_export_tables(parts, heat, data), name)
    context = {"form": form, "network": network, "start": start, "end": end}
    return _report_page(request, context, parts, heat, data)
