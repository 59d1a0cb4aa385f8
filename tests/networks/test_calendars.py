"""iCalendar feeds of networks, regions and annual clocks parse and hold what they should."""

import datetime

import pytest
from icalendar import Calendar

from networks.networks.models import NetworkMembership
from tests.factories import networks as factories
from tests.factories.networks import activity


@pytest.fixture
def network(home_page, rusko):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=index, title="Keski-Suomi", slug="keski-suomi")
    NetworkMembership.objects.create(network=network, municipality=rusko)
    return network


def events_in(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.mark.django_db
def test_network_feed_holds_its_own_and_its_regions_events(client, network):
    region = factories.RegionPageFactory(parent=network, title="Jämsän seutu", slug="jamsa")
    factories.EventPageFactory(parent=network, title="Koordinaatioryhmä")
    factories.EventPageFactory(
        parent=region,
        title="Kouluvaltaus Jämsässä",
        kind="school_takeover",
        host_school="Jämsän yhtenäiskoulu",
        location="Jämsä",
    )
    factories.EventPageFactory(parent=network, title="Luonnos", live=False)

    events = events_in(client.get("/verkostot/keski-suomi/kalenteri/"))
    assert set(events) == {"Koordinaatioryhmä", "Kouluvaltaus Jämsässä"}
    takeover = events["Kouluvaltaus Jämsässä"]
    assert str(takeover["LOCATION"]) == "Jämsä"
    assert takeover["UID"] != events["Koordinaatioryhmä"]["UID"]
    assert takeover["DTSTART"].dt < takeover["DTEND"].dt

    regional = events_in(client.get("/verkostot/keski-suomi/jamsa/kalenteri/"))
    assert set(regional) == {"Kouluvaltaus Jämsässä"}


@pytest.mark.django_db
def test_meeting_links_are_for_signed_in_teachers_only(client, network, masku_teacher):
    link = "https://teams.example.org/l/meetup-join/koordinaatioryhma"
    event = factories.EventPageFactory(parent=network, title="Koordinaatioryhmä", online_url=link)

    anonymous = client.get(event.url).content.decode()
    assert link not in anonymous
    assert "Kirjaudu sisään opettajana nähdäksesi kokouslinkin." in anonymous
    subscribed = events_in(client.get("/verkostot/keski-suomi/kalenteri/"))["Koordinaatioryhmä"]
    assert "CONFERENCE" not in subscribed

    client.force_login(masku_teacher)
    assert link in client.get(event.url).content.decode()
    signed_in = events_in(client.get("/verkostot/keski-suomi/kalenteri/"))["Koordinaatioryhmä"]
    assert str(signed_in["CONFERENCE"]) == link


@pytest.mark.django_db
def test_annual_clock_exports_a_chosen_school_year(client, rusko):
    clock = factories.AnnualClockPageFactory(parent=rusko, slug="vuosikello")
    events = events_in(client.get("/kunnat/rusko/vuosikello/kalenteri/", {"lukuvuosi": "2026"}))
    assert events["Lukuvuoden suunnittelu"]["DTSTART"].dt == datetime.date(2026, 8, 1)
    assert events["Lukuvuoden suunnittelu"]["DTEND"].dt == datetime.date(2026, 9, 1)
    assert events["Arviointikeskustelut"]["DTSTART"].dt == datetime.date(2027, 1, 1)
    weeks = events["Tuen palaverit"]
    assert weeks["DTSTART"].dt == datetime.date.fromisocalendar(2026, 36, 1)
    assert weeks["DTEND"].dt == datetime.date.fromisocalendar(2026, 38, 7) + datetime.timedelta(1)
    assert clock.pk


@pytest.mark.django_db
def test_annual_clock_feed_refuses_a_nonsense_year(client, rusko):
    factories.AnnualClockPageFactory(parent=rusko, slug="vuosikello")
    for year in ("abc", "0", "99999", "-1"):
        response = client.get("/kunnat/rusko/vuosikello/kalenteri/", {"lukuvuosi": year})
        assert response.status_code == 404


@pytest.mark.django_db
def test_week_ranges_over_new_year_and_week_53_are_placed_sensibly(client, rusko):
    factories.AnnualClockPageFactory(
        parent=rusko,
        slug="vuosikello",
        activities=[
            activity(12, "Joulun ja uuden vuoden tauko", week_start=52, week_end=1),
            activity(12, "Viikko 53", week_start=53),
        ],
    )
    events = events_in(client.get("/kunnat/rusko/vuosikello/kalenteri/", {"lukuvuosi": "2025"}))
    holiday = events["Joulun ja uuden vuoden tauko"]
    assert holiday["DTSTART"].dt == datetime.date(2025, 12, 22)
    assert holiday["DTEND"].dt == datetime.date(2026, 1, 5)
    # 2025 has 52 ISO weeks: "week 53" is its last week.
    assert events["Viikko 53"]["DTSTART"].dt == datetime.date(2025, 12, 22)


@pytest.mark.django_db
def test_annual_clock_offers_the_school_year_going_on_today(client, rusko):
    """A clock made for 2025–2026 is used again the next year: its page and its calendar
    download start from the school year going on today."""
    from networks.practices.models.content import current_school_year

    factories.AnnualClockPageFactory(parent=rusko, slug="vuosikello", school_year="2025–2026")
    now = current_school_year()
    page = client.get("/kunnat/rusko/vuosikello/").content.decode()
    assert f'<option value="{now}" selected>{now}–{now + 1}</option>' in page
    events = events_in(client.get("/kunnat/rusko/vuosikello/kalenteri/"))
    assert events["Lukuvuoden suunnittelu"]["DTSTART"].dt == datetime.date(now, 8, 1)
    assert events["Arviointikeskustelut"]["DTSTART"].dt == datetime.date(now + 1, 1, 1)
