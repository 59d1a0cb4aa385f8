"""Nothing that identifies a pupil in a completion report.

A report holds counts only. Its two free texts are checked before they are saved:

- The class label must look like a class label ("3A", "7 B", "5–6", "esiluokka",
  "Yhdysluokka 1–2"): a number of grade 1–10 or a range of them, with at most two letters,
  and/or one of the words schools use for a group. A name cannot pass that shape, so the label
  needs no list of names.
- The note goes through the portal's automatic content check for identity codes, phone
  numbers and e-mail addresses, and is refused if it names a person: a common Finnish first
  name written with a capital (also in its usual case forms, "Eetulle", "Ellan"), or a
  capitalised word followed by a typical Finnish surname ("… Virtanen"). First names that are
  also everyday words ("Onni", "Toivo", "Tuuli", "Satu") count only inside a sentence, not as
  its first word, and "Wilma" is left out: it is the schools' messaging service. Precision
  matters more than recall here, as in the content check: a note is a teacher's short remark,
  and the form says plainly that names do not belong in it.
"""

import re

from django.utils.translation import gettext as _

from portal.moderation.content_check import EMAIL, HETU, find_personal_data, mask_hetu

GROUP_WORDS = (
    "esiluokka|esikoulu|eskari|yhdysluokka|pienluokka|erityisluokka|tukiluokka|luokka|ryhmä"
    "|joustava|jopo|valmistava|valmistava luokka|painotusluokka|musiikkiluokka|liikuntaluokka"
    "|kielikylpyluokka|förskola|förskoleklass|klass|kombinationsklass|grupp"
)
GRADES = r"(?:10|[0-9])"
CLASS_LABEL_RE = re.compile(
    rf"^(?:(?:{GROUP_WORDS})(?:\s+|$))?"
    rf"(?:{GRADES}(?:\s?[-–]\s?{GRADES})?(?:\s?[a-zåäö]{{1,2}})?)?$",
    re.IGNORECASE,
)

# The most common first names given in Finland in the last decades (the Digital and
# Population Data Services Agency's name statistics), Finnish and Swedish.
FIRST_NAMES = frozenset(
    """
    Aada Aamu Aapo Aarne Aaro Aaron Aatu Ada Adam Aino Aili Akseli Aleksi Alex Alexander Alisa
    Alma Amanda Amelia Amos Anna Anni Anneli Anssi Antero Antti Anu Ari Arttu Arvo Atte Aukusti
    Benjamin Camilla Daniel Eelis Eemeli Eemil Eero Eetu Eevi Eija Eino Elias Eliel Elina Elisa
    Ella Ellen Elli Elmeri Elmo Emil Emilia Emma Erik Essi Hanna Hannu Harri Heidi Heikki Helmi
    Henna Henri Hilla Hilma Iida Iiris Ilari Ilmari Ilona Inka Isabella Isla Jaakko Jalmari
    Janne Jari Jenna Jenni Joel Johannes Jonna Joona Joonas Jooseppi Juha Juho Jukka Julia
    Juuso Jyri Kaarlo Kaisa Kalle Kari Kasper Katja Kerttu Kia Kristian Kristiina Lassi Lauri
    Leevi Lenni Leo Liisa Lilja Linnea Lotta Luka Lukas Mari Maria Marja Markku Matias Matilda
    Matti Meri Mette Miika Mikael Mikko Milla Minea Minja Minna Mira Nea Neea Nella Niilo Niklas
    Niko Nelli Noora Nooa Oliver Olivia Olli Oona Oskari Otto Paula Pekka Petra Petteri Pihla
    Pinja Quinn Rasmus Reetta Riikka Roni Saana Saara Sami Sampo Samu Samuel Sanna Sara Siiri
    Sofia Sofie Stella Sulo Taneli Teemu Tiia Timo Tommi Topias Tuomas Tuukka Ukko Vaino Väinö
    Valtteri Veeti Veikko Venla Vilja Viljami Ville Vilma Vivian Werneri Wilhelmiina Wiljami
    """.split()  # noqa: SIM905  (names read best as words)
)
# First names that are also everyday words: a name only inside a sentence.
WORD_NAMES = frozenset(
    """
    Aamu Aarre Armas Ilta Into Lahja Lumi Onni Oiva Rauha Satu Taimi Tähti Toivo Tuuli Usko
    Valo Vieno
    """.split()  # noqa: SIM905
)
NAMES = FIRST_NAMES | WORD_NAMES
# Case endings a name takes in a sentence (Eetulle, Ellan, Aadalla), longest first.
ENDINGS = sorted(
    ["n", "lle", "lla", "llä", "lta", "ltä", "sta", "stä", "ssa", "ssä", "a", "ä", "ksi", "na",
     "nä", "kin", "ineen"],
    key=len,
    reverse=True,
)  # fmt: skip
WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÜüÉé-]+")
SURNAME_RE = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]*(?:nen|sen|lainen|läinen)\b")
SENTENCE_END = (".", "!", "?", ":", "\n")


def normalise_class_label(text):
    """The label as it is stored: one space between words, a class letter in capitals
    ("3a" → "3A"), and a hyphen between grades written as a dash."""
    text = " ".join(str(text or "").split())
    text = re.sub(rf"({GRADES})\s?-\s?({GRADES})", r"\1–\2", text)
    return re.sub(r"(\d)(\s?)([a-zåäö]{1,2})$", lambda m: m[1] + m[3].upper(), text)


def class_label_problem(text):
    """Why the class label cannot be saved, or None."""
    text = " ".join(str(text or "").split())
    if not text:
        return None
    if find_personal_data(text) or not CLASS_LABEL_RE.match(text):
        return _(
            "Write the class as a class label, such as 3A, 7B, 5–6, esiluokka or "
            "Yhdysluokka 1–2. A pupil's name or other personal data does not belong here."
        )
    return None


def _name_of(word):
    """The first name the word is, in any of its usual case forms, or None."""
    if word in NAMES:
        return word
    for ending in ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in NAMES:
            return word[: -len(ending)]
    return None


def _starts_sentence(text, position):
    before = text[:position].rstrip()
    return not before or before.endswith(SENTENCE_END)


def names_in(text):
    """The personal names found in ``text``, in its order."""
    found = []
    for match in WORD_RE.finditer(text or ""):
        word = match.group()
        if not word[:1].isupper():
            continue
        name = _name_of(word)
        if name is None:
            continue
        if name in WORD_NAMES and _starts_sentence(text, match.start()):
            continue
        found.append(word)
    for match in SURNAME_RE.finditer(text or ""):
        if not any(name in match.group() for name in found):
            found.append(match.group())
    return found


def note_problems(text):
    """What must be removed from a report's note before it is saved, as clear sentences."""
    problems = []
    for kind, matched in find_personal_data(text or ""):
        if kind == HETU:
            problems.append(
                _("A personal identity code %(code)s: remove it.") % {"code": mask_hetu(matched)}
            )
        elif kind == EMAIL:
            problems.append(_("An e-mail address %(address)s: remove it.") % {"address": matched})
        else:
            problems.append(_("A phone number %(number)s: remove it.") % {"number": matched})
    names = names_in(text)
    if names:
        problems.append(
            _("A name (%(names)s): remove it. The report tells counts only, never who.")
            % {"names": ", ".join(names)}
        )
    if problems:
        problems.append(_("Nothing in a completion report may identify a pupil."))
    return problems
