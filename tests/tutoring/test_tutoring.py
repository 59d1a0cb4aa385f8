"""Tutor work: tutors log sessions in the admin, moderators read their town's, coordinators
read sums of their network's as charts, tables and spreadsheets."""

import csv
import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from networks.networks.models import NetworkMembership
from networks.tutoring.models import (
    CompetenceAnswer,
    CompetenceArea,
    CompetenceSurvey,
    TeamPlanning,
    TrainingPlan,
    TutorSession,
    school_year_of,
    term_of,
)
from networks.tutoring.report import report
from tests.factories import networks as factories
from tests.factories.networks import MunicipalityPageFactory
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import answers, make_coordinator, make_moderator, make_teacher, make_tutor

SESSIONS = "/admin/tutoring/tutorsession/"
REPORT = "/admin/tutorointi/raportti/"


@pytest.fixture
def network(home_page, rusko, masku):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=index, title="Tutor 2.0", slug="tutor-20")
    for town in (rusko, masku):
        NetworkMembership.objects.create(network=network, municipality=town)
    region = factories.RegionPageFactory(parent=network, title="=Varsinais-Suomi")
    region.municipalities.set([rusko, masku])
    region.save()
    return network


@pytest.fixture
def other_network(home_page, network):
    index = network.get_parent()
    return factories.NetworkPageFactory(parent=index, title="OPPIVA", slug="oppiva")


@pytest.fixture
def people(rusko, masku, network, other_network):
    return {
        "tiina": make_tutor(rusko, "tiina.tutor"),
        "teemu": make_tutor(rusko, "teemu.tutor"),
        "maija": make_tutor(masku, "maija.tutor"),
        "mikko": make_moderator(rusko, "mikko.moderaattori"),
        "kaija": make_coordinator(network, "kaija.koordinaattori"),
        "olli": make_coordinator(other_network, "olli.koordinaattori"),
    }


def streamed(response):
    """A streamed CSV export as text."""
    return b"".join(response.streaming_content).decode("utf-8-sig")


def log(tutor, town, **fields):
    values = {"date": timezone.localdate() - datetime.timedelta(days=3), "minutes": 60,
              "kind": "yksilo", "theme": "digi", "teachers_reached": 1, **fields}  # fmt: skip
    return TutorSession.objects.create(tutor=tutor, town=town, **values)


def form(town, **fields):
    return {"date": f"{timezone.localdate():%Y-%m-%d}", "minutes": "45", "town": str(town.pk),
            "school": "Vahdon koulu", "kind": "ryhma", "theme": "tekoaly",
            "teachers_reached": "6", "note": "", **fields}  # fmt: skip


@pytest.mark.django_db
def test_a_tutor_logs_a_session_with_the_defaults(client, rusko, people):
    client.force_login(people["tiina"])
    page = client.get(SESSIONS + "create/").content.decode()
    # Her only town is chosen already; today and 45 minutes are the defaults.
    assert f'<option value="{rusko.pk}" selected>' in page
    response = client.post(SESSIONS + "create/", form(rusko))
    assert response.status_code == 302
    session = TutorSession.objects.get()
    assert (session.tutor, session.town, session.minutes, session.teachers_reached) == (
        people["tiina"], rusko, 45, 6)  # fmt: skip


@pytest.mark.django_db
def test_bad_input_is_refused_in_finnish_and_kept(client, rusko, masku, people):
    client.force_login(people["tiina"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(SESSIONS + "create/", form(rusko, date=f"{tomorrow:%Y-%m-%d}",
                                                      note="Muistiinpano säilyy"))  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200
    assert "tulevalle päivälle" in body and "Muistiinpano säilyy" in body
    # Not her town.
    response = client.post(SESSIONS + "create/", form(masku))
    assert response.status_code == 200 and not TutorSession.objects.exists()
    response = client.post(SESSIONS + "create/", form(rusko, minutes="0"))
    assert response.status_code == 200 and not TutorSession.objects.exists()


@pytest.mark.django_db
def test_a_tutor_reads_only_her_own_sessions(client, rusko, people):
    own = log(people["tiina"], rusko, school="Oma koulu")
    others = log(people["teemu"], rusko, school="Toisen koulu", note="Teemun muistiinpano")
    client.force_login(people["tiina"])
    listing = client.get(SESSIONS).content.decode()
    assert "Oma koulu" in listing and "Toisen koulu" not in listing
    export = streamed(client.get(SESSIONS, {"export": "csv"}))
    assert "Teemun muistiinpano" not in export
    assert client.get(f"{SESSIONS}edit/{own.pk}/").status_code == 200
    assert client.get(f"{SESSIONS}edit/{others.pk}/").status_code != 200
    client.post(f"{SESSIONS}edit/{others.pk}/", form(rusko, minutes="500"))
    client.post(f"{SESSIONS}delete/{others.pk}/")
    others.refresh_from_db()
    assert others.minutes == 60


@pytest.mark.django_db
def test_a_moderator_reads_her_towns_sessions_but_changes_none(client, rusko, masku, people):
    log(people["tiina"], rusko, school="Vahdon koulu")
    log(people["maija"], masku, school="Maskun koulu")
    client.force_login(people["mikko"])
    listing = client.get(SESSIONS).content.decode()
    assert "Vahdon koulu" in listing and "Maskun koulu" not in listing
    assert "tiina.tutor" in listing  # whose session it is
    session = TutorSession.objects.get(town=rusko)
    assert client.get(f"{SESSIONS}edit/{session.pk}/").status_code != 200


@pytest.mark.django_db
def test_coordinators_read_their_own_networks_sums_only(client, rusko, masku, people):
    log(people["tiina"], rusko, minutes=90)
    client.force_login(people["olli"])
    page = client.get(REPORT, {"verkosto": "tutor-20"})
    body = page.content.decode()
    assert page.status_code == 200
    assert "Tutor 2.0" not in body and "1,5" not in body
    for who in ("tiina", "mikko"):
        client.force_login(people[who])
        assert client.get(REPORT).status_code in (302, 403)
    client.force_login(people["kaija"])
    assert "1,5" in client.get(REPORT).content.decode()


@pytest.mark.django_db
def test_the_sums_are_the_sums_of_the_sessions(client, rusko, masku, people):
    today = timezone.localdate()
    entries = [
        log(people["tiina"], rusko, minutes=45, kind="yksilo", theme="digi", teachers_reached=1),
        log(people["teemu"], rusko, minutes=90, kind="ryhma", theme="tekoaly", teachers_reached=12),
        log(people["maija"], masku, minutes=30, kind="ryhma", theme="hyvinvointi",
            teachers_reached=3, date=today - datetime.timedelta(days=40)),
        # Outside the period and outside the network: not counted.
        log(people["maija"], masku, minutes=600, date=today - datetime.timedelta(days=800)),
    ]  # fmt: skip
    network = rusko.networks[0]
    this_month = today.replace(day=1)
    start = (this_month - datetime.timedelta(days=100)).replace(day=1)
    data = report(network, start, this_month)
    counted = entries[:3]
    assert data["total"].minutes == sum(e.minutes for e in counted) == 165
    assert data["total"].sessions == 3
    assert data["total"].reached == 16
    for key in ("months", "kinds", "themes", "towns", "regions"):
        assert sum(row.minutes for row in data[key]) == 165, key
    kinds = {row.label: row.minutes for row in data["kinds"]}
    assert kinds["ryhmäkoulutus"] == 120
    towns = {row.label: row.minutes for row in data["towns"]}
    assert towns == {"Rusko": 135, "Masku": 30}


@pytest.mark.django_db
def test_exports_open_and_keep_formulas_as_text(client, rusko, people):
    log(people["tiina"], rusko, school='=HYPERLINK("http://pahis.example")', note="+1+1")
    client.force_login(people["kaija"])
    sheet = client.get(REPORT, {"muoto": "csv"})
    assert sheet["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig")), delimiter=";"))
    assert ["'=Varsinais-Suomi", "1.0", "1", "1"] in rows
    workbook = load_workbook(io.BytesIO(client.get(REPORT, {"muoto": "xlsx"}).content))
    cells = [c for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row]
    region = next(c for c in cells if str(c.value).endswith("Varsinais-Suomi"))
    assert region.value == "'=Varsinais-Suomi" and region.data_type == "s"
    assert not any(c.data_type == "f" for c in cells)

    # The tutor's own list exports her sessions: formula-like notes stay text too.
    client.force_login(people["tiina"])
    exported = streamed(client.get(SESSIONS, {"export": "csv"}))
    assert "'=HYPERLINK" in exported and "'+1+1" in exported
    xlsx = client.get(SESSIONS, {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    cells = [c for row in workbook.active.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)


@pytest.mark.django_db
def test_report_queries_do_not_grow_with_sessions(client, rusko, masku, people):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(REPORT).status_code == 200
        return len(captured)

    client.force_login(people["kaija"])
    log(people["tiina"], rusko)
    queries()
    few = queries()
    today = timezone.localdate()
    TutorSession.objects.bulk_create(
        TutorSession(tutor=people["maija"], town=masku, minutes=30, kind="ryhma", theme="ops",
                     date=today - datetime.timedelta(days=day % 300))
        for day in range(500)
    )  # fmt: skip
    assert queries() == few


@pytest.mark.django_db
def test_a_bad_period_gives_a_clear_error_and_the_default_report(client, people):
    client.force_login(people["kaija"])
    response = client.get(REPORT, {"alku": "2026-10", "loppu": "2026-01"})
    assert response.status_code == 200
    assert "Jakson täytyy alkaa ennen kuin se päättyy" in response.content.decode()
    response = client.get(REPORT, {"alku": "kissa", "loppu": "2026-13"})
    assert response.status_code == 200


# --- Competence mapping ------------------------------------------------------------------


@pytest.fixture
def survey(network):
    survey = CompetenceSurvey.objects.create(network=network, title="TVT-osaamiskartoitus")
    for number, name in enumerate(["Tekoäly", "Tietoturva"]):
        CompetenceArea.objects.create(survey=survey, name=name, sort_order=number)
    return survey


@pytest.mark.django_db
def test_a_teacher_answers_once_a_term(client, rusko, survey, people):
    teacher = make_teacher(rusko, "aino.opettaja")
    client.force_login(teacher)
    assert "TVT-osaamiskartoitus" in client.get("/admin/osaamiskartoitus/").content.decode()
    url = f"/admin/osaamiskartoitus/{survey.pk}/"
    first, second = survey.areas.all()
    # A missing score: a clear error in Finnish, the given score kept.
    response = client.post(url, {"town": rusko.pk, f"area_{first.pk}": "4"})
    body = response.content.decode()
    assert response.status_code == 200 and "Valitse luku 1–5" in body
    assert re.search(rf'name="area_{first.pk}" value="4"[^>]*checked', body)
    response = client.post(url, {"town": rusko.pk, f"area_{first.pk}": "4",
                                 f"area_{second.pk}": "2"})  # fmt: skip
    assert response.status_code == 302
    answer = CompetenceAnswer.objects.get()
    assert sorted(answer.scores.values_list("score", flat=True)) == [2, 4]
    # Once a term: the form is not offered again, a second post adds nothing.
    assert client.get(url).status_code == 302
    client.post(url, {"town": rusko.pk, f"area_{first.pk}": "1", f"area_{second.pk}": "1"})
    assert CompetenceAnswer.objects.count() == 1
    # Numbers outside the scale are refused.
    client.force_login(people["maija"])
    response = client.post(url, {"town": answer.town_id, f"area_{first.pk}": "9",
                                 f"area_{second.pk}": "-1"})  # fmt: skip
    assert response.status_code == 200
    assert CompetenceAnswer.objects.count() == 1


@pytest.mark.django_db
def test_teachers_outside_the_network_cannot_answer(client, rusko, survey):
    turku = MunicipalityPageFactory(parent=rusko.get_parent(), municipality_code="853")
    client.force_login(make_teacher(turku, "turun.opettaja"))
    assert client.get(f"/admin/osaamiskartoitus/{survey.pk}/").status_code == 404
    assert client.get("/admin/osaamiskartoitus/").status_code in (302, 403)


@pytest.mark.django_db
def test_small_groups_are_not_shown(client, rusko, masku, survey, people):
    answers(survey, rusko, [2, 5], 6)
    answers(survey, masku, [1, 1], 4)  # too few to show alone
    client.force_login(people["kaija"])
    heat = client.get(REPORT).context["heat"]
    rows = {row.label: row for row in heat["rows"]}
    assert rows["Rusko"].cells == [(2.0, 6), (5.0, 6)]
    assert [value for value, _n in rows["Masku"].cells] == [None, None]
    # The region holds both towns: ten answers, shown.
    assert rows["=Varsinais-Suomi"].cells == [(1.6, 10), (3.4, 10)]
    assert heat["greatest_need"][0] == ("Rusko", "Tekoäly", 2.0)
    body = client.get(REPORT).content.decode()
    assert "alle viisi vastausta" in body
    # The spreadsheet leaves the small group's cells empty too.
    sheet = client.get(REPORT, {"muoto": "csv"}).content.decode("utf-8-sig")
    assert "Masku;4;;" in sheet and "Rusko;6;2.0;5.0" in sheet


# --- Team planning follow-up --------------------------------------------------------------


@pytest.mark.django_db
def test_team_planning_is_entered_by_moderators_and_counted_from_plans(client, rusko, people):
    term = term_of(timezone.localdate())
    client.force_login(people["mikko"])
    response = client.post("/admin/tutoring/teamplanning/create/", {
        "town": rusko.pk, "school": "Vahdon koulu", "term": term, "meetings": "6",
        "implemented": "4", "note": "",
    })  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert TeamPlanning.objects.get().meetings == 6
    # A term not on the list is refused; a tutor (not a moderator) may not enter records.
    response = client.post("/admin/tutoring/teamplanning/create/", {
        "town": rusko.pk, "school": "Maunun koulu", "term": "1999-K", "meetings": "1",
        "implemented": "1", "note": "",
    })  # fmt: skip
    assert response.status_code == 200 and TeamPlanning.objects.count() == 1
    client.force_login(people["tiina"])
    assert client.get("/admin/tutoring/teamplanning/create/").status_code != 200

    for number in range(3):
        LessonPlanPageFactory(parent=rusko, title=f"Tiimin suunnitelma {number}",
                              school="Vahdon koulu", first_published_at=timezone.now())  # fmt: skip
    LessonPlanPageFactory(parent=rusko, title="Toisen koulun", school=" maunun koulu",
                          latest_revision_created_at=timezone.now())  # fmt: skip
    LessonPlanPageFactory(
        parent=rusko,
        title="Vanha",
        school="Vahdon koulu",
        first_published_at=timezone.now() - datetime.timedelta(days=900),
    )
    client.force_login(people["kaija"])
    planning = client.get(REPORT).context["planning"]
    rows = {row.school: (row.meetings, row.made, row.implemented) for row in planning}
    # A draft counts by its last save; an old plan falls outside the period.
    assert rows == {"Vahdon koulu": (6, 3, 4), "maunun koulu": (0, 1, 0)}


# --- Training plans and trainings ---------------------------------------------------------


@pytest.mark.django_db
def test_a_tutor_keeps_one_training_plan_a_year(client, rusko, people):
    year = school_year_of(timezone.localdate())
    plan = {"school_year": year, "town": rusko.pk, "needs": "Tekoäly ja arviointi",
            "goals": "Opin käyttämään tekoälyä palautteen antamiseen.", "trainings": "",
            "follow_up": ""}  # fmt: skip
    client.force_login(people["tiina"])
    assert client.post("/admin/tutoring/trainingplan/create/", plan).status_code == 302
    own = TrainingPlan.objects.get()
    assert own.tutor == people["tiina"]
    # A second plan for the same year: a clear error, the text kept.
    response = client.post("/admin/tutoring/trainingplan/create/", {**plan, "goals": "Toinen"})
    body = response.content.decode()
    assert response.status_code == 200 and "muokkaa sitä" in body and "Toinen" in body
    assert TrainingPlan.objects.count() == 1
    # Another tutor neither reads nor edits it; the town's moderator reads it.
    client.force_login(people["teemu"])
    assert (
        "Tekoäly ja arviointi" not in client.get("/admin/tutoring/trainingplan/").content.decode()
    )
    assert client.get(f"/admin/tutoring/trainingplan/inspect/{own.pk}/").status_code != 200
    assert client.get(f"/admin/tutoring/trainingplan/edit/{own.pk}/").status_code != 200
    client.force_login(people["mikko"])
    inspected = client.get(f"/admin/tutoring/trainingplan/inspect/{own.pk}/")
    assert inspected.status_code == 200 and "Tekoäly ja arviointi" in inspected.content.decode()
    assert client.get(f"/admin/tutoring/trainingplan/edit/{own.pk}/").status_code != 200


@pytest.mark.django_db
def test_trainings_with_participants_and_feedback_in_the_report(client, network, people):
    now = timezone.now()
    factories.EventPageFactory(
        parent=network, title="Tekoäly opetuksessa", kind="training", participants=42,
        feedback_score="4.6", start=now - datetime.timedelta(days=20),
        end=now - datetime.timedelta(days=20, hours=-2),
    )  # fmt: skip
    factories.EventPageFactory(parent=network, title="Verkoston kokous", kind="meeting",
                               start=now - datetime.timedelta(days=10),
                               end=now - datetime.timedelta(days=10, hours=-1))  # fmt: skip
    client.force_login(people["kaija"])
    response = client.get(REPORT)
    assert [e.title for e in response.context["trainings"]] == ["Tekoäly opetuksessa"]
    body = response.content.decode()
    assert "1 koulutus, osallistujia 42." in body and "4,6" in body
    public = client.get(response.context["trainings"][0].url).content.decode()
    assert "Osallistujia" in public and "42" in public and "4,6" in public
    workbook = load_workbook(io.BytesIO(client.get(REPORT, {"muoto": "xlsx"}).content))
    sheet = workbook["Koulutukset"]
    assert [c.value for c in list(sheet.iter_rows())[1]][1:] == [
        "Tekoäly opetuksessa", "Koulutus", 42, 4.6]  # fmt: skip


# --- Importing past sessions ---------------------------------------------------------------

IMPORT = "/admin/tutorointi/tuonti/"


def upload(client, text, name="tunnit.csv"):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, text.encode("utf-8"))})


@pytest.mark.django_db
def test_a_wrong_file_names_every_wrong_row_and_saves_nothing(client, rusko, people):
    client.force_login(people["tiina"])
    text = ("päivämäärä;kesto;kunta;koulu;laji;teema;opettajia;muistiinpano\n"
            "15.9.2025;45;Rusko;Vahdon koulu;yksilöohjaus;digi: tekoäly;1;\n"
            "31.2.2025;45;Rusko;;yksilöohjaus;digi;1;\n"
            "1.10.2025;9000;Masku;;lentäminen;digi;1;\n")  # fmt: skip
    body = upload(client, text).content.decode()
    assert "Rivi 3: päivämäärä ”31.2.2025” ei ole päivämäärä." in body
    assert "Rivi 4:" in body and "Masku" in body and "lentäminen" in body
    assert "Rivi 2:" not in body
    assert not TutorSession.objects.exists()
    assert upload(client, "\x89PNG\x00\xff", "kuva.csv").status_code == 200
    assert not TutorSession.objects.exists()


@pytest.mark.django_db
def test_a_good_file_is_saved_with_progress(client, rusko, people):
    client.force_login(people["tiina"])
    lines = [f"{day % 28 + 1}.{day % 12 + 1}.2024;45;Rusko;Vahdon koulu;ryhmäkoulutus;"
             f"hyvinvointi;3;=1+1" for day in range(1200)]  # fmt: skip
    response = upload(client, "\n".join(lines))
    assert response.streaming
    body = b"".join(response.streaming_content).decode()
    assert body.count('<p class="import-step">') == 3  # chunks of 500: 500, 1000, 1200
    assert "1200 / 1200 tallennettu (100 %)" in body
    sessions = TutorSession.objects.filter(tutor=people["tiina"])
    assert sessions.count() == 1200 and sessions.first().note == "=1+1"
    # Others may not import.
    client.force_login(people["kaija"])
    assert client.get(IMPORT).status_code in (302, 403)


@pytest.mark.django_db
def test_a_coordinator_defines_a_survey_for_her_own_network_only(
    client, network, other_network, people
):
    def survey_form(target):
        return {
            "network": target.pk, "title": "Digiosaaminen", "intro": "", "is_open": "on",
            "areas-TOTAL_FORMS": "2", "areas-INITIAL_FORMS": "0",
            "areas-MIN_NUM_FORMS": "1", "areas-MAX_NUM_FORMS": "15",
            "areas-0-name": "Tekoäly", "areas-0-ORDER": "1", "areas-0-id": "",
            "areas-1-name": "Tietoturva", "areas-1-ORDER": "2", "areas-1-id": "",
        }  # fmt: skip

    client.force_login(people["kaija"])
    response = client.post("/admin/tutoring/competencesurvey/create/", survey_form(network))
    assert response.status_code == 302
    survey = CompetenceSurvey.objects.get()
    assert [a.name for a in survey.areas.all()] == ["Tekoäly", "Tietoturva"]
    # Another network's is not hers to choose; a tutor may not define surveys.
    response = client.post("/admin/tutoring/competencesurvey/create/",
                           survey_form(other_network))  # fmt: skip
    assert response.status_code == 200 and CompetenceSurvey.objects.count() == 1
    # Her list of surveys says in words whether each is open (production once answered 500
    # here: the yes/no icons of Django's own admin, which is not installed, were missing).
    listing = client.get("/admin/tutoring/competencesurvey/")
    assert listing.status_code == 200
    assert "Digiosaaminen" in listing.content.decode()
    assert re.search(r'class="field-state[^"]*">\s*Avoinna', listing.content.decode())
    client.force_login(people["olli"])
    assert client.get(f"/admin/tutoring/competencesurvey/edit/{survey.pk}/").status_code != 200
    client.force_login(people["tiina"])
    assert client.get("/admin/tutoring/competencesurvey/create/").status_code != 200
