"""Lesson plans: teacher notes stay with teachers, the pupil view has a QR code of its own
address, and the JSON-LD describes the plan."""

import json
import re

import pytest
import segno
from wagtail.test.utils import WagtailPageTestCase

from plans.models import LessonPlanPage
from portal.municipalities.models import MunicipalityPage
from tests.factories.plans import LessonPlanPageFactory

TEACHER_NOTE = "Yleinen virhe: isompi nimittäjä tarkoittaa isompaa osaa."
PUPIL_TEXT = "Piirrä pizza ja jaa se kahdeksaan osaan."


class TestPlanPageRules(WagtailPageTestCase):
    def test_plans_live_under_their_municipality(self):
        self.assertAllowedParentPageTypes(LessonPlanPage, {MunicipalityPage})
        self.assertAllowedSubpageTypes(LessonPlanPage, set())


@pytest.fixture
def plan(rusko):
    return LessonPlanPageFactory(parent=rusko, title="Murtoluvut arjessa", slug="murtoluvut")


@pytest.mark.django_db
def test_anonymous_reader_sees_the_plan_without_teacher_notes(client, plan):
    body = client.get("/kunnat/rusko/murtoluvut/").content.decode()
    assert PUPIL_TEXT in body
    assert "Osaan kertoa, mitä murtoluku tarkoittaa" in body
    assert TEACHER_NOTE not in body
    assert "Kysy, mikä on neljäsosa." not in body
    assert f'href="/kopioi/{plan.pk}/">Käytä tätä suunnitelmaa</a>' in body


@pytest.mark.django_db
def test_signed_in_teacher_also_sees_teacher_notes(client, plan, masku_teacher):
    client.force_login(masku_teacher)
    body = client.get("/kunnat/rusko/murtoluvut/").content.decode()
    assert TEACHER_NOTE in body


@pytest.mark.django_db
def test_pupil_view_never_shows_teacher_notes(client, plan, masku_teacher):
    client.force_login(masku_teacher)
    response = client.get("/kunnat/rusko/murtoluvut/oppilaalle/")
    assert response.status_code == 200
    body = response.content.decode()
    assert PUPIL_TEXT in body
    assert TEACHER_NOTE not in body
    assert "Kysy, mikä on neljäsosa." not in body
    assert 'class="site-header"' not in body  # no navigation clutter


def matrix_from_svg(svg):
    """Read the modules back from segno's SVG path (M x y, h n, m dx dy, rows at y + 0.5)."""
    size = int(re.search(r'viewBox="0 0 (\d+) ', svg).group(1)) // 8
    grid = [[0] * size for _ in range(size)]
    path = re.search(r'class="qrline"[^>]*d="([^"]+)"', svg).group(1)
    x = y = 0.0
    for command, numbers in re.findall(r"([Mmh])([-\d. ]+)", path):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            for column in range(int(x), int(x + values[0])):
                grid[int(y)][column] = 1
            x += values[0]
    return grid


@pytest.mark.django_db
def test_qr_code_holds_the_pupil_address(client, plan):
    body = client.get("/kunnat/rusko/murtoluvut/oppilaalle/").content.decode()
    svg = re.search(r"<svg role=\"img\".*?</svg>", body, re.S).group(0)
    address = "http://testserver/kunnat/rusko/murtoluvut/oppilaalle/"
    assert f'<p class="pupil__address">{address}</p>' in body
    expected = segno.make(address, error="m", micro=False)
    border = 4
    expected_grid = (
        [[0] * (len(expected.matrix) + 2 * border) for _ in range(border)]
        + [
            [0] * border + [int(bool(cell)) for cell in row] + [0] * border
            for row in expected.matrix
        ]
        + [[0] * (len(expected.matrix) + 2 * border) for _ in range(border)]
    )
    assert matrix_from_svg(svg) == expected_grid


@pytest.mark.django_db
def test_json_ld_describes_the_plan(client, plan):
    body = client.get("/kunnat/rusko/murtoluvut/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Murtoluvut arjessa"
    assert data["inLanguage"] == "fi"
    assert data["educationalLevel"] == ["vuosiluokka 4"]
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["timeRequired"] == "PT45M"
    assert data["teaches"] == ["Murtoluku kertoo osan kokonaisuudesta."]
    targets = {a["targetName"] for a in data["educationalAlignment"]}
    assert "L1 Ajattelu ja oppimaan oppiminen" in targets
    assert "Matematiikka" in targets
    assert data["publisher"]["name"] == "Rusko"
    assert TEACHER_NOTE not in raw


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of(client, rusko):
    LessonPlanPageFactory(parent=rusko, title="</script><script>alert(1)</script>", slug="x")
    body = client.get("/kunnat/rusko/x/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    assert json.loads(raw)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in body


@pytest.mark.django_db
def test_copy_of_a_plan_names_its_source_in_json_ld(client, plan, masku, masku_teacher):
    client.force_login(masku_teacher)
    response = client.post(f"/kopioi/{plan.pk}/", {"kunta": masku.pk})
    assert response.status_code == 302
    copy = LessonPlanPage.objects.child_of(masku).get()
    copy.get_latest_revision().publish()
    client.logout()
    body = client.get(f"/kunnat/masku/{copy.slug}/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    assert json.loads(raw)["isBasedOn"] == "http://testserver/kunnat/rusko/murtoluvut/"
    assert "Pohjana" in body
