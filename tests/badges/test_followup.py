"""The badge follow-up through the admin: a teacher records her class's counts, and the
principal, moderators and digitalisation expert see the figures they follow, never a group of
fewer than five pupils."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from badges.models import (
    Badge,
    BadgeFrameworkPage,
    CompletionCount,
    CompletionReport,
    FollowUpRole,
    ScaleLevel,
)
from plans.models import Grade
from portal.municipalities.models import School
from tests.factories.networks import licence
from tests.helpers import make_moderator, make_teacher

RECORD = reverse("badge_follow_up_record")
REPORT = reverse("badge_follow_up_report")
MINE = reverse("badge_follow_up_mine")
ROLES = reverse("badge_follow_up_roles")
DENIED = "/admin/"  # the admin turns a refusal into its dashboard with a message


@pytest.fixture
def schools(rusko, masku):
    made = {
        name: School.objects.create(municipality=rusko, name=name, school_type=kind)
        for name, kind in [
            ("Kirkonkylän koulu", "alakoulu"),
            ("Laukolan koulu", "alakoulu"),
            ("Maunun koulu", "yläkoulu"),
        ]
    }
    made["Masku"] = School.objects.create(
        municipality=masku, name="Kurittulan koulu", school_type="alakoulu"
    )
    return made


@pytest.fixture
def framework(rusko, schools):
    page = rusko.add_child(
        instance=BadgeFrameworkPage(
            title="Ruskon osaamismerkit",
            slug="osaamismerkit",
            school_year=2025,
            licence=licence(),
        )
    )
    third, seventh = Grade.objects.get(slug="3"), Grade.objects.get(slug="7")
    for order, (grade, code, name) in enumerate([
        (third, "3-tekstinkasittely", "Tekstinkäsittely"),
        (third, "3-tiedonhaku", "Tiedonhaku"),
        (seventh, "7-ohjelmointi", "Ohjelmointi"),
    ]):  # fmt: skip
        Badge.objects.create(
            framework=page, grade=grade, code=code, name=name, description="…",
            sort_order=order,
        )  # fmt: skip
    for order, name in enumerate(["Harjoittelen", "Osaan", "Osaan opettaa muita"]):
        ScaleLevel.objects.create(framework=page, name=name, sort_order=order)
    return page


@pytest.fixture
def teacher(rusko):
    return make_teacher(rusko, "tiina.rusko")


def badges_of(framework, grade_slug):
    return list(framework.badges.filter(grade__slug=grade_slug).order_by("sort_order"))


def form_data(framework, school, group="3A", term="syksy", pupils=20, note="", rows=None):
    """The form as the teacher fills it: ``rows`` is [(completed, [levels…]), …] per badge."""
    badges = badges_of(framework, "3")
    rows = rows or [(18, [3, 10, 5]), (15, [5, 8, 2])]
    data = {"school": school.pk, "group": group, "term": term, "pupils": pupils, "note": note}
    for badge, (completed, levels) in zip(badges, rows, strict=True):
        data[f"b{badge.pk}_completed"] = completed
        for index, value in enumerate(levels):
            data[f"b{badge.pk}_level{index}"] = value
    return data


def record_url(framework, grade_slug="3"):
    grade = Grade.objects.get(slug=grade_slug)
    return f"{RECORD}?kehys={framework.pk}&luokka-aste={grade.pk}"


def report_of(framework, school_name, group, term, pupils, rows):
    report = CompletionReport.objects.create(
        framework=framework,
        municipality=framework.get_parent().specific,
        school=School.objects.get(name=school_name),
        school_name=school_name,
        group=group,
        grade=rows[0][0].grade,
        school_year=2025,
        term=term,
        pupils=pupils,
    )
    CompletionCount.objects.bulk_create(
        CompletionCount(report=report, badge=badge, completed=done, self_assessment=levels)
        for badge, done, levels in rows
    )
    return report


# --- Recording ------------------------------------------------------------------------------------


def test_teacher_records_a_class_and_sees_it_in_her_own_reports(
    client, framework, schools, teacher
):
    client.force_login(teacher)
    chooser = client.get(RECORD)
    assert "3. luokka" in chooser.text and "7. luokka" in chooser.text
    form = client.get(record_url(framework))
    assert "Tekstinkäsittely" in form.text and "Osaan opettaa muita" in form.text
    assert "Ohjelmointi" not in form.text  # a badge of another grade
    response = client.post(
        record_url(framework), form_data(framework, schools["Kirkonkylän koulu"], group=" 3a ")
    )
    assert response.status_code == 302
    report = CompletionReport.objects.get()
    assert (report.group, report.school_name, report.school_year, report.pupils) == (
        "3A", "Kirkonkylän koulu", 2025, 20,
    )  # fmt: skip
    assert report.reported_by == teacher
    counts = {c.badge.code: (c.completed, c.self_assessment) for c in report.counts.all()}
    assert counts == {"3-tekstinkasittely": (18, [3, 10, 5]), "3-tiedonhaku": (15, [5, 8, 2])}
    mine = client.get(MINE)
    assert "3A" in mine.text and "Kirkonkylän koulu" in mine.text
    assert ">33<" in mine.text  # 18 + 15 badges completed, for her yearly review


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"pupils": ""}, "pupils", "Kirjoita luokan oppilasmäärä."),
        ({"pupils": "0"}, "pupils", "Luokassa on vähintään yksi oppilas."),
        ({"b_completed": "-1"}, "completed", "Luku ei voi olla negatiivinen."),
        ({"b_completed": "2,5"}, "completed", "Kirjoita kokonaisluku"),
        ({"b_completed": "25"}, "completed", "luokassa on 20 oppilasta"),
        ({"b_level1": "17"}, "level0", "Itsearviointeja on yhteensä 25"),
        ({"group": ""}, "group", "Kirjoita luokan tunnus"),
        ({"term": ""}, "term", "Valitse lukukausi."),
    ],
)
def test_each_mistake_is_told_on_its_field_and_nothing_typed_is_lost(
    client, framework, schools, teacher, change, field, message
):
    client.force_login(teacher)
    data = form_data(framework, schools["Laukolan koulu"], note="Hyvin meni.")
    first = badges_of(framework, "3")[0]
    for key, value in change.items():
        data[key.replace("b_", f"b{first.pk}_")] = value
    response = client.post(record_url(framework), data)
    assert response.status_code == 200
    assert CompletionReport.objects.count() == 0
    form = response.context["form"]
    name = {"completed": f"b{first.pk}_completed", "level0": f"b{first.pk}_level0"}.get(
        field, field
    )
    assert message in " ".join(form.errors[name])
    assert "Hyvin meni." in response.text  # what was typed stays


@pytest.mark.parametrize(
    ("group", "note", "refused"),
    [
        ("Ella", "", "group"),
        ("3A Ella", "", "group"),
        ("3A", "Eetulle jäi kesken tiedonhaku.", "note"),
        ("3A", "Kesken jäi: Virtasen Matti.", "note"),
        ("3A", "Kysy Pekka Korhonen.", "note"),
        ("3A", "Huoltaja: 040 123 4567", "note"),
        ("3A", "Oppilas 131052-308T poissa", "note"),
        ("3A", "oppilas@example.fi kertoo", "note"),
    ],
)
def test_names_and_identity_codes_are_refused(client, framework, schools, teacher, group, note,
                                              refused):  # fmt: skip
    client.force_login(teacher)
    data = form_data(framework, schools["Laukolan koulu"], group=group, note=note)
    response = client.post(record_url(framework), data)
    assert response.status_code == 200
    assert CompletionReport.objects.count() == 0
    errors = " ".join(response.context["form"].errors[refused])
    assert "131052-308T" not in response.text.split("<textarea")[0]
    if refused == "group":
        assert "luokan tunnuksena" in errors
    else:
        assert "poista se" in errors and "ei saa tunnistaa oppilasta" in errors


@pytest.mark.parametrize(
    "group", ["3A", "7 B", "5–6", "esiluokka", "Yhdysluokka 1–2", "pienluokka 3"]
)
def test_class_labels_and_plain_notes_pass(client, framework, schools, teacher, group):
    client.force_login(teacher)
    note = "Toivo heräsi: Tuuli ja sade eivät haitanneet. Wilmassa kerrottiin huoltajille."
    response = client.post(
        record_url(framework), form_data(framework, schools["Laukolan koulu"], group=group,
                                         note=note)
    )  # fmt: skip
    assert response.status_code == 302, response.context["form"].errors
    assert CompletionReport.objects.get().note == note


def test_the_same_class_and_term_opens_the_saved_report(client, framework, schools, teacher):
    client.force_login(teacher)
    school = schools["Kirkonkylän koulu"]
    client.post(record_url(framework), form_data(framework, school))
    saved = CompletionReport.objects.get()
    again = form_data(framework, school, group="3a", pupils=21)
    response = client.post(record_url(framework), again)
    assert response.status_code == 200
    assert CompletionReport.objects.count() == 1
    assert "on jo kirjaus tältä lukukaudelta" in response.text
    assert f'action="{reverse("badge_follow_up_edit", args=[saved.pk])}"' in response.text
    assert 'value="21"' in response.text  # what she typed, ready to save over the old numbers
    client.post(reverse("badge_follow_up_edit", args=[saved.pk]), again)
    saved.refresh_from_db()
    assert saved.pupils == 21 and CompletionReport.objects.count() == 1


def test_other_towns_cannot_report_or_open_a_report(client, framework, schools, masku):
    report = report_of(framework, "Laukolan koulu", "3A", "syksy", 20,
                       [(badges_of(framework, "3")[0], 10, [])])  # fmt: skip
    client.force_login(make_teacher(masku, "maija.masku"))
    assert client.get(record_url(framework))["Location"] == DENIED
    response = client.post(record_url(framework), form_data(framework, schools["Masku"]))
    assert response["Location"] == DENIED
    assert client.get(reverse("badge_follow_up_edit", args=[report.pk])).status_code == 404
    assert CompletionReport.objects.count() == 1


def test_a_school_of_another_town_cannot_be_chosen(client, framework, schools, teacher):
    client.force_login(teacher)
    response = client.post(record_url(framework), form_data(framework, schools["Masku"]))
    assert response.status_code == 200
    assert "school" in response.context["form"].errors
    assert CompletionReport.objects.count() == 0


# --- Who sees what --------------------------------------------------------------------------------


@pytest.fixture
def reported(framework, schools):
    """Autumn counts of four classes; Laukola's yhdysluokka has only four pupils."""
    third = badges_of(framework, "3")
    seventh = badges_of(framework, "7")
    return [
        report_of(framework, "Kirkonkylän koulu", "3A", "syksy", 20,
                  [(third[0], 18, [3, 10, 5]), (third[1], 10, [2, 6, 2])]),
        report_of(framework, "Kirkonkylän koulu", "3B", "kevat", 19,
                  [(third[0], 19, [1, 12, 6]), (third[1], 19, [4, 10, 5])]),
        report_of(framework, "Laukolan koulu", "Yhdysluokka 3–4", "syksy", 4,
                  [(third[0], 3, [1, 1, 1]), (third[1], 2, [0, 2, 0])]),
        report_of(framework, "Maunun koulu", "7A", "syksy", 22,
                  [(seventh[0], 11, [4, 5, 2])]),
    ]  # fmt: skip


def schools_shown(response):
    return [row.label for row in response.context["schools"]]


def test_principal_sees_only_his_school(client, framework, schools, reported, rusko):
    principal = make_teacher(rusko, "rehtori.maunu")
    FollowUpRole.objects.create(
        user=principal, role="rehtori", municipality=rusko, school=schools["Maunun koulu"]
    )
    client.force_login(principal)
    response = client.get(REPORT)
    assert schools_shown(response) == ["Maunun koulu"]
    assert "Kirkonkylän" not in response.text


def test_moderator_and_expert_see_the_town(client, framework, schools, reported, rusko):
    moderator = make_moderator(rusko, "moderaattori.rusko")
    expert = make_teacher(rusko, "digi.rusko")
    FollowUpRole.objects.create(user=expert, role="digiasiantuntija", municipality=rusko)
    every = ["Kirkonkylän koulu", "Laukolan koulu", "Maunun koulu"]
    for user in (moderator, expert):
        client.force_login(user)
        assert schools_shown(client.get(REPORT)) == every


def test_other_town_teacher_and_anonymous_see_nothing(client, framework, reported, masku, rusko):
    client.force_login(make_moderator(masku, "mikko.masku"))
    response = client.get(REPORT)
    assert response.status_code == 200 and "Kirkonkylän" not in response.text
    client.force_login(make_teacher(rusko, "opettaja.rusko"))  # no role: not a follower
    assert client.get(REPORT)["Location"] == DENIED
    client.logout()
    response = client.get(REPORT)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_report_shows_shares_and_hides_small_groups(client, framework, reported, rusko):
    client.force_login(make_moderator(rusko, "moderaattori.rusko"))
    response = client.get(REPORT, {"lukuvuosi": framework.pk, "lukukausi": "syksy"})
    rows = {row.label: row for row in response.context["schools"]}
    assert rows["Kirkonkylän koulu"].percent == 70  # (18 + 10) / (2 * 20)
    assert rows["Laukolan koulu"].hidden and rows["Laukolan koulu"].percent is None
    assert "vähemmän kuin viisi oppilasta" in response.text
    badge = next(r for r in response.context["badges"] if r.key.code == "3-tekstinkasittely")
    assert (badge.pupils, badge.completed, badge.levels) == (24, 21, [4, 11, 6])
    assert 'role="img"' in response.text and "<title id=" in response.text
    assert "3B" not in response.text  # a spring class, filtered out
    odd = client.get(REPORT, {"lukuvuosi": "x", "lukukausi": "talvi", "muoto": "pdf"})
    assert odd.status_code == 200 and odd.context["framework"] == framework


def test_csv_and_xlsx_hold_the_tables_without_small_groups(client, framework, reported, rusko):
    client.force_login(make_moderator(rusko, "moderaattori.rusko"))
    query = {"lukuvuosi": framework.pk, "lukukausi": "syksy"}
    response = client.get(REPORT, {**query, "muoto": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert ["Kirkonkylän koulu", "20", "28", "70"] in rows
    assert ["Laukolan koulu", "", "", ""] in rows
    assert ["Tekstinkäsittely", "3. luokka", "24", "21", "88", "4", "11", "6"] in rows
    response = client.get(REPORT, {**query, "muoto": "xlsx"})
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Vuosiluokittain", "Kouluittain", "Merkeittäin"]
    schools = [list(r) for r in workbook["Kouluittain"].iter_rows(values_only=True)]
    assert ["Kirkonkylän koulu", 20, 28, 70] in schools
    assert ["Laukolan koulu", None, None, None] in schools


def test_report_queries_do_not_grow_with_reports(client, framework, schools, rusko):
    client.force_login(make_moderator(rusko, "moderaattori.rusko"))
    third = badges_of(framework, "3")
    report_of(framework, "Laukolan koulu", "3A", "syksy", 20, [(third[0], 10, [1, 2, 3])])
    with CaptureQueriesContext(connection) as one:
        assert client.get(REPORT).status_code == 200
    for index in range(6):
        report_of(framework, "Kirkonkylän koulu", f"3{'BCDEFG'[index]}", "syksy", 20,
                  [(third[0], 10, [1, 2, 3]), (third[1], 12, [4, 4, 4])])  # fmt: skip
    with CaptureQueriesContext(connection) as many:
        assert client.get(REPORT).status_code == 200
    assert len(many) == len(one) <= 40  # about 30 of them are the admin menu and session


# --- Roles ----------------------------------------------------------------------------------------


def test_moderator_names_a_principal_and_removes_the_role(client, framework, schools, rusko, masku):
    moderator = make_moderator(rusko, "moderaattori.rusko")
    principal = make_teacher(rusko, "rehtori.maunu")
    client.force_login(moderator)
    response = client.post(ROLES, {"user": principal.pk, "role": "rehtori", "school": ""})
    assert "valitse se" in response.text  # a principal needs the school
    client.post(
        ROLES, {"user": principal.pk, "role": "rehtori", "school": schools["Maunun koulu"].pk}
    )
    role = FollowUpRole.objects.get()
    assert (role.user, role.school.name, role.municipality.pk) == (
        principal, "Maunun koulu", rusko.pk,
    )  # fmt: skip
    outsider = make_teacher(masku, "maija.masku")
    response = client.post(ROLES, {"user": outsider.pk, "role": "digiasiantuntija"})
    assert "user" in response.context["form"].errors
    client.force_login(make_moderator(masku, "mikko.masku"))
    assert client.post(reverse("badge_follow_up_role_remove", args=[role.pk])).status_code == 404
    client.force_login(principal)
    assert client.get(ROLES)["Location"] == DENIED
    client.force_login(moderator)
    client.post(reverse("badge_follow_up_role_remove", args=[role.pk]))
    assert not FollowUpRole.objects.exists()
    assert get_user_model().objects.filter(pk=principal.pk).exists()


def test_the_whole_year_counts_each_class_at_its_latest_term(client, framework, schools, rusko):
    """The counts are what a class has completed so far: spring's include autumn's."""
    client.force_login(make_moderator(rusko, "moderaattori.rusko"))
    first = badges_of(framework, "3")[0]
    report_of(framework, "Laukolan koulu", "3A", "syksy", 20, [(first, 10, [2, 5, 3])])
    report_of(framework, "Laukolan koulu", "3A", "kevat", 20, [(first, 18, [1, 9, 8])])
    (school,) = client.get(REPORT).context["schools"]
    assert (school.pupils, school.completed, school.percent) == (20, 18, 90)
