"""Search at scale: the indexer writes the entries Wagtail's would, RUM gives the best matches
from the index, and a query matching more than search ranks and counts says so."""

import copy

import pytest
from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from plans.models import LessonPlanPage
from search.page import engine
from search.text import backend as text_backend
from tests.factories.plans import LessonPlanPageFactory
from tests.search.test_search import result_titles


def entries(pages):
    ids = [str(page.pk) for page in pages]
    return {
        (entry.content_type_id, entry.object_id): (
            str(entry.title),
            str(entry.body),
            str(entry.autocomplete),
            entry.title_text,
            entry.body_text,
        )
        for entry in IndexEntry.objects.filter(object_id__in=ids).order_by("pk")
    }


@pytest.mark.django_db
def test_the_indexer_writes_the_entries_wagtails_own_would(rusko):
    finnish = LessonPlanPageFactory(
        parent=rusko,
        title="Murtoluvut pizzoina",
        summary="Oppilaat jakavat pizzan murtoluvuilla.",
        learning_outcome="Osaan nimetä murtoluvun.",
        key_points=[("point", "Pizza jaetaan kahdeksaan osaan."), ("point", "Verrataan osia.")],
    )
    finnish.tags.add("pizza", "murtoluvut")
    swedish = LessonPlanPageFactory(
        parent=rusko, title="Bråk med pizzor", language="sv", summary="Eleverna delar pizzor."
    )
    search = get_search_backend()
    plans = list(LessonPlanPage.objects.filter(pk__in=[finnish.pk, swedish.pk]))
    ids = [str(plan.pk) for plan in plans]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT AVG(length(title)) FROM wagtailsearch_indexentry WHERE length(title) > 0"
        )
        average = float(cursor.fetchone()[0])
    search.get_index_for_model(LessonPlanPage).add_items(LessonPlanPage, plans)
    ours = entries(plans)
    # The title norm, written with the entry: the average title's length (as the index held
    # before) over this one's.
    for entry in IndexEntry.objects.filter(object_id__in=ids):
        with connection.cursor() as cursor:
            cursor.execute("SELECT length(title) FROM wagtailsearch_indexentry WHERE id = %s",
                           [entry.pk])  # fmt: skip
            assert entry.title_norm == pytest.approx(average / cursor.fetchone()[0])

    IndexEntry.objects.filter(object_id__in=[str(plan.pk) for plan in plans]).delete()
    for plan, config in ((plans[0], "finnish"), (plans[1], "swedish")):
        wagtails = copy.copy(search)
        wagtails.config = config
        PostgresIndex(wagtails).add_items(LessonPlanPage, [plan])
    assert entries(plans) == ours
    assert "'bråk'" in ours[next(key for key in ours if key[1] == str(swedish.pk))][0]


def has_rum_extension():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        return cursor.fetchone() is not None


@pytest.fixture
def without_rum(monkeypatch):
    monkeypatch.setitem(text_backend._RUM, "default", False)


@pytest.mark.django_db
def test_where_the_server_has_rum_the_migration_indexes_with_it():
    # The test services install RUM (.ci/test-services): CI searches as production does.
    assert has_rum_extension()
    assert get_search_backend().has_rum()


@pytest.mark.django_db
def test_rum_gives_the_best_matches_first_and_only_of_the_kinds_searched(rusko):
    # Once in a title and once in a summary weigh the same: the plan about it says it twice.
    # (Pages RUM finds equally near come in no set order; search ranks them again by title.)
    about = LessonPlanPageFactory(
        parent=rusko, title="Sääpäiväkirja syksyllä", summary="Syksyn sääpäiväkirja luokalle."
    )
    mention = LessonPlanPageFactory(
        parent=rusko, title="Pilvet", summary="Lopuksi täytetään sääpäiväkirja."
    )
    LessonPlanPageFactory(parent=rusko, title="Murtoluvut")
    search = get_search_backend()
    asked = engine.search_query(["sääpäiväkirja"])
    kinds = [kind.pk for kind in engine.content_types([LessonPlanPage])]
    best = search.best_matches(asked, LessonPlanPage, kinds, 10)
    assert best == [about.pk, mention.pk]
    assert search.best_matches(asked, LessonPlanPage, kinds, 1) == [about.pk]
    assert search.best_matches(asked, LessonPlanPage, [rusko.content_type_id], 10) == []


@pytest.mark.django_db
@pytest.mark.parametrize("rum", [True, False], ids=["rum", "without-rum"])
def test_search_finds_and_orders_the_same_with_or_without_rum(client, rusko, monkeypatch, rum):
    if not rum:
        monkeypatch.setitem(text_backend._RUM, "default", False)
    LessonPlanPageFactory(parent=rusko, title="Sääpäiväkirja syksyllä")
    LessonPlanPageFactory(parent=rusko, title="Pilvet", summary="Täytetään sääpäiväkirja.")
    LessonPlanPageFactory(parent=rusko, title="Sääpäiväkirja", summary="Kirjataan sää.")
    LessonPlanPageFactory(parent=rusko, title="Luonnos", live=False, summary="sääpäiväkirja")
    response = client.get("/haku/", {"q": "sääpäiväkirjaan"})
    assert result_titles(response) == ["Sääpäiväkirja", "Sääpäiväkirja syksyllä", "Pilvet"]
    assert "3 tulosta" in response.content.decode()
    newest = client.get("/haku/", {"q": "sääpäiväkirja", "jarjestys": "uusimmat"})
    assert result_titles(newest) == ["Sääpäiväkirja", "Pilvet", "Sääpäiväkirja syksyllä"]


@pytest.mark.django_db
def test_more_matches_than_search_counts_show_as_a_lower_bound(client, rusko, monkeypatch):
    monkeypatch.setattr(engine, "BEST_MATCHES", 3)
    for number in range(5):
        LessonPlanPageFactory(parent=rusko, title=f"Sääpäiväkirja {number}")
    body = client.get("/haku/", {"q": "sääpäiväkirja"}).content.decode()
    assert "3+ tulosta haulla ”sääpäiväkirja”" in body
    assert len(result_titles(client.get("/haku/", {"q": "sääpäiväkirja"}))) == 3


@pytest.mark.django_db
def test_without_rum_every_match_is_counted(client, rusko, monkeypatch, without_rum):
    monkeypatch.setattr(engine, "BEST_MATCHES", 3)
    for number in range(5):
        LessonPlanPageFactory(parent=rusko, title=f"Sääpäiväkirja {number}")
    body = client.get("/haku/", {"q": "sääpäiväkirja"}).content.decode()
    assert "5 tulosta haulla ”sääpäiväkirja”" in body
