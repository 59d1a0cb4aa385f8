"""`make demo` can be run again and again: it changes nothing and loses nothing. The content it
loads is dated over two school years (tests/demo/dating.py), and its front page raises
practices and its trainings take registrations."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Revision

from badges.models import BadgeFrameworkPage
from home.models import HomePage, PortalSettings, StandardPage
from networks.networks.models import NetworkPage, RegionPage
from networks.practices.models import AnnualClockPage, PracticePage
from plans.models import LessonPlanPage
from portal.demo import home as home_demo
from portal.municipalities.models import MunicipalityPage
from portal.sharing.living import review
from portal.sharing.models import CopyRecord
from tests.demo.dating import assert_dated_over_two_school_years
from tests.home.test_front_page import newest_titles


def snapshot():
    return {
        # The loader dates what it publishes (portal.demo.pages.backdate) only once.
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "live", "first_published_at")
        ),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_demo_loader_fills_the_portal_and_running_it_twice_changes_nothing(client, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-salasana-123")
    call_command("load_demo", verbosity=0)
    assert_dated_over_two_school_years(client)
    assert_front_page_raises_practices_and_trainings_take_registrations(client)
    first = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == first

    slugs = set(StandardPage.objects.live().values_list("slug", flat=True))
    assert {"tietoa-palvelusta", "saavutettavuusseloste", "tietosuojaseloste"} <= slugs
    portal_settings = PortalSettings.objects.get()
    assert portal_settings.accessibility_page.slug == "saavutettavuusseloste"
    assert portal_settings.privacy_page.slug == "tietosuojaseloste"
    assert MunicipalityPage.objects.live().count() == 64
    assert NetworkPage.objects.live().count() == 4
    assert RegionPage.objects.live().count() == 6
    assert PracticePage.objects.filter(copy_record__isnull=True).count() == 34
    # One of Rusko's practices is read by the teachers of Tutor 2.0's four towns only.
    shared = PracticePage.objects.get(slug="tukipalaverien-muistiopohja")
    tutor = NetworkPage.objects.get(slug="tutor-2-0")
    members = sorted(tutor.memberships.values_list("municipality__title", flat=True))
    assert members == ["Masku", "Mynämäki", "Nousiainen", "Rusko"]
    readers = PageViewRestriction.objects.get(page=shared).groups.values_list("name", flat=True)
    assert sorted(readers) == sorted(
        f"{town}: {group}" for town in members for group in ("opettajat", "moderaattorit")
    )
    # Masku took Rusko's badge framework into use; Rusko has published a change since.
    framework = BadgeFrameworkPage.objects.get(slug="osaamismerkit-2025-2026", copy_record=None)
    record = CopyRecord.objects.get(source=framework, municipality__title="Masku")
    assert record.copy.live
    assert framework.live_revision.created_at > record.base_revision.created_at
    offered = review(record).changes
    assert [(change.label, change.conflict) for change in offered] == [
        ("Merkit › Vahva salasana (3. luokka)", False)
    ]
    rusko_clock = AnnualClockPage.objects.get(
        slug="ruskon-perusopetuksen-vuosikello", copy_record__isnull=True
    )
    assert CopyRecord.objects.filter(source=rusko_clock).count() >= 2
    home = HomePage.objects.get(locale__language_code="fi")
    menu = [page.title for page in home.get_children().in_menu()]
    assert menu == ["Suunnitelmat", "Käytänteet", "Verkostot", "Kunnat", "Tietoa palvelusta"]
    assert LessonPlanPage.objects.live().count() >= 40
    assert LessonPlanPage.objects.filter(copy_record__isnull=False).count() >= 5
    # Kronoby's and Pargas' teachers write in Swedish.
    swedish = {"language": "sv", "copy_record__isnull": True}
    assert LessonPlanPage.objects.live().filter(**swedish).count() >= 10
    assert PracticePage.objects.live().filter(**swedish).count() >= 3
    assert AnnualClockPage.objects.live().filter(**swedish).count() >= 1

    # Sign-in throttling needs the request a sign-in comes with.
    assert client.login(request=HttpRequest(), username="admin", password="demo-salasana-123")
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_running_the_demo_loader_again_keeps_an_editors_changes(demo):
    about = StandardPage.objects.get(slug="tietoa-palvelusta")
    about.title = "Opentorista"
    about.save_revision().publish()
    home = HomePage.objects.get(locale__language_code="fi")
    home.hero_title = "Toimittajan otsikko"
    home.save_revision().publish()

    # Every section of the loader creates pages through the same create-once helper.
    home_demo.load()

    assert StandardPage.objects.get(slug="tietoa-palvelusta").title == "Opentorista"
    assert HomePage.objects.get(locale__language_code="fi").hero_title == "Toimittajan otsikko"


def assert_front_page_raises_practices_and_trainings_take_registrations(client):
    body = client.get("/").content.decode()
    section = body.split('id="featured-practices-title"')[1].split("</section>")[0]
    assert section.count('<li class="card card--practice">') == 6
    assert "Kouluvaltaukset" in section and "Oppilaan tuki · Rusko" in section
    assert len(newest_titles(body)) == 6
    client.cookies.clear()
    swedish = client.get("/sv/").content.decode()
    assert "Utvald god praxis" in swedish and "Kouluvaltaukset" in swedish

    network = client.get("/verkostot/keski-suomen-tutoropettajaverkosto/").content.decode()
    assert "Ilmoittaudu viimeistään" in network
