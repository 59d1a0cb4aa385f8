"""A copy's title in the copier's words: "Ruskon vuosikello" copied into Masku becomes
"Maskun vuosikello".

Finnish inflects town names irregularly (Turku: Turun, Turussa; Lahti: Lahden; Nousiainen:
Nousiaisten), so the origin's words are recognised by Voikko's analysis (base form and case),
and the copier's form in the same case is found by trying the usual stems and endings and
keeping the candidate Voikko reads as that town in that case. Names neither rule reaches
(Uusikaupunki: Uudenkaupungin, Koski Tl: Koski Tl:n) are in a small table. Swedish names take
no case endings here: only the genitive -s (Åbos, but Pargas).
"""

import re
from functools import lru_cache

from search.text.finnish import LOCK, voikko

# Voikko's names of the cases (SIJAMUOTO) a town's name takes in a title.
NOMINATIVE = "nimento"
GENITIVE = "omanto"
INNER = {"sisaolento": "ulkoolento", "sisaeronto": "ulkoeronto", "sisatulento": "ulkotulento"}
OUTER = {outer: inner for inner, outer in INNER.items()}

# Forms that neither rule nor Voikko gives: both parts of the compound inflect, or an
# abbreviation takes a colon ending.
EXCEPTIONS = {
    "Uusikaupunki": {
        NOMINATIVE: "Uusikaupunki",
        GENITIVE: "Uudenkaupungin",
        "sisaolento": "Uudessakaupungissa",
        "sisaeronto": "Uudestakaupungista",
        "sisatulento": "Uuteenkaupunkiin",
    },
    "Koski Tl": {
        NOMINATIVE: "Koski Tl",
        GENITIVE: "Koski Tl:n",
        "ulkoolento": "Koski Tl:llä",
        "ulkoeronto": "Koski Tl:ltä",
        "ulkotulento": "Koski Tl:lle",
    },
}

# Towns said to be "on" rather than "in" (Ruskolla, not Ruskossa): "Ruskolla" becomes
# "Maskussa" and back.
OUTER_LOCATIVE_TOWNS = {"Rusko", "Mynämäki", "Pöytyä", "Parainen", "Koski Tl", "Vehmaa"}

# Endings by case, in back-vowel form (a); front-vowel names take ä.
ENDINGS = {
    NOMINATIVE: [""],
    GENITIVE: ["n", "ten", "den", "jen", "en"],
    "sisaolento": ["ssa"],
    "sisaeronto": ["sta"],
    "sisatulento": ["*n", "h*n", "seen", "siin"],
    "ulkoolento": ["lla"],
    "ulkoeronto": ["lta"],
    "ulkotulento": ["lle"],
    "olento": ["na"],
    "osanto": ["a", "ta"],
    "tulento": ["ksi"],
}

# Consonant gradation, strong to weak, of the consonants before a name's last vowel.
GRADATION = [
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("ht", "hd"),
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("rk", "r"),
    ("lk", "l"),
    ("hk", "h"),
    ("k", ""),
    ("p", "v"),
    ("t", "d"),
]

# Words, hyphenated ones whole ("Mänttä-Vilppula", "Rusko-päivä").
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def _front(word):
    """Whether a word takes front-vowel endings (ä): its last a/o/u or ä/ö/y decides."""
    for letter in reversed(word.lower()):
        if letter in "aou":
            return False
        if letter in "äöy":
            return True
    return True


def _weakened(stem):
    """The stem with its last consonants before the final vowel in the weak grade, if any."""
    match = re.search(r"([^aeiouyäö]+)([aeiouyäö]+)$", stem)
    if not match:
        return None
    consonants, vowels = match.groups()
    for strong, weak in GRADATION:
        if consonants.endswith(strong):
            return stem[: match.start()] + consonants[: -len(strong)] + weak + vowels
    return None


def _stems(name):
    stems = {name}
    if name.endswith("i"):
        stems.add(name[:-1] + "e")
    if name.endswith("nen"):
        stems.update({name[:-3] + "se", name[:-3] + "si", name[:-3] + "s"})
    stems.update(weak for weak in map(_weakened, list(stems)) if weak)
    return stems


def _candidates(name, case):
    front = _front(name)
    for stem in sorted(_stems(name)):
        for ending in ENDINGS.get(case, ()):
            ending = ending.replace("*", stem[-1])
            if front:
                ending = ending.replace("a", "ä")
            yield stem + ending


def _analyses(word):
    analyser = voikko()
    if analyser is None:
        return []
    with LOCK:
        return analyser.analyze(word)


@lru_cache(maxsize=2_000)
def inflect(name, case):
    """The town's name in a Finnish case (Voikko's SIJAMUOTO), or None if no rule gives it.

    Of the candidates Voikko reads as this town in this case, a name in -nen takes the plural
    as towns do (Nousiaisten, Paraisilla), any other the singular (Maskun, not Maskujen)."""
    table = EXCEPTIONS.get(name, {})
    if case in table:
        return table[case]
    if case == NOMINATIVE:
        return name
    wanted = "plural" if name.endswith("nen") else "singular"
    found = {}
    for candidate in _candidates(name, case):
        for analysis in _analyses(candidate):
            if analysis.get("BASEFORM") == name and analysis.get("SIJAMUOTO") == case:
                found.setdefault(analysis.get("NUMBER"), candidate)
    return found.get(wanted) or next(iter(found.values()), None)


def _case_of(word, name):
    """The case of ``word`` if it is the town ``name`` inflected (Voikko), else None."""
    if not word[:1].isupper():
        return None
    for analysis in _analyses(word):
        if analysis.get("BASEFORM") == name and analysis.get("SIJAMUOTO"):
            return analysis["SIJAMUOTO"]
    return NOMINATIVE if word == name else None


def _copier_case(case, origin, copier):
    """ "Ruskolla" (on Rusko) is "Maskussa" (in Masku): the locative kind follows the town."""
    copier_outer = copier in OUTER_LOCATIVE_TOWNS
    if case in INNER and copier_outer and origin not in OUTER_LOCATIVE_TOWNS:
        return INNER[case]
    if case in OUTER and not copier_outer and origin in OUTER_LOCATIVE_TOWNS:
        return OUTER[case]
    return case


def _finnish_form(word, origin, copier):
    """The copier's form for ``word`` if it is the origin in some case; in a hyphenated
    compound the origin may be its first parts ("Rusko-päivä": "Masku-päivä")."""
    parts = word.split("-")
    for cut in range(len(parts), 0, -1):
        case = _case_of("-".join(parts[:cut]), origin)
        if case is not None:
            form = inflect(copier, _copier_case(case, origin, copier)) or copier
            return "-".join([form, *parts[cut:]])
    return None


def finnish_title(title, origin, copier):
    """``title`` with the town ``origin`` (in any case) replaced by ``copier`` in the same case.

    The origin's table forms (several words: "Koski Tl:n") are replaced first; then each word
    Voikko reads as the origin. A form no rule gives becomes the copier's plain name."""
    for case, form in sorted(EXCEPTIONS.get(origin, {}).items(), key=lambda item: -len(item[1])):
        pattern = rf"(?<!\w){re.escape(form)}(?![\w:])"
        wanted = _copier_case(case, origin, copier)
        title = re.sub(pattern, lambda _m, c=wanted: inflect(copier, c) or copier, title)
    return WORD.sub(
        lambda match: _finnish_form(match.group(), origin, copier) or match.group(), title
    )


def swedish_title(title, origin, copier):
    """``title`` with the Swedish name ``origin`` replaced by ``copier``, genitive kept:
    "Åbos årsklocka" → "Kimitoöns årsklocka"; "Pargas" is its own genitive."""

    def genitive(name):
        return name if name[-1:] in "sxz" else name + "s"

    def replace(match):
        return (
            genitive(copier) if match.group(1) and not origin.endswith(("s", "x", "z")) else copier
        )

    pattern = rf"(?<!\w){re.escape(origin)}(s?)(?!\w)"
    return re.sub(pattern, replace, title)


def suggested_title(title, language, origin_fi, origin_sv, copier_fi, copier_sv):
    """The title a copy is offered: the origin's with the copier's town in place of its own."""
    if not origin_fi or not copier_fi or origin_fi == copier_fi:
        return title
    if language == "sv":
        return swedish_title(title, origin_sv or origin_fi, copier_sv or copier_fi)
    if language == "fi":
        return finnish_title(title, origin_fi, copier_fi)
    return re.sub(rf"(?<!\w){re.escape(origin_fi)}(?!\w)", copier_fi, title)
