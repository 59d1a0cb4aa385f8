"""What a page may do, said in its headers: the public pages' strict Content-Security-Policy,
the admin's own, a preview's (strict, framed by the admin only), and a Permissions-Policy on
every response, static files and error pages included."""

import pytest
from django.test import RequestFactory

from tests.factories.plans import LessonPlanPageFactory

SWITCHED_OFF = ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")


def directives(response):
    policy = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {name: values for name, *values in parts}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/sv/", "/haku/?q=opettaja", "/ei-ole/"])
def test_public_pages_allow_no_inline_script_or_style(client, demo, path):
    policy = directives(client.get(path))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    # Not DEBUG, as in production: the browser asks for HTTPS only.
    assert policy["upgrade-insecure-requests"] == []


@pytest.mark.django_db
def test_the_admin_allows_its_own_inline_scripts_but_no_eval(admin_client):
    for path in ("/admin/", "/admin/login/"):
        response = admin_client.get(path)
        policy = directives(response)
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["img-src"] == ["'self'", "data:", "blob:"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_preview_keeps_the_public_policy_and_only_the_admin_may_frame_it(rusko, admin_user):
    plan = LessonPlanPageFactory(parent=rusko)
    request = RequestFactory().get("/admin/pages/1/edit/preview/")
    request.user = admin_user
    response = plan.make_preview_request(request, plan.default_preview_mode)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/ei-ole/", "/admin/login/", "/static/css/opentori.css", "/robots.txt"]
)
def test_every_response_switches_off_the_features_no_page_uses(client, demo, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    header = response["Permissions-Policy"]
    for feature in SWITCHED_OFF:
        assert feature in header
    assert response["Content-Security-Policy"]
