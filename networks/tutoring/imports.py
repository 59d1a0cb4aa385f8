"""Importing a tutor's past sessions from a CSV file, with progress shown while it runs.

The file is read and checked whole first: if any row is wrong, nothing is imported and every
wrong row is named (the tutor fixes the file and sends it again). A good file is then saved in
chunks, and the page shows how far it has got as it goes: the answer is streamed, so the
progress shows without JavaScript and without a background worker.
"""

import csv
import datetime
import io

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import StreamingHttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from networks.tutoring.models import TutorSession, is_tutor, tutor_towns
from portal.core.numbers import whole_number

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20_000
CHUNK = 500
COLUMNS = ["päivämäärä", "kesto", "kunta", "koulu", "laji", "teema", "opettajia", "muistiinpano"]
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: päivämäärä, kesto (minutes), kunta, koulu, laji, teema, opettajia, "
            "muistiinpano. Semicolons or commas between them, UTF-8."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB: split it into parts."))
        raw = upload.read()
        # A NUL byte is no text, and PostgreSQL could not store it.
        if b"\x00" in raw:
            raise ValidationError(_("The file is not text: save it as CSV."))
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                raise ValidationError(_("The file is not text: save it as CSV.")) from None


def choice_lookup(choices):
    """Both the codes and the Finnish names of a set of choices, in lower case."""
    lookup = {}
    for code, label in choices:
        lookup[code.lower()] = code
        lookup[str(label).lower()] = code
    return lookup


def _read_rows(text):
    """(rows, line of the first row): the rows of the file, without its heading line.

    The delimiter is whichever of semicolon and comma the start of the file has more of.
    """
    sample = text[:2048]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if rows and [cell.strip().lower() for cell in rows[0]][:3] == COLUMNS[:3]:
        return rows[1:], 2
    return rows, 1


def _date(text):
    """The date written in one of DATE_FORMATS, or None."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _number(text, most):
    """The whole number 0…``most`` written in ASCII digits, or None."""
    return whole_number(text, most=most)


def _duration_problems(minutes):
    number = _number(minutes, 600)
    if number is None or number < 5:
        return [gettext("the duration must be 5–600 minutes")]
    return []


def _reached_problems(reached):
    if _number(reached, 1000) is None:
        return [gettext("the number of teachers must be 0–1000")]
    return []


class _RowReader:
    """Reads the rows of a file as a tutor's sessions, in the tutor's towns."""

    def __init__(self, user):
        self.user = user
        self.towns = {}
        for town in tutor_towns(user):
            self.towns[town.title.lower()] = town
            self.towns[town.municipality_code] = town
        self.kinds = choice_lookup(TutorSession.Kind.choices)
        self.themes = choice_lookup(TutorSession.Theme.choices)
        self.today = timezone.localdate()

    def read(self, cells):
        """(session, []) for a good row, or (None, what is wrong with it)."""
        date, minutes, town, school, kind, theme, reached, note = cells[: len(COLUMNS)]
        day = _date(date)
        reached = reached or "1"
        problems = [
            *self.date_problems(date, day),
            *_duration_problems(minutes),
            *self.choice_problems(town, kind, theme),
            *_reached_problems(reached),
        ]
        if problems:
            return None, problems
        session = TutorSession(
            tutor=self.user, date=day, minutes=int(minutes), town=self.towns[town.lower()],
            school=school[:160], kind=self.kinds[kind.lower()], theme=self.themes[theme.lower()],
            teachers_reached=int(reached), note=note[:1000],
        )  # fmt: skip
        return session, []

    def date_problems(self, date, day):
        if day is None:
            return [gettext("the date “%(value)s” is not a date") % {"value": date}]
        if day > self.today:
            return [gettext("the date is in the future")]
        return []

    def choice_problems(self, town, kind, theme):
        problems = []
        if town.lower() not in self.towns:
            problems.append(gettext("“%(value)s” is not a municipality of yours") % {"value": town})
        if kind.lower() not in self.kinds:
            problems.append(gettext("unknown kind “%(value)s”") % {"value": kind})
        if theme.lower() not in self.themes:
            problems.append(gettext("unknown theme “%(value)s”") % {"value": theme})
        return problems


def parse(text, user):
    """(sessions, errors): the rows as unsaved sessions, or what is wrong with them."""
    rows, first_line = _read_rows(text)
    if not rows:
        return [], [gettext("The file has no rows.")]
    if len(rows) > MAX_ROWS:
        return [], [gettext("The file has more than %(max)s rows: split it into parts.")
                    % {"max": f"{MAX_ROWS:,}".replace(",", " ")}]  # fmt: skip
    reader = _RowReader(user)
    sessions, errors = [], []
    # Rows are named by their line in the file, the heading line counted, as a spreadsheet does.
    for number, row in enumerate(rows, start=first_line):
        cells = [cell.strip() for cell in row] + [""] * (len(COLUMNS) - len(row))
        if not any(cells):
            continue
        session, problems = reader.read(cells)
        if problems:
            errors.append(gettext("Row %(number)s: %(problems)s.")
                          % {"number": number, "problems": "; ".join(problems)})  # fmt: skip
        else:
            sessions.append(session)
    return sessions, errors


def import_sessions(request):
    """Upload, check, then save with streamed progress."""
    if not (is_tutor(request.user) and tutor_towns(request.user).exists()):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        sessions, errors = parse(form.cleaned_data["file"], request.user)
        if not errors:
            return StreamingHttpResponse(progress(request, sessions))
    return TemplateResponse(
        request,
        "tutoring/import.html",
        {
            "form": form,
            "errors": errors[:100],
            "more_errors": max(0, len(errors) - 100),
            "columns": COLUMNS,
            "page_title": _("Import past tutor sessions"),
            "header_title": _("Import past tutor sessions"),
            "header_icon": "upload",
        },
    )


def progress(request, sessions):
    """The page, piece by piece: its head, a progress line for every chunk saved, its foot."""
    total = len(sessions)
    head, foot = render_to_string(
        "tutoring/import_progress.html",
        {"total": total, "sessions_url": reverse("tutoring_tutorsession_modeladmin_index")},
        request=request,
    ).split("<!-- progress -->")
    yield head
    saved = 0
    with transaction.atomic():
        for start in range(0, total, CHUNK):
            chunk = sessions[start : start + CHUNK]
            TutorSession.objects.bulk_create(chunk)
            saved += len(chunk)
            percent = round(100 * saved / total)
            yield (
                f'<p class="import-step"><progress max="{total}" value="{saved}"></progress> '
                + gettext("%(saved)s of %(total)s saved (%(percent)s %%)")
                % {"saved": saved, "total": total, "percent": percent}
                + "</p>\n"
            )
    yield foot
