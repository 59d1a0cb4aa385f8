"""Demo tutor work (data/tutoring.toml): a year of tutor sessions in the tutoring networks' member
towns, logged by one tutor teacher per town, so that every chart of the report shows something.

The numbers are invented for the demo and drawn at random with a fixed seed: the calls to the
random generator keep their order, so every load gives the same figures.
"""

import datetime
import random

from django.contrib.auth.models import Group
from django.utils import timezone

from networks.networks.models import EventPage, NetworkPage
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
from portal.demo.pages import DAY, backdate, demo_period, moment, read
from portal.demo.people import account
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import teacher_group

# The survey's scale (CompetenceScore takes scores from 1 to 5).
LOWEST_SCORE, HIGHEST_SCORE = 1, 5


def load(password=None):
    """Tutors and their sessions, a survey, team planning and training feedback; nothing is done
    if sessions exist already. Returns how many sessions were logged."""
    if TutorSession.objects.exists():
        return 0
    data = read("tutoring")
    rng = random.Random(data["seed"])  # noqa: S311  (demo numbers, not secrets)
    today = timezone.localdate()
    logged = load_sessions(data, rng, today, password)
    first_network = NetworkPage.objects.filter(title=data["networks"][0]).first()
    if first_network is not None:
        load_competence_survey(first_network, data["survey"], rng, today)
        load_training_feedback(first_network, data["feedback"], rng)
    planning_town = MunicipalityPage.objects.filter(title=data["team_planning"]["town"]).first()
    if planning_town is not None:
        load_team_planning(planning_town, data["team_planning"], rng)
    if password and first_network is not None:
        coordinator, _created = account(read("people")["coordinator"], password)
        coordinator.groups.add(ensure_network_groups(first_network))
    return logged


def member_towns(titles):
    """The member towns of the networks with these titles, each once."""
    towns = {}
    for network in NetworkPage.objects.filter(title__in=titles):
        for membership in network.memberships.select_related("municipality"):
            towns[membership.municipality.pk] = membership.municipality
    return towns.values()


def load_sessions(data, rng, today, password):
    """A tutor in each member town and the tutor's sessions; returns how many were logged."""
    tutors_group, _created = Group.objects.get_or_create(name=TUTORS_GROUP)
    sessions = []
    for town in member_towns(data["networks"]):
        tutor, _created = account(
            read("people")["tutor"], password, town=town.title, slug=town.slug
        )
        tutor.groups.add(tutors_group, teacher_group(town))
        sessions.extend(town_sessions(town, tutor, data, rng, today))
    TutorSession.objects.bulk_create(sessions, batch_size=1000)
    return len(sessions)


def town_sessions(town, tutor, data, rng, today):
    figures, days = data["sessions"], data["days"]
    kinds, themes = figures["kinds"], figures["themes"]
    schools = [school.name for school in town.schools.all()]
    schools = schools or [figures["unknown_school"].format(town=town.title)]
    per_month = rng.randint(*figures["per_month"])
    return [
        TutorSession(
            tutor=tutor,
            town=town,
            date=today - datetime.timedelta(days=rng.randrange(days)),
            minutes=rng.choice(figures["minutes"]),
            school=rng.choice(schools),
            kind=rng.choices(list(kinds), weights=kinds.values())[0],
            theme=rng.choices(list(themes), weights=themes.values())[0],
            teachers_reached=rng.choice(figures["teachers_reached"]),
            note=rng.choice(figures["notes"]),
        )
        for _number in range(per_month * days // 30)
    ]


def load_competence_survey(network, survey_data, rng, today):
    """The network's competence survey and a term of anonymous answers: a few towns answer
    fewer than five times, so the report shows what it hides."""
    survey = CompetenceSurvey.objects.create(
        network=network, title=survey_data["title"], intro=survey_data["intro"]
    )
    areas = [
        (CompetenceArea.objects.create(survey=survey, name=area["name"], sort_order=number), area)
        for number, area in enumerate(survey_data["areas"])
    ]
    term = term_of(today)
    shift = survey_data["town_shift"]
    scores = []
    for membership in network.memberships.select_related("municipality"):
        town_shift = rng.uniform(-shift, shift)
        for _number in range(rng.choice(survey_data["answers"])):
            answer = CompetenceAnswer.objects.create(
                survey=survey, term=term, town=membership.municipality
            )
            for area, area_data in areas:
                score = round(rng.gauss(area_data["mean"] + town_shift, survey_data["spread"]))
                score = min(HIGHEST_SCORE, max(LOWEST_SCORE, score))
                scores.append(CompetenceScore(answer=answer, area=area, score=score))
    CompetenceScore.objects.bulk_create(scores, batch_size=1000)


def load_team_planning(town, planning, rng):
    """The town's team planning model: meetings and plans put into practice in its schools over
    the last terms (the plans made are counted from the demo's lesson plans)."""
    TeamPlanning.objects.bulk_create(
        TeamPlanning(
            town=town,
            school=school.name,
            term=term,
            meetings=rng.randint(*planning["meetings"]),
            implemented=rng.randint(*planning["implemented"]),
        )
        for school in town.schools.all()
        for term in recent_terms(planning["terms"])
    )


def load_training_feedback(network, feedback, rng):
    """Participants and feedback for the network's past trainings and school takeovers."""
    past = EventPage.objects.descendant_of(network).filter(
        kind__in=[EventPage.Kind.TRAINING, EventPage.Kind.SCHOOL_TAKEOVER],
        start__lt=timezone.now(),
    )
    for event in past:
        event.participants = rng.randint(*feedback["participants"])
        event.feedback_score = round(rng.uniform(*feedback["score"]), 1)
        event.feedback = rng.choice(feedback["texts"])
        event.save_revision().publish()
        # The feedback is written in the days after the event (dated without the generator, so
        # the figures stay the same).
        event.refresh_from_db()
        _start, now = demo_period()
        ended = event.end or event.start
        written = moment(f"{event.url_path}feedback", ended + DAY, ended + 10 * DAY)
        backdate(event, event.first_published_at, min(now, written))
