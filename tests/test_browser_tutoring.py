"""Tutor work in a real browser: a tutor logs an hour in the admin, and the coordinator's
report shows it; the report meets no accessibility barrier (axe-core, WCAG 2.1 AA)."""

import time

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from networks.networks.models import NetworkMembership
from networks.tutoring.models import CompetenceArea, CompetenceSurvey, TeamPlanning, term_of
from tests.browser import axe_violations, english_on, settled, sign_in
from tests.factories import networks as factories
from tests.helpers import answers, make_coordinator, make_tutor

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def tutor_network(home_page):
    towns = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=towns, municipality_code="704")
    networks = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=networks, title="Tutor 2.0", slug="tutor-20")
    NetworkMembership.objects.create(network=network, municipality=rusko)
    make_tutor(rusko, "tiina.tutor")
    make_coordinator(network, "kaija.koordinaattori")
    # Every part of the report has something to show: the heat table, team planning.
    survey = CompetenceSurvey.objects.create(network=network, title="TVT-osaamiskartoitus")
    for number, name in enumerate(["Tekoäly", "Tietoturva", "Ohjelmointi", "Arviointi"]):
        CompetenceArea.objects.create(survey=survey, name=name, sort_order=number)
    for scores in ([1, 2, 3, 4], [2, 3, 4, 5], [1, 2, 4, 5], [2, 2, 3, 5], [1, 3, 3, 4]):
        answers(survey, rusko, scores, 1)
    TeamPlanning.objects.create(town=rusko, school="Vahdon koulu", meetings=5, implemented=3,
                                term=term_of(timezone.localdate()))  # fmt: skip
    return rusko


def rusko_hours(page):
    return (
        page.locator("#chart-town ~ .tutor-report__pair tbody tr", has_text="Rusko")
        .locator("td")
        .first
    )


def test_a_logged_hour_reaches_the_coordinators_chart(live_server, tutor_network, browser):
    base = live_server.url
    coordinator = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    report = coordinator.new_page()
    sign_in(report, base, "kaija.koordinaattori")
    report.goto(base + "/admin/tutorointi/raportti/")
    expect(rusko_hours(report)).to_have_text("0,0")
    expect(report.locator(".tutor-heat__cell").first).to_be_visible()
    count, text = axe_violations(settled(report))
    assert count == 0, text

    tutor = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = tutor.new_page()
    sign_in(page, base, "tiina.tutor")
    started = time.perf_counter()
    page.get_by_role("button", name="Tutortyö").click()
    page.get_by_role("link", name="Tutortunnit").click()
    page.get_by_role("link", name="Lisää tutortunti").click()
    page.get_by_role("spinbutton", name="Kesto (minuuttia)").fill("90")
    page.get_by_label("Laji").select_option(label="ryhmäkoulutus")
    page.get_by_label("Teema").select_option(label="digi: tekoäly")
    page.get_by_role("spinbutton", name="Tavoitetut opettajat").fill("7")
    page.get_by_role("button", name="Tallenna").click()
    expect(page.locator(".messages")).to_contain_text("luotu")
    seconds = time.perf_counter() - started
    print(f"\nA tutor logged a session in {seconds:.1f} s (clicks and typing in the browser).")
    count, text = axe_violations(settled(page))
    assert count == 0, text
    assert english_on(page) == []

    report.reload()
    expect(rusko_hours(report)).to_have_text("1,5")
    bar = report.locator("#chart-town ~ .tutor-report__pair svg rect").first
    assert float(bar.get_attribute("width")) > 0
    count, text = axe_violations(settled(report))
    assert count == 0, text
    assert english_on(report) == []
    coordinator.close()
    tutor.close()
