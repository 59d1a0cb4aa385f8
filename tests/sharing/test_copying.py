"""A teacher takes another municipality's model into her own in one action."""

import pytest
from django.contrib.auth import get_user_model

from networks.practices.models import AnnualClockPage, PracticePage
from portal.sharing.models import CopyRecord, Licence
from tests.factories import networks as factories
from tests.helpers import make_teacher


@pytest.fixture
def clock(rusko):
    return factories.AnnualClockPageFactory(
        parent=rusko, title="Ruskon vuosikello", slug="vuosikello"
    )


def copy_url(page):
    return f"/kopioi/{page.pk}/"


@pytest.mark.django_db
def test_teacher_copies_a_clock_into_her_town_as_a_draft(client, clock, masku, masku_teacher):
    client.force_login(masku_teacher)
    form = client.get(copy_url(clock))
    assert form.status_code == 200
    assert "Masku" in form.content.decode()

    response = client.post(copy_url(clock), {"kunta": masku.pk})
    copy = AnnualClockPage.objects.child_of(masku).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{copy.pk}/edit/"
    assert not copy.live
    assert copy.owner == masku_teacher
    assert [a["title"] for a in copy.activity_list] == [a["title"] for a in clock.activity_list]
    record = CopyRecord.objects.get(copy=copy)
    assert record.source.pk == clock.pk
    assert record.municipality.pk == masku.pk

    editor = client.get(response["Location"])
    assert editor.status_code == 200
    assert "kopioitiin kuntaan Masku luonnokseksi" in editor.content.decode()


@pytest.mark.django_db
def test_source_shows_where_it_is_in_use_and_the_copy_shows_its_origin(
    client, clock, masku, masku_teacher
):
    client.force_login(masku_teacher)
    client.post(copy_url(clock), {"kunta": masku.pk})
    client.logout()
    # A draft copy is not counted: the public learns of the copy once it is published.
    assert "Ei vielä käytössä muissa kunnissa" in client.get(clock.url).content.decode()

    copy = AnnualClockPage.objects.child_of(masku).get()
    copy.save_revision().publish()
    body = client.get(clock.url).content.decode()
    assert "Käytössä 1 kunnassa" in body
    assert "Masku" in body
    copy_body = client.get(copy.url).content.decode()
    assert "Pohjana" in copy_body
    assert "Ruskon vuosikello" in copy_body
    assert "(Rusko)" in copy_body


@pytest.mark.django_db
def test_user_of_no_municipality_is_refused(client, clock):
    outsider = get_user_model().objects.create_user("ulla.ulkopuolinen", password="x" * 12)
    client.force_login(outsider)
    assert client.get(copy_url(clock)).status_code == 403
    assert client.post(copy_url(clock), {"kunta": clock.get_parent().pk}).status_code == 403
    assert CopyRecord.objects.count() == 0


@pytest.mark.django_db
def test_teacher_cannot_copy_into_a_town_that_is_not_hers(client, clock, rusko, masku_teacher):
    client.force_login(masku_teacher)
    response = client.post(copy_url(clock), {"kunta": rusko.pk})
    assert response.status_code == 400
    assert AnnualClockPage.objects.child_of(rusko).count() == 1


@pytest.mark.django_db
def test_anonymous_reader_is_asked_to_sign_in(client, clock):
    response = client.get(copy_url(clock))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_no_derivatives_content_cannot_be_copied(client, rusko, masku, masku_teacher):
    practice = factories.PracticePageFactory(
        parent=rusko, title="Suljettu malli", licence=Licence.objects.get(slug="cc-by-nd")
    )
    client.force_login(masku_teacher)
    response = client.post(copy_url(practice), {"kunta": masku.pk})
    assert response.status_code == 403
    assert "ei salli muutettuja versioita" in response.content.decode()
    assert not PracticePage.objects.child_of(masku).exists()
    assert "ei voi kopioida" in client.get(practice.url).content.decode()


@pytest.mark.django_db
def test_copying_twice_asks_first_and_never_overwrites(client, clock, masku, masku_teacher):
    client.force_login(masku_teacher)
    client.post(copy_url(clock), {"kunta": masku.pk})
    first = AnnualClockPage.objects.child_of(masku).get()
    first.title = "Maskun oma vuosikello"
    first.save_revision()

    again = client.post(copy_url(clock), {"kunta": masku.pk})
    assert again.status_code == 409
    assert "on jo kopio" in again.content.decode()
    assert AnnualClockPage.objects.child_of(masku).count() == 1

    confirmed = client.post(copy_url(clock), {"kunta": masku.pk, "uusi": "1"})
    assert confirmed.status_code == 302
    copies = AnnualClockPage.objects.child_of(masku).order_by("pk")
    assert copies.count() == 2
    assert copies[0].get_latest_revision_as_object().title == "Maskun oma vuosikello"
    assert copies[0].slug != copies[1].slug


@pytest.mark.django_db
def test_share_alike_copy_keeps_its_licence(client, admin_client, rusko, masku, masku_teacher):
    share_alike = Licence.objects.get(slug="cc-by-sa")
    practice = factories.PracticePageFactory(
        parent=rusko, title="Jaettava malli", licence=share_alike
    )
    client.force_login(masku_teacher)
    client.post(copy_url(practice), {"kunta": masku.pk})
    copy = PracticePage.objects.child_of(masku).get()
    assert copy.licence == share_alike

    copy.licence = Licence.objects.get(slug="cc-by")
    with pytest.raises(Exception) as refused:
        copy.full_clean()
    assert "licence" in str(refused.value)


@pytest.mark.django_db
def test_unpublished_source_cannot_be_copied_by_another_town(client, rusko, masku, masku_teacher):
    draft = factories.PracticePageFactory(parent=rusko, title="Keskeneräinen", live=False)
    client.force_login(masku_teacher)
    assert client.get(copy_url(draft)).status_code == 404


@pytest.mark.django_db
def test_admin_offers_the_copy_action_on_a_shareable_page(admin_client, clock):
    body = admin_client.get(f"/admin/pages/{clock.pk}/edit/").content.decode()
    assert copy_url(clock) in body


@pytest.mark.django_db
def test_teacher_of_two_towns_chooses_where_to_copy(client, clock, municipality_index, masku):
    nousiainen = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="538"
    )
    teacher = make_teacher(masku, "kaisa.kahden")
    teacher.groups.add(*make_teacher(nousiainen, "apu").groups.all())
    client.force_login(teacher)
    body = client.get(copy_url(clock)).content.decode()
    assert "Masku" in body and "Nousiainen" in body
    client.post(copy_url(clock), {"kunta": nousiainen.pk})
    assert AnnualClockPage.objects.child_of(nousiainen).count() == 1
    assert AnnualClockPage.objects.child_of(masku).count() == 0
