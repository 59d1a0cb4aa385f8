"""Security defaults a reader or an attacker would notice."""

import json
import re
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.django_db
def test_django_admin_is_not_exposed(client, demo):
    for path in ("/django-admin/", "/admin/auth/user/", "/django-admin/login/"):
        response = client.get(path)
        assert response.status_code in {302, 404}, path
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_pages_send_security_headers(client, demo):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_no_asset_is_loaded_from_another_host(client, demo):
    for path in ("/", "/tietoa-palvelusta/", "/ei-ole/", "/haku/?q=opettaja"):
        body = client.get(path).content.decode()
        for tag, attribute in re.findall(
            r"<(link|script|img|source|iframe)\b[^>]*?\b(?:src|href|srcset)=\"([^\"]*)\"", body
        ):
            assert not re.match(r"^(https?:)?//", attribute), f"{path}: <{tag}> loads {attribute}"


def test_wagtail_does_not_call_home_or_use_gravatar():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_documents_are_served_through_the_portal_with_limits():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert "pdf" in settings.WAGTAILDOCS_EXTENSIONS
    assert "exe" not in settings.WAGTAILDOCS_EXTENSIONS
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 50 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024


def production_settings(env):
    """Load the production settings in a clean interpreter with the given environment."""
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps({k: str(getattr(settings, k)) for k in ("
        "'DEBUG','SESSION_COOKIE_SECURE','CSRF_COOKIE_SECURE','SECURE_SSL_REDIRECT',"
        "'SECURE_HSTS_SECONDS','CACHES')}))"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.base", **env},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = production_settings({})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_defaults_are_the_secure_ones():
    result = production_settings({"SECRET_KEY": "x" * 60})
    values = json.loads(result.stdout)
    assert values["DEBUG"] == "False"
    assert values["SESSION_COOKIE_SECURE"] == "True"
    assert values["CSRF_COOKIE_SECURE"] == "True"
    assert values["SECURE_SSL_REDIRECT"] == "True"
    assert int(values["SECURE_HSTS_SECONDS"]) >= 31536000
    assert "LocMemCache" in values["CACHES"]


def test_redis_cache_is_used_when_redis_url_is_set():
    result = production_settings({"SECRET_KEY": "x" * 60, "REDIS_URL": "redis://127.0.0.1:6379/1"})
    assert "RedisCache" in result.stdout
