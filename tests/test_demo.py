"""`make demo` can be run again and again: it changes nothing and loses nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision

from home.models import HomePage, PortalSettings, StandardPage


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_demo_loader_creates_the_information_pages(monkeypatch, tmp_path, settings):
    settings.BASE_DIR = tmp_path
    call_command("load_demo", "--no-admin", verbosity=0)
    slugs = set(StandardPage.objects.live().values_list("slug", flat=True))
    assert {"tietoa-palvelusta", "saavutettavuusseloste", "tietosuojaseloste"} <= slugs
    home = HomePage.objects.get()
    assert home.hero_text
    portal_settings = PortalSettings.objects.get()
    assert portal_settings.accessibility_page.slug == "saavutettavuusseloste"
    assert portal_settings.privacy_page.slug == "tietosuojaseloste"


@pytest.mark.django_db
def test_running_the_demo_loader_twice_changes_nothing(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-salasana-123")
    call_command("load_demo", verbosity=0)
    first = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == first
    assert first["users"] == 1


@pytest.mark.django_db
def test_running_the_demo_loader_again_keeps_an_editors_changes(demo):
    about = StandardPage.objects.get(slug="tietoa-palvelusta")
    about.title = "Opentorista"
    about.save_revision().publish()
    home = HomePage.objects.get()
    home.hero_title = "Toimittajan otsikko"
    home.save_revision().publish()

    call_command("load_demo", "--no-admin", verbosity=0)

    assert StandardPage.objects.get(slug="tietoa-palvelusta").title == "Opentorista"
    assert HomePage.objects.get().hero_title == "Toimittajan otsikko"


@pytest.mark.django_db
def test_demo_administrator_can_sign_in_to_the_admin(client, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-salasana-123")
    call_command("load_demo", verbosity=0)
    assert client.login(username="admin", password="demo-salasana-123")
    response = client.get("/admin/")
    assert response.status_code == 200
