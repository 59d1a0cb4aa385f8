"""Demo content of the networks (data/networks.toml, with the towns of data/municipalities.toml
and the practices of data/practices.toml): the sections for practices, networks and towns, the
towns, networks, regions, events, practices, annual clocks, development plans, collections and
the copies made between towns."""

import datetime
import zoneinfo

from django.conf import settings
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
from portal.demo import municipalities as municipalities_demo
from portal.demo import practices as practices_demo
from portal.demo.pages import block, ensure_child_page, ensure_section, read, stream
from portal.demo.people import person
from portal.municipalities.models import MunicipalityIndexPage

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


def load(home):
    _library, network_index, town_index = load_sections(home)
    towns = municipalities_demo.load_towns(town_index)
    networks = load_networks(network_index, towns)
    regions = load_regions(networks, towns)
    load_events(networks, regions)
    pages = practices_demo.load(towns)
    load_collections(networks, regions, pages)
    practices_demo.load_copies(pages, towns)
