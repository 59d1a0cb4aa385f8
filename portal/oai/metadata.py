"""The two metadata formats harvesters may ask for, made from the page's schema.org JSON-LD.

Both are written from the same description search engines read on the page (each harvested
page's ``json_ld``), kept in the same cache, so the page, its JSON-LD and its
harvested record never disagree:

- ``oai_dc``: unqualified Dublin Core, which every harvester reads;
- ``lrmi``: the LRMI properties of that description as XML (educational level, subjects, the
  L1–L7 alignment, licence, author, publisher, language, time required, ``isBasedOn`` for a
  copy), with its schema at ``/oai/lrmi.xsd``.
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from lxml import etree

from portal.sharing.models import read_owners_and_sources

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
LRMI_NS = "urn:opentori:oai:lrmi:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class MetadataFormat:
    prefix: str
    namespace: str
    schema: str  # an absolute address, or a path of this site


FORMATS = {
    "oai_dc": MetadataFormat("oai_dc", OAI_DC_NS, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
    "lrmi": MetadataFormat("lrmi", LRMI_NS, "/oai/lrmi.xsd"),
}

# What kind of resource each is, where its JSON-LD does not say.
RESOURCE_TYPES = {
    "suunnitelma": "lesson plan",
    "kaytanto": "good practice",
    "vuosikello": "annual clock",
    "kehittamissuunnitelma": "development plan",
}


# What each type's description reads of its relations, read for a whole list at once.
RELATIONS = {
    "suunnitelma": [
        "subjects", "grades", "competences", "tags", "co_author_links__person", "owner", "licence",
    ],
    "kaytanto": ["area", "tags"],
    "vuosikello": [],
    "kehittamissuunnitelma": [],
}  # fmt: skip


def read_for_descriptions(kinds_and_pages):
    """Read what the descriptions of these ``(kind, page)`` pairs need in a few queries per
    type, instead of several per page (only where the description is not kept already)."""
    kinds_and_pages = list(kinds_and_pages)
    by_kind = defaultdict(list)
    for kind, page in kinds_and_pages:
        by_kind[kind].append(page)
    for kind, pages in by_kind.items():
        if RELATIONS[kind]:
            prefetch_related_objects(pages, *RELATIONS[kind])
    read_owners_and_sources([page for _kind, page in kinds_and_pages])


def description(page, request):
    """The page's schema.org description as a dict: the text its own page carries, from the
    same cache."""
    return json.loads(page.json_ld(request))


def metadata(prefix, kind, data, schema):
    """The ``<metadata>`` content in the format ``prefix`` for a description ``data``;
    ``schema`` is the absolute address of the format's schema."""
    if prefix == "oai_dc":
        return dublin_core(kind, data, schema)
    return lrmi(kind, data, schema)


def _list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _names(value):
    """The names of people, organisations or terms (objects with a name, or plain strings)."""
    return [item["name"] if isinstance(item, dict) else str(item) for item in _list(value)]


def _sub(parent, namespace, tag, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{namespace}}}{tag}")
    for key, value in attributes.items():
        if value not in (None, ""):
            element.set(key, str(value))
    if text is not None:
        element.text = str(text)
    return element


def dublin_core(kind, data, schema):
    root = etree.Element(
        f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
    )
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {schema}")
    language = data.get("inLanguage")

    def dc(tag, values, lang=None):
        for value in values:
            if value not in (None, ""):
                element = _sub(root, DC_NS, tag, value)
                if lang:
                    element.set(XML_LANG, lang)

    dc("title", [data.get("name")], language)
    dc("creator", _names(data.get("author")))
    subjects = _names(data.get("about")) + _list(data.get("keywords"))
    subjects += [
        alignment["targetName"]
        for alignment in _list(data.get("educationalAlignment"))
        if alignment.get("alignmentType") == "teaches"
    ]
    dc("subject", subjects, language)
    dc("description", [data.get("description")], language)
    dc("publisher", _names(data.get("publisher")))
    dc("date", [data.get("datePublished")])
    dc("type", ["Text", data.get("learningResourceType") or RESOURCE_TYPES[kind]])
    dc("format", ["text/html"])
    dc("identifier", [data.get("url")])
    dc("source", [data.get("isBasedOn")])
    dc("language", [language])
    dc("coverage", _list(data.get("educationalLevel")), language)
    dc("rights", [data.get("license")])
    return root


def lrmi(kind, data, schema):
    root = etree.Element(f"{{{LRMI_NS}}}resource", nsmap={"lrmi": LRMI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{LRMI_NS} {schema}")
    root.set("type", data.get("@type", "CreativeWork"))

    def add(tag, value, **attributes):
        if value not in (None, ""):
            _sub(root, LRMI_NS, tag, value, **attributes)

    for tag in ("url", "name", "description"):
        add(tag, data.get(tag))
    add("learningResourceType", data.get("learningResourceType") or RESOURCE_TYPES[kind])
    add("inLanguage", data.get("inLanguage"))
    for tag in ("educationalLevel", "keywords", "teaches"):
        for value in _list(data.get(tag)):
            add(tag, value)
    for about in _list(data.get("about")):
        about = about if isinstance(about, dict) else {"name": about}
        add("about", about.get("name"), termCode=about.get("termCode"))
    for alignment in _list(data.get("educationalAlignment")):
        attributes = ("alignmentType", "educationalFramework", "targetName", "targetUrl")
        _sub(
            root, LRMI_NS, "educationalAlignment", **{key: alignment.get(key) for key in attributes}
        )
    add("timeRequired", data.get("timeRequired"))
    add("license", data.get("license"))
    for tag in ("datePublished", "dateModified", "isBasedOn", "temporalCoverage"):
        add(tag, data.get(tag))
    _agents_and_parts(add, data)
    return root


def _agents_and_parts(add, data):
    """Its authors and publisher, a practice's steps and an annual clock's activities."""
    for role in ("author", "publisher"):
        for agent in _list(data.get(role)):
            agent = agent if isinstance(agent, dict) else {"name": agent}
            add(role, agent.get("name"), type=agent.get("@type"), url=agent.get("url"))
    for step in _list(data.get("step")):
        add("step", step.get("name"), position=step.get("position"))
    for part in _list(data.get("hasPart")):
        add(
            "hasPart",
            part.get("name"),
            url=part.get("url"),
            temporalCoverage=part.get("temporalCoverage"),
        )
