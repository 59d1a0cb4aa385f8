"""`make demo` serves the portal with debugging off (portal.settings.demo): the portal's own error
pages, static files collected with hashed names and served by WhiteNoise, and the uploads through
the portal's checked media view. The tests run the requests with the demo module's settings."""

import importlib
import re

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client, override_settings

from portal.core.groups import shared_collection
from tests.core.media_helpers import body, make_image

demo_settings = importlib.import_module("portal.settings.demo")


def demo_overrides(static_root):
    return override_settings(
        DEBUG=demo_settings.DEBUG,
        ALLOWED_HOSTS=demo_settings.ALLOWED_HOSTS,
        STORAGES=demo_settings.STORAGES,
        STATIC_ROOT=static_root,
        # WhiteNoise's default: without DEBUG it reads STATIC_ROOT once, when the server starts.
        WHITENOISE_AUTOREFRESH=demo_settings.DEBUG,
    )


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """The static files collected as `make demo` collects them (once for these tests)."""
    root = tmp_path_factory.mktemp("static")
    with demo_overrides(root):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def demo_server(static_root):
    """A client of the portal under the demo's settings."""
    with demo_overrides(static_root):
        # A new client starts the middleware (WhiteNoise with it) under these settings.
        yield Client(raise_request_exception=False)


def stylesheet(html):
    return re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)


def test_the_demo_runs_without_debugging_on_its_own_machine():
    assert demo_settings.DEBUG is False
    assert {"127.0.0.1", "localhost"} <= set(demo_settings.ALLOWED_HOSTS)
    directives = demo_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    # Plain HTTP on localhost: nothing may ask the browser to upgrade to HTTPS.
    assert directives["upgrade-insecure-requests"] is False


@pytest.mark.django_db
def test_a_missing_page_shows_the_portals_own_404_with_its_hashed_stylesheet(demo, demo_server):
    response = demo_server.get("/ei-ole-olemassa/", HTTP_HOST="127.0.0.1")

    assert response.status_code == 404
    html = response.content.decode()
    assert "template-404" in html
    assert "Sivua ei löytynyt" in html
    assert 'href="/haku/"' in html
    # Not Django's technical page, which names the URLconf and the patterns it tried.
    assert "URLconf" not in html
    assert "DEBUG = True" not in html
    href = stylesheet(html)
    assert re.fullmatch(r"/static/css/opentori\.[0-9a-f]{12}\.css", href)

    css = demo_server.get(href, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip")
    assert css.status_code == 200
    assert css["Content-Type"].startswith("text/css")
    assert css["Content-Encoding"] == "gzip"
    assert "immutable" in css["Cache-Control"]


@pytest.mark.django_db
def test_a_missing_page_in_swedish_is_the_portals_own_404_in_swedish(demo, demo_server):
    response = demo_server.get("/sv/finns-inte/", HTTP_HOST="127.0.0.1")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "template-404" in html
    assert "URLconf" not in html


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.demo.failing_urls")
def test_a_fault_shows_the_portals_own_500_page(demo, demo_server):
    response = demo_server.get("/kaatuu/", HTTP_HOST="127.0.0.1")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Palvelussa on häiriö" in html
    assert "Tjänsten har en störning" in html
    assert "A fault for the test" not in html
    assert "Traceback" not in html
    assert demo_server.get(stylesheet(html), HTTP_HOST="127.0.0.1").status_code == 200


def test_the_500_page_needs_no_request_and_no_database(demo_server):
    # Django renders it without a request's context; the fault may be the database itself, and
    # this test has no database: a query would fail it.
    html = render_to_string("500.html")
    assert "Palvelussa on häiriö" in html
    assert re.fullmatch(r"/static/css/opentori\.[0-9a-f]{12}\.css", stylesheet(html))


@pytest.mark.django_db
def test_the_demo_serves_the_stylesheet_by_its_plain_name_too(demo_server):
    response = demo_server.get("/static/css/opentori.css", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert b".site-header" in body(response)


@pytest.mark.django_db
def test_the_demo_serves_an_uploaded_image_without_debugging(demo, demo_server):
    image = make_image(shared_collection())

    response = demo_server.get(image.file.url, HTTP_HOST="127.0.0.1")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert body(response).startswith(b"\x89PNG")
