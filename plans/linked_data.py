"""schema.org LearningResource JSON-LD for lesson plans (what search engines and libraries read)."""

from django.utils.html import strip_tags
from wagtail.models import Page

from portal.core.visibility import public_pages_in_one_query

EDUCATIONAL_LEVELS = {"esi": "esiopetus", "lukio": "lukio"}


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def learning_resource(plan, request):
    grades, subjects, competences = plan.grade_list, plan.subject_list, plan.competence_list
    data = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "@id": _absolute(request, plan.url),
        "url": _absolute(request, plan.url),
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
        "author": {"@type": "Person", "name": plan.author_name},
        "publisher": {"@type": "Organization", "name": plan.owner_municipality_name},
    }
    if plan.duration:
        data["timeRequired"] = f"PT{plan.duration}M"
    if plan.licence:
        data["license"] = plan.licence.url
    if plan.first_published_at:
        data["datePublished"] = plan.first_published_at.date().isoformat()
    if plan.last_published_at:
        data["dateModified"] = plan.last_published_at.date().isoformat()
    record = plan.provenance
    # Only a source everyone may read is named: a public copy can have a private source.
    if (
        record
        and record.source_id
        and public_pages_in_one_query(Page.objects.filter(pk=record.source_id)).exists()
    ):
        data["isBasedOn"] = _absolute(request, record.source.url)
    return {key: value for key, value in data.items() if value not in (None, [], "")}
