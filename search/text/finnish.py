"""Finnish words to their base forms, with Voikko (the Finnish morphology library).

PostgreSQL's ``finnish`` stemmer cuts endings but does not undo consonant gradation: it keeps
"murtoluvu" (murtoluvuilla) and "murtoluku" (murtoluku) apart, and "hyvinvoin" (hyvinvoinnin)
apart from "hyvinvoint" (hyvinvointi). Voikko knows the base form of an inflected word and the
parts of a compound, so the index stores the base forms beside the words and a query asks for
the base forms of its words: any inflected form finds any other.

Voikko is a system library (Debian: ``libvoikko1`` and ``voikko-fi``). Without it search
still works on the stems alone; ``manage.py check`` warns (``search.W001``).
"""

import re
import threading
from functools import lru_cache

from django.utils.html import strip_tags
from modelsearch.index import RelatedFields, SearchField

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
# Compound parts shorter than this are endings or joints, not words of their own ("to" in
# "murto").
MIN_PART_LENGTH = 4
MAX_WORD_LENGTH = 60
# One Voikko handle must not be used by two threads at once (a threaded server, say).
LOCK = threading.Lock()


@lru_cache(maxsize=1)
def voikko():
    """The Finnish analyser, or None when the library or its dictionary is not installed."""
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException):
        return None


def available():
    return voikko() is not None


def words(text):
    return WORD.findall(text or "")


def _parts(wordbases):
    """The parts of a compound that are words of their own, from Voikko's WORDBASES:
    "+vuosi(vuosi)+kello(kello)" gives vuosi and kello; "+mur(murtaa)+to(+to)+luku(luku)"
    gives luku only (a derived stem is not a word of the compound)."""
    for surface, base in re.findall(r"\+([^+(]*)\(([^)]*)\)", wordbases or ""):
        if surface.lower() == base.lower() and len(base) >= MIN_PART_LENGTH:
            yield base.lower()


@lru_cache(maxsize=200_000)
def base_forms(word):
    """The base forms of one word (lower case), its compound parts included; () if unknown.

    A hyphenated word Voikko does not know as a whole ("TVT-toimintasuunnitelmaprosesseista")
    is read part by part: the whole with its last part in its base form
    ("tvt-toimintasuunnitelmaprosessi"), then each part's base forms and compound parts."""
    analyser = voikko()
    if analyser is None or not word or len(word) > MAX_WORD_LENGTH:
        return ()
    forms = []
    with LOCK:
        analyses = analyser.analyze(word)
    for analysis in analyses:
        base = (analysis.get("BASEFORM") or "").lower()
        if base and base not in forms:
            forms.append(base)
        for part in _parts(analysis.get("WORDBASES")):
            if part not in forms:
                forms.append(part)
    if not forms and "-" in word.strip("-"):
        forms = _hyphenated_forms(word)
    return tuple(forms)


def _hyphenated_forms(word):
    parts = [part for part in word.lower().split("-") if part]
    last = base_forms(parts[-1])
    forms = ["-".join([*parts[:-1], last[0]])] if last else []
    for part in parts:
        for form in base_forms(part) or (part,):
            if form not in forms:
                forms.append(form)
    return [form for form in forms if form != word.lower()]


def base_form_text(text):
    """The base forms of the words of a text that differ from the words, as one string."""
    extra = []
    for word in words(text):
        lower = word.lower()
        extra.extend(form for form in base_forms(word) if form != lower)
    return " ".join(extra)


@lru_cache(maxsize=10_000)
def suggestion(word):
    """Voikko's first spelling suggestion for a word it does not know, else None."""
    analyser = voikko()
    if analyser is None or len(word) > MAX_WORD_LENGTH:
        return None
    with LOCK:
        if analyser.spell(word):
            return None
        suggestions = analyser.suggest(word)
    return suggestions[0] if suggestions else None


def field_texts(obj, skip=()):
    """The text of an object's search fields (related objects' fields included), as strings."""

    def walk(instance, fields):
        for field in fields:
            if isinstance(field, SearchField) and field.field_name not in skip:
                yield _as_text(field.get_value(instance))
            elif isinstance(field, RelatedFields):
                related = field.get_value(instance)
                if related is None:
                    continue
                if hasattr(related, "all"):
                    related = related.all()
                elif callable(related):
                    related = [related()]
                else:
                    related = [related]
                for each in related:
                    yield from walk(each, field.fields)

    return [text for text in walk(obj, obj.get_search_fields()) if text]


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_tags(value) if "<" in value else value
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return str(value)
