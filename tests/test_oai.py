"""OAI-PMH 2.0 at /oai/ (portal.oai): the six verbs, both metadata formats, sets, dates,
resumption tokens, tombstones and every error the protocol names.

Every response is validated against the OAI-PMH 2.0 schema (tests/data/oai/, with the schemas
of the formats inside it): ``oai()`` below refuses a response that does not validate.
"""

import time
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from lxml import etree

from portal.oai.models import Record
from portal.sharing.copying import copy_to_municipality
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import action_url, make_moderator, make_teacher, submit
from tests.oai_schema import NS, validate

SECRET = "KANARIA"


def oai(client, method="get", **params):
    """The parsed, schema-valid response to an OAI-PMH request."""
    response = getattr(client, method)("/oai/", params)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert "no-cache" in response["Cache-Control"]
    root = etree.fromstring(response.content)
    validate(root)
    return root


def error_of(root):
    error = root.find("oai:error", NS)
    return None if error is None else error.get("code")


def identifiers(root):
    return [element.text for element in root.iterfind(".//oai:header/oai:identifier", NS)]


def deleted(root):
    return {
        header.findtext("oai:identifier", namespaces=NS)
        for header in root.iterfind(".//oai:header", NS)
        if header.get("status") == "deleted"
    }


def oai_id(kind, page):
    return f"oai:opentori.fi:{kind}/{page.pk}"


def harvest(client, verb="ListIdentifiers", **params):
    """Every response of a list, following its resumption tokens."""
    responses = [oai(client, verb=verb, **params)]
    while True:
        token = responses[-1].find(f".//oai:{verb}/oai:resumptionToken", NS)
        if token is None or not token.text:
            return responses
        responses.append(oai(client, verb=verb, resumptionToken=token.text))


def fresh(page):
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def world(home_page, rusko, masku, masku_teacher):
    """Open content of every harvested type, a copy, a network, and pages that are not open."""
    author = make_teacher(rusko, "riikka.rusko", first_name="Riikka", last_name="Ruskolainen")
    plan = LessonPlanPageFactory(
        parent=rusko,
        owner=author,
        title="Murtoluvut pizzalla",
        curriculum={"subjects": ["matematiikka"], "grades": ["4"], "competences": ["L1", "L4"]},
    )
    history = LessonPlanPageFactory(
        parent=masku, title="Keskiajan kylä", curriculum={"subjects": ["historia"]}
    )
    practice = factories.PracticePageFactory(parent=rusko, title="Tutorvälitunnit")
    clock = factories.AnnualClockPageFactory(parent=rusko, title="Ruskon vuosikello")
    development = factories.DevelopmentPlanPageFactory(parent=rusko, title="Digiohjelma")
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, title="Varsinais-Suomen verkosto")
    network.memberships.create(municipality=rusko)
    network.save_revision().publish()
    copy = copy_to_municipality(plan, masku, masku_teacher)
    copy.save_revision().publish()
    hidden = {
        "draft": LessonPlanPageFactory(parent=masku, title=f"{SECRET} luonnos", live=False),
        "private": LessonPlanPageFactory(
            parent=masku, title=f"{SECRET} yksityinen", visibility="private"
        ),
        "teachers": LessonPlanPageFactory(
            parent=masku, title=f"{SECRET} opettajille", visibility="teachers"
        ),
        "town": factories.PracticePageFactory(
            parent=rusko, title=f"{SECRET} kunnan oma", visibility="municipality"
        ),
    }
    return {
        "plan": plan, "history": history, "practice": practice, "clock": clock,
        "development": development, "network": network, "copy": copy, "hidden": hidden,
        "rusko": rusko, "masku": masku,
    }  # fmt: skip


def open_ids(world):
    return {
        oai_id("suunnitelma", world["plan"]),
        oai_id("suunnitelma", world["history"]),
        oai_id("suunnitelma", world["copy"]),
        oai_id("kaytanto", world["practice"]),
        oai_id("vuosikello", world["clock"]),
        oai_id("kehittamissuunnitelma", world["development"]),
    }


# Identify, ListMetadataFormats, ListSets -----------------------------------------------------


@pytest.mark.django_db
def test_identify_describes_the_repository(client, world):
    root = oai(client, verb="Identify")
    body = root.find("oai:Identify", NS)
    assert body.findtext("oai:repositoryName", namespaces=NS) == "Opentori"
    assert body.findtext("oai:baseURL", namespaces=NS) == "http://testserver/oai/"
    assert body.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert body.findtext("oai:deletedRecord", namespaces=NS) == "persistent"
    assert body.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    earliest = min(Record.objects.values_list("datestamp", flat=True))
    assert body.findtext("oai:earliestDatestamp", namespaces=NS) == earliest.strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert root.find("oai:request", NS).get("verb") == "Identify"
    sample = body.findtext(
        ".//{http://www.openarchives.org/OAI/2.0/oai-identifier}sampleIdentifier"
    )
    assert sample == "oai:opentori.fi:suunnitelma/123"


@pytest.mark.django_db
def test_post_answers_as_get_does(client, world):
    by_get = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    by_post = oai(client, method="post", verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert identifiers(by_get) == identifiers(by_post)


@pytest.mark.django_db
def test_metadata_formats_and_the_lrmi_schema_is_served(client, world):
    root = oai(client, verb="ListMetadataFormats")
    formats = {
        item.findtext("oai:metadataPrefix", namespaces=NS): item.findtext(
            "oai:schema", namespaces=NS
        )
        for item in root.iterfind(".//oai:metadataFormat", NS)
    }
    assert formats == {
        "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
        "lrmi": "http://testserver/oai/lrmi.xsd",
    }
    schema = client.get("/oai/lrmi.xsd")
    assert schema.status_code == 200
    etree.XMLSchema(etree.fromstring(b"".join(schema.streaming_content)))
    one = oai(client, verb="ListMetadataFormats", identifier=oai_id("suunnitelma", world["plan"]))
    assert len(one.findall(".//oai:metadataFormat", NS)) == 2


@pytest.mark.django_db
def test_sets_are_named_and_select_records(client, world):
    root = oai(client, verb="ListSets")
    names = {
        item.findtext("oai:setSpec", namespaces=NS): item.findtext("oai:setName", namespaces=NS)
        for item in root.iterfind(".//oai:set", NS)
    }
    network = world["network"]
    assert names["kunta:704"] == "Rusko"
    assert names["aine:matematiikka"] == "Matematiikka"
    assert names[f"verkosto:{network.pk}"] == "Varsinais-Suomen verkosto"
    assert names["tyyppi:suunnitelma"] == "Tuntisuunnitelmat"
    assert {"tyyppi", "kunta", "verkosto", "aine"} <= set(names)
    assert not any(SECRET in name for name in names.values())

    def selected(spec):
        return set(
            identifiers(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec))
        )

    plans = {oai_id("suunnitelma", world[name]) for name in ("plan", "history", "copy")}
    assert selected("tyyppi:suunnitelma") == plans
    rusko = {
        oai_id("suunnitelma", world["plan"]), oai_id("kaytanto", world["practice"]),
        oai_id("vuosikello", world["clock"]), oai_id("kehittamissuunnitelma", world["development"]),
    }  # fmt: skip
    assert selected("kunta:704") == rusko
    assert selected(f"verkosto:{network.pk}") == rusko
    assert selected("aine:matematiikka") == {
        oai_id("suunnitelma", world["plan"]),
        oai_id("suunnitelma", world["copy"]),
    }
    # A set above others holds what they hold.
    assert selected("kunta") == open_ids(world)


# Records -------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["oai_dc", "lrmi"])
def test_a_full_harvest_has_every_open_page_and_nothing_else(client, world, prefix):
    responses = harvest(client, "ListRecords", metadataPrefix=prefix)
    found = [identifier for root in responses for identifier in identifiers(root)]
    assert sorted(found) == sorted(open_ids(world))
    for root in responses:
        text = etree.tostring(root, encoding="unicode")
        assert SECRET not in text
        # Teacher notes of the phases never leave the page.
        assert "Kysy, mikä on neljäsosa." not in text
        assert len(root.findall(".//oai:metadata", NS)) == len(identifiers(root))


@pytest.mark.django_db
def test_a_plan_in_lrmi_carries_what_its_json_ld_carries(client, world):
    plan, copy = world["plan"], world["copy"]
    root = oai(
        client, verb="GetRecord", metadataPrefix="lrmi", identifier=oai_id("suunnitelma", plan)
    )
    resource = root.find(".//lrmi:resource", NS)
    assert resource.get("type") == "LearningResource"

    def texts(tag):
        return [element.text for element in resource.iterfind(f"lrmi:{tag}", NS)]

    assert texts("name") == ["Murtoluvut pizzalla"]
    assert texts("url") == [f"http://testserver{plan.url}"]
    assert texts("educationalLevel") == ["vuosiluokka 4"]
    assert texts("about") == ["Matematiikka"]
    assert texts("inLanguage") == ["fi"]
    assert texts("timeRequired") == ["PT45M"]
    assert texts("license") == ["https://creativecommons.org/licenses/by/4.0/"]
    assert texts("publisher") == ["Rusko"]
    assert texts("author") == ["Riikka Ruskolainen"]
    alignments = {
        (element.get("alignmentType"), element.get("targetName").split()[0])
        for element in resource.iterfind("lrmi:educationalAlignment", NS)
    }
    assert {("teaches", "L1"), ("teaches", "L4"), ("educationalSubject", "Matematiikka")} <= (
        alignments
    )
    copied = oai(
        client, verb="GetRecord", metadataPrefix="lrmi", identifier=oai_id("suunnitelma", copy)
    )
    assert copied.findtext(".//lrmi:isBasedOn", namespaces=NS) == f"http://testserver{plan.url}"
    assert copied.findtext(".//lrmi:publisher", namespaces=NS) == "Masku"


@pytest.mark.django_db
def test_dublin_core_of_a_plan_and_a_practice(client, world):
    root = oai(
        client, verb="GetRecord", metadataPrefix="oai_dc",
        identifier=oai_id("suunnitelma", world["copy"]),
    )  # fmt: skip
    dc = root.find(".//oai_dc:dc", NS)

    def texts(tag):
        return [element.text for element in dc.iterfind(f"dc:{tag}", NS)]

    assert texts("title") == ["Murtoluvut pizzalla"]
    assert dc.find("dc:title", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "fi"
    assert "Matematiikka" in texts("subject")
    assert texts("publisher") == ["Masku"]
    assert texts("source") == [f"http://testserver{world['plan'].url}"]
    assert texts("rights") == ["https://creativecommons.org/licenses/by/4.0/"]
    assert texts("type") == ["Text", "lesson plan"]
    practice = oai(
        client, verb="GetRecord", metadataPrefix="oai_dc",
        identifier=oai_id("kaytanto", world["practice"]),
    )  # fmt: skip
    assert practice.findtext(".//dc:creator", namespaces=NS) == "Rusko"
    assert "good practice" in [e.text for e in practice.iterfind(".//dc:type", NS)]


@pytest.mark.django_db
def test_identifiers_survive_a_rename_and_a_move(client, world):
    plan = fresh(world["plan"])
    identifier = oai_id("suunnitelma", plan)
    before = Record.objects.get(page_id=plan.pk).datestamp
    time.sleep(1.01)
    plan.title, plan.slug = "Murtoluvut ja pizzat", "murtoluvut-ja-pizzat"
    plan.save_revision().publish()
    record = Record.objects.get(page_id=plan.pk)
    assert record.datestamp > before and not record.deleted
    fresh(plan).move(world["masku"], pos="last-child")
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    header = root.find(".//oai:header", NS)
    assert header.get("status") is None
    specs = [element.text for element in header.iterfind("oai:setSpec", NS)]
    assert "kunta:481" in specs and "kunta:704" not in specs
    assert root.findtext(".//dc:title", namespaces=NS) == "Murtoluvut ja pizzat"


# Tombstones ----------------------------------------------------------------------------------


def header_of(client, identifier):
    """The record's header, and the response (a deleted record must carry no metadata)."""
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    header = root.find(".//oai:header", NS)
    if header.get("status") == "deleted":
        assert root.find(".//oai:metadata", NS) is None
    return header, root


@pytest.mark.django_db
def test_unpublished_deleted_and_narrowed_pages_become_tombstones(client, world):
    plan, practice, clock = world["plan"], world["practice"], world["clock"]
    fresh(plan).unpublish()
    practice = fresh(practice)
    practice.visibility = "teachers"
    practice.save_revision().publish()
    clock_id = oai_id("vuosikello", clock)
    fresh(clock).delete()
    for identifier in (oai_id("suunnitelma", plan), oai_id("kaytanto", practice), clock_id):
        header, root = header_of(client, identifier)
        assert header.get("status") == "deleted", identifier
        assert root.find(".//oai:metadata", NS) is None
        # A tombstone keeps its sets: a harvest of the town's set learns of it too.
        assert "kunta:704" in [element.text for element in header.iterfind("oai:setSpec", NS)]
        formats = oai(client, verb="ListMetadataFormats", identifier=identifier)
        assert error_of(formats) == "noMetadataFormats"
    listed = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="kunta:704")
    assert deleted(listed) == {oai_id("suunnitelma", plan), oai_id("kaytanto", practice), clock_id}
    records = oai(client, verb="ListRecords", metadataPrefix="lrmi")
    assert len(records.findall(".//oai:metadata", NS)) == len(open_ids(world)) - 3
    # Opened again, the plan is a live record once more.
    plan = fresh(plan)
    plan.save_revision().publish()
    header, _root = header_of(client, oai_id("suunnitelma", plan))
    assert header.get("status") is None


@pytest.mark.django_db
def test_a_town_that_leaves_the_network_leaves_its_set(client, world):
    network = fresh(world["network"])
    network.memberships.all().delete()
    network.save_revision().publish()
    root = oai(
        client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"verkosto:{network.pk}"
    )
    assert error_of(root) == "noRecordsMatch"


@pytest.mark.django_db
def test_a_record_whose_page_closed_behind_its_back_is_given_as_deleted(client, world):
    """Should a page close without its record being written (a bulk update in the database),
    the harvest still gives no metadata of it, and the record is put right."""
    from wagtail.models import Page

    plan = world["plan"]
    Page.objects.filter(pk=plan.pk).update(live=False)
    root = oai(client, verb="ListRecords", metadataPrefix="oai_dc", set="tyyppi:suunnitelma")
    assert oai_id("suunnitelma", plan) in deleted(root)
    described = [
        record.findtext(".//oai:identifier", namespaces=NS)
        for record in root.iterfind(".//oai:record", NS)
        if record.find("oai:metadata", NS) is not None
    ]
    assert oai_id("suunnitelma", plan) not in described
    assert len(described) == 2
    assert Record.objects.get(page_id=plan.pk).deleted


@pytest.mark.django_db
def test_saving_a_draft_leaves_the_records_alone(world):
    """A draft (or a lock) changes nothing harvested: its save reads and writes no record."""
    plan = fresh(world["plan"])
    before = Record.objects.get(page_id=plan.pk).datestamp
    plan.title = "Luonnos otsikosta"
    with CaptureQueriesContext(connection) as queries:
        plan.save_revision()
    assert not [query for query in queries if "oai_record" in query["sql"]]
    assert Record.objects.get(page_id=plan.pk).datestamp == before


@pytest.mark.django_db
def test_oai_sync_writes_the_records_of_an_existing_database(world):
    """A database from before the harvesting interface: its records are written by the
    command, a tombstone for a page that has closed, and a second run changes nothing."""
    from io import StringIO

    from django.core.management import call_command

    Record.objects.all().delete()
    Record.objects.create(page_id=999_999, kind="suunnitelma", datestamp=datetime.now(UTC))
    out = StringIO()
    call_command("oai_sync", stdout=out)
    assert Record.objects.filter(deleted=False).count() == len(open_ids(world))
    assert Record.objects.get(page_id=999_999).deleted
    assert f"{len(open_ids(world))} open and 1 deleted records" in out.getvalue()
    again = StringIO()
    call_command("oai_sync", stdout=again)
    assert again.getvalue().startswith("0 records written")


# Publishing and withdrawing through the admin ------------------------------------------------


@pytest.mark.django_db
def test_what_the_moderator_approves_is_harvested_and_what_she_unpublishes_is_deleted(
    client, masku
):
    teacher = make_teacher(masku, "tiina.opettaja")
    moderator = make_moderator(masku, "mirja.moderaattori")
    plan = LessonPlanPageFactory(parent=masku, title="Syksyn lehdet", live=False, owner=teacher)
    identifier = oai_id("suunnitelma", plan)
    client.force_login(teacher)
    assert submit(client, plan).status_code == 302
    client.logout()
    assert error_of(
        oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    ) == ("idDoesNotExist")
    client.force_login(moderator)
    response = client.post(action_url(fresh(plan), "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()
    header, _root = header_of(client, identifier)
    assert header.get("status") is None
    client.force_login(moderator)
    response = client.post(f"/admin/pages/{plan.pk}/unpublish/", {})
    assert response.status_code == 302
    client.logout()
    header, _root = header_of(client, identifier)
    assert header.get("status") == "deleted"


# Dates ---------------------------------------------------------------------------------------


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.django_db
def test_from_and_until_select_by_datestamp(client, world):
    plan = world["plan"]
    Record.objects.update(datestamp=datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    Record.objects.filter(page_id=plan.pk).update(datestamp=datetime(2026, 3, 1, 8, 30, tzinfo=UTC))

    def listed(**dates):
        return set(
            identifiers(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **dates))
        )

    assert listed(**{"from": "2026-03-01"}) == {oai_id("suunnitelma", plan)}
    assert listed(**{"from": "2026-03-01T08:30:00Z"}) == {oai_id("suunnitelma", plan)}
    assert (
        oai_id("suunnitelma", plan)
        not in listed(**{"from": "2026-03-01T08:30:01Z", "until": "2026-12-31T00:00:00Z"}) | set()
    )
    assert listed(until="2026-01-10") == open_ids(world) - {oai_id("suunnitelma", plan)}
    assert listed(**{"from": "2026-01-10", "until": "2026-03-01"}) == open_ids(world)
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until="2025-12-31")
    assert error_of(root) == "noRecordsMatch"


# Paging --------------------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(OAI_PAGE_SIZE=2, OAI_IDENTIFIERS_PAGE_SIZE=2)
def test_lists_come_in_pages_with_size_and_cursor(client, world):
    responses = harvest(client, "ListRecords", metadataPrefix="oai_dc")
    assert len(responses) == 3
    tokens = [root.find(".//oai:resumptionToken", NS) for root in responses]
    assert [token.get("cursor") for token in tokens] == ["0", "2", "4"]
    assert {token.get("completeListSize") for token in tokens} == {"6"}
    assert tokens[-1].text is None and tokens[-1].get("expirationDate") is None
    expires = datetime.strptime(tokens[0].get("expirationDate"), "%Y-%m-%dT%H:%M:%SZ")
    assert expires.replace(tzinfo=UTC) > datetime.now(UTC) + timedelta(hours=23)
    found = [identifier for root in responses for identifier in identifiers(root)]
    assert sorted(found) == sorted(open_ids(world))
    # The arguments travel in the token: a set stays chosen page after page.
    pages = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", set="kunta:704")
    assert len({i for root in pages for i in identifiers(root)}) == 4
    sets = harvest(client, "ListSets")
    assert len(sets) > 1


@pytest.mark.django_db
@override_settings(OAI_PAGE_SIZE=2)
def test_a_record_changed_during_a_harvest_is_not_skipped(client, world):
    first = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    token = first.find(".//oai:resumptionToken", NS).text
    given = set(identifiers(first))
    # A record not yet given is edited: it moves to the end of the list, still to come.
    pending = next(i for i in sorted(open_ids(world)) if i not in given)
    Record.objects.filter(page_id=int(pending.rsplit("/", 1)[1])).update(
        datestamp=datetime.now(UTC) + timedelta(minutes=1)
    )
    rest = harvest(client, "ListRecords", resumptionToken=token)
    found = given | {i for root in rest for i in identifiers(root)}
    assert found == open_ids(world)


@pytest.mark.django_db
@override_settings(OAI_IDENTIFIERS_PAGE_SIZE=2)
def test_forged_expired_and_misused_tokens_are_refused(client, world):
    first = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = first.find(".//oai:resumptionToken", NS).text
    forged = token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB")
    assert error_of(oai(client, verb="ListIdentifiers", resumptionToken=forged)) == (
        "badResumptionToken"
    )
    assert error_of(oai(client, verb="ListIdentifiers", resumptionToken="c=2&s=6")) == (
        "badResumptionToken"
    )
    assert error_of(oai(client, verb="ListRecords", resumptionToken=token)) == "badResumptionToken"
    later = time.time() + 2 * 24 * 60 * 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        expired = oai(client, verb="ListIdentifiers", resumptionToken=token)
    assert error_of(expired) == "badResumptionToken"
    assert "vanhentunut" in expired.findtext("oai:error", namespaces=NS)
    # A token must come alone.
    both = oai(client, verb="ListIdentifiers", resumptionToken=token, metadataPrefix="oai_dc")
    assert error_of(both) == "badArgument"
    # The genuine token still works.
    assert identifiers(oai(client, verb="ListIdentifiers", resumptionToken=token))


# Errors --------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "ListEverything"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "lrmi"]}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "1.3.2026"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-02-30"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-03-01T10:00:00"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-03-01",
             "until": "2026-03-02T00:00:00Z"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-03-02",
             "until": "2026-03-01"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "kunta:"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "kunta:999"},
         "noRecordsMatch"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2099-01-01"},
         "noRecordsMatch"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc",
          "identifier": "oai:opentori.fi:suunnitelma/999999"}, "idDoesNotExist"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:muu.fi:kaytanto/1"},
         "idDoesNotExist"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "suunnitelma/1"},
         "idDoesNotExist"),
        ({"verb": "ListMetadataFormats", "identifier": "oai:opentori.fi:tuntematon/1"},
         "idDoesNotExist"),
        ({"verb": "ListSets", "resumptionToken": "vanha"}, "badResumptionToken"),
    ],
)  # fmt: skip
def test_every_error_is_named_as_the_protocol_names_it(client, world, params, code):
    root = oai(client, **params)
    assert error_of(root) == code
    assert root.findtext("oai:error", namespaces=NS)
    echo = root.find("oai:request", NS)
    assert echo.text == "http://testserver/oai/"
    if code in ("badVerb", "badArgument"):
        # The protocol: a request with a bad verb or argument is echoed without its arguments.
        assert dict(echo.attrib) == {}


@pytest.mark.django_db
def test_get_record_in_a_format_not_given(client, world):
    root = oai(
        client, verb="GetRecord", metadataPrefix="mods",
        identifier=oai_id("suunnitelma", world["plan"]),
    )  # fmt: skip
    assert error_of(root) == "cannotDisseminateFormat"


@pytest.mark.django_db
def test_errors_speak_the_readers_language(client, world):
    response = client.get("/oai/", {"verb": "Kaikki"}, HTTP_ACCEPT_LANGUAGE="fi")
    assert "OAI-PMH 2.0:n kuudesta" in response.content.decode()
    response = client.get("/oai/", {"verb": "Kaikki"}, HTTP_ACCEPT_LANGUAGE="sv")
    assert "OAI-PMH 2.0:s sex verb" in response.content.decode()
    response = client.get("/oai/", {"verb": "Kaikki"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "OAI-PMH 2.0's six verbs" in response.content.decode()


def test_the_schema_refuses_what_the_protocol_refuses():
    """The validation used above has teeth: a record without a datestamp does not pass."""
    broken = etree.fromstring(
        b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z'
        b"</responseDate><request>http://x/oai/</request><GetRecord><record><header>"
        b"<identifier>oai:opentori.fi:suunnitelma/1</identifier></header></record></GetRecord>"
        b"</OAI-PMH>"
    )
    with pytest.raises(AssertionError):
        validate(broken)


# Limits and cost -----------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(OAI_RATE="3/m")
def test_a_harvester_over_its_rate_is_asked_to_wait(client, world):
    for _request in range(3):
        assert client.get("/oai/", {"verb": "Identify"}).status_code == 200
    response = client.get("/oai/", {"verb": "Identify"})
    assert response.status_code == 503
    assert response["Retry-After"] == "60"


@pytest.mark.django_db
def test_a_page_of_records_costs_the_same_queries_however_many_it_holds(client, world, rusko):
    def cost():
        with CaptureQueriesContext(connection) as queries:
            root = oai(client, verb="ListRecords", metadataPrefix="lrmi")
        return len(queries), len(identifiers(root))

    small, count = cost()
    for number in range(8):
        LessonPlanPageFactory(parent=rusko, title=f"Lisäsuunnitelma {number}")
    factories.PracticePageFactory(parent=rusko, title="Toinen käytänne")
    from django.core.cache import cache

    cache.clear()
    large, more = cost()
    assert more == count + 9
    assert large == small, (small, large)
    # Once described, a record is read from the same cache as its page's JSON-LD.
    again, _count = cost()
    assert again < large


# A real harvester ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(OAI_PAGE_SIZE=2, OAI_IDENTIFIERS_PAGE_SIZE=3)
def test_sickle_harvests_everything_then_only_what_changed(live_server, world):
    """Sickle, a harvesting library, against the portal over HTTP: a full harvest (three pages
    of two, through its resumption tokens), then an incremental one from the first's
    responseDate that sees an edit, a new plan and an unpublished practice."""
    from sickle import Sickle

    harvester = Sickle(f"{live_server.url}/oai/", max_retries=0)
    identify = harvester.Identify()
    assert identify.deletedRecord == "persistent"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    # Everything so far is dated at least a second before the first harvest.
    time.sleep(1.1)
    records = harvester.ListRecords(metadataPrefix="lrmi", ignore_deleted=False)
    full = list(records)
    last_harvest = records.oai_response.xml.findtext("oai:responseDate", namespaces=NS)
    assert {record.header.identifier for record in full} == open_ids(world)
    assert not any(record.deleted for record in full)
    by_id = {record.header.identifier: record for record in full}
    plan = by_id[oai_id("suunnitelma", world["plan"])]
    assert plan.metadata["educationalLevel"] == ["vuosiluokka 4"]
    assert plan.metadata["name"] == ["Murtoluvut pizzalla"]
    assert by_id[oai_id("suunnitelma", world["copy"])].metadata["isBasedOn"] == [
        f"{live_server.url}{world['plan'].url}"
    ]
    headers = list(harvester.ListIdentifiers(metadataPrefix="oai_dc", set="tyyppi:suunnitelma"))
    assert len(headers) == 3

    history = fresh(world["history"])
    history.title = "Keskiajan kylä ja linna"
    history.save_revision().publish()
    new = LessonPlanPageFactory(parent=world["masku"], title="Talven linnut")
    fresh(world["practice"]).unpublish()

    changed = list(
        harvester.ListRecords(
            metadataPrefix="oai_dc", ignore_deleted=False, **{"from": last_harvest}
        )
    )
    found = {record.header.identifier: record for record in changed}
    assert set(found) == {
        oai_id("suunnitelma", history),
        oai_id("suunnitelma", new),
        oai_id("kaytanto", world["practice"]),
    }
    assert found[oai_id("kaytanto", world["practice"])].deleted
    assert found[oai_id("suunnitelma", history)].metadata["title"] == ["Keskiajan kylä ja linna"]
    assert found[oai_id("suunnitelma", new)].metadata["title"] == ["Talven linnut"]
