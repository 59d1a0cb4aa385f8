"""Co-authors are found by name among the teachers of the plan's municipality, never from every
account in the country, and a co-author edits the plan with its owner."""

import json

import pytest

from portal.sharing.copying import copy_to_municipality
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, make_teacher, plan_form

CHOOSER = "/admin/kanssatekijat/"


@pytest.fixture
def people(rusko, masku, masku_teacher):
    return {
        "colleague": make_teacher(masku, "matti.masku", first_name="Matti", last_name="Mäkelä"),
        "moderator": make_moderator(masku, "mikko.masku"),
        "stranger": make_teacher(rusko, "riikka.rusko", first_name="Riikka", last_name="Mäkelä"),
    }


@pytest.fixture
def plan(masku, masku_teacher):
    return LessonPlanPageFactory(parent=masku, owner=masku_teacher, live=False, title="Murtoluvut")


def modal_html(response):
    assert response.status_code == 200
    return json.loads(response.content)["html"]


@pytest.mark.django_db
def test_the_editor_offers_the_search_chooser(client, masku_teacher, people, plan):
    client.force_login(masku_teacher)
    body = client.get(edit_url(plan)).content.decode()
    assert "Kanssatekijät" in body
    assert CHOOSER in body
    # No list of every account in the country in the page itself.
    assert "riikka.rusko" not in body and "Riikka" not in body


@pytest.mark.django_db
def test_the_chooser_finds_the_towns_teachers_by_name(client, masku_teacher, people):
    client.force_login(masku_teacher)
    everyone = modal_html(client.get(CHOOSER, {"multiple": "1"}))
    assert "Matti Mäkelä" in everyone and "mikko.masku" in everyone
    assert "Riikka" not in everyone and "riikka.rusko" not in everyone

    found = client.get(f"{CHOOSER}results/", {"multiple": "1", "q": "mäkelä"}).content.decode()
    assert "Matti Mäkelä" in found
    assert "Riikka" not in found
    nobody = client.get(f"{CHOOSER}results/", {"q": "Riikka"}).content.decode()
    # The answer repeats the query, and names nobody.
    assert "Mäkelä" not in nobody and "riikka.rusko" not in nobody


@pytest.mark.django_db
def test_choosing_names_only_colleagues(client, masku_teacher, people):
    client.force_login(masku_teacher)
    colleague, stranger = people["colleague"], people["stranger"]
    chosen = json.loads(client.get(f"{CHOOSER}chosen/{colleague.pk}/").content)
    assert chosen["result"]["title"] == "Matti Mäkelä"
    assert client.get(f"{CHOOSER}chosen/{stranger.pk}/").status_code == 404
    assert client.get(f"{CHOOSER}chosen/²/").status_code == 404
    several = client.get(
        f"{CHOOSER}chosen-multiple/", {"id": [colleague.pk, stranger.pk, "x"], "multiple": "1"}
    )
    titles = [item["title"] for item in json.loads(several.content)["result"]]
    assert titles == ["Matti Mäkelä"]


@pytest.mark.django_db
def test_the_chooser_is_for_signed_in_editors(client, people):
    response = client.get(CHOOSER)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_a_stranger_is_refused_and_a_colleague_saved(client, masku_teacher, people, plan):
    client.force_login(masku_teacher)
    refused = client.post(
        edit_url(plan), plan_form(plan, "action-save", co_authors=[people["stranger"].pk])
    )
    assert refused.status_code == 200
    assert "Vain suunnitelman kunnan opettajat voivat olla sen kanssatekijöitä." in (
        refused.content.decode()
    )
    # The editor's text is kept in the form that answers.
    assert "Osaan jakaa kokonaisuuden yhtä suuriin osiin." in refused.content.decode()
    plan.refresh_from_db()
    assert plan.get_latest_revision_as_object().co_author_list == []

    saved = client.post(
        edit_url(plan),
        plan_form(plan, "action-save", co_authors=[people["colleague"].pk, people["moderator"].pk]),
    )
    assert saved.status_code == 302
    draft = plan.get_latest_revision_as_object()
    assert [p.username for p in draft.co_author_list] == ["matti.masku", "mikko.masku"]


@pytest.mark.django_db
def test_the_same_person_twice_is_a_form_error(client, masku_teacher, people, plan):
    client.force_login(masku_teacher)
    colleague = people["colleague"].pk
    response = client.post(
        edit_url(plan), plan_form(plan, "action-save", co_authors=[colleague, colleague])
    )
    assert response.status_code == 200
    assert "Matti Mäkelä on valittu kahdesti kanssatekijäksi." in response.content.decode()


@pytest.mark.django_db
def test_a_co_author_named_in_a_draft_edits_the_plan(client, masku_teacher, people, plan):
    colleague = people["colleague"]
    client.force_login(colleague)
    assert client.get(edit_url(plan)).status_code == 302  # not yet hers

    client.force_login(masku_teacher)
    client.post(edit_url(plan), plan_form(plan, "action-save", co_authors=[colleague.pk]))

    client.force_login(colleague)
    assert client.get(edit_url(plan)).status_code == 200
    dashboard = client.get("/admin/").content.decode()
    assert "Murtoluvut" in dashboard


@pytest.mark.django_db
def test_a_copy_in_another_town_has_no_co_authors(rusko, people, plan, masku_teacher):
    plan.co_authors.add(people["colleague"])
    plan.save_revision(user=masku_teacher).publish()
    rusko_teacher = make_teacher(rusko, "reija.rusko")
    copy = copy_to_municipality(plan.specific, rusko, rusko_teacher)
    assert copy.co_author_list == []
    assert not copy.co_authors.exists()
