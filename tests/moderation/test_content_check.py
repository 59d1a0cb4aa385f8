"""The content check that blocks publication: licence, alt texts and personal data."""

import pytest
from django.utils.translation import override
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.models import StandardPage
from networks.practices.models import DevelopmentPlanPage, Measure, PracticePage
from plans.models import LessonPlanPage
from portal.moderation.content_check import (
    EMAIL,
    HETU,
    PHONE,
    Finding,
    check_page,
    find_personal_data,
)
from portal.sharing.models import Licence
from tests.factories.plans import LessonPlanPageFactory, phase

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(ddmmyy, sign, individual, valid=True):
    """A personal identity code computed with the official algorithm (or one off, if invalid)."""
    index = int(ddmmyy + individual) % 31
    if not valid:
        index = (index + 1) % 31
    return f"{ddmmyy}{sign}{individual}{CHECK_CHARACTERS[index]}"


HETU_PARTS = [
    ("131052", "-", "308"),
    ("010594", "Y", "902"),
    ("311299", "X", "123"),
    ("150877", "W", "456"),
    ("290296", "V", "078"),
    ("070765", "U", "334"),
    ("010101", "+", "002"),
    ("240315", "A", "101"),
    ("170812", "B", "567"),
    ("050523", "C", "234"),
    ("311224", "D", "890"),
    ("010125", "E", "345"),
    ("281009", "F", "412"),
    ("031180", "-", "557"),
]
VALID_CODES = [make_hetu(*parts) for parts in HETU_PARTS]
INVALID_CODES = [make_hetu(*parts, valid=False) for parts in HETU_PARTS]

SENTENCES = [
    "Oppilaan henkilötunnus on {} ja hän tarvitsee tukea.",
    "Hetu: {}.",
    "Ilmoittautuneet: Matti ({}), Maija.",
    "{} – lisää tiedot Wilmaan.",
]

NOT_HETU = [
    "Tunti pidetään 12.03.2024 klo 9.",
    "Päivämäärä 2025-09-01",
    "Puhelin 040 123 4567",
    "Soita +358 40 123 4567",
    "ISBN 978-951-0-12345-6",
    "ISBN 951-0-12345-6",
    "ISBN 0-306-40615-2",
    "ISBN 0306406152",
    "Y-tunnus 1234567-8",
    "Y-tunnus 0112038-9",
    "Tavoite T2 ja T11",
    "Laaja-alainen osaaminen L1–L7",
    "Vuonna 2025",
    "Lukuvuosi 2025–2026",
    "Lukuvuosi 2025-2026",
    "klo 8.15–9.45",
    "klo 08:15-09:45",
    "Tilinumero FI21 1234 5600 0007 85",
    "IBAN FI49 5000 9420 0287 30",
    "20100 Turku",
    "00100 Helsinki",
    "02150 Espoo",
    "Kesto 45 min",
    "Koodi 123456-7890",
    "Tilaus 120523-12",
    "Luokka 5A, huone A123",
    "Arvosana 8½ (75 %)",
    "Oppilaita 1 234 567",
    "Versio 1.2.3",
    "Sivut 12–34",
    "Pisteet 131052308",
    "Tuotenumero 131052-308TX",
    "Asiakasnumero X131052-308",
    "Hinta 12,50 €",
    "1.9.2025–31.5.2026",
]


def hetus(text):
    return [matched for kind, matched in find_personal_data(text) if kind == HETU]


def phones(text):
    return [matched for kind, matched in find_personal_data(text) if kind == PHONE]


def test_hetu_corpus():
    assert len(set(VALID_CODES)) >= 12
    caught = 0
    for number, code in enumerate(VALID_CODES):
        text = SENTENCES[number % len(SENTENCES)].format(code)
        found = hetus(text)
        assert found == [code], text
        caught += 1
    invalid_flagged = [code for code in INVALID_CODES if hetus(f"Henkilötunnus {code} tähän.")]
    false_positives = [text for text in NOT_HETU if hetus(text)]
    print(
        f"HETU corpus: {caught}/{len(VALID_CODES)} caught, "
        f"{len(invalid_flagged)}/{len(INVALID_CODES)} invalid flagged, "
        f"{len(false_positives)}/{len(NOT_HETU)} false positives"
    )
    assert invalid_flagged == []
    assert false_positives == []


def test_hetu_with_an_en_dash_or_in_lower_case_is_caught():
    assert hetus("hetu 131052–308T") == ["131052–308T"]
    assert hetus(f"hetu {VALID_CODES[1].lower()}") == [VALID_CODES[1].lower()]


PHONES = [
    "Soita minulle: +358 40 123 4567.",
    "Puh. +358401234567",
    "Matin äiti 040 123 4567",
    "Numero 040-1234567, soita iltaisin.",
    "0401234567",
    "Koulun kanslia 09 123 4567",
    "Kanslia (09) 1234 567",
    "gsm 050 1234567",
    "Puhelin: 044 987 6543",
    "puh 0400 123 456",
    "Soita +358 (0)40 123 4567",
    "00358 40 1234567",
    "tel:+358501234567",
    "Ruotsiin +46 70 123 45 67",
    "Kanslia 02 1234 5678",
]

NOT_PHONES = [
    "Tunti on 1.9.2025.",
    "Päivämäärä 2025-09-01",
    "Päivä 01.09.2025",
    "Päivä 01/09/2025",
    "Tunti klo 8.15–9.45",
    "Tunti klo 08.15-09.45",
    "Vuonna 2025",
    "Lukuvuosi 2025–2026",
    "Lukuvuosi 2025-2026",
    "Lukuvuosi 2025–26",
    "ISBN 978-951-0-12345-6",
    "ISBN 9789510123456",
    "ISBN 0-306-40615-2",
    "ISBN: 0306406152",
    "Kesto 45 min",
    "Kesto 90 minuuttia",
    "Osuus 05 %",
    "Osuus 12,5 %",
    "Oppilaita 24",
    "Postiosoite 20100 Turku",
    "Postiosoite 00100 Helsinki",
    "Postiosoite 02150 Espoo",
    "Y-tunnus 1234567-8",
    "Y-tunnus 0112038-9",
    "Tavoitteet T2, T5 ja L1",
    "Tilinumero FI21 1234 5600 0007 85",
    "Numerot 05 06 07 08",
    "Mitat 0,5 x 0,75 m",
    "Luvut 0 1 2 3 4 5 6 7 8 9",
    "Hinta 1 234 567 €",
    "Lämpötila +5 °C ja +12",
    "Sivut 12–34",
    "Osoite https://example.fi/sivu?id=0401234567",
    "Viikot 36–38",
]


def test_phone_corpus():
    caught = [text for text in PHONES if phones(text)]
    false_positives = [(text, phones(text)) for text in NOT_PHONES if phones(text)]
    print(
        f"Phone corpus: {len(caught)}/{len(PHONES)} caught, "
        f"{len(false_positives)}/{len(NOT_PHONES)} false positives"
    )
    assert caught == PHONES
    assert false_positives == []


def test_phone_match_is_the_number():
    assert find_personal_data("Soita 040 123 4567 illalla") == [(PHONE, "040 123 4567")]
    assert find_personal_data("Soita (09) 1234 567.") == [(PHONE, "(09) 1234 567")]


def test_find_personal_data_emails():
    text = "Laita viesti: pupu.oppilas@gmail.com tai Rehtori@Koulu.fi tai ope(at)koulu.fi"
    assert find_personal_data(text, allowed_emails=["rehtori@koulu.fi"]) == [
        (EMAIL, "pupu.oppilas@gmail.com"),
        (EMAIL, "ope(at)koulu.fi"),
    ]
    assert find_personal_data("Ei mitään henkilötietoja, vain 3 tehtävää.") == []


# --- Pages ------------------------------------------------------------------------------------


def plan(**fields):
    """An unsaved lesson plan with a licence and two clean phases."""
    fields.setdefault("title", "Murtoluvut arjessa")
    fields.setdefault("licence", Licence.objects.get(slug="cc-by"))
    fields.setdefault(
        "phases",
        [
            phase("Virittäytyminen", 10, "Jaa suklaalevy neljälle.", kind="introduction"),
            phase("Pizzatehtävä", 35, "Piirrä pizza ja jaa se kahdeksaan osaan."),
        ],
    )
    return LessonPlanPage(**fields)


@pytest.mark.django_db
def test_a_clean_realistic_plan_has_no_findings(rusko):
    assert check_page(LessonPlanPageFactory.build()) == []
    saved = LessonPlanPageFactory(parent=rusko)
    assert check_page(saved) == []
    assert check_page(saved.save_revision().as_object()) == []


@pytest.mark.django_db
def test_hetu_in_phase_two_names_the_phase_and_masks_the_code():
    code = VALID_CODES[0]
    page = plan(
        phases=[
            phase("Virittäytyminen", 10, "Jaa suklaalevy neljälle."),
            phase("Pizzatehtävä", 35, f"Piirrä pizza. Maijan hetu {code}."),
        ]
    )
    findings = check_page(page)
    assert len(findings) == 1
    finding = findings[0]
    assert isinstance(finding, Finding)
    assert finding.field == "phases"
    assert "2." in finding.place and "Pizzatehtävä" in finding.place
    assert code[:7] + "****" in finding.problem
    assert code not in finding.problem and code not in finding.place
    with override("en"):
        (finding,) = check_page(page)
    assert finding.place == "Phases › 2. “Pizzatehtävä” › Instructions for pupils"
    assert "personal identity code" in finding.problem


@pytest.mark.django_db
def test_invalid_hetu_in_a_plan_is_not_flagged():
    page = plan(summary=f"Koodi {INVALID_CODES[0]} on keksitty.")
    assert check_page(page) == []


@pytest.mark.django_db
def test_plain_fields_are_read_and_named_by_their_verbose_name():
    page = plan(
        summary="Kysy lisää 040 123 4567",
        learning_outcome=f"Oppilas {VALID_CODES[2]} osaa murtoluvut.",
        search_description="Lisätietoja matti.meikalainen@example.fi",
        slug="0401234567",
    )
    with override("en"):
        findings = check_page(page)
    by_field = {finding.field: finding for finding in findings}
    assert set(by_field) == {"summary", "learning_outcome", "search_description"}
    assert by_field["summary"].place == "Summary"
    assert by_field["learning_outcome"].place == "Pupil learning outcome"
    assert "040 123 4567" in by_field["summary"].problem
    assert VALID_CODES[2] not in by_field["learning_outcome"].problem


@pytest.mark.django_db
def test_teacher_notes_and_key_points_are_read_too():
    page = plan(
        key_points=[("point", "Murtoluku on osa."), ("point", "Soita 050 1234567.")],
        phases=[phase("Loppu", 5, "Kertaa.", teacher="Äidin numero +358 40 765 4321")],
    )
    with override("en"):
        places = {finding.place for finding in check_page(page)}
    assert places == {"Key learning points › 2.", "Phases › 1. “Loppu” › Notes for teachers only"}


@pytest.mark.django_db
def test_licence_missing():
    page = plan(licence=None)
    findings = check_page(page)
    assert [finding.field for finding in findings] == ["licence"]
    with override("en"):
        assert check_page(page)[0].place == "Licence"


@pytest.mark.django_db
def test_pages_without_a_licence_field_need_none():
    assert check_page(StandardPage(title="Saavutettavuusseloste")) == []


# --- E-mail -----------------------------------------------------------------------------------


def practice(**fields):
    fields.setdefault("title", "Tutoropettajan vastaanotto")
    fields.setdefault("licence", Licence.objects.get(slug="cc-by"))
    fields.setdefault("contact_name", "Maija Meikäläinen")
    fields.setdefault("contact_email", "Maija.Meikalainen@Rusko.fi")
    return PracticePage(**fields)


@pytest.mark.django_db
def test_a_pupils_address_in_a_phase_is_flagged():
    page = plan(phases=[phase("Kotitehtävä", 10, "Palauta osoitteeseen ville.oppilas@gmail.com")])
    (finding,) = check_page(page)
    assert finding.field == "phases"
    assert "ville.oppilas@gmail.com" in finding.problem


@pytest.mark.django_db
def test_the_practices_own_contact_address_is_allowed_in_any_case():
    page = practice(
        need='<p>Kysy: <a href="mailto:maija.meikalainen@rusko.fi">'
        "MAIJA.MEIKALAINEN@RUSKO.FI</a></p>",
        steps=[("step", {"title": "Varaa aika", "text": "<p>maija.meikalainen(at)rusko.fi</p>"})],
    )
    assert check_page(page) == []


@pytest.mark.django_db
def test_other_addresses_are_flagged_also_inside_mailto_links():
    page = practice(
        evidence='<p>Kirjoita <a href="mailto:ville.oppilas@gmail.com?subject=Hei">hänelle</a></p>',
        steps=[
            ("step", {"title": "Aloitus", "text": "<p>Aloita.</p>"}),
            ("step", {"title": "Soitto", "text": '<p><a href="tel:+358401234567">Soita</a></p>'}),
        ],
    )
    with override("en"):
        findings = {finding.field: finding for finding in check_page(page)}
    assert {field: finding.place for field, finding in findings.items()} == {
        "evidence": "Evidence of effect",
        "steps": "How: the steps › 2. “Soitto” › What to do",
    }
    assert "ville.oppilas@gmail.com" in findings["evidence"].problem
    assert "+358401234567" in findings["steps"].problem


@pytest.mark.django_db
def test_inline_objects_are_read():
    page = DevelopmentPlanPage(
        title="Digiohjelma",
        licence=Licence.objects.get(slug="cc-by"),
        measures=[Measure(goal="Tuki", measure="Soita tukihenkilölle 040 123 4567")],
    )
    (finding,) = check_page(page)
    assert finding.field == "measures"
    with override("en"):
        assert check_page(page)[0].place == "Measures › 1. › Measure"


# --- Images -----------------------------------------------------------------------------------


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Suomen kartta", file=get_test_image_file())


def image_material(image, alt_text="", decorative=False):
    return (
        "image",
        {
            "title": "Kartta",
            "image": {"image": image, "alt_text": alt_text, "decorative": decorative},
            "licence": None,
        },
    )


def test_image_without_alt_text_in_materials(image):
    page = plan(materials=[image_material(image, alt_text="Kartta")])
    assert check_page(page) == []
    # Wagtail gives every block its own image object (the alt text lives on it); so do we.
    same_image = get_image_model().objects.get(pk=image.pk)
    page = plan(materials=[image_material(image), image_material(same_image, alt_text="Kartta")])
    with override("en"):
        (finding,) = check_page(page)
    assert finding.field == "materials"
    assert finding.place == "Materials › 1. Image “Kartta” › Image"
    assert "Suomen kartta" in finding.problem and "alt text" in finding.problem


def test_decorative_image_needs_no_alt_text(image):
    assert check_page(plan(materials=[image_material(image, decorative=True)])) == []
    body = [("image", {"image": {"image": image, "alt_text": "", "decorative": True}})]
    assert check_page(StandardPage(title="Tietoa", body=body)) == []
    body = [("image", {"image": {"image": image, "alt_text": " ", "decorative": False}})]
    assert len(check_page(StandardPage(title="Tietoa", body=body))) == 1


def test_alt_text_is_read_for_personal_data(image):
    page = plan(materials=[image_material(image, alt_text="Matti, puh. 040 123 4567")])
    (finding,) = check_page(page)
    assert "040 123 4567" in finding.problem


def test_image_in_rich_text_needs_alt_text(image):
    page = DevelopmentPlanPage(
        title="Digiohjelma",
        licence=Licence.objects.get(slug="cc-by"),
        vision=f'<embed embedtype="image" id="{image.pk}" format="left" alt=""/><p>Visio.</p>',
        goals=f'<embed embedtype="image" id="{image.pk}" format="left" alt="Kartta"/>',
    )
    (finding,) = check_page(page)
    assert finding.field == "vision"
