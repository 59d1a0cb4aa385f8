"""Groups, page permissions and workflows of municipalities and networks, created with the page.

Groups are found through the page permissions they hold on their page, not by name, so renaming
a municipality or a network renames its groups and nothing else changes.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

TEACHERS = "{town}: opettajat"
MODERATORS = "{town}: moderaattorit"
COORDINATORS = "{network}: koordinaattorit"

TEACHER_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
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
    suffix = template.format(town=title, network=title)[len(title) :]
    name = f"{title}{suffix}"
    group = next((g for g in groups_of(page) if g.name.endswith(suffix)), None)
    if group is None:
        group, _created = Group.objects.get_or_create(name=name)
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    return group


def _ensure_group(page, template, page_permissions):
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


@transaction.atomic
def ensure_municipality_groups(town):
    """The town's teachers (add, edit their own, submit), moderators (also publish) and the
    town's workflow: the automatic content check, then the moderators' approval."""
    from portal.moderation import ensure_workflow

    teachers = _ensure_group(town, TEACHERS, TEACHER_PAGE_PERMISSIONS)
    moderators = _ensure_group(town, MODERATORS, MODERATOR_PAGE_PERMISSIONS)
    ensure_workflow(town, moderators)
    return teachers, moderators


@transaction.atomic
def ensure_network_groups(network):
    """The network's coordinators: edit and publish the network's pages and collections."""
    from portal.moderation import ensure_workflow, remove_workflow

    coordinators = _ensure_group(network, COORDINATORS, COORDINATOR_PAGE_PERMISSIONS)
    if getattr(network, "coordinators_approve", False):
        ensure_workflow(network, coordinators)
    else:
        remove_workflow(network)
    return coordinators


def municipality_groups(town):
    """Everyone of the town: its teachers and its moderators."""
    return list(groups_of(town))


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


def teacher_group(town):
    """The town's teacher group, with its permissions (created if it was ever removed)."""
    return _ensure_group(town, TEACHERS, TEACHER_PAGE_PERMISSIONS)


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


def moderated_municipalities(user):
    """The municipalities whose moderators the user is among (all of them for superusers)."""
    from networks.models import MunicipalityPage

    return published_by(user, MunicipalityPage.objects.order_by("title"))


def coordinated_networks(user):
    """The networks whose coordinators the user is among (all of them for superusers)."""
    from networks.models import NetworkPage

    return published_by(user, NetworkPage.objects.order_by("title"))
