"""schema.org LearningResource JSON-LD for lesson plans (what search engines and libraries read)."""

from django.utils.html import strip_tags

from portal.core.linked_data import (
    SCHEMA_ORG,
    absolute,
    public_source_url,
    publication_dates,
    without_empty,
)

EDUCATIONAL_LEVELS = {"esi": "esiopetus", "lukio": "lukio"}


def learning_resource(plan, request):
    grades, subjects, competences = plan.grade_list, plan.subject_list, plan.competence_list
    data = {
        "@context": SCHEMA_ORG,
        "@type": "LearningResource",
        "@id": absolute(request, plan.url),
        "url": absolute(request, plan.url),
        "name": plan.title,
        "description": plan.summary or strip_tags(plan.learning_outcome),
        "inLanguage": plan.language,
        "learningResourceType": "lesson plan",
        "educationalLevel": [
            EDUCATIONAL_LEVELS.get(grade.slug, f"vuosiluokka {grade.slug}") for grade in grades
        ],
        "teaches": [point.value for point in plan.key_points] or [plan.learning_outcome],
        "about": [subject.name_fi for subject in subjects],
        "keywords": [tag.name for tag in plan.tags.all()],
        "educationalAlignment": [
            {
                "@type": "AlignmentObject",
                "alignmentType": "teaches",
                "educationalFramework": "Perusopetuksen opetussuunnitelman perusteet 2014",
                "targetName": f"{competence.code} {competence.name_fi}",
            }
            for competence in competences
        ]
        + [
            {
                "@type": "AlignmentObject",
                "alignmentType": "educationalSubject",
                "educationalFramework": "Perusopetuksen opetussuunnitelman perusteet 2014",
                "targetName": subject.name_fi,
            }
            for subject in subjects
        ],
        "author": {"@type": "Person", "name": plan.author_name} if plan.author_name else None,
        "publisher": {"@type": "Organization", "name": plan.owner_municipality_name},
    }
    if plan.duration:
        data["timeRequired"] = f"PT{plan.duration}M"
    if plan.licence:
        data["license"] = plan.licence.url
    data.update(publication_dates(plan))
    data["isBasedOn"] = public_source_url(plan.provenance, request)
    return without_empty(data)
