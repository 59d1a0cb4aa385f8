"""News feeds (Atom and RSS 2.0) of the libraries, the towns and the networks: they parse, hold
only what an anonymous reader may open, keep the library's filters, are advertised on their
pages, and cost the same number of queries however much content there is."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from networks.networks.models import NetworkMembership
from networks.practices.models import PracticeArea
from plans.models import PlanLibraryPage
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory, phase

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = ["atom", "rss"]


def parse(response):
    """The feed's items as dicts (title, link, summary, author, categories, dates), after
    checking that it is a feed of the kind asked for."""
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted data
    if root.tag == f"{ATOM}feed":
        assert response["Content-Type"].startswith("application/atom+xml")
        return root, [
            {
                "title": entry.findtext(f"{ATOM}title"),
                "link": entry.find(f"{ATOM}link").get("href"),
                "summary": entry.findtext(f"{ATOM}summary") or "",
                "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
                "categories": [c.get("term") for c in entry.findall(f"{ATOM}category")],
                "published": entry.findtext(f"{ATOM}published"),
                "updated": entry.findtext(f"{ATOM}updated"),
            }
            for entry in root.findall(f"{ATOM}entry")
        ]
    assert root.tag == "rss"
    assert response["Content-Type"].startswith("application/rss+xml")
    return root, [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "summary": item.findtext("description") or "",
            "author": item.findtext("{http://purl.org/dc/elements/1.1/}creator"),
            "categories": [c.text for c in item.findall("category")],
            "published": item.findtext("pubDate"),
            "updated": None,
        }
        for item in root.find("channel").findall("item")
    ]


def feed_title(root):
    if root.tag == f"{ATOM}feed":
        return root.findtext(f"{ATOM}title")
    return root.find("channel").findtext("title")


def titles(items):
    return {item["title"] for item in items}


def plan(parent, title, subjects=("matematiikka",), **extra):
    return LessonPlanPageFactory(
        parent=parent,
        title=title,
        summary=f"Tiivistelmä: {title}.",
        phases=[phase("Vaihe", 20, "Oppilaalle ohje.", f"SALAINENmuistiinpano {title}")],
        curriculum={"subjects": list(subjects), "grades": ["4"], "competences": ["L1"]},
        **extra,
    )


@pytest.fixture
def plans(home_page, rusko, masku):
    """Open plans in Rusko and Masku, and plans an anonymous reader may not open."""
    made = {
        "murtoluvut": plan(rusko, "Murtoluvut"),
        "tarina": plan(masku, "Tarinan rakenne", subjects=["aidinkieli"]),
    }
    made["murtoluvut"].tags.add("pizza")
    made["murtoluvut"].save_revision().publish()
    made["tarina"].save_revision().publish()
    plan(masku, "Luonnos", live=False)
    plan(masku, "Yksityinen", visibility="private")
    plan(masku, "Kunnan oma", visibility="municipality")
    plan(masku, "Opettajien", visibility="teachers")
    withdrawn = plan(rusko, "Poistettu")
    withdrawn.save_revision().publish()
    withdrawn.unpublish()
    library = PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat")
    home_page.add_child(instance=library)
    return made


HIDDEN = {"Luonnos", "Yksityinen", "Kunnan oma", "Opettajien", "Poistettu"}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FEEDS)
def test_plan_library_feed_holds_the_open_plans_only(client, plans, kind):
    root, items = parse(client.get(f"/suunnitelmat/syote/{kind}/"))
    assert feed_title(root) == "Suunnitelmat: uusimmat"
    assert titles(items) == {"Murtoluvut", "Tarinan rakenne"}
    assert not titles(items) & HIDDEN
    item = next(item for item in items if item["title"] == "Murtoluvut")
    assert item["link"] == f"http://testserver{plans['murtoluvut'].url}"
    assert item["summary"] == "Tiivistelmä: Murtoluvut."
    assert item["author"] == "Rusko"
    assert "Matematiikka" in item["categories"]
    assert item["published"]
    if kind == "atom":
        assert item["updated"]
    # The teacher's notes of the phases are for signed-in teachers: never in a feed.
    assert b"SALAINENmuistiinpano" not in client.get(f"/suunnitelmat/syote/{kind}/").content


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FEEDS)
def test_plan_library_feed_keeps_the_pages_filters(client, plans, kind):
    _root, items = parse(client.get(f"/suunnitelmat/syote/{kind}/", {"aine": "aidinkieli"}))
    assert titles(items) == {"Tarinan rakenne"}
    _root, items = parse(client.get(f"/suunnitelmat/syote/{kind}/", {"aihe": "pizza"}))
    assert titles(items) == {"Murtoluvut"}
    _root, items = parse(
        client.get(f"/suunnitelmat/syote/{kind}/", {"kunta": "masku", "aine": "matematiikka"})
    )
    assert titles(items) == set()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"aine": "ei-tallaista"},
        {"kunta": "x" * 500, "luokka": ""},
        {"aihe": "'; DROP TABLE plans;--", "lisenssi": "%ff"},
        {"sivu": "-1", "jarjestys": "kaikki", "osaaminen": "L99"},
    ],
)
def test_a_bad_filter_gives_a_feed(client, plans, params):
    """An unknown value is no filter: the feed answers 200 with what the rest leaves."""
    for kind in FEEDS:
        _root, items = parse(client.get(f"/suunnitelmat/syote/{kind}/", params))
        assert titles(items) <= {"Murtoluvut", "Tarinan rakenne"}
        assert not titles(items) & HIDDEN


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FEEDS)
def test_a_summary_stays_text(client, rusko, home_page, kind):
    """Feed readers take a description as HTML: a summary's markup reaches them escaped."""
    LessonPlanPageFactory(parent=rusko, summary='Murtoluvut & <b onmouseover="x()">pizza</b>')
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    _root, items = parse(client.get(f"/suunnitelmat/syote/{kind}/"))
    assert items[0]["summary"] == (
        "Murtoluvut &amp; &lt;b onmouseover=&quot;x()&quot;&gt;pizza&lt;/b&gt;"
    )


@pytest.mark.django_db
def test_plan_library_feed_speaks_the_readers_language(client, plans):
    root, _items = parse(client.get("/sv/suunnitelmat/syote/atom/"))
    assert feed_title(root) == "Suunnitelmat: det senaste"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "sv"


@pytest.mark.django_db
def test_library_page_advertises_its_filtered_feeds(client, plans):
    """The head links the feeds (with the filters chosen, without the page number or the sort),
    and the page shows them."""
    response = client.get("/suunnitelmat/", {"aine": "matematiikka", "sivu": "1", "x": "y"})
    html = response.content.decode()
    for kind, content_type in (("atom", "application/atom+xml"), ("rss", "application/rss+xml")):
        assert f'<link rel="alternate" type="{content_type}" title="Suunnitelmat: uusimmat ' in html
        assert f'href="/suunnitelmat/syote/{kind}/?aine=matematiikka"' in html
    assert 'class="feed-links"' in html


@pytest.mark.django_db
def test_practice_library_feed_keeps_its_filters(client, tree):
    rusko = tree["rusko"]
    factories.PracticePageFactory(parent=rusko, title="Kiusaamisen ehkäisy")
    wellbeing = factories.PracticePageFactory(
        parent=tree["masku"],
        title="Hyvinvointitunti",
        area=PracticeArea.objects.get(slug="hyvinvointi"),
    )
    factories.PracticePageFactory(parent=rusko, title="Luonnoskäytänne", live=False)
    factories.PracticePageFactory(parent=rusko, title="Kunnan käytänne", visibility="municipality")
    for kind in FEEDS:
        _root, items = parse(client.get(f"/kaytanteet/syote/{kind}/"))
        assert titles(items) == {"Välituntiliikunta", "Kiusaamisen ehkäisy", "Hyvinvointitunti"}
        _root, items = parse(client.get(f"/kaytanteet/syote/{kind}/", {"ala": "hyvinvointi"}))
        assert titles(items) == {wellbeing.title}
        assert items[0]["categories"] == [wellbeing.area.name]
        assert items[0]["author"] == "Masku"
    html = client.get("/kaytanteet/", {"ala": "hyvinvointi"}).content.decode()
    assert 'href="/kaytanteet/syote/atom/?ala=hyvinvointi"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FEEDS)
def test_town_feed_holds_its_open_content_of_every_type(client, tree, kind):
    rusko, masku = tree["rusko"], tree["masku"]
    plan(rusko, "Ruskon suunnitelma")
    plan(rusko, "Ruskon luonnos", live=False)
    plan(masku, "Maskun suunnitelma")
    factories.AnnualClockPageFactory(parent=rusko, title="Yksityinen kello", visibility="private")
    root, items = parse(client.get(f"{rusko.url}syote/{kind}/"))
    assert feed_title(root) == "Rusko: uusimmat"
    assert titles(items) == {
        "Ruskon suunnitelma",
        "Välituntiliikunta",
        "Ruskon vuosikello",
        "Ruskon digiohjelma",
    }
    assert {item["author"] for item in items} == {"Rusko"}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FEEDS)
def test_network_feed_holds_its_members_content_and_its_events(client, tree, kind):
    network = tree["network"]
    plan(tree["masku"], "Maskun suunnitelma")
    outsider = factories.MunicipalityPageFactory(parent=tree["rusko"].get_parent())
    plan(outsider, "Ulkopuolinen suunnitelma")
    factories.EventPageFactory(parent=network, title="Luonnostapahtuma", live=False)
    _root, items = parse(client.get(f"{network.url}syote/{kind}/"))
    assert titles(items) == {
        "Maskun suunnitelma",
        "Välituntiliikunta",
        "Ruskon vuosikello",
        "Ruskon digiohjelma",
        "Alueellinen tutortapaaminen",
    }
    authors = {item["title"]: item["author"] for item in items}
    assert authors["Maskun suunnitelma"] == "Masku"
    assert authors["Alueellinen tutortapaaminen"] == "Tutor 2.0"


@pytest.mark.django_db
def test_a_closed_towns_feed_is_closed_too(client, tree):
    """A town behind a sign-in: its feed is behind it too, and the network's feed leaves its
    content out."""
    rusko = tree["rusko"]
    PageViewRestriction.objects.create(page=rusko, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"{rusko.url}syote/atom/")
    assert response.status_code == 302
    assert "Välituntiliikunta" not in response.content.decode()
    _root, items = parse(client.get(f"{tree['network'].url}syote/atom/"))
    assert "Välituntiliikunta" not in titles(items)


@pytest.mark.django_db
def test_town_and_network_pages_advertise_their_feeds(client, tree):
    for page in (tree["rusko"], tree["network"]):
        html = client.get(page.url).content.decode()
        assert f'<link rel="alternate" type="application/atom+xml" title="{page.title}' in html
        assert f'href="{page.url}syote/atom/"' in html
        assert f'href="{page.url}syote/rss/"' in html
        assert 'class="feed-links"' in html


def queries_for(client, address):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_feeds_cost_the_same_queries_however_much_content(
    client, tree, plans, settings, django_assert_max_num_queries
):
    """No query per item: ten more plans, practices and events cost no more queries."""
    settings.PAGE_CACHE = False
    rusko, masku, network = tree["rusko"], tree["masku"], tree["network"]
    NetworkMembership.objects.get_or_create(network=network, municipality=masku)
    addresses = [
        "/suunnitelmat/syote/atom/",
        "/suunnitelmat/syote/rss/?aine=matematiikka&aihe=pizza",
        "/kaytanteet/syote/atom/?ala=digi",
        f"{rusko.url}syote/atom/",
        f"{network.url}syote/rss/",
    ]
    before = {address: queries_for(client, address) for address in addresses}
    for number in range(10):
        made = plan(rusko if number % 2 else masku, f"Lisäsuunnitelma {number}")
        made.tags.add("pizza")
        made.save_revision().publish()
        factories.PracticePageFactory(parent=rusko, title=f"Lisäkäytänne {number}")
        factories.EventPageFactory(parent=network, title=f"Lisätapahtuma {number}")
    after = {address: queries_for(client, address) for address in addresses}
    assert after == before
    # A network's feed reads one query per kind of town content (plans, practices, annual
    # clocks, development plans, badge frameworks) besides the events and the members.
    for address in addresses:
        with django_assert_max_num_queries(11):
            client.get(address)
