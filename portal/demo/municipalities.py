"""Demo towns (data/municipalities.toml): a page for every town in the data's town lists, with
its code from the municipality register and, for some, schools and a contact person."""

import itertools

from django.utils.text import slugify

from portal.demo.pages import ensure_child_page, read
from portal.demo.people import person
from portal.municipalities import register
from portal.municipalities.models import MunicipalityPage, School


def town_names(data):
    return sorted(set(itertools.chain.from_iterable(data["town_lists"].values())))


def contact_fields(contact):
    if contact is None:
        return {"contact_name": "", "contact_title": "", "contact_email": ""}
    return {
        "contact_name": person(contact["name"]),
        "contact_title": contact["title"],
        "contact_email": contact["email"],
    }


def load_towns(index):
    """The towns' pages under ``index``, by name."""
    data = read("municipalities")
    towns = {}
    for name in town_names(data):
        entry = data["towns"].get(name, {})
        town, _created = ensure_child_page(
            index,
            MunicipalityPage,
            slugify(name),
            title=name,
            municipality_code=register.by_name(name).code,
            schools=[
                School(name=school["name"], school_type=school["type"])
                for school in entry.get("schools", [])
            ],
            **contact_fields(entry.get("contact")),
        )
        towns[name] = town
    return towns
