"""The title ranking of search results (search.page.ranking), on its own."""

from types import SimpleNamespace

import pytest

from search.page.ranking import CANDIDATES, Ranked, forms, title_score
from search.text.finnish import available


def query(*words):
    return [forms(word) for word in words]


@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_the_title_that_is_the_query_beats_a_phrase_beats_every_word_beats_some():
    asked = query("tutortuntien", "seurannasta")
    exact = title_score("Tutortuntien seuranta", asked)
    phrase = title_score("Sähköinen tutortuntien seuranta", asked)
    every = title_score("Seuranta ja tutortunnit", asked)
    some = title_score("Tutortunnit kunnassa", asked)
    assert exact > phrase > every > some
    assert exact[:3] == (True, True, True)
    assert phrase[:3] == (False, True, True)
    assert every[:3] == (False, False, True)


@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_a_common_word_weighs_little_and_a_shorter_title_is_more_about_it():
    asked = query("oppilaan", "tukeen")
    assert (
        title_score("Tuen kolmiportaisuus", asked)[3] > title_score("Oppilaan ruokailu", asked)[3]
    )
    vuosikello = query("vuosikelloon")
    short = title_score("Ruskon vuosikello", vuosikello)
    long = title_score("Meidän koulun vuosikello ja kestävät teot joka kuukaudelle", vuosikello)
    assert short > long


@pytest.mark.django_db
def test_pages_after_the_candidates_keep_the_engines_order():
    engine_order = [SimpleNamespace(pk=n, title=f"Sivu {n}") for n in range(CANDIDATES + 30)]
    ranked = Ranked(engine_order, ["sivu"], count=len(engine_order))
    assert len(ranked) == CANDIDATES + 30
    assert [p.pk for p in ranked[CANDIDATES : CANDIDATES + 20]] == list(
        range(CANDIDATES, CANDIDATES + 20)
    )
    straddling = ranked[CANDIDATES - 10 : CANDIDATES + 10]
    assert len(straddling) == 20
    assert [p.pk for p in straddling[10:]] == list(range(CANDIDATES, CANDIDATES + 10))
    assert {p.pk for p in ranked[0:CANDIDATES]} == set(range(CANDIDATES))
