"""A teacher starts a lesson plan from a good practice, or from an earlier plan of her own."""

import pytest

from networks.practices.models import PracticePage
from plans.models import LessonPlanPage
from portal.sharing.models import CopyRecord, Licence
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory, phase
from tests.helpers import make_teacher


def start_url(page):
    return f"/suunnittele/{page.pk}/"


@pytest.fixture
def practice(rusko):
    page = factories.PracticePageFactory(
        parent=rusko,
        title="Välituntiliikunta oppilasagenttien johdolla",
        slug="valituntiliikunta",
        summary="Oppilasagentit ohjaavat välituntileikkejä pienemmille.",
        steps=[
            ("step", {"title": "Agenttien valinta", "text": "<p>Valitse 4–6 agenttia.</p>"}),
            ("step", {"title": "Leikkien harjoittelu", "text": "<p>Kolme leikkiä.</p>"}),
        ],
        materials=[("link", {"title": "Liikkuva koulu", "url": "https://liikkuvakoulu.fi/"})],
    )  # fmt: skip
    page.tags.add("liikunta", "oppilasagentit")
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_teacher_starts_a_plan_from_a_practice_in_her_town(client, practice, masku, masku_teacher):
    client.force_login(masku_teacher)
    form = client.get(start_url(practice))
    assert form.status_code == 200
    assert "Tee tästä käytänteestä tuntisuunnitelma" in form.content.decode()

    response = client.post(start_url(practice), {"kunta": masku.pk})
    plan = LessonPlanPage.objects.child_of(masku).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{plan.pk}/edit/"
    assert not plan.live
    assert plan.owner == masku_teacher
    assert plan.title == practice.title
    assert plan.summary == practice.summary
    assert plan.licence == practice.licence
    assert sorted(tag.name for tag in plan.tags.all()) == ["liikunta", "oppilasagentit"]
    phases = [block.value for block in plan.phases]
    assert [p["title"] for p in phases] == ["Agenttien valinta", "Leikkien harjoittelu"]
    # The practice's steps speak to teachers: they become notes, never pupils' instructions.
    assert "Valitse 4–6 agenttia." in phases[0]["teacher_notes"].source
    assert phases[0]["pupil_instructions"].source == ""
    links = [(m.value["title"], m.value["url"]) for m in plan.materials]
    assert links[0] == (practice.title, f"http://localhost{practice.url}")
    assert ("Liikkuva koulu", "https://liikkuvakoulu.fi/") in links
    record = CopyRecord.objects.get(copy=plan)
    assert record.source.pk == practice.pk
    assert record.municipality.pk == masku.pk
    assert plan.get_latest_revision().user == masku_teacher

    editor = client.get(response["Location"])
    assert editor.status_code == 200
    body = editor.content.decode()
    assert "Tuntisuunnitelma aloitettiin" in body
    assert "Agenttien valinta" in body

    client.logout()
    # A new plan is private until its author opens it, and counted only then.
    assert plan.visibility == "private"
    assert "Ei vielä käytössä muissa kunnissa" in client.get(practice.url).content.decode()
    plan.visibility = "public"
    plan.save_revision().publish()
    assert "Käytössä 1 kunnassa" in client.get(practice.url).content.decode()
    assert "Pohjana" in client.get(plan.url).content.decode()


@pytest.mark.django_db
def test_a_plan_is_not_a_copy_of_the_practice(client, practice, masku, masku_teacher):
    """Plans made from a practice never make its "take into use" ask about existing copies."""
    client.force_login(masku_teacher)
    client.post(start_url(practice), {"kunta": masku.pk})
    client.post(start_url(practice), {"kunta": masku.pk})
    assert LessonPlanPage.objects.child_of(masku).count() == 2
    assert len(set(LessonPlanPage.objects.child_of(masku).values_list("slug", flat=True))) == 2

    copy_form = client.get(f"/kopioi/{practice.pk}/").content.decode()
    assert "on jo kopio" not in copy_form
    assert client.post(f"/kopioi/{practice.pk}/", {"kunta": masku.pk}).status_code == 302
    assert PracticePage.objects.child_of(masku).count() == 1


@pytest.mark.django_db
def test_no_derivatives_practice_gives_only_a_link(client, rusko, masku, masku_teacher):
    closed = factories.PracticePageFactory(
        parent=rusko,
        title="Suljettu malli",
        summary="Tätä tekstiä ei saa muuttaa.",
        steps=[("step", {"title": "Vaihe", "text": "<p>Suojattu teksti.</p>"})],
        licence=Licence.objects.get(slug="cc-by-nd"),
    )
    client.force_login(masku_teacher)
    form = client.get(start_url(closed)).content.decode()
    assert "ei salli muutettuja versioita" in form
    client.post(start_url(closed), {"kunta": masku.pk})
    plan = LessonPlanPage.objects.child_of(masku).get()
    assert plan.summary == ""
    assert plan.licence is None
    assert len(plan.phases) == 0
    assert [m.value["title"] for m in plan.materials] == ["Suljettu malli"]


@pytest.mark.django_db
def test_who_may_start_a_plan(client, practice, rusko, masku, masku_teacher, django_user_model):
    anonymous = client.get(start_url(practice))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")

    outsider = django_user_model.objects.create_user("ulkopuolinen", password="salasana-123456")
    client.force_login(outsider)
    refused = client.get(start_url(practice))
    assert refused.status_code == 403
    assert "Kuntasi moderaattori voi kutsua" in refused.content.decode()

    client.force_login(masku_teacher)
    draft = factories.PracticePageFactory(parent=rusko, title="Keskeneräinen", live=False)
    assert client.get(start_url(draft)).status_code == 404
    plan = LessonPlanPageFactory(parent=rusko)
    assert client.get(start_url(plan)).status_code == 404
    wrong_town = client.post(start_url(practice), {"kunta": rusko.pk})
    assert wrong_town.status_code == 400
    assert not LessonPlanPage.objects.child_of(rusko).exclude(pk=plan.pk).exists()


@pytest.mark.django_db
def test_practice_page_and_admin_offer_the_action(client, admin_client, practice, masku_teacher):
    client.force_login(masku_teacher)
    assert start_url(practice) in client.get(practice.url).content.decode()
    editor = admin_client.get(f"/admin/pages/{practice.pk}/edit/")
    assert start_url(practice) in editor.content.decode()


@pytest.mark.django_db
def test_teacher_reuses_her_own_earlier_plan_as_last_saved(client, masku, masku_teacher):
    earlier = LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False, title="Luonnos")
    draft = earlier.get_latest_revision_as_object()
    draft.title = "Murtoluvut leipomalla"
    draft.phases = [phase("Taikinan jakaminen", 20, "Jaa taikina kuuteen osaan.", "Varaa jauhoja.")]
    draft.save_revision(user=masku_teacher)

    client.force_login(masku_teacher)
    response = client.post(f"/kopioi/{earlier.pk}/", {"kunta": masku.pk})
    assert response.status_code == 302
    copy = LessonPlanPage.objects.child_of(masku).exclude(pk=earlier.pk).get()
    assert copy.title == "Murtoluvut leipomalla"
    assert [p.value["title"] for p in copy.phases] == ["Taikinan jakaminen"]
    assert [s.slug for s in copy.subjects.all()] == ["matematiikka"]
    assert copy.owner == masku_teacher
    assert not copy.live
    assert CopyRecord.objects.get(copy=copy).source.pk == earlier.pk

    # Another teacher of the same town cannot copy the unpublished plan.
    colleague = make_teacher(masku, "kalle.kollega")
    client.force_login(colleague)
    assert client.get(f"/kopioi/{earlier.pk}/").status_code == 404
