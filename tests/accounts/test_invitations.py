"""Teachers join by invitation only: sent by a town's moderator, used once, expiring."""

import re
import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone

from accounts.models import Invitation
from tests.helpers import make_moderator, make_teacher

INVITATIONS = "/admin/kutsut/"
PASSWORD = "Kuusi-kuukautta-2026"


@pytest.fixture
def masku_moderator(masku):
    return make_moderator(masku, "mikko.moderaattori")


def invite(client, town, emails):
    return client.post(INVITATIONS, {"emails": emails, "town": town.pk})


def link_for(address):
    message = next(m for m in reversed(mail.outbox) if address in m.to)
    return re.search(r"http://testserver(/kutsu/[\w-]+/)", message.body).group(1)


def new_account(**overrides):
    return {"first_name": "Aino", "last_name": "Aaltonen", "password1": PASSWORD,
            "password2": PASSWORD, **overrides}  # fmt: skip


@pytest.mark.django_db
def test_a_moderator_invites_and_the_link_makes_a_teacher_of_the_town(
    client, masku, masku_moderator
):
    client.force_login(masku_moderator)
    page = client.get(INVITATIONS)
    assert page.status_code == 200
    assert "Kutsu opettajia" in page.content.decode()

    response = invite(client, masku, "Aino.Aaltonen@masku.fi,\nbertta.berg@masku.fi")
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["aino.aaltonen@masku.fi"], ["bertta.berg@masku.fi"]]
    message = mail.outbox[0]
    assert "Masku" in message.subject
    assert "Mikko" in message.body or "mikko.moderaattori" in message.body
    # Only a digest of the token is stored: the database holds no working link.
    token = link_for("aino.aaltonen@masku.fi").split("/")[2]
    assert not Invitation.objects.filter(token_hash=token).exists()

    client.logout()
    link = link_for("aino.aaltonen@masku.fi")
    form = client.get(link)
    assert form.status_code == 200
    assert "aino.aaltonen@masku.fi" in form.content.decode()
    assert form["Cache-Control"].startswith("max-age=0")

    mismatch = client.post(link, new_account(password2="Toinen-salasana-2026"))
    assert mismatch.status_code == 200
    body = mismatch.content.decode()
    assert "Salasanat eroavat toisistaan." in body
    assert 'value="Aaltonen"' in body  # what she wrote stays
    short = client.post(link, new_account(password1="lyhyt", password2="lyhyt"))
    assert "Salasana on liian lyhyt" in short.content.decode()
    assert not get_user_model().objects.filter(email="aino.aaltonen@masku.fi").exists()

    made = client.post(link, new_account())
    assert (made.status_code, made["Location"]) == (302, "/admin/")
    user = get_user_model().objects.get(email="aino.aaltonen@masku.fi")
    assert user.username == "aino.aaltonen@masku.fi"
    assert list(user.groups.values_list("name", flat=True)) == ["Masku: opettajat"]
    assert user.check_password(PASSWORD)
    # Signed in, she can start a plan in Masku at once.
    assert client.get(f"/admin/pages/add/plans/lessonplanpage/{masku.pk}/").status_code == 200
    invitation = Invitation.objects.get(email="aino.aaltonen@masku.fi")
    assert (invitation.state, invitation.accepted_by) == ("accepted", user)

    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    assert "on jo käytetty" in again.content.decode()
    assert client.post(link, new_account(first_name="Toinen")).status_code == 410
    assert get_user_model().objects.filter(email="aino.aaltonen@masku.fi").count() == 1


@pytest.mark.django_db
def test_bad_addresses_are_named_and_nothing_is_sent(client, masku, masku_moderator):
    client.force_login(masku_moderator)
    response = invite(client, masku, "aino@masku.fi, ei-osoite, kalle@gmail.com")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tämä ei ole sähköpostiosoite: ei-osoite" in body
    assert "ei henkilökohtaista postilaatikkoa: kalle@gmail.com" in body
    assert "aino@masku.fi, ei-osoite, kalle@gmail.com" in body  # the text is kept
    assert mail.outbox == []
    assert not Invitation.objects.exists()
    assert "Kirjoita vähintään yksi" in invite(client, masku, " , ").content.decode()


@pytest.mark.django_db
def test_expired_revoked_replaced_and_forged_links_refuse_clearly(client, masku, masku_moderator):
    client.force_login(masku_moderator)
    invite(client, masku, "aino@masku.fi, bertta@masku.fi, cecilia@masku.fi")
    aino, bertta, cecilia = (link_for(f"{n}@masku.fi") for n in ("aino", "bertta", "cecilia"))

    Invitation.objects.filter(email="aino@masku.fi").update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    revoke = Invitation.objects.get(email="bertta@masku.fi")
    assert client.post(f"{INVITATIONS}{revoke.pk}/peru/").status_code == 302
    # Inviting the same address again replaces the earlier link.
    response = client.post(INVITATIONS, {"emails": "cecilia@masku.fi", "town": masku.pk})
    assert response.status_code == 302
    assert "lähetettiin uudelleen" in client.get(INVITATIONS).content.decode()
    new_cecilia = link_for("cecilia@masku.fi")
    assert new_cecilia != cecilia

    client.logout()
    for link, status, words in [
        (aino, 410, "vanhentunut"),
        (bertta, 410, "peruttiin"),
        (cecilia, 410, "peruttiin"),
        ("/kutsu/keksitty-tunnus/", 404, "ei ole kelvollinen"),
        ("/kutsu/" + "x" * 500 + "/", 404, "ei ole kelvollinen"),
    ]:
        response = client.post(link, new_account())
        assert (response.status_code, words in response.content.decode()) == (status, True), link
    assert client.get(new_cecilia).status_code == 200
    assert get_user_model().objects.filter(is_superuser=False).count() == 1  # the moderator


@pytest.mark.django_db
def test_someone_with_an_account_signs_in_and_joins(client, rusko, masku, masku_moderator):
    teacher = make_teacher(rusko, "riikka.rusko")
    client.force_login(masku_moderator)
    invite(client, masku, teacher.email.upper())
    link = link_for(teacher.email)
    client.logout()
    anonymous = client.get(link)
    assert "Sinulla on jo tunnus" in anonymous.content.decode()
    assert f"/admin/login/?next={link}" in anonymous.content.decode()
    assert client.post(link).status_code == 200  # nothing happens without signing in

    other = make_teacher(rusko, "olli.muu")
    client.force_login(other)
    assert client.post(link).status_code == 403
    client.force_login(teacher)
    assert client.post(link).status_code == 302
    assert sorted(teacher.groups.values_list("name", flat=True)) == [
        "Masku: opettajat",
        "Rusko: opettajat",
    ]
    # Already a teacher of Masku: a further invitation is only reported.
    client.force_login(masku_moderator)
    mail.outbox.clear()
    invite(client, masku, teacher.email)
    assert mail.outbox == []
    assert "ei kutsuttu" in client.get(INVITATIONS).content.decode()


@pytest.mark.django_db
def test_only_moderators_invite_and_only_to_their_own_town(client, rusko, masku, masku_moderator):
    rusko_moderator = make_moderator(rusko, "raili.rusko")
    client.force_login(masku_moderator)
    invite(client, masku, "aino@masku.fi")
    client.get(INVITATIONS)  # reads the "sent" message
    invitation = Invitation.objects.get()

    client.force_login(rusko_moderator)
    listing = client.get(INVITATIONS).content.decode()
    assert "aino@masku.fi" not in listing
    assert invite(client, masku, "pahantekija@rusko.fi").status_code == 200
    assert client.post(f"{INVITATIONS}{invitation.pk}/peru/").status_code == 404
    invitation.refresh_from_db()
    assert invitation.is_usable

    client.force_login(make_teacher(masku, "maija.masku"))
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    for response in (client.get(INVITATIONS), invite(client, masku, "kaveri@masku.fi")):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.logout()
    assert client.get(INVITATIONS).status_code == 302
    assert Invitation.objects.count() == 1
    # There is no sign-up: the only way in is an invitation.
    assert Group.objects.get(name="Masku: opettajat").user_set.count() == 1


@pytest.mark.django_db
def test_a_mail_server_that_is_down_keeps_the_invitation_and_says_so(
    client, masku, masku_moderator, settings
):
    # A real SMTP connection to a port where nothing listens.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    client.force_login(masku_moderator)

    response = invite(client, masku, "aino.aaltonen@masku.fi")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    refused = "Sähköpostipalvelin ei ottanut vastaan kutsua osoitteeseen aino.aaltonen@masku.fi"
    assert refused in page
    assert Invitation.objects.pending().filter(email="aino.aaltonen@masku.fi").count() == 1


# Transactional, so the four requests really race; serialized rollback restores the database
# for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_link_used_four_times_at_once_makes_one_account(client, masku, masku_moderator):
    client.force_login(masku_moderator)
    invite(client, masku, "aino.aaltonen@masku.fi")
    link = link_for("aino.aaltonen@masku.fi")
    start = threading.Barrier(4)
    statuses = []

    def use_the_link():
        try:
            start.wait()
            statuses.append(Client().post(link, new_account()).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=use_the_link) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [302, 410, 410, 410]
    assert get_user_model().objects.filter(email="aino.aaltonen@masku.fi").count() == 1
