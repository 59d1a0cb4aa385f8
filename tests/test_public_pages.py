"""What a reader sees: every public page answers in its language, and a bad address gets a
Finnish 404 page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from home.models import FooterLink, HomePage, HomePageHighlight, PortalSettings
from tests.factories.home import StandardPageFactory


def html_lang(response):
    match = re.search(r'<html lang="([a-z-]+)"', response.content.decode())
    return match.group(1) if match else None


def public_demo_pages(one_per_type=False, language="fi"):
    """(address, title) of every public page in ``language``'s tree, as a Finnish reader's
    links give them."""
    pages = Page.objects.live().public().filter(depth__gte=2, locale__language_code=language)
    pages = pages.order_by("path")
    if one_per_type:
        firsts = {}
        for page in pages:
            firsts.setdefault(page.content_type_id, page)
        pages = firsts.values()
    with translation.override("fi"):
        return [(page.url, page.title) for page in pages]


@pytest.mark.django_db
def test_every_public_demo_page_answers_in_its_language(client, full_demo):
    pages = public_demo_pages()
    assert len(pages) >= 100
    for url, title in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert html_lang(response) == "fi", url
        assert title in response.content.decode()
    # In Swedish and English, a page of every type.
    for prefix, language, skip_text in (
        ("/sv", "sv", "Hoppa till huvudinnehållet"),
        ("/en", "en", "Skip to main content"),
    ):
        for url, _title in public_demo_pages(one_per_type=True):
            response = client.get(prefix + url)
            assert response.status_code == 200, prefix + url
            assert html_lang(response) == language
            assert skip_text in response.content.decode()
    # The Swedish versions of the structure pages, in Swedish.
    swedish = public_demo_pages(language="sv")
    assert len(swedish) >= 8
    for url, title in swedish:
        response = client.get(url)
        assert response.status_code == 200, url
        assert url.startswith("/sv/") and html_lang(response) == "sv", url
        assert title in response.content.decode()


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page(client, demo):
    response = client.get("/saavutettavuusseloste/")
    body = response.content.decode()
    assert 'href="/sv/saavutettavuusseloste/" lang="sv"' in body
    assert 'href="/en/saavutettavuusseloste/" lang="en"' in body
    swedish = client.get("/sv/saavutettavuusseloste/").content.decode()
    assert 'href="/saavutettavuusseloste/" lang="fi"' in swedish
    # Links inside a Swedish page stay in Swedish.
    assert 'href="/sv/tietosuojaseloste/"' in swedish


@pytest.mark.django_db
def test_unknown_address_gets_a_finnish_404_page(client, demo):
    response = client.get("/ei-tallaista-sivua/")
    assert response.status_code == 404
    body = response.content.decode()
    assert html_lang(response) == "fi"
    assert "Sivua ei löytynyt" in body
    assert "Siirry pääsisältöön" in body
    assert "Saavutettavuusseloste" in body  # the footer is there too


@pytest.mark.django_db
def test_unknown_swedish_address_gets_a_swedish_404_page(client, demo):
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    assert html_lang(response) == "sv"
    assert "Sidan hittades inte" in response.content.decode()


@pytest.mark.django_db
def test_draft_page_is_not_public(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Keskeneräinen", slug="kesken", live=False)
    assert client.get(draft.url or "/kesken/").status_code == 404
    assert "Keskeneräinen" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_home_page_shows_editors_highlights_but_not_unpublished_ones(client, demo):
    response = client.get("/")
    body = response.content.decode()
    assert "Opentunnin ajatus" in body
    home = HomePage.objects.get(locale__language_code="fi")
    about = home.get_children().get(slug="tietoa-palvelusta")
    about.unpublish()
    body = client.get("/").content.decode()
    assert "Opentunnin ajatus" not in body


@pytest.mark.django_db
def test_home_page_query_count_stays_small(client, demo, django_assert_max_num_queries):
    client.get("/")  # warm the per-process caches (site root paths)
    with django_assert_max_num_queries(12):
        response = client.get("/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_home_page_query_count_does_not_grow_with_footer_links_and_highlights(
    client, demo, django_assert_num_queries
):
    client.get("/")
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    home = HomePage.objects.get(locale__language_code="fi")
    extra_pages = [
        StandardPageFactory(parent=home, title=f"Ajankohtaista {i}", show_in_menus=True)
        for i in range(5)
    ]
    portal_settings = PortalSettings.objects.get()
    for i, page in enumerate(extra_pages):
        FooterLink.objects.create(settings=portal_settings, label=f"Linkki {i}", page=page)
        HomePageHighlight.objects.create(home_page=home, highlighted_page=page, sort_order=10 + i)
    client.get("/")  # the menu and the footer are kept again after the change, as before
    with CaptureQueriesContext(connection) as after:
        response = client.get("/")
    assert "Ajankohtaista 4" in response.content.decode()
    assert len(after) == len(before)


@pytest.mark.django_db
def test_sitemap_lists_public_pages_only(client, demo, home_page):
    StandardPageFactory(parent=home_page, title="Luonnos", slug="luonnos", live=False)
    body = client.get("/sitemap.xml").content.decode()
    assert "/saavutettavuusseloste/" in body
    assert "/luonnos/" not in body
