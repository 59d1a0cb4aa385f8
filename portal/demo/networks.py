"""Demo content of the networks (data/networks.toml, with the towns of data/municipalities.toml
and the practices of data/practices.toml): the sections for practices, networks and towns, the
towns, networks, regions, events, practices, annual clocks, development plans, collections and
the copies made between towns."""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from networks.networks.models import (
    CollectionItem,
    CollectionPage,
    EventPage,
    NetworkIndexPage,
    NetworkMembership,
    NetworkPage,
    RegionPage,
)
from networks.practices.models import PracticeArea, PracticeLibraryPage, PracticePage
from portal.demo import municipalities as municipalities_demo
from portal.demo import practices as practices_demo
from portal.demo.pages import (
    DAY,
    backdate,
    block,
    demo_period,
    ensure_child_page,
    ensure_section,
    moment,
    published_since,
    read,
    stream,
)
from portal.demo.people import person
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
from portal.sharing.models import Licence

HELSINKI = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_time(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


def load_sections(home):
    library = practices_demo.load_library(home)
    networks = ensure_section(home, NetworkIndexPage, read("networks")["index"])
    towns = ensure_section(home, MunicipalityIndexPage, read("municipalities")["index"])
    return library, networks, towns


def body_block(body, towns):
    """A body of a network (a board, a group) with its members and meetings."""
    return block(
        "body",
        {
            "name": body["name"],
            "task": body["task"],
            "meeting_rhythm": body["meeting_rhythm"],
            "members": [
                {
                    "name": person(member["name"]),
                    "role": member["role"],
                    "municipality": towns[member["town"]].pk
                    if member.get("town") in towns
                    else None,
                }
                for member in body["members"]
            ],
            "meetings": [
                {
                    "date": meeting["date"],
                    "agenda": meeting["agenda"],
                    "decisions": meeting["decisions"],
                }
                for meeting in body["meetings"]
            ],
        },
    )


def load_networks(index, towns):
    networks = {}
    for entry in read("networks")["networks"]:
        network, _created = ensure_child_page(
            index,
            NetworkPage,
            entry["slug"],
            title=entry["title"],
            summary=entry["summary"],
            purpose=entry["purpose"],
            goals=stream(block("goal", goal) for goal in entry["goals"]),
            coordinating_municipality=towns.get(entry.get("coordinating_town")),
            chair_municipality=towns.get(entry.get("chair_town")),
            chair_start_year=entry.get("chair_start_year"),
            chair_end_year=entry.get("chair_end_year"),
            bodies=stream(body_block(body, towns) for body in entry["bodies"]),
            memberships=[
                NetworkMembership(municipality=towns[member["town"]], join_year=member["join_year"])
                for member in entry["members"]
            ],
        )
        networks[entry["slug"]] = network
    return networks


def load_regions(networks, towns):
    regions = {}
    for entry in read("networks")["regions"]:
        coordinator = entry["coordinator"]
        region, _created = ensure_child_page(
            networks[entry["network"]],
            RegionPage,
            entry["slug"],
            title=entry["title"],
            summary=entry["summary"],
            coordinator_name=person(coordinator["name"]),
            coordinator_title=coordinator["title"],
            coordinator_school=coordinator["school"],
            coordinator_email=coordinator["email"],
            municipalities=[towns[name] for name in entry["towns"]],
        )
        regions[entry["slug"]] = region
    return regions


def parent_of(entry, networks, regions):
    """An event's or a collection's page: its region's if it names one, else its network's."""
    if entry.get("region"):
        return regions[entry["region"]]
    return networks[entry["network"]]


def registration(entry):
    """An event's registration link, open until the given number of days before it starts."""
    if not entry.get("registration_url"):
        return {}
    days = datetime.timedelta(days=entry.get("registration_closes_days_before", 0))
    return {
        "registration_url": entry["registration_url"],
        "registration_deadline": local_time(entry["start"]).date() - days,
    }


def load_events(networks, regions):
    for entry in read("networks")["events"]:
        ensure_child_page(
            parent_of(entry, networks, regions),
            EventPage,
            slugify(entry["key"].replace("_", "-")),
            title=entry["title"],
            summary=entry["summary"],
            kind=entry["kind"],
            start=local_time(entry["start"]),
            end=local_time(entry["end"]),
            location=entry["location"],
            online_url=entry["online_url"],
            description=entry["description"],
            host_school=entry["host_school"],
            themes=", ".join(entry["themes"]),
            audience=entry["audience"],
            **registration(entry),
        )


def load_collections(networks, regions, pages):
    for entry in read("networks")["collections"]:
        ensure_child_page(
            parent_of(entry, networks, regions),
            CollectionPage,
            slugify(entry["title"])[:80],
            title=entry["title"],
            summary=entry["summary"],
            items=[
                CollectionItem(page=pages[item["page"]], note=item["note"])
                for item in entry["items"]
                if item["page"] in pages
            ],
        )


def share_with_the_network(networks, towns):
    """One of Rusko's practices is read by the teachers of Tutor 2.0's towns only (the
    "Teachers of the network" level), so the demo shows the level at work."""
    ensure_child_page(
        towns["Rusko"],
        PracticePage,
        "tukipalaverien-muistiopohja",
        title="Tukipalaverien yhteinen muistiopohja",
        summary=(
            "Tutor 2.0 -kuntien yhteinen muistiopohja tuen palavereihin. Jaettu verkoston "
            "opettajille."
        ),
        area=PracticeArea.objects.get(slug="oppilaan-tuki"),
        licence=Licence.objects.get(slug="cc-by"),
        need="<p>Tuen palavereissa kirjataan samat asiat joka kunnassa eri tavoin.</p>",
        visibility="network",
        visibility_network=networks["tutor-2-0"],
    )


def date_new(began):
    """The pages published by this load, dated over the demo's two school years: the sections,
    towns, networks and regions when the portal opened, the collections since, and each event
    announced some weeks before it takes place (never later than now: a coming event stays to
    come)."""
    start, now = demo_period()
    opening = (PracticeLibraryPage, NetworkIndexPage, MunicipalityIndexPage, MunicipalityPage)
    for model in (*opening, NetworkPage, RegionPage):
        for page in published_since(model, began):
            backdate(page, moment(page.url_path, start, start + 14 * DAY))
    for collection in published_since(CollectionPage, began):
        backdate(collection, moment(collection.url_path, start + 30 * DAY, now))
    for event in published_since(EventPage, began):
        # Announced two weeks to five months ahead; one further ahead, in the last two months.
        latest = min(now, event.start - 14 * DAY)
        earliest = max(start, event.start - 150 * DAY)
        if earliest >= latest:
            earliest = max(start, latest - 60 * DAY)
        backdate(event, moment(event.url_path, earliest, latest))
    practices_demo.date_new(began)


def load(home):
    began = timezone.now()
    _library, network_index, town_index = load_sections(home)
    towns = municipalities_demo.load_towns(town_index)
    networks = load_networks(network_index, towns)
    regions = load_regions(networks, towns)
    load_events(networks, regions)
    pages = practices_demo.load(towns)
    load_collections(networks, regions, pages)
    share_with_the_network(networks, towns)
    practices_demo.load_copies(pages, towns)
    date_new(began)
    practices_demo.update_an_original(pages, towns)
