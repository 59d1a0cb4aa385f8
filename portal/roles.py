"""Groups and page permissions of municipalities, created with the municipality itself."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

TEACHERS = "{town}: opettajat"
MODERATORS = "{town}: moderaattorit"

TEACHER_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _ensure_group(name, page, page_permissions):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )
    root = Collection.get_first_root_node()
    if root is not None:
        for app_label, codename in MEDIA_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=_permission(app_label, codename)
            )
    return group


@transaction.atomic
def ensure_municipality_groups(town):
    """The town's teachers (add, edit their own, submit) and moderators (also publish)."""
    teachers = _ensure_group(TEACHERS.format(town=town.title), town, TEACHER_PAGE_PERMISSIONS)
    moderators = _ensure_group(MODERATORS.format(town=town.title), town, MODERATOR_PAGE_PERMISSIONS)
    return teachers, moderators


def addable_municipalities(user):
    """The municipalities under which the user may add pages (all of them for superusers)."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from networks.models import MunicipalityPage

    if not user.is_authenticated:
        return []
    towns = MunicipalityPage.objects.order_by("title")
    if user.is_superuser:
        return list(towns)
    roots = list(PagePermissionPolicy().instances_user_has_permission_for(user, "add"))
    return [town for town in towns if any(town.path.startswith(root.path) for root in roots)]
