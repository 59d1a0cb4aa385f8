"""Demo content of the networks app: towns, networks, regions, events, practices, annual clocks,
Rusko's digitalisation programme, collections and copies between towns (see demo_data)."""

import datetime
import json
import uuid
import zoneinfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
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
from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    FollowUp,
    Measure,
    PracticeArea,
    PracticeLibraryPage,
    PracticePage,
)
from portal.demo import networks_data as data
from portal.demo.pages import ensure_child_page
from portal.municipalities import register
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage, School
from portal.municipalities.roles import TEACHERS
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord, Licence

HELSINKI = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def person(entry):
    """Demo people are invented: their names say so."""
    return f"{entry['name']} (esimerkki)"


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def local_time(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


def place_before(page, sibling):
    """New top-level sections go before "Tietoa palvelusta" so the menu reads in order."""
    if sibling is not None:
        page.move(sibling, pos="left")


def load_sections(home):
    about = home.get_children().filter(slug="tietoa-palvelusta").first()
    library, created = ensure_child_page(
        home,
        PracticeLibraryPage,
        "kaytanteet",
        title="Käytänteet",
        summary="Kuntien ja koulujen hyvät käytänteet Tutor 2.0 -mallin neljältä osa-alueelta.",
        search_description="Kuntien ja koulujen hyvät käytänteet neljältä osa-alueelta.",
        intro="<p>Selaa kuntien avoimia hyviä käytänteitä ja ota malli omaan kuntaasi.</p>",
        show_in_menus=True,
    )
    if created:
        place_before(library, about)
    networks, created = ensure_child_page(
        home,
        NetworkIndexPage,
        "verkostot",
        title="Verkostot",
        summary="Kuntien yhteistyöverkostot, niiden alueet, toimielimet ja tapahtumat.",
        search_description="Kuntien verkostot, alueet ja tapahtumat.",
        show_in_menus=True,
    )
    if created:
        place_before(networks, about)
    towns, created = ensure_child_page(
        home,
        MunicipalityIndexPage,
        "kunnat",
        title="Kunnat",
        summary="Kunnat, niiden koulut ja avoimet suunnitelmat, käytänteet ja vuosikellot.",
        search_description="Kunnat ja niiden avoin sisältö.",
        show_in_menus=True,
    )
    if created:
        place_before(towns, about)
    return library, networks, towns


def all_town_names():
    names = [
        *data.OPENTUNTI_TOWNS,
        *data.TUTOR2_TOWNS,
        *data.OPPIVA_TOWNS,
        *data.KESKI_SUOMI_TOWNS,
    ]
    return sorted(set(names))


def load_towns(index):
    towns = {}
    for name in all_town_names():
        record = register.by_name(name)
        contact = data.CONTACTS.get(name)
        schools = [
            School(name=school, school_type=kind) for school, kind in data.SCHOOLS.get(name, [])
        ]
        town, _ = ensure_child_page(
            index,
            MunicipalityPage,
            slugify(name),
            title=name,
            municipality_code=record.code,
            contact_name=person(contact) if contact else "",
            contact_title=contact["title"] if contact else "",
            contact_email=contact["email"] if contact else "",
            schools=schools,
        )
        towns[name] = town
    return towns


def body_blocks(bodies, towns):
    return json.dumps(
        [
            block(
                "body",
                {
                    "name": body["name"],
                    "task": body["task"],
                    "meeting_rhythm": body["meeting_rhythm"],
                    "members": [
                        {
                            "name": person(member),
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
            for body in bodies
        ]
    )


def load_networks(index, towns):
    networks = {}
    for entry in data.NETWORKS:
        network, _ = ensure_child_page(
            index,
            NetworkPage,
            entry["slug"],
            title=entry["title"],
            summary=entry["summary"],
            purpose=entry["purpose"],
            goals=json.dumps([block("goal", goal) for goal in entry["goals"]]),
            coordinating_municipality=towns.get(entry["coordinating_town"]),
            chair_municipality=towns.get(entry["chair_town"]),
            chair_start_year=entry["chair_start_year"],
            chair_end_year=entry["chair_end_year"],
            bodies=body_blocks(entry["bodies"], towns),
            memberships=[
                NetworkMembership(municipality=towns[name], join_year=year)
                for name, year in entry["members"]
            ],
        )
        networks[entry["slug"]] = network
    return networks


def load_regions(networks, towns):
    network = networks["keski-suomen-tutoropettajaverkosto"]
    regions = {}
    for entry in data.KESKI_SUOMI_REGIONS:
        coordinator = entry["coordinator"]
        region, _ = ensure_child_page(
            network,
            RegionPage,
            entry["slug"],
            title=entry["title"],
            summary=entry["summary"],
            coordinator_name=person(coordinator),
            coordinator_title=coordinator["title"],
            coordinator_school=coordinator["school"],
            coordinator_email=coordinator["email"],
            municipalities=[towns[name] for name in entry["towns"]],
        )
        regions[entry["slug"]] = region
    return regions


def load_events(networks, regions):
    for entry in data.EVENTS:
        parent = regions[entry["region"]] if entry["region"] else networks[entry["network"]]
        ensure_child_page(
            parent,
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


def load_practices(towns):
    areas = {area.slug: area for area in PracticeArea.objects.all()}
    licences = {licence.slug: licence for licence in Licence.objects.all()}
    practices = {}
    for entry in data.PRACTICES:
        contact = entry["contact"]
        practice, _created = ensure_child_page(
            towns[entry["town"]],
            PracticePage,
            slugify(entry["title"])[:80],
            title=entry["title"],
            summary=entry["summary"],
            area=areas[entry["area"]],
            licence=licences[entry["licence"]],
            need=entry["need"],
            steps=json.dumps(
                [
                    block("step", {"title": title, "text": f"<p>{text}</p>"})
                    for title, text in entry["steps"]
                ]
            ),
            roles=entry["roles"],
            timing=entry["timing"],
            materials=json.dumps(
                [block("link", {"title": title, "url": url}) for title, url in entry["materials"]]
            ),
            evidence=entry["evidence"],
            contact_name=person(contact),
            contact_title=contact.get("title", ""),
            contact_email=contact.get("email", ""),
            prepare=lambda page, tags=entry["tags"]: page.tags.add(*tags),
        )
        practices[entry["key"]] = practice
    return practices


def load_clock(entry, town, practices):
    activities = [
        block(
            "activity",
            {
                "month": str(item["month"]),
                "week_start": item["week_start"],
                "week_end": item["week_end"],
                "title": item["title"],
                "responsible": item["responsible"],
                "audience": item["audience"],
                "practices": [practices[key].pk for key in item["practices"] if key in practices],
                "notes": item["notes"],
            },
        )
        for item in entry["activities"]
    ]
    clock, _ = ensure_child_page(
        town,
        AnnualClockPage,
        slugify(entry["title"])[:80],
        title=entry["title"],
        summary=entry["summary"],
        school_year=entry["school_year"],
        licence=Licence.objects.get(slug=entry["licence"]),
        activities=json.dumps(activities),
    )
    return clock


def load_development_plan(town):
    entry = data.DEVELOPMENT_PLAN_RUSKO
    plan, _ = ensure_child_page(
        town,
        DevelopmentPlanPage,
        slugify(entry["title"])[:80],
        title=entry["title"],
        summary=entry["summary"],
        licence=Licence.objects.get(slug=entry["licence"]),
        vision=entry["vision"],
        strengths=entry["strengths"],
        to_develop=entry["to_develop"],
        goals=entry["goals"],
        measures=[Measure(**measure) for measure in entry["measures"]],
        followups=[FollowUp(**followup) for followup in entry["followups"]],
    )
    return plan


def load_collections(networks, regions, models):
    for entry in data.COLLECTIONS:
        parent = regions[entry["region"]] if entry["region"] else networks[entry["network"]]
        ensure_child_page(
            parent,
            CollectionPage,
            slugify(entry["title"])[:80],
            title=entry["title"],
            summary=entry["summary"],
            items=[
                CollectionItem(page=models[key], note=note)
                for key, note in entry["items"]
                if key in models
            ],
        )


def demo_teacher(town):
    """An invented teacher of the town who made the demo's copies (cannot sign in)."""
    user, created = get_user_model().objects.get_or_create(
        username=f"{town.slug}.opettaja",
        defaults={"first_name": "Esimerkki", "last_name": f"Opettaja ({town.title})"},
    )
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=TEACHERS.format(title=town.title)))
    return user


def load_copies(models, towns):
    for key, town_name in data.COPIES:
        source, town = models[key], towns[town_name]
        if CopyRecord.objects.filter(source=source, municipality=town).exists():
            continue
        copy = copy_to_municipality(source, town, demo_teacher(town))
        copy.get_latest_revision().publish()


def load(home):
    _library, network_index, town_index = load_sections(home)
    towns = load_towns(town_index)
    networks = load_networks(network_index, towns)
    regions = load_regions(networks, towns)
    load_events(networks, regions)
    practices = load_practices(towns)
    models = dict(practices)
    models[data.ANNUAL_CLOCK_RUSKO["key"]] = load_clock(
        data.ANNUAL_CLOCK_RUSKO, towns["Rusko"], practices
    )
    models[data.ANNUAL_CLOCK_JYVASKYLA["key"]] = load_clock(
        data.ANNUAL_CLOCK_JYVASKYLA, towns["Jyväskylä"], practices
    )
    models[data.DEVELOPMENT_PLAN_RUSKO["key"]] = load_development_plan(towns["Rusko"])
    load_collections(networks, regions, models)
    load_copies(models, towns)
