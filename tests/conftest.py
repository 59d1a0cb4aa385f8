import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright
from wagtail.models import Site

from home.models import HomePage
from networks.networks.models import CollectionItem, NetworkMembership
from portal.demo import home as home_demo
from tests.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE
from tests.factories import networks as factories
from tests.factories.networks import MunicipalityIndexPageFactory, MunicipalityPageFactory
from tests.helpers import make_teacher

# Playwright's sync API keeps an event loop in the test thread; the ORM calls made beside it in
# browser tests are still synchronous, so Django's guard against async use does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with nothing cached: no page or fragment of another test's content."""
    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's home page, as the data migration creates it."""
    return HomePage.objects.get(locale__language_code="fi")


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo(db):
    """The front page and the service's information pages of the demo (quick to load)."""
    return home_demo.load()


@pytest.fixture
def full_demo(db):
    """All the demo content, loaded the way `make demo` loads it."""
    call_command("load_demo", "--no-admin", verbosity=0)
    return HomePage.objects.get(locale__language_code="fi")


@pytest.fixture
def municipality_index(home_page):
    return MunicipalityIndexPageFactory(parent=home_page)


@pytest.fixture
def rusko(municipality_index):
    return MunicipalityPageFactory(parent=municipality_index, municipality_code="704")


@pytest.fixture
def masku(municipality_index):
    return MunicipalityPageFactory(parent=municipality_index, municipality_code="481")


@pytest.fixture
def masku_teacher(masku):
    return make_teacher(masku, "maija.masku")


@pytest.fixture(scope="session")
def browser(django_db_setup):
    database_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # Playwright's sync API leaves its event loop running in this thread, and Django then
        # keeps connections in context-local storage. Hand it the connections the test
        # databases were set up on, so transactional tests still roll back to the migrated
        # state (serialized rollback) instead of meeting an empty database.
        for alias, connection in database_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def page(request, browser):
    """A page of a fresh browser context in Finnish, once at desktop and once at phone width."""
    context = browser.new_context(viewport=request.param, locale="fi-FI")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def browser_page(browser):
    """A desktop-sized page of a fresh browser context, in Finnish."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def tree(home_page, rusko, masku):
    """Rusko and Masku in the Tutor 2.0 network and its region, with a practice, an annual
    clock, a development plan, an event, a collection and the practice library."""
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(
        parent=network_index, title="Tutor 2.0", slug="tutor-2-0"
    )
    NetworkMembership.objects.create(network=network, municipality=rusko, join_year=2021)
    NetworkMembership.objects.create(network=network, municipality=masku, join_year=2021)
    region = factories.RegionPageFactory(parent=network, title="Varsinais-Suomi")
    region.municipalities.set([rusko, masku])
    region.save()
    practice = factories.PracticePageFactory(parent=rusko, title="Välituntiliikunta")
    clock = factories.AnnualClockPageFactory(parent=rusko, title="Ruskon vuosikello")
    plan = factories.DevelopmentPlanPageFactory(parent=rusko, title="Ruskon digiohjelma")
    event = factories.EventPageFactory(parent=region, title="Alueellinen tutortapaaminen")
    collection = factories.CollectionPageFactory(parent=network, title="Tutor 2.0 -poimintoja")
    CollectionItem.objects.create(collection=collection, page=practice, note="Helppo aloittaa.")
    library = factories.PracticeLibraryPageFactory(parent=home_page)
    return {
        "network_index": network_index,
        "network": network,
        "region": region,
        "practice": practice,
        "clock": clock,
        "plan": plan,
        "event": event,
        "collection": collection,
        "library": library,
        "rusko": rusko,
        "masku": masku,
    }
