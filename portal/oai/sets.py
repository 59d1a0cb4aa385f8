"""The names ListSets gives the sets: content types, municipalities (from Statistics Finland's
register, in the reader's language), open networks and subjects."""

from django.apps import apps
from django.utils.translation import get_language

from portal.core.visibility import public_pages
from portal.municipalities import register
from portal.municipalities.models import network_models
from portal.oai.records import KIND_BY_SLUG, SET_GROUPS


def set_names(specs):
    """The name of each of ``specs`` that has one (a set of a network that is no longer open,
    named only by its tombstones, keeps its spec as its name)."""
    by_group = {}
    for spec in specs:
        group, _colon, value = spec.partition(":")
        by_group.setdefault(group, []).append(value)
    names = {group: str(name) for group, name in SET_GROUPS.items()}
    swedish = get_language() == "sv"
    towns = register.municipalities()
    for code in by_group.get("kunta", []):
        town = towns.get(code)
        if town is not None:
            names[f"kunta:{code}"] = (town.name_sv if swedish else "") or town.name_fi
    for slug in by_group.get("tyyppi", []):
        if slug in KIND_BY_SLUG:
            names[f"tyyppi:{slug}"] = str(KIND_BY_SLUG[slug].name)
    network_ids = [int(value) for value in by_group.get("verkosto", []) if value.isdigit()]
    if network_ids:
        NetworkPage, _membership = network_models()
        for pk, title in public_pages(NetworkPage.objects.filter(pk__in=network_ids)).values_list(
            "pk", "title"
        ):
            names[f"verkosto:{pk}"] = title
    subjects = by_group.get("aine", [])
    if subjects:
        Subject = apps.get_model("plans", "Subject")
        for subject in Subject.objects.filter(slug__in=subjects):
            names[f"aine:{subject.slug}"] = subject.name
    return names
