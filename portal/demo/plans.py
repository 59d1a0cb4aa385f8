"""Demo content of the plans app: the plan library and lesson plans from the seeds' towns,
some of them copied from one another (see demo_data; the teachers are invented)."""

import json
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings
from django.utils.text import slugify

from plans.models import Grade, LessonPlanPage, PlanLibraryPage, Subject, TransversalCompetence
from portal.demo import plans_data as data
from portal.demo.pages import ensure_child_page
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import TEACHERS
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord, Licence


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def teacher(name, town):
    """The invented author of a demo plan, a teacher of its town who cannot sign in."""
    first, _, last = name.partition(" ")
    username = slugify(f"{first}.{last}").replace("-", ".")[:150]
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": f"{last} (esimerkki)"}
    )
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=TEACHERS.format(title=town.title)))
    return user


def plan_fields(entry, licences):
    return {
        "title": entry["title"],
        "summary": entry["summary"],
        "school": entry["school"],
        "language": entry["language"],
        "duration": entry["duration"],
        "licence": licences[entry["licence"]],
        "learning_outcome": entry["learning_outcome"],
        "key_points": json.dumps([block("point", point) for point in entry["key_points"]]),
        "objectives": json.dumps(
            [block("objective", {"code": c, "text": t}) for c, t in entry["objectives"]]
        ),
        "keywords": json.dumps(
            [block("keyword", {"word": w, "definition": d}) for w, d in entry["keywords"]]
        ),
        "misconceptions": json.dumps(
            [
                block("misconception", {"misconception": m, "response": r})
                for m, r in entry["misconceptions"]
            ]
        ),
        "phases": json.dumps(
            [
                block(
                    "phase",
                    {
                        "kind": phase["kind"],
                        "title": phase["title"],
                        "duration": phase["duration"],
                        "pupil_instructions": phase["pupil_instructions"],
                        "teacher_notes": phase["teacher_notes"],
                    },
                )
                for phase in entry["phases"]
            ]
        ),
        "materials": json.dumps(
            [
                block("link", {"title": title, "url": url, "licence": None})
                for title, url in entry["links"]
            ]
        ),
        "differentiation_up": entry["differentiation_up"],
        "differentiation_down": entry["differentiation_down"],
        "support_general": entry["support_general"],
        "support_intensified": entry["support_intensified"],
        "support_special": entry["support_special"],
        "equipment": entry["equipment"],
        "safety": entry["safety"],
        "accessibility": entry["accessibility"],
        "assessment_criteria": entry["assessment_criteria"],
        "formative_ideas": entry["formative_ideas"],
    }


def load_library(home):
    library, created = ensure_child_page(
        home,
        PlanLibraryPage,
        "suunnitelmat",
        title="Suunnitelmat",
        summary="Opettajien avoimet tuntisuunnitelmat esiopetuksesta yhdeksänteen luokkaan.",
        search_description="Opettajien avoimet tuntisuunnitelmat kaikista oppiaineista.",
        intro="<p>Hae suunnitelmia oppiaineen, vuosiluokan ja laaja-alaisen osaamisen mukaan.</p>",
        show_in_menus=True,
    )
    if created:
        first = home.get_children().first()
        if first is not None and first.pk != library.pk:
            library.move(first, pos="left")
    return library


def load(home):
    load_library(home)
    towns = {town.title: town for town in MunicipalityPage.objects.all()}
    licences = {licence.slug: licence for licence in Licence.objects.all()}
    subjects = {subject.slug: subject for subject in Subject.objects.all()}
    grades = {grade.slug: grade for grade in Grade.objects.all()}
    competences = {c.code: c for c in TransversalCompetence.objects.all()}
    plans = {}
    for entry in data.PLANS:
        town = towns[entry["town"]]
        if entry["copied_from"]:
            source = plans[entry["copied_from"]]
            if not CopyRecord.objects.filter(source=source, municipality=town).exists():
                copy = copy_to_municipality(source, town, teacher(entry["author"], town))
                for field, value in plan_fields(entry, licences).items():
                    setattr(copy, field, value)
                copy.save_revision(user=copy.owner).publish()
            plans[entry["key"]] = LessonPlanPage.objects.get(
                copy_record__source=source, copy_record__municipality=town
            )
            continue
        author = teacher(entry["author"], town)

        def prepare(page, entry=entry):
            page.subjects.set([subjects[code] for code in entry["subjects"]])
            page.grades.set([grades[code] for code in entry["grades"]])
            page.competences.set([competences[code] for code in entry["competences"]])
            page.tags.add(*entry["tags"])

        plan, _created = ensure_child_page(
            town,
            LessonPlanPage,
            slugify(entry["title"])[:80],
            prepare=prepare,
            owner=author,
            **plan_fields(entry, licences),
        )
        plans[entry["key"]] = plan


def load_moderation(password):
    """People who can sign in to try moderation: a teacher and a moderator of Masku, and two
    of the teacher's submissions waiting in Masku's queue (an edit of a published plan and a
    new plan copied from Rusko). Nothing is done if the teacher exists already."""
    from portal.municipalities.roles import MODERATORS, teacher_group

    User = get_user_model()
    if User.objects.filter(username="maija.masku").exists():
        return []
    masku = MunicipalityPage.objects.get(title="Masku")
    people = {}
    for username, first, last, group in [
        ("maija.masku", "Maija", "Opettaja", teacher_group(masku)),
        (
            "mikko.masku",
            "Mikko",
            "Moderaattori",
            Group.objects.get(name=MODERATORS.format(title=masku.title)),
        ),
    ]:
        people[username] = User.objects.create_user(
            username=username,
            email=f"{first.lower()}.{last.lower()}@masku.fi",
            password=password,
            first_name=first,
            last_name=f"{last} (esimerkki)",
        )
        people[username].groups.add(group)
    author, moderator = people.values()

    submitted = []
    edited = LessonPlanPage.objects.child_of(masku).live().order_by("path").first()
    if edited is not None:
        edited.owner = author
        edited.save(update_fields=["owner"])
        draft = edited.get_latest_revision_as_object()
        draft.summary = f"{draft.summary} Päivitetty syksyn 2026 kokeilun jälkeen."
        draft.save_revision(user=author)
        submitted.append(edited)
    source = LessonPlanPage.objects.child_of(MunicipalityPage.objects.get(title="Rusko")).live()
    source = source.order_by("path").first()
    if source is not None:
        copy = copy_to_municipality(source, masku, author)
        draft = copy.get_latest_revision_as_object()
        draft.visibility = "public"
        draft.save_revision(user=author)
        submitted.append(copy)
    # The moderator's notification would only print to the console here.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for page in submitted:
            page.get_workflow().start(page, author)
    return [author.username, moderator.username]
