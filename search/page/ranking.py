"""The order of results by relevance: the full-text engine's best candidates, ranked again by
what their titles say.

The engine (PostgreSQL's ``ts_rank``, SQLite's FTS5) weighs a word by how often it occurs in
a page, wherever it occurs; a reader means the page whose title says what she typed. The best
``CANDIDATES`` of the engine's order are ranked again, each by, in turn:

1. the title is the query (every title word is a query word, in order, in any inflected form);
2. the query's words stand together in the title, in the order typed (a phrase);
3. every query word is in the title;
4. how much of the query the title holds, a common word ("oppilaan", "koulun") weighing a
   quarter of a distinctive one;
5. how much of the title the query holds (of two titles with the word, the one that is more
   about it);
6. an original before a copy of a page in another town (a copy says less about itself);
7. the engine's own order.

A word is in the title when the two share a form: the word as typed, its base forms and
compound parts (Voikko, ``search.text.finnish``), and for a hyphenated word its parts. Pages
after the candidates keep the engine's order. Reading the candidates is one query; whether they
are copies, one more.
"""

import re
from functools import lru_cache

from portal.sharing.models import CopyRecord
from search.text import finnish

CANDIDATES = 100
# Words nearly every page of a school portal uses (base forms): they weigh a quarter.
COMMON_WORDS = frozenset(
    {
        "koulu", "oppilas", "opettaja", "opetus", "perusopetus", "luokka", "tunti", "kunta",
        "oppiminen", "opiskelu", "lapsi", "nuori", "ja", "sekä", "tai", "kanssa", "malli",
        "skola", "elev", "lärare", "och",
    }
)  # fmt: skip
COMMON_WEIGHT = 0.25
# Title words: letters and digits, joined by hyphens or by a point between digits ("2.0").
TOKEN = re.compile(r"\w+(?:(?:-|(?<=\d)\.(?=\d))\w+)*", re.UNICODE)


@lru_cache(maxsize=100_000)
def forms(word):
    """Every form a word is known by, lower case: itself, its base forms and compound parts, and
    for a hyphenated word its parts."""
    lower = word.lower()
    known = {lower, *finnish.base_forms(word)}
    if "-" in lower:
        known.update(part for part in lower.split("-") if part)
    return frozenset(known)


@lru_cache(maxsize=100_000)
def title_forms(title):
    return tuple(forms(word) for word in TOKEN.findall(title or ""))


def weight(word_forms):
    return COMMON_WEIGHT if word_forms & COMMON_WORDS else 1.0


def title_score(title, query):
    """How well a title answers the query (the words' forms, in order): a tuple that sorts the
    better title first when negated."""
    titled = title_forms(title)
    if not query or not titled:
        return (False, False, False, 0.0, 0.0)
    in_title = [any(q & t for t in titled) for q in query]
    every = all(in_title)
    exact = len(titled) == len(query) and all(q & t for q, t in zip(query, titled, strict=True))
    phrase = every and any(
        all(q & t for q, t in zip(query, titled[start:], strict=False))
        for start in range(len(titled) - len(query) + 1)
    )
    held = sum(weight(q) for q, found in zip(query, in_title, strict=True) if found)
    covered = sum(any(q & t for q in query) for t in titled) / len(titled)
    return (exact, phrase, every, held / sum(weight(q) for q in query), covered)


def rerank(pages, words):
    """``pages`` (the engine's order) in the order described above."""
    query = [forms(word) for word in words]
    copies = set(
        CopyRecord.objects.filter(copy_id__in=[page.pk for page in pages]).values_list(
            "copy_id", flat=True
        )
    )

    def key(item):
        position, page = item
        exact, phrase, every, held, covered = title_score(page.title, query)
        return (not exact, not phrase, not every, -held, -covered, page.pk in copies, position)

    return [page for _position, page in sorted(enumerate(pages), key=key)]


class Ranked:
    """The results for the paginator: the candidates ranked again, then the engine's order."""

    def __init__(self, found, words, count):
        self.found, self.words, self.total = found, words, count
        self._head = None

    def head(self):
        if self._head is None:
            self._head = rerank(list(self.found[:CANDIDATES]), self.words)
        return self._head

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.total
        head = self.head()
        shown = head[start:stop]
        if stop > CANDIDATES and len(head) == CANDIDATES:
            shown += list(self.found[max(start, CANDIDATES) : stop])
        return shown
