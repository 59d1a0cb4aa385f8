"""A municipality's teachers and moderators, and its workflow, created with the page."""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.core.groups import (
    MEDIA_MANAGER_PERMISSIONS,
    ensure_page_group,
    groups_of,
    published_by,
)
from portal.moderation.workflows import ensure_workflow
from portal.municipalities.models import MunicipalityPage, in_default_language

TEACHERS = "{title}: opettajat"
MODERATORS = "{title}: moderaattorit"

TEACHER_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


@transaction.atomic
def ensure_municipality_groups(town):
    """The town's teachers (add, edit their own, submit), moderators (also publish) and the
    town's workflow: the automatic content check, then the moderators' approval. Both groups
    upload into the town's own collection of images and documents, named after the town;
    moderators also change what the teachers uploaded there."""
    teachers = ensure_page_group(town, TEACHERS, TEACHER_PAGE_PERMISSIONS)
    moderators = ensure_page_group(
        town, MODERATORS, MODERATOR_PAGE_PERMISSIONS, MEDIA_MANAGER_PERMISSIONS
    )
    ensure_workflow(town, moderators)
    # Both may make a Swedish (or English) version of a page ("Translate" in the admin).
    translate = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for group in (teachers, moderators):
        group.permissions.add(translate)
    return teachers, moderators


def municipality_groups(town):
    """Everyone of the town: its teachers and its moderators."""
    return list(groups_of(town))


def teacher_group(town):
    """The town's teacher group, with its permissions (created if it was ever removed)."""
    return ensure_page_group(town, TEACHERS, TEACHER_PAGE_PERMISSIONS)


def addable_municipalities(user):
    """The municipalities under which the user may add pages (all of them for superusers)."""
    if not user.is_authenticated:
        return []
    towns = in_default_language(MunicipalityPage.objects.order_by("title"))
    if user.is_superuser:
        return list(towns)
    roots = list(PagePermissionPolicy().instances_user_has_permission_for(user, "add"))
    return [town for town in towns if any(town.path.startswith(root.path) for root in roots)]


def moderated_municipalities(user):
    """The municipalities whose moderators the user is among (all of them for superusers)."""
    return published_by(user, in_default_language(MunicipalityPage.objects.order_by("title")))
