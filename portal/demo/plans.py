"""Demo content of the plans app (data/plans.toml): the plan library and lesson plans from the
seeds' towns, some of them copied from one another, and the moderation people of
data/people.toml with their submissions (the teachers are invented)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify

from plans.models import Grade, LessonPlanPage, PlanLibraryPage, Subject, TransversalCompetence
from portal.demo import media as media_demo
from portal.demo.pages import (
    DAY,
    backdate,
    backdate_copies,
    block,
    demo_period,
    ensure_child_page,
    moment,
    published_since,
    read,
    stream,
)
from portal.demo.people import account, ensure_user, person
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import MODERATORS, TEACHERS, teacher_group
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord, Licence

TEXT_FIELDS = [
    "title",
    "summary",
    "school",
    "language",
    "duration",
    "learning_outcome",
    "differentiation_up",
    "differentiation_down",
    "support_general",
    "support_intensified",
    "support_special",
    "equipment",
    "safety",
    "accessibility",
    "assessment_criteria",
    "formative_ideas",
]


def teacher(name, town):
    """The invented author of a demo plan, a teacher of its town who cannot sign in."""
    first, _, last = name.partition(" ")
    username = slugify(f"{first}.{last}").replace("-", ".")[:150]
    user, created = ensure_user(username, first_name=first, last_name=person(last))
    if created:
        user.groups.add(Group.objects.get(name=TEACHERS.format(title=town.title)))
    return user


def phase(entry):
    fields = ["kind", "title", "duration", "pupil_instructions", "teacher_notes"]
    return block("phase", {field: entry[field] for field in fields})


def plan_fields(entry, licences, uploads):
    fields = {field: entry[field] for field in TEXT_FIELDS}
    return {
        **fields,
        "licence": licences[entry["licence"]],
        "key_points": stream(block("point", point) for point in entry["key_points"]),
        "objectives": stream(block("objective", item) for item in entry["objectives"]),
        "keywords": stream(block("keyword", item) for item in entry["keywords"]),
        "misconceptions": stream(block("misconception", item) for item in entry["misconceptions"]),
        "phases": stream(phase(item) for item in entry["phases"]),
        "materials": stream(
            [
                *(
                    block("link", {"title": link["title"], "url": link["url"], "licence": None})
                    for link in entry["links"]
                ),
                *(media_demo.material(*uploads[key], licences) for key in entry.get("uploads", [])),
            ]
        ),
    }


def load_library(home):
    fields = dict(read("plans")["library"])
    slug = fields.pop("slug")
    library, created = ensure_child_page(home, PlanLibraryPage, slug, **fields)
    if created:
        first = home.get_children().first()
        if first is not None and first.pk != library.pk:
            library.move(first, pos="left")
    return library


def load_copy(entry, source, town, licences, uploads):
    """A plan that a teacher of ``town`` copied from ``source`` and adapted, once."""
    if not CopyRecord.objects.filter(source=source, municipality=town).exists():
        copy = copy_to_municipality(source, town, teacher(entry["author"], town))
        for field, value in plan_fields(entry, licences, uploads).items():
            setattr(copy, field, value)
        copy.save_revision(user=copy.owner).publish()
    return LessonPlanPage.objects.get(copy_record__source=source, copy_record__municipality=town)


class Codes:
    """The plans app's subjects, grades and transversal competences, by code."""

    def __init__(self):
        self.subjects = {subject.slug: subject for subject in Subject.objects.all()}
        self.grades = {grade.slug: grade for grade in Grade.objects.all()}
        self.competences = {c.code: c for c in TransversalCompetence.objects.all()}

    def prepare(self, entry):
        """What a new plan gets before its first revision is published: its codes and tags."""

        def prepare(page):
            page.subjects.set([self.subjects[code] for code in entry["subjects"]])
            page.grades.set([self.grades[code] for code in entry["grades"]])
            page.competences.set([self.competences[code] for code in entry["competences"]])
            page.tags.add(*entry["tags"])

        return prepare


def load(home):
    began = timezone.now()
    load_library(home)
    towns = {town.title: town for town in MunicipalityPage.objects.all()}
    licences = {licence.slug: licence for licence in Licence.objects.all()}
    codes = Codes()
    uploads = media_demo.load()
    plans = {}
    for entry in read("plans")["plans"]:
        town = towns[entry["town"]]
        if entry.get("copied_from"):
            source = plans[entry["copied_from"]]
            plans[entry["key"]] = load_copy(entry, source, town, licences, uploads)
            continue
        plans[entry["key"]], _created = ensure_child_page(
            town,
            LessonPlanPage,
            slugify(entry["title"])[:80],
            prepare=codes.prepare(entry),
            owner=teacher(entry["author"], town),
            **plan_fields(entry, licences, uploads),
        )
    date_new_plans(began)


def date_new_plans(began):
    """The plans published by this load, dated over the demo's two school years: the library
    first, then the teachers' plans, then the copies some days or weeks after their sources."""
    start, now = demo_period()
    for library in published_since(PlanLibraryPage, began):
        backdate(library, moment(library.url_path, start, start + 14 * DAY))
    plans = published_since(LessonPlanPage, began).filter(copy_record__isnull=True)
    for plan in plans:
        backdate(plan, moment(plan.url_path, start + 14 * DAY, now))
    backdate_copies(LessonPlanPage, began, now)


def submit_edit(town, author, note):
    """The author's edit of the town's first published plan, its summary ending in ``note``."""
    edited = LessonPlanPage.objects.child_of(town).live().order_by("path").first()
    if edited is None:
        return None
    edited.owner = author
    edited.save(update_fields=["owner"])
    draft = edited.get_latest_revision_as_object()
    draft.summary = f"{draft.summary} {note}"
    draft.save_revision(user=author)
    return edited


def submit_copy(source_town, town, author):
    """The author's copy of ``source_town``'s first published plan, to be opened to everyone."""
    source = LessonPlanPage.objects.child_of(source_town).live().order_by("path").first()
    if source is None:
        return None
    copy = copy_to_municipality(source, town, author)
    draft = copy.get_latest_revision_as_object()
    draft.visibility = "public"
    draft.save_revision(user=author)
    return copy


def load_moderation(password):
    """People who can sign in to try moderation: a teacher and a moderator of a town, and two of
    the teacher's submissions waiting in the town's queue (an edit of a published plan and a new
    plan copied from another town). Nothing is done if the teacher exists already."""
    data = read("people")["moderation"]
    if get_user_model().objects.filter(username=data["teacher"]["username"]).exists():
        return []
    town = MunicipalityPage.objects.get(title=data["town"])
    author, _created = account(data["teacher"], password)
    author.groups.add(teacher_group(town))
    moderator, _created = account(data["moderator"], password)
    moderator.groups.add(Group.objects.get(name=MODERATORS.format(title=town.title)))

    source_town = MunicipalityPage.objects.get(title=data["copied_from_town"])
    submitted = [
        submit_edit(town, author, data["edit_note"]),
        submit_copy(source_town, town, author),
    ]
    # The moderator's notification would only print to the console here.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for page in submitted:
            if page is not None:
                page.get_workflow().start(page, author)
    return [author.username, moderator.username]
