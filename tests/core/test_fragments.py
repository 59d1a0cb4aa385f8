"""What the render budget keeps between requests (the site, licences, the libraries' facet
values and counts) is forgotten as soon as what it was read from changes."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.models import PortalSettings
from plans.models import PlanLibraryPage, Subject
from portal.sharing.models import Licence
from tests.factories.plans import LessonPlanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(site, home_page, rusko):
    PortalSettings.for_site(site)
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    return LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzapaloina")


def facet(response, name):
    found = next(f for f in response.context["facets"] if f.name == name)
    return {value.key: (value.label, value.count) for value in found.values}


def test_a_second_reading_of_the_library_counts_nothing_again(client, library):
    client.get("/suunnitelmat/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/suunnitelmat/")
    counting = [q["sql"] for q in captured if q["sql"].startswith("WITH m AS")]
    assert counting == []
    assert not any("plans_subject" in q["sql"] for q in captured)


def test_a_published_plan_is_counted_on_the_next_request(client, library, masku):
    assert facet(client.get("/suunnitelmat/"), "kunta") == {"rusko": ("Rusko", 1)}
    LessonPlanPageFactory(parent=masku, title="Tarinan rakenne")
    towns = facet(client.get("/suunnitelmat/"), "kunta")
    assert towns == {"rusko": ("Rusko", 1), "masku": ("Masku", 1)}
    library.unpublish()
    assert facet(client.get("/suunnitelmat/"), "kunta") == {"masku": ("Masku", 1)}


def test_a_renamed_subject_is_named_anew_in_the_library_on_the_next_request(client, library):
    assert facet(client.get("/suunnitelmat/"), "aine")["matematiikka"][0] == "Matematiikka"
    subject = Subject.objects.get(slug="matematiikka")
    subject.name_fi = "Matikka"
    subject.save()
    assert facet(client.get("/suunnitelmat/"), "aine")["matematiikka"] == ("Matikka", 1)


def test_a_renamed_licence_is_seen_on_a_cached_plan_page_on_the_next_request(client, library):
    with override_settings(PAGE_CACHE=True):
        client.get(library.url)
        assert client.get(library.url)["X-Page-Cache"] == "hit"
        licence = Licence.objects.get(pk=library.licence_id)
        licence.name_fi = "Vapaa käyttö nimeämällä"
        licence.save()
        response = client.get(library.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Vapaa käyttö nimeämällä" in response.text


def test_a_licence_that_forbids_changes_is_read_anew_when_it_is_changed(library):
    licence = Licence.objects.get(pk=library.licence_id)
    assert library.allows_changed_versions
    licence.allows_derivatives = False
    licence.save()
    assert not library.allows_changed_versions


def test_a_new_site_for_the_host_is_followed_on_the_next_request(client, library, rusko):
    def heading(response):
        return re.search(r"<h1[^>]*>(.*?)</h1>", response.text, re.S).group(1).strip()

    assert heading(client.get("/")) != "Rusko"  # the home page
    Site.objects.create(hostname="testserver", port=80, root_page=rusko, site_name="Rusko")
    response = client.get("/")
    assert response.status_code == 200
    assert heading(response) == "Rusko"
    assert "Murtoluvut pizzapaloina" in response.text  # Rusko's page lists its plans


def test_an_unknown_host_is_refused_and_never_kept(client, library):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_a_renamed_page_answers_at_its_new_address_only(client, library):
    old_address = library.url
    assert client.get(old_address).status_code == 200
    library.slug = "pizzamurtoluvut"
    library.save_revision().publish()
    assert client.get(old_address).status_code == 404
    assert client.get("/kunnat/rusko/pizzamurtoluvut/").status_code == 200


def test_made_up_addresses_are_never_kept(client, library, monkeypatch):
    from django.core.cache import cache

    kept = []
    store = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *args, **kw: kept.append(key) or store(key, *args, **kw)
    )
    for address in ("/kunnat/rusko/ei-ole/", "/kunnat/ei-ole/a/b/", library.url + "ei-ole/"):
        assert client.get(address).status_code == 404
    assert [key for key in kept if ":route:" in key] == []
    client.get(library.url)
    assert [key for key in kept if ":route:" in key] != []


def test_a_page_made_private_is_refused_on_the_next_request_though_restrictions_are_kept(
    client, library
):
    client.get(library.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(library.url).status_code == 200
    assert not any("wagtailcore_pageviewrestriction" in q["sql"] for q in captured)
    library.visibility = "teachers"
    library.save_revision().publish()
    response = client.get(library.url)
    assert response.status_code != 200
    assert "Murtoluvut pizzapaloina" not in response.text
    library.visibility = "public"
    library.save_revision().publish()
    assert client.get(library.url).status_code == 200


def test_an_event_that_has_ended_moves_to_the_past_within_a_minute(client, home_page, site):
    from datetime import timedelta
    from unittest import mock

    from django.utils import timezone

    from tests.factories import networks as factories

    PortalSettings.for_site(site)
    index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=index, slug="verkosto")
    now = timezone.now()
    factories.EventPageFactory(
        parent=network,
        title="Tutorkahvit",
        start=now - timedelta(hours=1),
        end=now + timedelta(seconds=30),
    )

    def lists(at):
        with mock.patch("django.utils.timezone.now", return_value=at):
            context = client.get(network.url).context
        return (
            [event.title for event in context["upcoming_events"]],
            [event.title for event in context["past_events"]],
        )

    assert lists(now) == (["Tutorkahvit"], [])
    assert lists(now + timedelta(seconds=5)) == (["Tutorkahvit"], [])  # the same minute, kept
    assert lists(now + timedelta(minutes=2)) == ([], ["Tutorkahvit"])


def test_a_qr_code_is_drawn_once_and_anew_for_a_new_address(client, library, monkeypatch):
    from plans import qr

    drawn = []
    draw = qr._draw
    monkeypatch.setattr(qr, "_draw", lambda *args: drawn.append(args) or draw(*args))
    first = client.get(library.url + "oppilaalle/").text
    assert client.get(library.url + "oppilaalle/").text == first
    assert len(drawn) == 1
    library.slug = "pizzamurtoluvut"
    library.save_revision().publish()
    moved = client.get("/kunnat/rusko/pizzamurtoluvut/oppilaalle/").text
    assert len(drawn) == 2
    assert drawn[1][0].endswith("/kunnat/rusko/pizzamurtoluvut/oppilaalle/")
    assert moved != first


def test_settings_made_with_their_defaults_forget_nothing_and_a_change_forgets_all(site):
    from portal.core.cache import content_version

    before = content_version()
    settings = PortalSettings.for_site(site)  # made on a site's first request
    assert content_version() == before
    settings.tagline = "Avoimet tuntisuunnitelmat"
    settings.save()
    assert content_version() != before
