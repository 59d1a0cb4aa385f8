"""The admin speaks Finnish by default and offers Swedish and English; editors see the
Wagtail userbar on public pages."""

import re

import pytest
from wagtail.users.models import UserProfile


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


@pytest.mark.django_db
def test_admin_is_in_finnish_by_default(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert html_lang(response) == "fi"


@pytest.mark.django_db
def test_login_page_is_in_finnish(client):
    response = client.get("/admin/login/")
    assert html_lang(response) == "fi"
    assert "Kirjaudu" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "word"), [("sv", "Sidor"), ("en", "Pages")])
def test_editor_can_choose_swedish_or_english(admin_client, admin_user, language, word):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    response = admin_client.get("/admin/")
    assert html_lang(response) == language
    assert word in response.content.decode()


@pytest.mark.django_db
def test_language_preference_offers_finnish_swedish_and_english(admin_client):
    body = admin_client.get("/admin/account/").content.decode()
    offered = set(re.findall(r'<option value="([a-z]{2}(?:-[a-z]+)?)"', body))
    assert offered == {"fi", "sv", "en"}


@pytest.mark.django_db
def test_editor_sees_the_userbar_and_the_public_does_not(client, admin_client, demo):
    assert "wagtail-userbar" in admin_client.get("/").content.decode()
    assert "wagtail-userbar" not in client.get("/").content.decode()
