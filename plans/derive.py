"""A lesson plan started from a municipality's good practice ("Tee tästä tuntisuunnitelma").

The plan is a new draft of the teacher's own in her town. It links back to the practice and
keeps its provenance, so the practice counts the town among those that use it. What the
practice says is carried over only when its licence allows changed versions; otherwise the
plan starts empty apart from the link, the tags and the practice's own materials links.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from networks.practices.models import PracticePage
from plans.models import LessonPlanPage
from portal.sharing.copying import can_view, free_slug, record_provenance


def can_start_plan_from(page):
    return isinstance(page.specific_deferred, PracticePage)


def _materials(practice, request):
    address = practice.get_full_url(request) or practice.get_url(request)
    materials = [("link", {"title": practice.title, "url": address, "licence": practice.licence})]
    for item in practice.materials:
        if item.block_type == "link":
            materials.append(
                ("link", {"title": item.value["title"], "url": item.value["url"], "licence": None})
            )
        elif item.block_type == "document" and item.value.get("document"):
            document = item.value["document"]
            materials.append(
                (
                    "document",
                    {
                        "title": item.value.get("title") or document.title,
                        "document": document,
                        "licence": None,
                    },
                )
            )
    return materials


def _phases(practice):
    """The practice's steps as phases to fill in: the step text stays a note for teachers."""
    return [
        (
            "phase",
            {
                "kind": "activity",
                "title": step.value["title"],
                "duration": None,
                "pupil_instructions": RichText(""),
                "teacher_notes": step.value["text"],
            },
        )
        for step in practice.steps
    ]


@transaction.atomic
def plan_from_practice(practice, municipality, user, request=None):
    """Start a draft lesson plan owned by ``user`` in ``municipality`` from ``practice``.

    Raises PermissionDenied when the user may not read the practice or add to the town.
    """
    practice = practice.specific
    municipality = municipality.specific
    if not can_start_plan_from(practice) or not can_view(practice, user):
        raise PermissionDenied
    if not municipality.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied

    licence = practice.licence
    derivable = practice.allows_changed_versions
    language = (get_language() or "fi")[:2]
    plan = LessonPlanPage(
        title=practice.title,
        slug=free_slug(municipality, practice.slug or slugify(practice.title)),
        owner=user,
        language=language if language in LessonPlanPage.Language.values else "fi",
        licence=licence if derivable else None,
        summary=practice.summary if derivable else "",
        phases=_phases(practice) if derivable else [],
        materials=_materials(practice, request),
        live=False,
    )
    plan.tags.add(*[tag.name for tag in practice.tags.all()])
    municipality.add_child(instance=plan)
    log(instance=plan, action="wagtail.create", user=user)
    plan.save_revision(user=user, log_action=True, clean=False)
    record_provenance(practice, plan, municipality, user)
    return plan
