"""Synthetic lesson plans in realistic Finnish, made in bulk, for the search benchmark.

The plans are written straight into the page tree under one municipality (paths computed as
treebeard would), a few thousand rows per statement: making 100,000 plans through
``add_child`` would take hours, and only their text, taxonomy and place matter here.
"""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models.sql import InsertQuery
from django.utils import timezone
from wagtail.models import Locale, Page

from plans.models import Grade, LessonPlanPage, Subject, TransversalCompetence
from portal.municipalities.models import MunicipalityPage
from portal.sharing.models import Licence

# (base form, inflected forms used in the text)
TOPICS = [
    ("murtoluku", ["murtoluvut", "murtolukuja", "murtoluvuilla", "murtoluvun", "murtolukujen"]),
    ("vuosikello", ["vuosikellon", "vuosikelloon", "vuosikellossa", "vuosikelloa"]),
    ("hyvinvointi", ["hyvinvoinnin", "hyvinvointia", "hyvinvoinnista", "hyvinvointiin"]),
    ("lukutaito", ["lukutaidon", "lukutaitoa", "lukutaitoon", "lukutaidosta"]),
    ("ohjelmointi", ["ohjelmoinnin", "ohjelmointia", "ohjelmoinnissa", "ohjelmointiin"]),
    ("kestävä kehitys", ["kestävän kehityksen", "kestävää kehitystä"]),
    ("mediataito", ["mediataidot", "mediataitoja", "mediataitojen", "mediataidoissa"]),
    ("lähdekritiikki", ["lähdekritiikin", "lähdekritiikkiä", "lähdekriittisesti"]),
    ("tunnetaito", ["tunnetaidot", "tunnetaitoja", "tunnetaitojen", "tunnetaidoissa"]),
    ("kielikylpy", ["kielikylvyn", "kielikylvyssä", "kielikylpyyn"]),
    ("metsä", ["metsässä", "metsään", "metsän", "metsiä", "metsistä"]),
    ("vesi", ["veden", "vettä", "vedessä", "vesistöt"]),
    ("kertotaulu", ["kertotaulun", "kertotaulua", "kertotauluja", "kertotaulussa"]),
    ("yhtälö", ["yhtälön", "yhtälöitä", "yhtälöillä", "yhtälöiden"]),
    ("prosentti", ["prosentit", "prosentteja", "prosenttilaskut", "prosenttien"]),
    ("geometria", ["geometrian", "geometriaa", "kolmiot", "kulmat"]),
    ("sää", ["sään", "säätä", "sääilmiöt", "säätila"]),
    ("energia", ["energian", "energiaa", "energiankulutus", "uusiutuva energia"]),
    ("demokratia", ["demokratian", "demokratiaa", "vaalit", "äänestäminen"]),
    ("talous", ["talouden", "taloutta", "oma raha", "säästäminen"]),
    ("runo", ["runot", "runoja", "runoista", "runoilla", "riimit"]),
    ("satu", ["sadut", "satuja", "sadun", "saduissa"]),
    ("kasvi", ["kasvit", "kasveja", "kasvien", "kasvitunnistus"]),
    ("eläin", ["eläimet", "eläimiä", "eläinten", "eläimistä"]),
    ("ruoka", ["ruoan", "ruokaa", "ruokakasvatus", "ateria"]),
    ("liikenne", ["liikenteen", "liikenteessä", "liikennesäännöt", "pyöräily"]),
    ("ystävyys", ["ystävyyden", "ystävyyttä", "kaveritaidot", "ystävät"]),
    ("kiusaaminen", ["kiusaamisen", "kiusaamista", "kiusaamisesta"]),
    ("tiimityö", ["tiimityön", "tiimityötä", "ryhmätyö", "yhteistyö"]),
    ("arviointi", ["arvioinnin", "arviointia", "itsearviointi", "vertaisarviointi"]),
]
SUBJECT_WORDS = {
    "matematiikka": ["matematiikan", "matematiikassa"],
    "aidinkieli": ["äidinkielen", "äidinkielessä"],
    "ymparistooppi": ["ympäristöopin", "ympäristöopissa"],
    "historia": ["historian", "historiassa"],
    "musiikki": ["musiikin", "musiikissa"],
    "kuvataide": ["kuvataiteen", "kuvataiteessa"],
    "liikunta": ["liikunnan", "liikunnassa"],
}
VERBS = ["tutkivat", "harjoittelevat", "vertailevat", "kuvaavat", "pohtivat", "mallintavat",
         "esittelevät", "rakentavat", "kirjoittavat", "selvittävät"]  # fmt: skip
PLACES = ["pareittain", "pienryhmissä", "koulun pihalla", "luokassa", "kirjastossa",
          "tabletilla", "retkellä", "draaman keinoin", "pelin avulla", "kuvien avulla"]  # fmt: skip
OUTCOMES = ["Osaan kertoa omin sanoin, mitä {t} tarkoittaa.",
            "Osaan käyttää {t} arjen tilanteissa.",
            "Tunnistan {t} ja osaan antaa esimerkin.",
            "Osaan selittää kaverille, miten {t} liittyy omaan elämääni."]  # fmt: skip
TITLES = ["{T} {p}", "{T} ja {t2}", "Tutkitaan: {t}", "{T} – {s} tunti", "Projekti: {t} ja {t2}"]


def sentence(rng, topic_forms):
    return (
        f"Oppilaat {rng.choice(VERBS)} {rng.choice(topic_forms)} {rng.choice(PLACES)}."
    ).capitalize()


def plan_text(rng, number):
    """Title, summary, outcome and key points for one plan, about one or two topics."""
    base, forms = TOPICS[number % len(TOPICS)]
    other_base, other_forms = rng.choice(TOPICS)
    subject_forms = rng.choice(list(SUBJECT_WORDS.values()))
    title = rng.choice(TITLES).format(
        T=base.capitalize(), t=base, t2=other_base, p=rng.choice(PLACES),
        s=subject_forms[0],
    )  # fmt: skip
    summary = " ".join(
        [sentence(rng, forms), sentence(rng, other_forms),
         f"Tunti sopii {rng.choice(subject_forms)} opetukseen."]
    )  # fmt: skip
    outcome = rng.choice(OUTCOMES).format(t=rng.choice(forms))
    points = [sentence(rng, forms + other_forms) for _ in range(3)]
    return f"{title} {number}", summary, outcome, points


class PlanMaker:
    """Makes N plans under ``town``, their subjects, grades and competences, in bulk."""

    def __init__(self, town, licence, subjects, grades, competences, seed=2026):
        self.town = town
        self.licence = licence
        self.subjects, self.grades, self.competences = subjects, grades, competences
        self.rng = random.Random(seed)  # noqa: S311  (synthetic text, not secrets)
        self.model = LessonPlanPage
        self.content_type_id = LessonPlanPage().content_type_id or self._content_type()
        self.locale = Locale.get_default()

    def _content_type(self):
        return ContentType.objects.get_for_model(self.model).pk

    def make(self, count, batch=2000):
        """Make ``count`` more plans; yields how many are made so far."""
        made = 0
        while made < count:
            size = min(batch, count - made)
            self._make_batch(size)
            made += size
            yield made

    def _make_batch(self, size):
        town = Page.objects.get(pk=self.town.pk)
        now = timezone.now()
        plans = []
        for offset in range(size):
            number = town.numchild + offset + 1
            title, summary, outcome, points = plan_text(self.rng, number)
            slug = f"penkki-{number}"
            plans.append(
                self.model(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(town.path, town.depth + 1, number),
                    depth=town.depth + 1,
                    numchild=0,
                    url_path=f"{town.url_path}{slug}/",
                    content_type_id=self.content_type_id,
                    locale=self.locale,
                    translation_key=uuid.uuid4(),
                    live=True,
                    first_published_at=now - timezone.timedelta(minutes=number),
                    last_published_at=now,
                    summary=summary[:400],
                    learning_outcome=outcome,
                    key_points=[("point", point) for point in points],
                    licence=self.licence,
                    visibility="public",
                    language="fi",
                    duration=45,
                )
            )
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(plan, f.attname) for f in page_fields}) for plan in plans]
        )
        for plan, row in zip(plans, rows, strict=True):
            plan.pk = plan.page_ptr_id = row.pk
        insert = InsertQuery(self.model)
        insert.insert_values(self.model._meta.local_concrete_fields, plans)
        insert.get_compiler(using="default").execute_sql(returning_fields=None)
        Page.objects.filter(pk=town.pk).update(numchild=town.numchild + size)

        links = (
            (self.model.subjects.through, "subject_id", self.subjects),
            (self.model.grades.through, "grade_id", self.grades),
            (self.model.competences.through, "transversalcompetence_id", self.competences),
        )
        for through, column, choices in links:
            through.objects.bulk_create(
                through(lessonplanpage_id=plan.pk, **{column: choice.pk})
                for plan in plans
                for choice in self.rng.sample(choices, 2)
            )


def demo_plan_maker():
    """A PlanMaker for the demo's first municipality (None without the demo content)."""
    town = MunicipalityPage.objects.order_by("path").first()
    if town is None:
        return None
    return PlanMaker(
        town,
        Licence.objects.get(slug="cc-by"),
        list(Subject.objects.all()),
        list(Grade.objects.all()),
        list(TransversalCompetence.objects.all()),
    )


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * share) - 1)]
