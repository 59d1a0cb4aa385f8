"""schema.org JSON-LD of practices, annual clocks, development plans and events: what a search
engine reads from each public page, that it names only what every reader may see, and that it
is kept like the rest of the page's fragments."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from networks.networks import linked_data as network_linked_data
from networks.practices import linked_data as practice_linked_data
from networks.practices.models import PracticeArea, PracticePage
from portal.core.visibility import Visibility
from portal.sharing.models import Licence
from tests.factories import networks as factories

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
CONTACT_CANARY = "kanarialintu.sisainen@example.fi"
MEETING_CANARY = "https://meet.example.org/kanarialintu-huone"
DRAFT_CANARY = "Kanarialintu luonnoksessa"


def json_ld(client, page):
    """The page's JSON-LD as an anonymous reader gets it, parsed, and the raw text."""
    response = client.get(page.url)
    assert response.status_code == 200
    found = SCRIPT.findall(response.content.decode())
    assert len(found) == 1
    return json.loads(found[0]), found[0]


def absolute(page):
    return f"http://testserver{page.url}"


def published(page):
    """The page published through a revision, as the admin does (its dates are then set)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def rusko_as_author(rusko):
    return {"@type": "GovernmentOrganization", "name": "Rusko", "url": absolute(rusko)}


@pytest.fixture
def practice(rusko):
    page = factories.PracticePageFactory(
        parent=rusko,
        title="Välituntiliikunta",
        slug="valituntiliikunta",
        contact_name="Reija Rehtori",
        contact_email=CONTACT_CANARY,
        steps=[
            ("step", {"title": "Sovi vuorot", "text": "<p>Luokat <b>vuorotellen</b>.</p>"}),
            ("step", {"title": "Hanki välineet", "text": "<p>Pallot ja hypynnarut.</p>"}),
        ],
    )
    page.tags.add("liikunta", "välitunti")
    return published(page)


@pytest.mark.django_db
def test_practice_is_a_how_to_by_its_municipality(client, practice, rusko):
    data, raw = json_ld(client, practice)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert data["@id"] == data["url"] == "http://testserver/kunnat/rusko/valituntiliikunta/"
    assert data["name"] == "Välituntiliikunta"
    assert data["description"] == "Käytänne, joka on toiminut koulussamme."
    assert data["inLanguage"] == "fi"
    assert data["author"] == data["publisher"] == rusko_as_author(rusko)
    assert data["license"] == Licence.objects.get(slug="cc-by").url
    assert datetime.date.fromisoformat(data["datePublished"]) == timezone.localdate()
    assert datetime.date.fromisoformat(data["dateModified"]) == timezone.localdate()
    assert data["step"] == [
        {"@type": "HowToStep", "position": 1, "name": "Sovi vuorot", "text": "Luokat vuorotellen."},
        {"@type": "HowToStep", "position": 2, "name": "Hanki välineet",
         "text": "Pallot ja hypynnarut."},
    ]  # fmt: skip
    assert sorted(data["keywords"]) == ["liikunta", "välitunti"]
    digi = PracticeArea.objects.get(slug="digi")
    assert data["about"]["@type"] == "DefinedTerm"
    assert data["about"]["name"] == digi.name_fi
    assert "isBasedOn" not in data  # not a copy
    # The contact's e-mail is for signed-in readers: not in the text kept for everyone.
    assert CONTACT_CANARY not in raw


@pytest.mark.django_db
def test_annual_clock_is_a_creative_work_of_its_months(client, rusko):
    clock = published(factories.AnnualClockPageFactory(parent=rusko, slug="vuosikello"))
    data, _raw = json_ld(client, clock)
    assert data["@type"] == "CreativeWork"
    assert data["url"] == "http://testserver/kunnat/rusko/vuosikello/"
    assert data["author"] == rusko_as_author(rusko)
    assert data["license"] == Licence.objects.get(slug="cc-by").url
    assert data["temporalCoverage"] == "2025-08/2026-07"
    parts = data["hasPart"]
    # In school-year order, each in its month and at its anchor on the page.
    assert [part["name"] for part in parts] == [
        "Lukuvuoden suunnittelu",
        "Tuen palaverit",
        "Arviointikeskustelut",
    ]
    assert [part["temporalCoverage"] for part in parts] == ["2025-08", "2025-09", "2026-01"]
    assert all(part["url"].startswith(f"{data['url']}#tehtava-") for part in parts)
    assert parts[0]["audience"] == {"@type": "Audience", "audienceType": "opettajat"}


@pytest.mark.django_db
def test_development_plan_is_a_creative_work(client, rusko):
    plan = published(factories.DevelopmentPlanPageFactory(parent=rusko, slug="digiohjelma"))
    data, _raw = json_ld(client, plan)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["url"] == "http://testserver/kunnat/rusko/digiohjelma/"
    # With no summary, the vision says what the plan is.
    assert data["description"] == "Jokainen oppilas oppii digitaitoja tavoitteellisesti."
    assert data["author"] == data["publisher"] == rusko_as_author(rusko)
    assert data["license"] == Licence.objects.get(slug="cc-by").url
    assert datetime.date.fromisoformat(data["datePublished"]) == timezone.localdate()


@pytest.mark.django_db
def test_event_names_its_time_place_and_network_but_not_the_meeting_link(client, tree):
    event = tree["event"]
    event.host_school = "Ruskon koulu"
    event.online_url = MEETING_CANARY
    event.themes = "digi, hyvinvointi"
    event.audience = "Tutoropettajat"
    published(event)
    data, raw = json_ld(client, event)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["url"] == absolute(event)
    assert data["name"] == "Alueellinen tutortapaaminen"
    start = datetime.datetime.fromisoformat(data["startDate"])
    end = datetime.datetime.fromisoformat(data["endDate"])
    assert start.utcoffset() is not None and end.utcoffset() is not None  # with the time zone
    assert (start, end) == (event.start, event.end)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {"@type": "Place", "name": "Ruskon koulu", "address": "Jyväskylän kaupungintalo"},
        # Where a signed-in teacher finds the link: the event's own page.
        {"@type": "VirtualLocation", "url": absolute(event)},
    ]
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Tutor 2.0",
        "url": absolute(tree["network"]),
        "department": {
            "@type": "Organization",
            "name": "Varsinais-Suomi",
            "url": absolute(tree["region"]),
        },
    }
    assert data["keywords"] == ["digi", "hyvinvointi"]
    assert data["audience"] == {"@type": "Audience", "audienceType": "Tutoropettajat"}
    # The meeting link is shown to signed-in teachers only.
    assert MEETING_CANARY not in raw


@pytest.mark.django_db
def test_event_of_a_network_held_in_one_place(client, tree):
    event = factories.EventPageFactory(parent=tree["network"], title="Verkostotapaaminen")
    data, _raw = json_ld(client, event)
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {"@type": "Place", "name": "Jyväskylän kaupungintalo"}
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Tutor 2.0",
        "url": absolute(tree["network"]),
    }


@pytest.mark.django_db
def test_copy_names_its_open_source_and_not_a_closed_one(client, practice, masku, masku_teacher):
    client.force_login(masku_teacher)
    assert client.post(f"/kopioi/{practice.pk}/", {"kunta": masku.pk}).status_code == 302
    copy = PracticePage.objects.child_of(masku).get()
    copy.get_latest_revision().publish()
    client.logout()
    data, _raw = json_ld(client, copy)
    assert data["isBasedOn"] == "http://testserver/kunnat/rusko/valituntiliikunta/"
    assert data["author"]["name"] == "Masku"

    # Once the source is for Rusko's teachers only, the copy no longer names it.
    practice.visibility = Visibility.MUNICIPALITY
    published(practice)
    data, _raw = json_ld(client, copy)
    assert "isBasedOn" not in data


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["practice", "clock", "plan", "event"])
def test_a_draft_is_never_described(client, tree, kind):
    page = published(tree[kind])
    page.title = DRAFT_CANARY
    page.summary = DRAFT_CANARY
    page.save_revision()
    cache.clear()  # nothing kept from before the draft: the text is built afresh
    data, raw = json_ld(client, page)
    assert data["name"] == type(page).objects.get(pk=page.pk).title
    assert DRAFT_CANARY not in raw


@pytest.mark.django_db
def test_json_ld_of_a_practice_cannot_be_broken_out_of(client, rusko):
    page = factories.PracticePageFactory(
        parent=rusko, title="</script><script>alert(1)</script>", slug="x"
    )
    body = client.get(page.url).content.decode()
    assert json.loads(SCRIPT.search(body).group(1))["name"] == page.title
    assert "<script>alert(1)" not in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "module", "builder"),
    [
        ("practice", practice_linked_data, "how_to"),
        ("clock", practice_linked_data, "annual_clock"),
        ("plan", practice_linked_data, "development_plan"),
        ("event", network_linked_data, "event"),
    ],
)
def test_json_ld_is_built_once_until_the_content_changes(
    client, tree, monkeypatch, kind, module, builder
):
    """The page's later readers spend no queries on the JSON-LD: it is kept like the page's
    other fragments (the render budget in tests/core counts the page's queries)."""
    calls = []
    original = getattr(module, builder)

    def counted(*args):
        calls.append(args)
        return original(*args)

    models_module = "networks.networks.models.networks" if kind == "event" else (
        "networks.practices.models.content"
    )  # fmt: skip
    monkeypatch.setattr(f"{models_module}.{builder}", counted)
    first, _raw = json_ld(client, tree[kind])
    again, _raw = json_ld(client, tree[kind])
    assert again == first
    assert len(calls) == 1
    published(tree[kind])  # a publish changes the content version
    json_ld(client, tree[kind])
    assert len(calls) == 2


def test_dates_are_those_of_finland_and_a_nameless_author_stays_private(
    client, masku, masku_teacher
):
    """A plan published at 00:30 in Helsinki (22:30 UTC the day before) is of that day; an
    invited teacher who has not given her name is known by her e-mail address, which neither
    the JSON-LD nor the API shows."""
    from tests.factories.plans import LessonPlanPageFactory

    masku_teacher.username = "nimeton.opettaja@masku.fi"
    masku_teacher.first_name = masku_teacher.last_name = ""
    masku_teacher.save()
    plan = LessonPlanPageFactory(parent=masku, title="Yön jälkeen", owner=masku_teacher)
    plan = published(plan)
    helsinki_half_past_midnight = datetime.datetime(
        2026, 12, 2, 0, 30, tzinfo=timezone.get_default_timezone()
    )
    type(plan).objects.filter(pk=plan.pk).update(
        first_published_at=helsinki_half_past_midnight,
        last_published_at=helsinki_half_past_midnight,
    )
    cache.clear()
    data, raw = json_ld(client, plan)
    assert data["datePublished"] == data["dateModified"] == "2026-12-02"
    assert "author" not in data
    assert "nimeton.opettaja" not in raw
    api = client.get(f"/api/v2/pages/{plan.pk}/").content.decode()
    assert "nimeton.opettaja" not in api
