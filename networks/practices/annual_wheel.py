"""The annual wheel: a municipality's annual clock (vuosikello) drawn as an SVG.

The wheel is the school year from August to July: twelve equal sectors, August at 12 o'clock,
going clockwise. Each activity is a marker in its month's sector that links to the activity's
entry in the accessible list on the same page, so the wheel is a visual aid and never the only
way to the content. The `<desc>` says in words how many activities each month has.

The module is pure: no models, no templates, and the same input always gives the same string.
The wheel carries no <style> of its own (the Content-Security-Policy allows none): the focus
and hover styles of its markers are in the portal's stylesheet, under ``.annual-wheel``.
"""

import math
import re
import textwrap
from collections.abc import Mapping

from django.utils.dates import MONTHS
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import ngettext

SCHOOL_YEAR_MONTHS = (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)

# Dark text on the light fills is far above the 4.5:1 contrast WCAG asks of small text.
TEXT = "#1b1f24"
FILLS = ("#e6f0fa", "#f8f4ea")
OUTLINE = "#57606a"
MARKER = "#0b4f8a"

# Radii in units of a 640-unit wheel, scaled to `size`: the outer edge, the inner edge of the
# ring that holds the month names, and the centre circle.
OUTER, BAND, CENTRE = 314, 272, 96
TITLED = 3  # a month with at most this many activities also shows their titles
SHORT = 22  # characters of a visible title, ellipsis included
ID_PREFIX = re.compile(r"[A-Za-z][\w-]*\Z")


def _num(value):
    """Two decimals at most, and never "-0", so the output is compact and stable."""
    return f"{round(value, 2) + 0.0:.2f}".rstrip("0").rstrip(".")


def _el(tag, content=None, **attrs):
    """One SVG element. Attribute values and content are escaped unless marked safe; a name's
    underscores become hyphens (font_size → font-size) and a trailing one is dropped (class_)."""
    attributes = format_html_join(
        "",
        ' {}="{}"',
        (
            (name.rstrip("_").replace("_", "-"), _num(v) if isinstance(v, float) else v)
            for name, v in attrs.items()
        ),
    )
    if content is None:
        return format_html("<{}{}/>", tag, attributes)
    return format_html("<{}{}>{}</{}>", tag, attributes, content, tag)


def _field(item, name):
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _short(text, limit=SHORT):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _month_name(month):
    # MONTHS is translated lazily; Finnish and Swedish month names are lower-case.
    return capfirst(str(MONTHS[month]))


def _count(n):
    return ngettext("%(count)s activity", "%(count)s activities", n) % {"count": n}


def _rows(count, spacing):
    """Rows (radius, markers) from the outer edge inwards, each as full as its arc allows."""
    rows, radius = [], 256.0
    while count > 0 and radius >= 112:
        fit = min(count, max(1, int(radius * math.pi / 6 / spacing)))
        rows.append((radius, fit))
        count -= fit
        radius -= spacing
    return rows, count


def _positions(count, start):
    """(radius, angle, marker radius) of each marker of a month whose sector begins at `start`."""
    if count <= TITLED:
        # One ring near the centre, so that the titles have the sector's length to run outwards.
        return [(108.0, start + 30 * (k + 0.5) / count, 6.0) for k in range(count)]
    for spacing in (18, 15, 12, 10, 8):  # tighten the grid only when a month is crowded
        rows, left = _rows(count, spacing)
        if not left:
            break
    if left:  # even an absurdly crowded month shows every marker
        rows[-1] = (rows[-1][0], rows[-1][1] + left)
    return [
        (radius, start + 30 * (k + 0.5) / fit, min(6.0, spacing / 3))
        for radius, fit in rows
        for k in range(fit)
    ]


def _concat(parts):
    """Safe pieces of markup one after another, still safe: a plain string would be escaped."""
    return format_html_join("", "{}", ((part,) for part in parts))


def _by_month(activities):
    """{month: [(title, anchor), ...]} for every month of the school year, in input order."""
    by_month = {month: [] for month in SCHOOL_YEAR_MONTHS}
    for item in activities:
        month = int(_field(item, "month"))
        if month not in by_month:
            raise ValueError(f"month must be 1 to 12, not {month}")
        by_month[month].append((str(_field(item, "title")), str(_field(item, "anchor") or "")))
    return by_month


class _Canvas:
    """Points and texts on a wheel `size` units wide, placed in units of a 640-unit wheel."""

    def __init__(self, size):
        self.scale, self.centre = size / 640, size / 2

    def xy(self, radius, angle):
        """The point `radius` out from the centre, `angle` degrees clockwise from 12 o'clock."""
        a = math.radians(angle)
        return (
            self.centre + radius * self.scale * math.sin(a),
            self.centre - radius * self.scale * math.cos(a),
        )

    def text(self, radius, angle, rotate, content, font, **attrs):
        x, y = self.xy(radius, angle)
        rotate = (rotate + 180) % 360 - 180  # -180 to 180 degrees, to read the markup easily
        return _el(
            "text", content, x=x, y=y, transform=f"rotate({_num(rotate)} {_num(x)} {_num(y)})",
            dominant_baseline="central", font_size=font * self.scale, **attrs,
        )  # fmt: skip


def _desc(names, by_month):
    """How many activities each month has, in words."""
    return "; ".join(
        ngettext("%(month)s: %(count)s activity", "%(month)s: %(count)s activities", n)
        % {"month": names[month], "count": n}
        for month, n in ((month, len(by_month[month])) for month in SCHOOL_YEAR_MONTHS)
    )


def _wedge(canvas, start):
    """An annular wedge: clockwise along the outer arc, back along the inner one."""
    (x1, y1), (x2, y2) = canvas.xy(OUTER, start), canvas.xy(OUTER, start + 30)
    (x3, y3), (x4, y4) = canvas.xy(CENTRE, start + 30), canvas.xy(CENTRE, start)
    outer, inner = _num(OUTER * canvas.scale), _num(CENTRE * canvas.scale)
    return (
        f"M{_num(x1)} {_num(y1)}A{outer} {outer} 0 0 1 {_num(x2)} {_num(y2)}"
        f"L{_num(x3)} {_num(y3)}A{inner} {inner} 0 0 0 {_num(x4)} {_num(y4)}Z"
    )


def _month_label(canvas, mid, name, count):
    """The month's name and its number of activities in the ring. Month names follow the ring;
    in the lower half they turn half a circle to stay upright, which puts the name, the upper
    line, nearer the centre."""
    lower = 90 < mid < 270
    rotate = mid - 180 if lower else mid
    name_r, count_r = (281, 299) if lower else (299, 281)
    label = canvas.text(name_r, mid, rotate, name, 14, font_weight="bold", class_="month")
    label += canvas.text(count_r, mid, rotate, _count(count), 12, class_="count")
    return _el("g", label, aria_hidden="true", text_anchor="middle")


def _marker(canvas, position, title, anchor, month_name, titled):
    """An activity's marker, with its title beside it if `titled`, linked to its entry."""
    radius, angle, marker = position
    cx, cy = canvas.xy(radius, angle)
    content = _el("title", title) + _el(
        "circle", class_="marker", cx=cx, cy=cy, r=marker * canvas.scale, fill=MARKER,
        stroke="#ffffff", stroke_width=1.5 * canvas.scale,
    )  # fmt: skip
    if titled:
        # Titles run outwards along the radius, turned so that they never read upside down:
        # on the left half they are anchored at their end, next to the marker.
        right = angle % 360 < 180
        content += canvas.text(
            117, angle, angle - 90 if right else angle + 90, _short(title), 12,
            text_anchor="start" if right else "end",
        )  # fmt: skip
    if anchor:
        # The label names the month too, for someone who moves from link to link.
        return _el("a", content, href=f"#{anchor}", aria_label=f"{month_name}: {title}")
    return _el("g", content)


def _sector(canvas, i, month, name, items):
    """The `i`th month of the school year: its wedge, its label and its activities' markers."""
    start = i * 30
    sector = [
        _el(
            "path",
            class_="sector",
            d=_wedge(canvas, start),
            fill=FILLS[i % 2],
            stroke=OUTLINE,
            stroke_width=1.5 * canvas.scale,
        ),
        _month_label(canvas, start + 15, name, len(items)),
    ]
    titled = len(items) <= TITLED
    for position, (title, anchor) in zip(_positions(len(items), start), items, strict=True):
        sector.append(_marker(canvas, position, title, anchor, name, titled))
    return _el("g", _concat(sector), data_month=str(month))


def _centre(canvas, title, total):
    """The ring under the month names, and the centre with the wheel's title and total."""
    centre, scale = canvas.centre, canvas.scale
    ring = _el("circle", cx=centre, cy=centre, r=BAND * scale, fill="none", stroke=OUTLINE)
    ring += _el("circle", cx=centre, cy=centre, r=CENTRE * scale, fill="#ffffff", stroke=OUTLINE)
    lines = textwrap.wrap(title, 16) or [""]  # 16 bold characters fit the circle
    if len(lines) > 3:
        lines = [*lines[:2], _short(f"{lines[2]} {lines[3]}", 16)]
    top = centre - (len(lines) * 10 + 12) * scale  # lines of 20 units, the total below them
    centre_text = [
        _el("text", line, x=centre, y=top + (10 + 20 * k) * scale, font_size=15 * scale,
            font_weight="bold", dominant_baseline="central")
        for k, line in enumerate(lines)
    ]  # fmt: skip
    centre_text.append(
        _el("text", _count(total), x=centre, y=top + (14 + 20 * len(lines)) * scale,
            font_size=13 * scale, dominant_baseline="central")
    )  # fmt: skip
    group = _el(
        "g", _concat(centre_text), class_="centre", aria_hidden="true", text_anchor="middle"
    )
    return ring + group


def render_annual_wheel(activities, *, title, id_prefix="wheel", size=640) -> SafeString:
    """The annual wheel of `activities` as an inline SVG.

    activities: iterable of objects or dicts with .month/'month' (1 to 12), .title/'title' and
    .anchor/'anchor' (the id of the activity's entry in the accessible list on the same page).
    """
    if not ID_PREFIX.match(id_prefix):
        raise ValueError(f"id_prefix must be a plain HTML id, not {id_prefix!r}")
    by_month = _by_month(activities)
    canvas = _Canvas(size)
    p = id_prefix
    names = {month: _month_name(month) for month in SCHOOL_YEAR_MONTHS}
    parts = [
        _el("title", title, id=f"{p}-title"),
        _el("desc", _desc(names, by_month) + ".", id=f"{p}-desc"),
        *(
            _sector(canvas, i, month, names[month], by_month[month])
            for i, month in enumerate(SCHOOL_YEAR_MONTHS)
        ),
        _centre(canvas, title, sum(len(items) for items in by_month.values())),
    ]
    return _el(
        "svg", _concat(parts), xmlns="http://www.w3.org/2000/svg", id=p,
        class_="annual-wheel", viewBox=f"0 0 {_num(size)} {_num(size)}", width="100%",
        role="group", aria_labelledby=f"{p}-title", aria_describedby=f"{p}-desc",
        font_family="inherit", fill=TEXT,
    )  # fmt: skip
