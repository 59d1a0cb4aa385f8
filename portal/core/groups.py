"""Groups that hold Wagtail page permissions on one page: a municipality's teachers and
moderators, a network's coordinators.

Groups are found through the page permissions they hold on their page, not by name, so renaming
the page renames its groups and nothing else changes.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def groups_of(page):
    """The groups that hold page permissions on the page itself."""
    return Group.objects.filter(page_permissions__page=page).distinct().order_by("name")


def _group_for(page, template, title):
    """The page's group made from ``template``, renamed to the page's current title."""
    suffix = template.format(title=title)[len(title) :]
    name = f"{title}{suffix}"
    group = next((g for g in groups_of(page) if g.name.endswith(suffix)), None)
    if group is None:
        group, _created = Group.objects.get_or_create(name=name)
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    return group


def ensure_page_group(page, template, page_permissions):
    """The page's group named by ``template`` (``"{title}: opettajat"``), with admin access,
    ``page_permissions`` on the page and the right to add and choose media."""
    group = _group_for(page, template, page.title)
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


def published_by(user, pages):
    """The pages among ``pages`` that the user's groups may publish: the towns she moderates,
    the networks she coordinates (all of them for superusers)."""
    if not user.is_authenticated or not user.is_active:
        return pages.none()
    if user.is_superuser:
        return pages
    return pages.filter(
        group_permissions__group__in=user.groups.all(),
        group_permissions__permission__codename="publish_page",
    ).distinct()
