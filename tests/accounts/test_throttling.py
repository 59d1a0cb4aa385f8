"""Guessing passwords stops: repeated failed sign-ins lock the name at that address, and many
from one address lock the address, even for the right password; the locked-out person reads
why in her language; a site administrator lifts the lockout in the admin. Password-reset mail
has a limit per e-mail address and per client address."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.http import HttpRequest
from django.test import Client, override_settings

from tests.helpers import make_teacher

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
LOCKOUTS = "/admin/kirjautumisestot/"
RELEASE = "/admin/kirjautumisestot/vapauta/"
PASSWORD = "salasana-123456"
SCHOOL = "198.51.100.7"
HOME = "203.0.113.20"


def sign_in(client, username, password, address=SCHOOL, **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def maija(masku):
    return make_teacher(masku, "maija.masku")


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_five_failures_lock_the_name_even_for_the_right_password(client, maija):
    for _attempt in range(4):
        response = sign_in(client, "maija.masku", "arvaus")
        assert response.status_code == 200
    # The fifth failure is answered with the lockout page already.
    response = sign_in(client, "maija.masku", "arvaus")
    assert response.status_code == 429

    response = sign_in(client, "maija.masku", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302

    # Typing her name elsewhere does not lock her out at school: nobody can lock a teacher out
    # by knowing her name.
    other = Client()
    response = sign_in(other, "maija.masku", PASSWORD, address=HOME)
    assert response.status_code == 302
    assert signed_in(other)


@pytest.mark.django_db
def test_four_failures_then_the_right_password_signs_in_and_starts_the_count_again(client, maija):
    for _attempt in range(4):
        sign_in(client, "maija.masku", "arvaus")
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        assert sign_in(client, "maija.masku", "arvaus").status_code == 200
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_many_names_from_one_address_lock_the_address(client, maija):
    for number in range(29):
        assert sign_in(client, f"arvattu.{number}", "arvaus").status_code == 200
    # 29 failures with other names: Maija still signs in from the school's address.
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "arvattu.29", "arvaus").status_code == 429

    response = sign_in(client, "maija.masku", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    # From another address she signs in.
    assert sign_in(client, "maija.masku", PASSWORD, address=HOME).status_code == 302


@pytest.mark.django_db
def test_the_lockout_page_says_why_in_finnish(client, maija):
    for _attempt in range(5):
        sign_in(client, "maija.masku", "arvaus")
    response = sign_in(client, "maija.masku", PASSWORD)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert response["Retry-After"] == "1800"
    page = response.content.decode()
    assert '<html lang="fi"' in page
    assert "Kirjautuminen on estetty hetkeksi" in page
    assert "Liian monta epäonnistunutta kirjautumisyritystä" in page
    assert "30 minuutiksi" in page
    assert 'href="/admin/password_reset/"' in page


@pytest.mark.django_db
def test_the_lockout_page_speaks_swedish_to_a_reader_from_a_swedish_page(client, maija):
    # Signing in from a Swedish page (/sv/…) carries it in the form's "next".
    for _attempt in range(5):
        response = client.post(
            LOGIN,
            {"username": "maija.masku", "password": "arvaus", "next": "/sv/kopioi/3/"},
            REMOTE_ADDR=SCHOOL,
        )
    assert response.status_code == 429
    page = response.content.decode()
    assert '<html lang="sv"' in page
    assert "För många misslyckade inloggningar" in page


@pytest.mark.django_db
def test_a_forwarded_address_is_not_believed_without_a_proxy(client, maija):
    for number in range(5):
        sign_in(client, "maija.masku", "arvaus", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    response = sign_in(client, "maija.masku", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_counts(client, maija):
    proxy = "10.0.0.2"
    for _attempt in range(5):
        sign_in(client, "maija.masku", "arvaus", address=proxy,
                HTTP_X_FORWARDED_FOR=f"6.6.6.6, {SCHOOL}")  # fmt: skip
    # The school is locked out; the proxy's other clients are not, whatever they claim first.
    locked = sign_in(client, "maija.masku", PASSWORD, address=proxy,
                     HTTP_X_FORWARDED_FOR=f"1.1.1.1, {SCHOOL}")  # fmt: skip
    assert locked.status_code == 429
    home = sign_in(client, "maija.masku", PASSWORD, address=proxy,
                   HTTP_X_FORWARDED_FOR=f"{SCHOOL}, {HOME}")  # fmt: skip
    assert home.status_code == 302


@pytest.mark.django_db
def test_an_administrator_releases_a_lockout_in_the_admin(client, maija, admin_client):
    for _attempt in range(5):
        sign_in(client, "maija.masku", "arvaus")
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 429

    listing = admin_client.get(LOCKOUTS)
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Kirjautumisestot" in page
    assert "maija.masku" in page and SCHOOL in page
    assert "Tunnus lukittu tässä osoitteessa" in page
    # The admin's settings menu leads there.
    assert '"/admin/kirjautumisestot/"' in admin_client.get("/admin/").content.decode()

    response = admin_client.post(RELEASE, {"scope": "name", "username": "maija.masku"})
    assert response.status_code == 302
    follow = admin_client.get(LOCKOUTS).content.decode()
    assert "maija.masku voi taas kirjautua" in follow

    response = sign_in(client, "maija.masku", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_an_administrator_releases_a_locked_address(client, maija, admin_client):
    for number in range(30):
        sign_in(client, f"arvattu.{number}", "arvaus")
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 429
    assert "Osoite lukittu" in admin_client.get(LOCKOUTS).content.decode()

    response = admin_client.post(RELEASE, {"scope": "address", "address": SCHOOL})
    assert response.status_code == 302
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_only_a_site_administrator_sees_and_releases_lockouts(client, masku, maija):
    moderator = make_teacher(masku, "mikko.moderaattori")
    for _attempt in range(5):
        sign_in(client, "maija.masku", "arvaus")
    client.force_login(moderator)
    # Wagtail answers a refused admin view by sending her to the dashboard.
    listing = client.get(LOCKOUTS)
    assert listing.status_code == 302 and listing["Location"] == "/admin/"
    refused = client.post(RELEASE, {"scope": "name", "username": "maija.masku"})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "/admin/kirjautumisestot/" not in client.get("/admin/").content.decode()
    client.logout()
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [{}, {"scope": "name"}, {"scope": "address", "address": "ei osoite"}, {"scope": "kaikki"}],
)
def test_a_release_without_a_name_or_address_is_refused_in_finnish(admin_client, maija, data):
    response = admin_client.post(RELEASE, data, follow=True)
    assert response.status_code == 200
    assert "Valitse vapautettava käyttäjätunnus tai osoite" in response.content.decode()


@pytest.mark.django_db
def test_a_user_name_too_long_to_record_answers_the_form_not_an_error(client, maija):
    for _attempt in range(6):
        response = sign_in(client, "m" * 5000, "arvaus")
        assert response.status_code == 200
    assert sign_in(client, "maija.masku", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_client_login_with_a_request_still_signs_in(client, maija):
    assert client.login(request=HttpRequest(), username="maija.masku", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def ask_reset(client, email, address=SCHOOL):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


@pytest.mark.django_db
def test_reset_mail_to_one_address_stops_after_five_an_hour(client, maija):
    for _request in range(5):
        assert ask_reset(client, "maija.masku@example.fi").status_code == 302
    assert len(mail.outbox) == 5

    response = ask_reset(client, "Maija.Masku@example.fi ", address=HOME)
    assert response.status_code == 429
    assert "Liian monta salasanan vaihtopyyntöä" in response.content.decode()
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_over_the_limit_an_unknown_address_gets_the_same_answer(client, maija):
    for _request in range(5):
        ask_reset(client, "maija.masku@example.fi")
        ask_reset(client, "ei.ole@example.fi")
    known = ask_reset(client, "maija.masku@example.fi")
    unknown = ask_reset(client, "ei.ole@example.fi")
    assert known.status_code == unknown.status_code == 429
    assert "Liian monta salasanan vaihtopyyntöä" in known.content.decode()
    # The pages differ only in the values of their fields (the address typed, the CSRF token).
    assert without_values(known) == without_values(unknown)
    assert len(mail.outbox) == 5


def without_values(response):
    page = re.sub(r'value="[^"]*"', "", response.content.decode())
    return re.sub(r'"CSRF_TOKEN": "\w+"', "", page)


@pytest.mark.django_db
def test_reset_requests_from_one_address_stop_after_twenty_an_hour(client, maija):
    for number in range(20):
        assert ask_reset(client, f"opettaja.{number}@example.fi").status_code == 302
    response = ask_reset(client, "maija.masku@example.fi")
    assert response.status_code == 429
    assert mail.outbox == []
    # Another address is not held up.
    assert ask_reset(client, "maija.masku@example.fi", address=HOME).status_code == 302
    assert [message.to for message in mail.outbox] == [["maija.masku@example.fi"]]


@pytest.mark.django_db
def test_reset_form_still_answers_normally_under_the_limit(client, maija):
    response = client.post(RESET, {"email": "ei sähköposti"})
    assert response.status_code == 200
    assert mail.outbox == []
    assert ask_reset(client, "maija.masku@example.fi").status_code == 302
    assert len(mail.outbox) == 1
