"""Demo competence badges (data/badges.toml): Rusko's badge framework for a school year, and
the demo plans that name the badges they teach."""

from django.utils.text import slugify

from badges.models import Badge, BadgeFrameworkPage, ScaleLevel
from plans.models import Grade, LessonPlanPage, TransversalCompetence
from portal.demo.pages import DAY, backdate, demo_period, ensure_child_page, moment, read
from portal.demo.practices import town_teacher
from portal.municipalities.models import MunicipalityPage
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord, Licence


def load():
    """Rusko's framework (made once, never overwritten) with its plans; return the framework."""
    data = read("badges")
    entry = dict(data["framework"])
    town = MunicipalityPage.objects.get(title=entry.pop("town"))
    licence = Licence.objects.get(slug=entry.pop("licence"))
    framework, created = ensure_child_page(
        town,
        BadgeFrameworkPage,
        entry.pop("slug"),
        prepare=lambda page: fill(page, data),
        licence=licence,
        **{key: value for key, value in entry.items() if key != "scale"},
    )
    if created:
        # Published at the start of its school year, like the towns' annual clocks.
        start, _now = demo_period()
        backdate(framework, moment(framework.url_path, start, start + 14 * DAY))
        name_badges_in_plans(framework, town, data["plans"])
        copy_and_update(framework, data["update"])
    return framework


def copy_and_update(framework, update):
    """Masku takes Rusko's framework into use some weeks into the school year; later Rusko
    sharpens one badge's skill description and publishes it again, so Masku's teachers see
    "Alkuperäinen on päivittynyt" with the badge's change to take in."""
    masku = MunicipalityPage.objects.get(title=update["copied_by"])
    if CopyRecord.objects.filter(source=framework, municipality=masku).exists():
        return
    copy = copy_to_municipality(framework, masku, town_teacher(masku))
    copy.get_latest_revision().publish()
    start = framework.first_published_at
    backdate(copy, moment(copy.url_path, start + 21 * DAY, start + 35 * DAY))
    CopyRecord.objects.filter(copy=copy).update(copied_at=start + 21 * DAY)
    version = BadgeFrameworkPage.objects.get(pk=framework.pk).get_latest_revision_as_object()
    # Held in memory, so that the new revision is made of these rows (a page without a draft
    # would read them from the database again).
    badges = list(version.badges.all())
    for badge in badges:
        if badge.code == update["badge"]:
            badge.description = update["description"]
    version.badges = badges
    version.save_revision(user=framework.owner).publish()


def fill(framework, data):
    """The framework's scale and badges, in the data file's order."""
    grades = {grade.slug: grade for grade in Grade.objects.all()}
    competences = {item.code: item for item in TransversalCompetence.objects.all()}
    framework.scale = [
        ScaleLevel(name=name, description=description)
        for name, description in data["framework"]["scale"]
    ]
    badges = []
    for entry in data["badges"]:
        badge = Badge(
            code=entry["code"],
            grade=grades[entry["grade"]],
            name=entry["name"],
            description=entry["description"],
        )
        badge.competences = [competences[code] for code in entry["competences"]]
        badges.append(badge)
    framework.badges = badges
    framework.save()


def name_badges_in_plans(framework, town, plan_badges):
    """The demo plans name the badges they teach, in a published revision dated as the plan
    was (its revisions, history and harvesting record tell one story)."""
    titles = {entry["key"]: entry["title"] for entry in read("plans")["plans"]}
    badges = {badge.code: badge for badge in framework.badges.all()}
    for key, codes in plan_badges.items():
        plan = LessonPlanPage.objects.child_of(town).filter(slug=slugify(titles[key])[:80]).first()
        if plan is None:
            continue
        dates = plan.first_published_at, plan.last_published_at
        plan.badges = [badges[code] for code in codes]
        plan.save_revision().publish()
        backdate(plan, *dates)
