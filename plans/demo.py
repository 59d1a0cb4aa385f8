"""Demo content of the plans app: the plan library and lesson plans from the seeds' towns,
some of them copied from one another (see demo_data; the teachers are invented)."""

import json
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from networks.models import MunicipalityPage
from plans import demo_data as data
from plans.models import Grade, LessonPlanPage, PlanLibraryPage, Subject, TransversalCompetence
from portal.copying import copy_to_municipality
from portal.demo import ensure_child_page
from portal.models import CopyRecord, Licence
from portal.roles import TEACHERS


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
        user.groups.add(Group.objects.get(name=TEACHERS.format(town=town.title)))
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
