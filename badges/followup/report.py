"""The follow-up's figures: completion by grade, by school and by badge, with the
self-assessment distribution of each badge.

A share is the completions over the possible ones: for every badge a class reported, the
class's pupils. A group of fewer than five pupils is not shown, as in the tutor networks'
competence mapping (``SMALLEST_GROUP``): its cells are left empty, in the page, the charts and
the downloads alike.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext

from badges.models import Badge, CompletionCount, ScaleLevel
from networks.tutoring.competence import SMALLEST_GROUP


@dataclass
class Row:
    """One line of a table: a grade, a school or a badge."""

    label: str
    key: object = None
    pupils: int = 0
    possible: int = 0
    completed: int = 0
    levels: list = field(default_factory=list)
    classes: set = field(default_factory=set)

    @property
    def hidden(self):
        return self.pupils < SMALLEST_GROUP

    @property
    def percent(self):
        if self.hidden or not self.possible:
            return None
        return round(100 * self.completed / self.possible)

    @property
    def minutes(self):
        """The bar's length for ``bar_chart`` (which draws any number by this name): the share
        completed, 0 for a hidden group."""
        return self.percent or 0

    @property
    def shown_completed(self):
        return None if self.hidden else self.completed

    @property
    def assessed(self):
        return sum(self.levels)

    @property
    def level_shares(self):
        """(count, percent of the assessed) per scale level; None each for a hidden group."""
        if self.hidden:
            return [(None, None) for _level in self.levels]
        total = self.assessed or 1
        return [(n, round(100 * n / total)) for n in self.levels]

    def add(self, report_id, pupils, completed, levels):
        if report_id not in self.classes:
            self.classes.add(report_id)
            self.pupils += pupils
        self.possible += pupils
        self.completed += completed
        for index, value in enumerate(levels[: len(self.levels)]):
            self.levels[index] += value or 0


def figures(framework, reports):
    """Rows by grade, school and badge of the framework's ``reports`` (a queryset already
    filtered to what the user may see), the scale and the sums; three queries whatever the
    number of reports."""
    counts = list(
        CompletionCount.objects.filter(report__in=reports, report__framework=framework)
        .values(
            "report_id",
            "report__pupils",
            "report__school_name",
            "report__grade_id",
            "badge_id",
            "completed",
            "self_assessment",
        )
        .order_by()
    )
    badges = {
        b.pk: b
        for b in Badge.objects.filter(framework=framework)
        .select_related("grade")
        .order_by("grade__sort_order", "sort_order")
    }
    scale = list(ScaleLevel.objects.filter(framework=framework).order_by("sort_order"))
    width = len(scale)
    by_grade, by_school, by_badge = {}, {}, {}
    total = Row(gettext("All"), levels=[0] * width)
    grade_names = {b.grade_id: (b.grade.sort_order, b.grade.name) for b in badges.values()}
    for badge in badges.values():
        by_badge.setdefault(badge.code, Row(badge.name, key=badge, levels=[0] * width))
    for c in counts:
        badge = badges.get(c["badge_id"])
        if badge is None:
            continue
        args = (c["report_id"], c["report__pupils"], c["completed"], c["self_assessment"] or [])
        grade = grade_names.get(c["report__grade_id"], (0, ""))
        by_grade.setdefault(grade, Row(grade[1], key=grade, levels=[0] * width)).add(*args)
        school = c["report__school_name"]
        by_school.setdefault(school, Row(school, levels=[0] * width)).add(*args)
        by_badge[badge.code].add(*args)
        total.add(*args)
    return {
        "scale": scale,
        "grades": [by_grade[key] for key in sorted(by_grade)],
        "schools": [by_school[key] for key in sorted(by_school)],
        "badges": [row for row in by_badge.values() if row.classes],
        "total": total,
        "smallest_group": SMALLEST_GROUP,
    }


def _cell(value):
    return "" if value is None else value


def export_tables(data):
    """(title, rows) of the download: the three tables, hidden groups left empty."""
    heading = [gettext("Pupils"), gettext("Completed"), gettext("Completed (%)")]

    def table(label, rows):
        return [
            [label, *heading],
            *[
                [row.label, _cell(None if row.hidden else row.pupils),
                 _cell(row.shown_completed), _cell(row.percent)]
                for row in rows
            ],
        ]  # fmt: skip

    levels = [level.name for level in data["scale"]]
    badge_rows = [[gettext("Badge"), gettext("Grade"), *heading, *levels]]
    for row in data["badges"]:
        badge_rows.append([
            row.label, row.key.grade.name, _cell(None if row.hidden else row.pupils),
            _cell(row.shown_completed), _cell(row.percent),
            *[_cell(count) for count, _share in row.level_shares],
        ])  # fmt: skip
    return [
        (gettext("By grade"), table(gettext("Grade"), data["grades"])),
        (gettext("By school"), table(gettext("School"), data["schools"])),
        (gettext("By badge"), badge_rows),
    ]
