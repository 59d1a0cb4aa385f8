"""The admin's page choosers, page search and explorer name only pages the user may edit or
read: another town's drafts, private and town-only pages, and a colleague's drafts, stay out
of them, titles, status and all. Through the admin's own URLs."""

import json

import pytest

from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_moderator, make_teacher

SECRET = "SALAINEN"


@pytest.fixture
def pages(rusko, masku, masku_teacher):
    riikka = make_teacher(rusko, "riikka.rusko")
    colleague = make_teacher(masku, "matti.masku")
    found = {
        "open": LessonPlanPageFactory(parent=rusko, owner=riikka, title="Avoin Ruskon tunti"),
        "draft": LessonPlanPageFactory(
            parent=rusko, owner=riikka, live=False, title=f"{SECRET} Ruskon luonnos"
        ),
        "private": factories.PracticePageFactory(
            parent=rusko, owner=riikka, title=f"{SECRET} Ruskon oma", visibility="private"
        ),
        "town only": factories.PracticePageFactory(
            parent=rusko, owner=riikka, title=f"{SECRET} Ruskon sisäinen", visibility="municipality"
        ),
        "colleague's draft": LessonPlanPageFactory(
            parent=masku, owner=colleague, live=False, title=f"{SECRET} Matin luonnos"
        ),
        "own draft": LessonPlanPageFactory(
            parent=masku, owner=masku_teacher, live=False, title="Maijan luonnos"
        ),
    }
    # The open plan has an unpublished draft whose title nobody has approved.
    draft = found["open"].get_latest_revision_as_object()
    draft.title = f"{SECRET} uusi otsikko"
    draft.save_revision(user=riikka, clean=False)
    return found


HIDDEN = ("draft", "private", "town only", "colleague's draft")


def hidden_titles(pages, text):
    """The titles (and the unapproved draft title) that must not be named, that are."""
    titles = [pages[kind].title for kind in HIDDEN] + [f"{SECRET} uusi otsikko"]
    return [title for title in titles if title in text]


def body(response):
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"] or ""
    return response.content.decode()


def chooser_search(client, query):
    return body(client.get("/admin/choose-page/search/", {"q": query}))


@pytest.mark.django_db
def test_the_page_chooser_lists_another_towns_open_pages_only(client, rusko, masku_teacher, pages):
    client.force_login(masku_teacher)
    listing = body(client.get(f"/admin/choose-page/{rusko.pk}/"))
    assert "Avoin Ruskon tunti" in listing  # as published, not its draft's title
    assert hidden_titles(pages, listing) == []
    assert "Luonnos" not in listing  # no draft status either

    for kind in ("draft", "private", "town only"):
        assert client.get(f"/admin/choose-page/{pages[kind].pk}/").status_code == 404


@pytest.mark.django_db
def test_the_page_chooser_search_finds_no_titles_one_may_not_read(
    client, admin_client, masku_teacher, pages
):
    client.force_login(masku_teacher)
    assert hidden_titles(pages, chooser_search(client, SECRET)) == []
    assert hidden_titles(pages, chooser_search(client, "luonnos")) == []
    assert "Avoin Ruskon tunti" in chooser_search(client, "Avoin")
    assert "Maijan luonnos" in chooser_search(client, "Maijan")
    # The administrator finds them all: the search itself works.
    found = chooser_search(admin_client, SECRET)
    for kind in ("draft", "private", "town only", "colleague's draft"):
        assert pages[kind].title in found


@pytest.mark.django_db
def test_chosen_pages_are_named_only_when_one_may_read_them(client, masku_teacher, pages):
    client.force_login(masku_teacher)
    ids = [pages["draft"].pk, pages["open"].pk]
    response = client.get("/admin/choose-page/chosen-multiple/", {"id": ids})
    result = json.loads(response.content)["result"]
    assert [(item["id"], item["adminTitle"]) for item in result] == [
        (pages["open"].pk, "Avoin Ruskon tunti")
    ]


@pytest.mark.django_db
def test_the_admin_page_search_and_explorer_leave_out_a_colleagues_drafts(
    client, masku, masku_teacher, pages
):
    client.force_login(masku_teacher)
    found = body(client.get("/admin/pages/search/", {"q": "luonnos"}))
    assert "Maijan luonnos" in found
    assert hidden_titles(pages, found) == []
    results = body(client.get("/admin/pages/search/results/", {"q": "luonnos"}))
    assert hidden_titles(pages, results) == []

    explored = body(client.get(f"/admin/pages/{masku.pk}/"))
    assert "Maijan luonnos" in explored
    assert hidden_titles(pages, explored) == []
    assert hidden_titles(pages, body(client.get(f"/admin/pages/{masku.pk}/results/"))) == []
    colleagues = pages["colleague's draft"]
    assert client.get(f"/admin/pages/{colleagues.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_moderator_lists_the_drafts_of_her_town(client, masku, pages):
    client.force_login(make_moderator(masku, "mikko.masku"))
    assert pages["colleague's draft"].title in body(client.get(f"/admin/pages/{masku.pk}/"))
    assert pages["colleague's draft"].title in chooser_search(client, "Matin")
    assert hidden_titles(pages, chooser_search(client, "Ruskon")) == []
