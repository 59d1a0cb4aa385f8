"""Demo tutor work: a year of tutor sessions in the Keski-Suomi network's and Tutor 2.0's member
towns, logged by one tutor teacher per town, so that every chart of the report shows something.

The numbers are invented for the demo (the seeds name what is tracked, not how much).
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from networks.networks.models import NetworkPage
from networks.networks.roles import ensure_network_groups
from networks.tutoring.models import (
    TUTORS_GROUP,
    CompetenceAnswer,
    CompetenceArea,
    CompetenceScore,
    CompetenceSurvey,
    TeamPlanning,
    TutorSession,
    recent_terms,
    term_of,
)
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import teacher_group

NETWORKS = ["Keski-Suomen tutoropettajaverkosto", "Tutor 2.0"]
NOTES = [
    "Teams-tehtävien jakaminen ja palautus.",
    "Tekoälyn käyttö tuntisuunnittelussa.",
    "Kolmiportaisen tuen kirjaukset.",
    "Välkkäritoiminnan suunnittelu.",
    "Osaamismerkkien käyttöönotto.",
    "",
]
# Kinds and themes as often as a tutor-teacher year has them (weights).
KINDS = {"yksilo": 8, "ryhma": 5, "samanaikais": 4, "suunnittelu": 3, "valtaus": 1, "oma": 2}
THEMES = {"digi": 6, "tekoaly": 4, "tietoturva": 2, "ohjelmointi": 2, "oppimisymparistot": 3,
          "mediataito": 1, "oppilaan-tuki": 2, "hyvinvointi": 2, "ops": 2}  # fmt: skip


def load(password=None, days=365, seed=2026):
    """Tutors and their sessions; nothing is done if sessions exist already."""
    if TutorSession.objects.exists():
        return 0
    rng = random.Random(seed)  # noqa: S311  (demo numbers, not secrets)
    User = get_user_model()
    tutors_group, _created = Group.objects.get_or_create(name=TUTORS_GROUP)
    towns = {}
    for network in NetworkPage.objects.filter(title__in=NETWORKS):
        for membership in network.memberships.select_related("municipality"):
            towns[membership.municipality.pk] = membership.municipality
    today = timezone.localdate()
    sessions = []
    for town in towns.values():
        username = f"tutor.{town.slug}"
        tutor, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": "Tutor", "last_name": f"{town.title} (esimerkki)",
                      "email": f"{username}@example.fi"},
        )  # fmt: skip
        if created:
            if password:
                tutor.set_password(password)
            else:
                tutor.set_unusable_password()
            tutor.save()
        tutor.groups.add(tutors_group, teacher_group(town))
        schools = [school.name for school in town.schools.all()] or [f"{town.title}n koulu"]
        busy = rng.randint(3, 9)  # sessions a month
        for _number in range(busy * days // 30):
            sessions.append(
                TutorSession(
                    tutor=tutor,
                    town=town,
                    date=today - datetime.timedelta(days=rng.randrange(days)),
                    minutes=rng.choice([30, 45, 45, 60, 75, 90, 120, 180]),
                    school=rng.choice(schools),
                    kind=rng.choices(list(KINDS), weights=KINDS.values())[0],
                    theme=rng.choices(list(THEMES), weights=THEMES.values())[0],
                    teachers_reached=rng.choice([1, 1, 1, 2, 3, 5, 8, 12, 20]),
                    note=rng.choice(NOTES),
                )
            )
    TutorSession.objects.bulk_create(sessions, batch_size=1000)
    keski_suomi = NetworkPage.objects.filter(title=NETWORKS[0]).first()
    if keski_suomi is not None:
        load_competence_survey(keski_suomi, rng, today)
        load_training_feedback(keski_suomi, rng)
    rusko = MunicipalityPage.objects.filter(title="Rusko").first()
    if rusko is not None:
        load_team_planning(rusko, rng)
    if password and keski_suomi is not None:
        coordinator, created = User.objects.get_or_create(
            username="kaija.koordinaattori",
            defaults={"first_name": "Kaija", "last_name": "Koordinaattori (esimerkki)",
                      "email": "kaija.koordinaattori@example.fi"},
        )  # fmt: skip
        if created:
            coordinator.set_password(password)
            coordinator.save()
        coordinator.groups.add(ensure_network_groups(keski_suomi))
    return len(sessions)


AREAS = [
    ("Tekoäly opetuksen suunnittelussa", 2.4),
    ("Sähköiset oppimisympäristöt", 3.6),
    ("Tietoturva ja tietosuoja", 3.0),
    ("Ohjelmointi ja robotiikka", 2.2),
    ("Oppimisen aikainen arviointi digitaalisesti", 2.8),
    ("Mediataito ja lähdekritiikki", 3.3),
]


def load_competence_survey(network, rng, today):
    """The network's competence survey and a term of anonymous answers: a few towns answer
    fewer than five times, so the report shows what it hides."""
    survey = CompetenceSurvey.objects.create(
        network=network,
        title="TVT-osaamiskartoitus",
        intro="Arvioi, kuinka varmaksi tunnet itsesi kullakin alueella.",
    )
    areas = [CompetenceArea.objects.create(survey=survey, name=name, sort_order=number)
             for number, (name, _mean) in enumerate(AREAS)]  # fmt: skip
    term = term_of(today)
    scores = []
    for membership in network.memberships.select_related("municipality"):
        town_shift = rng.uniform(-0.6, 0.6)
        for _number in range(rng.choice([2, 3, 6, 8, 10, 12, 15, 20])):
            answer = CompetenceAnswer.objects.create(
                survey=survey, term=term, town=membership.municipality
            )
            for area, (_name, mean) in zip(areas, AREAS, strict=True):
                score = round(rng.gauss(mean + town_shift, 0.9))
                scores.append(CompetenceScore(answer=answer, area=area,
                                              score=min(5, max(1, score))))  # fmt: skip
    CompetenceScore.objects.bulk_create(scores, batch_size=1000)


def load_team_planning(town, rng):
    """Rusko's team planning model: meetings and plans put into practice in its schools over
    the last three terms (the plans made are counted from the demo's lesson plans)."""
    TeamPlanning.objects.bulk_create(
        TeamPlanning(town=town, school=school.name, term=term,
                     meetings=rng.randint(3, 12), implemented=rng.randint(2, 14))
        for school in town.schools.all()
        for term in recent_terms(3)
    )  # fmt: skip


FEEDBACK = [
    "Käytännön esimerkit ja oma kokeilu saivat kiitosta; aikaa toivottiin enemmän.",
    "Osallistujat pitivät vertaistuesta ja siitä, että koulutus oli omalla koululla.",
    "Tekoälyosuus koettiin hyödylliseksi; tietosuojasta haluttiin jatkokoulutus.",
]


def load_training_feedback(network, rng):
    """Participants and feedback for the network's past trainings and school takeovers."""
    from networks.networks.models import EventPage

    past = EventPage.objects.descendant_of(network).filter(
        kind__in=[EventPage.Kind.TRAINING, EventPage.Kind.SCHOOL_TAKEOVER],
        start__lt=timezone.now(),
    )
    for event in past:
        event.participants = rng.randint(12, 60)
        event.feedback_score = round(rng.uniform(3.8, 4.9), 1)
        event.feedback = rng.choice(FEEDBACK)
        event.save_revision().publish()
