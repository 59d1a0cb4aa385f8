"""The annual wheel: a well-formed, accessible SVG of the school year from August to July."""

import math
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from networks.practices.annual_wheel import SCHOOL_YEAR_MONTHS, render_annual_wheel

SVG = "{http://www.w3.org/2000/svg}"
FINNISH_MONTHS = {
    8: "Elokuu", 9: "Syyskuu", 10: "Lokakuu", 11: "Marraskuu", 12: "Joulukuu", 1: "Tammikuu",
    2: "Helmikuu", 3: "Maaliskuu", 4: "Huhtikuu", 5: "Toukokuu", 6: "Kesäkuu", 7: "Heinäkuu",
}  # fmt: skip


class Activity:
    """An activity as a model instance would give it, to check that objects work like dicts."""

    def __init__(self, month, title, anchor):
        self.month, self.title, self.anchor = month, title, anchor


ACTIVITIES = [
    {"month": 8, "title": "Lukuvuoden aloitus", "anchor": "aloitus"},
    {"month": 8, "title": "Vanhempainillat alakouluissa syksyllä", "anchor": "vanhempainillat"},
    {"month": 9, "title": "Hyvinvointikysely", "anchor": "kysely"},
    Activity(12, "Joulujuhlat", "joulu"),
    *({"month": 3, "title": f"Maaliskuun tehtävä numero {n}", "anchor": f"maalis-{n}"}
      for n in range(1, 6)),
]  # fmt: skip


def render(activities=ACTIVITIES, **kwargs):
    kwargs.setdefault("title", "Perusopetuksen vuosikello")
    with translation.override("fi"):
        return render_annual_wheel(activities, **kwargs)


def parse(svg):
    return ET.fromstring(str(svg))  # noqa: S314 - our own output, not untrusted data


def month_group(root, month):
    (group,) = root.findall(f".//{SVG}g[@data-month='{month}']")
    return group


def angle_of(x, y, centre=320):
    """Degrees clockwise from 12 o'clock of the point (x, y) seen from the wheel's centre."""
    return math.degrees(math.atan2(x - centre, centre - y)) % 360


def test_the_wheel_is_well_formed_svg_with_twelve_sectors():
    root = parse(render())
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 640 640"
    assert root.get("width") == "100%"
    assert len(root.findall(f".//{SVG}path[@class='sector']")) == 12
    groups = root.findall(f".//{SVG}g[@data-month]")
    assert [int(group.get("data-month")) for group in groups] == list(SCHOOL_YEAR_MONTHS)
    # Every sector is an annular wedge drawn with arcs.
    assert all(path.get("d").count("A") == 2 for path in root.iter(f"{SVG}path"))


def test_august_comes_first_at_the_top_and_the_months_go_clockwise():
    root = parse(render())
    labels = root.findall(f".//{SVG}text[@class='month']")
    assert [label.text for label in labels] == [FINNISH_MONTHS[m] for m in SCHOOL_YEAR_MONTHS]
    angles = [angle_of(float(label.get("x")), float(label.get("y"))) for label in labels]
    assert angles == pytest.approx([15 + 30 * i for i in range(12)], abs=0.1)
    august, july = labels[0], labels[-1]
    assert float(august.get("y")) < 40 and float(august.get("x")) > 320
    assert float(july.get("x")) < 320
    # The first sector's outer arc begins straight above the centre.
    first = root.find(f".//{SVG}path[@class='sector']").get("d")
    assert first.startswith("M320 6A")


def test_labels_are_never_upside_down():
    root = parse(render())
    for text in root.iter(f"{SVG}text"):
        rotation = re.fullmatch(r"rotate\((-?[\d.]+) .*\)", text.get("transform", "rotate(0 0 0)"))
        assert -90 <= float(rotation[1]) <= 90, text.text


def test_every_activity_is_a_marker_linked_to_its_list_entry():
    root = parse(render())
    links = root.findall(f".//{SVG}a")
    assert len(links) == len(ACTIVITIES)
    expected = [
        (a["title"], a["anchor"]) if isinstance(a, dict) else (a.title, a.anchor)
        for a in ACTIVITIES
    ]
    found = {(link.find(f"{SVG}title").text, link.get("href")) for link in links}
    assert found == {(title, f"#{anchor}") for title, anchor in expected}
    for link in links:
        assert link.find(f"{SVG}circle[@class='marker']") is not None
    titles = [element.text for element in root.iter(f"{SVG}title")]
    assert all(title in titles for title, _ in expected)
    # A month's markers lie inside its own sector: December is the fifth, 120° to 150°.
    (december,) = month_group(root, 12).findall(f".//{SVG}circle[@class='marker']")
    assert 120 < angle_of(float(december.get("cx")), float(december.get("cy"))) < 150


def test_short_months_show_titles_and_long_ones_only_markers():
    root = parse(render())
    august = [t.text for t in month_group(root, 8).findall(f"{SVG}a/{SVG}text")]
    assert august == ["Lukuvuoden aloitus", "Vanhempainillat alako…"]
    assert all(len(text) <= 22 for text in august)
    march = month_group(root, 3)
    assert len(march.findall(f"{SVG}a/{SVG}circle")) == 5
    assert march.findall(f"{SVG}a/{SVG}text") == []
    sizes = [float(t.get("font-size")) for t in root.iter(f"{SVG}text")]
    assert min(sizes) >= 12


def number(text):
    """The count at the start of "5 activities", whatever the words after it are translated to."""
    return int(re.match(r"\d+", text)[0])


EXPECTED_COUNTS = {8: 2, 9: 1, 10: 0, 11: 0, 12: 1, 1: 0, 2: 0, 3: 5, 4: 0, 5: 0, 6: 0, 7: 0}


def test_month_labels_count_the_activities():
    root = parse(render())
    counts = [number(t.text) for t in root.findall(f".//{SVG}text[@class='count']")]
    assert counts == [EXPECTED_COUNTS[month] for month in SCHOOL_YEAR_MONTHS]


def test_the_description_counts_the_activities_of_every_month():
    root = parse(render())
    desc_id = root.get("aria-describedby")
    desc = root.find(f"{SVG}desc")
    assert desc.get("id") == desc_id == "wheel-desc"
    assert desc.text.startswith("Elokuu: 2 ") and desc.text.endswith(".")
    parts = [re.fullmatch(r"(\w+): (\d+) \w+", part) for part in desc.text[:-1].split("; ")]
    assert [(part[1], int(part[2])) for part in parts] == [
        (FINNISH_MONTHS[month], EXPECTED_COUNTS[month]) for month in SCHOOL_YEAR_MONTHS
    ]
    # The singular and the plural differ, so ngettext chose between them.
    assert parts[0][0].split()[-1] != parts[1][0].split()[-1]


def test_the_wheel_is_labelled_by_its_title():
    root = parse(render())
    assert root.get("role") == "group"
    title = root.find(f"{SVG}title")
    assert title.get("id") == root.get("aria-labelledby") == "wheel-title"
    assert title.text == "Perusopetuksen vuosikello"
    centre = [t.text for t in root.findall(f".//{SVG}g[@class='centre']/{SVG}text")]
    assert centre[:2] == ["Perusopetuksen", "vuosikello"]
    assert len(centre) == 3 and number(centre[2]) == 9


def test_a_long_title_wraps_into_three_lines_at_most():
    root = parse(render(title="Perusopetuksen ja varhaiskasvatuksen yhteinen vuosikello 2025"))
    lines = [t.text for t in root.findall(f".//{SVG}g[@class='centre']/{SVG}text")][:-1]
    assert len(lines) == 3
    assert lines[-1].endswith("…")


def test_user_text_is_escaped():
    nasty = '<script>alert("x")</script> & co'
    svg = render(
        [{"month": 10, "title": nasty, "anchor": 'x" onclick="alert(1)'}],
        title=f"Vuosikello {nasty}",
    )
    assert "<script>" not in svg
    assert 'onclick="' not in svg
    assert "&lt;script&gt;" in svg and "&amp; co" in svg
    root = parse(svg)
    assert root.find(f"{SVG}title").text == f"Vuosikello {nasty}"
    link = root.find(f".//{SVG}a")
    assert link.find(f"{SVG}title").text == nasty
    assert link.get("href") == '#x" onclick="alert(1)'
    assert link.get("onclick") is None


def test_ids_are_prefixed_so_two_wheels_do_not_clash():
    first, second = parse(render(id_prefix="syksy")), parse(render(id_prefix="kevat"))
    ids = [e.get("id") for root in (first, second) for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) == 6
    assert {i for i in ids if i.startswith("syksy")} == {"syksy", "syksy-title", "syksy-desc"}
    assert first.get("aria-labelledby") == "syksy-title"
    assert first.get("aria-describedby") == "syksy-desc"
    # No inline <style>: the Content-Security-Policy would refuse it (the stylesheet has it).
    assert first.find(f".//{SVG}style") is None
    with pytest.raises(ValueError):
        render(id_prefix="bad id")


def test_the_output_is_deterministic_and_scales():
    assert render() == render()
    small = parse(render(size=320))
    assert small.get("viewBox") == "0 0 320 320"
    assert small.find(f".//{SVG}path[@class='sector']").get("d").startswith("M160 3A")


def test_a_crowded_month_shows_every_marker():
    activities = [{"month": 1, "title": f"Tehtävä {n}", "anchor": f"t{n}"} for n in range(80)]
    root = parse(render(activities))
    markers = month_group(root, 1).findall(f"{SVG}a/{SVG}circle")
    assert len(markers) == 80
    assert len({(m.get("cx"), m.get("cy")) for m in markers}) == 80
    # Tammikuu is the sixth sector, 150° to 180°.
    assert all(150 < angle_of(float(m.get("cx")), float(m.get("cy"))) < 180 for m in markers)


def test_a_month_outside_the_calendar_is_refused():
    with pytest.raises(ValueError):
        render([{"month": 13, "title": "x", "anchor": "x"}])
