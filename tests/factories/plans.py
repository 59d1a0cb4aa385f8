import factory
import wagtail_factories

from plans import models
from tests.factories.networks import licence


def phase(title, minutes, pupil, teacher="", kind="activity"):
    return (
        "phase",
        {
            "kind": kind,
            "title": title,
            "duration": minutes,
            "pupil_instructions": f"<p>{pupil}</p>",
            "teacher_notes": f"<p>{teacher}</p>" if teacher else "",
        },
    )


class LessonPlanPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Murtoluvut arjessa {n}")
    summary = "Oppilaat tutkivat murtolukuja pizzan ja suklaalevyn avulla."
    licence = factory.LazyFunction(licence)
    visibility = "public"
    duration = 45
    school = "Vahdon koulu"
    learning_outcome = "Osaan kertoa, mitä murtoluku tarkoittaa, ja vertailla murtolukuja."
    key_points = factory.LazyFunction(lambda: [("point", "Murtoluku kertoo osan kokonaisuudesta.")])
    phases = factory.LazyFunction(
        lambda: [
            phase("Virittäytyminen", 10, "Jaa suklaalevy neljälle.", "Kysy, mikä on neljäsosa.",
                  kind="introduction"),
            phase("Pizzatehtävä", 35, "Piirrä pizza ja jaa se kahdeksaan osaan.",
                  "Yleinen virhe: isompi nimittäjä tarkoittaa isompaa osaa."),
        ]
    )  # fmt: skip

    class Meta:
        model = models.LessonPlanPage
        skip_postgeneration_save = True

    @factory.post_generation
    def curriculum(obj, create, extracted, **kwargs):
        if not create:
            return
        subjects = extracted.get("subjects", ["matematiikka"]) if extracted else ["matematiikka"]
        grades = extracted.get("grades", ["4"]) if extracted else ["4"]
        competences = extracted.get("competences", ["L1"]) if extracted else ["L1"]
        obj.subjects.set(models.Subject.objects.filter(slug__in=subjects))
        obj.grades.set(models.Grade.objects.filter(slug__in=grades))
        obj.competences.set(models.TransversalCompetence.objects.filter(code__in=competences))
        obj.save()
