"""An event's own calendar file ("Lisää kalenteriin") and its registration link ("Ilmoittaudu")."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text

from networks.networks.models import EventPage
from tests.factories import networks as factories

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
FORM = "https://forms.example.org/keski-suomi/tekoaly"


@pytest.fixture
def network(home_page):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    return factories.NetworkPageFactory(parent=index, title="Keski-Suomi", slug="keski-suomi")


def event_at(network, start, **fields):
    return factories.EventPageFactory(
        parent=network,
        start=start,
        end=start + datetime.timedelta(hours=1, minutes=30),
        **fields,
    )


def url_of(page):
    with translation.override("fi"):
        return page.url


@pytest.mark.django_db
def test_add_to_calendar_downloads_the_event_alone_in_finnish_time(client, network):
    # 10 March 2027 at 14.30 in Finland (winter time, UTC+2).
    start = datetime.datetime(2027, 3, 10, 14, 30, tzinfo=HELSINKI)
    event = event_at(
        network, start, title="Tekoäly ja arviointi", slug="tekoaly", location="Jyväskylä"
    )
    event_at(network, start, title="Toinen tapahtuma")

    page = client.get(url_of(event)).content.decode()
    assert 'href="/verkostot/keski-suomi/tekoaly/kalenteri/" download>Lisää kalenteriin' in page

    response = client.get("/verkostot/keski-suomi/tekoaly/kalenteri/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tekoaly.ics"'
    calendar = Calendar.from_ical(response.content)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Tekoäly ja arviointi"
    assert str(entry["LOCATION"]) == "Jyväskylä"
    assert str(entry["UID"]) == f"event-{event.pk}@testserver"
    assert str(entry["URL"]) == "http://testserver/verkostot/keski-suomi/tekoaly/"
    assert entry["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert entry["DTSTART"].dt.replace(tzinfo=None) == datetime.datetime(2027, 3, 10, 14, 30)
    assert entry["DTEND"].dt.replace(tzinfo=None) == datetime.datetime(2027, 3, 10, 16, 0)
    assert entry["DTSTART"].dt == start
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Helsinki"
    assert b"\r\nDTSTART;TZID=Europe/Helsinki:20270310T143000\r\n" in response.content


@pytest.mark.django_db
def test_summer_time_is_kept(client, network):
    start = datetime.datetime(2027, 5, 12, 9, 0, tzinfo=HELSINKI)  # UTC+3
    event = event_at(network, start, slug="verkostotapaaminen")
    response = client.get(url_of(event) + "kalenteri/")
    assert b"\r\nDTSTART;TZID=Europe/Helsinki:20270512T090000\r\n" in response.content
    assert b"TZOFFSETTO:+0300" in response.content


@pytest.mark.django_db
def test_a_draft_or_restricted_event_gives_the_public_no_calendar_file(
    client, network, masku_teacher
):
    start = timezone.now() + datetime.timedelta(days=10)
    draft = event_at(network, start, title="Salainen luonnos", slug="luonnos", live=False)
    assert client.get("/verkostot/keski-suomi/luonnos/kalenteri/").status_code == 404
    assert b"Salainen luonnos" not in client.get("/verkostot/keski-suomi/kalenteri/").content

    closed = event_at(network, start, title="Vain opettajille", slug="opettajille")
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/verkostot/keski-suomi/opettajille/kalenteri/")
    assert response.status_code == 302
    assert response["Location"].endswith(
        "/login/?next=/verkostot/keski-suomi/opettajille/kalenteri/"
    )
    assert b"Vain opettajille" not in response.content

    client.force_login(masku_teacher)
    signed_in = client.get("/verkostot/keski-suomi/opettajille/kalenteri/")
    assert signed_in.status_code == 200
    assert b"SUMMARY:Vain opettajille" in signed_in.content
    assert client.get(f"/verkostot/keski-suomi/{draft.slug}/kalenteri/").status_code == 404


@pytest.mark.django_db
def test_registration_button_until_the_last_day_then_closed(client, network):
    start = timezone.now() + datetime.timedelta(days=20)
    today = timezone.localdate()
    open_event = event_at(
        network,
        start,
        slug="auki",
        registration_url=FORM,
        registration_deadline=today,
    )
    body = client.get(url_of(open_event)).content.decode()
    assert f'<a class="button" href="{FORM}">Ilmoittaudu</a>' in body
    assert "Viimeinen ilmoittautumispäivä" in body
    assert "Ilmoittautuminen on päättynyt." not in body

    closed_event = event_at(
        network,
        start,
        slug="paattynyt",
        registration_url=FORM,
        registration_deadline=today - datetime.timedelta(days=1),
    )
    body = client.get(url_of(closed_event)).content.decode()
    assert "Ilmoittautuminen on päättynyt." in body
    assert FORM not in body
    assert ">Ilmoittaudu<" not in body


@pytest.mark.django_db
def test_without_a_last_day_registration_closes_as_the_event_starts(client, network):
    coming = event_at(
        network, timezone.now() + datetime.timedelta(hours=3), slug="tulossa", registration_url=FORM
    )
    assert ">Ilmoittaudu</a>" in client.get(url_of(coming)).content.decode()
    begun = event_at(
        network,
        timezone.now() - datetime.timedelta(minutes=5),
        slug="alkanut",
        registration_url=FORM,
    )
    assert "Ilmoittautuminen on päättynyt." in client.get(url_of(begun)).content.decode()
    plain = event_at(network, timezone.now() + datetime.timedelta(days=3), slug="ilman")
    body = client.get(url_of(plain)).content.decode()
    assert "Ilmoittaudu" not in body and "Ilmoittautuminen" not in body
    assert "Lisää kalenteriin" in body


@pytest.mark.django_db
def test_a_page_whose_registration_closes_soon_is_not_kept_in_caches(client, network):
    soon = event_at(
        network, timezone.now() + datetime.timedelta(minutes=5), slug="pian", registration_url=FORM
    )
    assert "no-cache" in client.get(url_of(soon)).get("Cache-Control", "")
    later = event_at(
        network,
        timezone.now() + datetime.timedelta(days=5),
        slug="myohemmin",
        registration_url=FORM,
    )
    assert "no-cache" not in client.get(url_of(later)).get("Cache-Control", "")


@pytest.mark.django_db
def test_upcoming_list_tells_the_last_day_to_register(client, network):
    start = datetime.datetime(2030, 3, 10, 14, 30, tzinfo=HELSINKI)
    event_at(
        network,
        start,
        title="Tekoälykoulutus",
        registration_url=FORM,
        registration_deadline=datetime.date(2030, 3, 3),
    )
    body = client.get("/verkostot/keski-suomi/").content.decode()
    assert 'Ilmoittaudu viimeistään <time datetime="2030-03-03">3.3.2030</time>' in body


def event_form(**fields):
    return nested_form_data(
        {
            "title": "Tekoälykoulutus",
            "slug": "tekoalykoulutus",
            "kind": "training",
            "start": "2030-03-10 14:30",
            "end": "2030-03-10 16:00",
            "description": rich_text(""),
            "action-publish": "publish",
            **fields,
        }
    )


@pytest.mark.django_db
def test_coordinator_sets_the_registration_in_the_admin(admin_client, client, network):
    add = f"/admin/pages/add/networks/eventpage/{network.pk}/"
    late = admin_client.post(
        add, event_form(registration_url=FORM, registration_deadline="2030-03-11")
    )
    assert late.status_code == 200
    assert "Ilmoittautuminen ei voi päättyä vasta tapahtuman jälkeen." in late.content.decode()
    assert not EventPage.objects.filter(slug="tekoalykoulutus").exists()

    saved = admin_client.post(
        add, event_form(registration_url=FORM, registration_deadline="2030-03-03")
    )
    assert saved.status_code == 302
    event = EventPage.objects.get(slug="tekoalykoulutus")
    assert event.live and event.registration_deadline == datetime.date(2030, 3, 3)
    assert f'href="{FORM}">Ilmoittaudu</a>' in client.get(url_of(event)).content.decode()
