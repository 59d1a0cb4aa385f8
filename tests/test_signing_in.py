"""Signing in from the public pages: the header's "Kirjaudu sisään" (back to the same page
after), the portal's own sign-in heading, and the signed-in teacher's name and links."""

import re

import pytest

from tests.helpers import make_teacher


@pytest.mark.django_db
def test_an_anonymous_reader_is_offered_to_sign_in_and_comes_back(client, rusko):
    rusko.contact_name = "Kaisa Kontakti"
    rusko.save_revision().publish()
    with_next = '<a href="/admin/login/?next=/kunnat/rusko/">Kirjaudu sisään</a>'
    page = client.get("/kunnat/rusko/").content.decode()
    assert with_next in page
    # The town page's "sign in to see the contact person" is a link to the same.
    assert (
        '<a href="/admin/login/?next=/kunnat/rusko/">Kirjaudu sisään nähdäksesi yhteyshenkilön'
        in page
    )
    login = client.get("/admin/login/", {"next": "/kunnat/rusko/"}).content.decode()
    assert "<h1>Kirjaudu Opentoriin</h1>" in login
    assert "Unohtuiko salasana?" in login
    labels = re.findall(r"<label[^>]*>\s*([^<]+?)\s*<", login)
    assert labels[:2] == ["Käyttäjätunnus", "Salasana"]
    # In Swedish too, marked as Swedish.
    assert '<p class="help-text" lang="sv">Logga in på Opentori</p>' in login


@pytest.mark.django_db
def test_a_signed_in_teacher_sees_her_name_and_her_links(client, rusko):
    teacher = make_teacher(rusko, "riikka.rusko", first_name="Riikka", last_name="Ruskolainen")
    client.force_login(teacher)
    page = client.get("/kunnat/rusko/").content.decode()
    assert '<li class="account-nav__name">Riikka Ruskolainen</li>' in page
    assert '<a href="/admin/#my-plans-title">Omat suunnitelmat</a>' in page
    assert '<a href="/admin/">Hallinta</a>' in page
    assert 'action="/admin/logout/"' in page and "Kirjaudu ulos" in page
    assert "Kirjaudu sisään</a>" not in page
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "Kirjaudu sisään</a>" in client.get("/kunnat/rusko/").content.decode()
