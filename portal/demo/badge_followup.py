"""Demo follow-up of the competence badges (data/badge_followup.toml): two terms of counts for
Rusko's classes, recorded by a teacher of the town, and the people who follow them: the
principal of Maunun koulu, the ICT lead of Vahdon koulu and the town's digitalisation expert.

The numbers are invented and drawn at random with a fixed seed: the calls to the random
generator keep their order, so every load gives the same figures.
"""

import random

from badges.models import CompletionCount, CompletionReport, FollowUpRole
from portal.demo.pages import read
from portal.demo.people import account
from portal.municipalities.roles import teacher_group

# The terms of the school year, in the order they are recorded.
TERMS = ["syksy", "kevat"]


def load_badge_follow_up(framework, password=None):
    """Counts of both terms for every class of the data file, and the follow-up roles; nothing
    is done if the framework has counts already. Returns how many class reports were made."""
    if framework is None or framework.completion_reports.exists():
        return 0
    data = read("badge_followup")
    town = framework.get_parent().specific
    people = {key: account(entry, password)[0] for key, entry in data["people"].items()}
    for person in people.values():
        person.groups.add(teacher_group(town))
    schools = {school.name: school for school in town.schools.all()}
    for key, role in (
        ("principal", FollowUpRole.Role.PRINCIPAL),
        ("ict_lead", FollowUpRole.Role.ICT_LEAD),
    ):
        FollowUpRole.objects.get_or_create(
            user=people[key], role=role, municipality=town,
            school=schools.get(data["people"][key]["school"]),
        )  # fmt: skip
    FollowUpRole.objects.get_or_create(
        user=people["expert"], role=FollowUpRole.Role.DIGITAL_LEAD, municipality=town, school=None
    )
    badges = {}
    for badge in framework.badges.select_related("grade"):
        badges.setdefault(badge.grade.slug, []).append(badge)
    levels = framework.scale.count()
    rng = random.Random(data["seed"])  # noqa: S311  (demo numbers, not secrets)
    made = 0
    for school_name, classes in data["schools"].items():
        for entry in classes:
            grade_badges = badges.get(entry["grade"], [])
            done_by_autumn = {}
            for term in TERMS if grade_badges else []:
                report = CompletionReport.objects.create(
                    framework=framework,
                    municipality=town,
                    school=schools.get(school_name),
                    school_name=school_name,
                    group=entry["group"],
                    grade=grade_badges[0].grade,
                    school_year=framework.school_year,
                    term=term,
                    pupils=entry["pupils"],
                    note=data["notes"].get(entry["group"], "") if term == "kevat" else "",
                    reported_by=reporter(people, data, school_name, entry["group"]),
                )
                low, high = data["terms"][term]
                counts = []
                for badge in grade_badges:
                    before = done_by_autumn.get(badge.pk, 0)
                    completed = before + round((report.pupils - before) * rng.uniform(low, high))
                    done_by_autumn[badge.pk] = completed
                    counts.append(count(report, badge, completed, levels, rng, term))
                CompletionCount.objects.bulk_create(counts)
                made += 1
    return made


def reporter(people, data, school, group):
    """The demo teacher for her own classes; the other classes' teachers are not in the demo."""
    teacher = data["people"]["teacher"]
    if school == teacher["school"] and group in teacher["classes"]:
        return people["teacher"]
    return None


def count(report, badge, completed, levels, rng, term):
    """A badge's count: most of those who completed it assessed themselves, leaning to the
    higher levels in the spring."""
    assessed = completed - rng.randint(0, min(2, completed))
    weights = [4, 5, 3, 1] if term == "syksy" else [1, 3, 5, 3]
    weights = (weights + [1] * levels)[:levels]
    chosen = rng.choices(range(levels), weights=weights, k=assessed) if levels else []
    return CompletionCount(
        report=report,
        badge=badge,
        completed=completed,
        self_assessment=[chosen.count(level) for level in range(levels)],
    )
