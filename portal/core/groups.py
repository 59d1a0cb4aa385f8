"""Groups that hold Wagtail page permissions on one page: a municipality's teachers and
moderators, a network's coordinators; and the page's own collection of images and documents.

Groups are found through the page permissions they hold on their page, not by name, so renaming
the page renames its groups and nothing else changes. The page's collection is found through its
``MediaCollection`` record and is renamed with the page too.

Media rights: each group adds and chooses images and documents in its page's collection only
(Wagtail lets a user change what she uploaded herself); moderators and coordinators also change
the others' uploads there. Every group may choose from the shared collection ("Yhteiset"), which
site administrators fill. No group holds media rights on the root collection, so the admin's
choosers and listings show a teacher her own town's media and the shared ones, never another
town's.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from portal.core.models import MediaCollection

SHARED_COLLECTION_NAME = "Yhteiset"

MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
# Moderators and coordinators look after everything uploaded into their page's collection.
MEDIA_MANAGER_PERMISSIONS = [
    *MEDIA_PERMISSIONS,
    ("wagtailimages", "change_image"),
    ("wagtaildocs", "change_document"),
]
SHARED_MEDIA_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
ALL_MEDIA_CODENAMES = {
    f"{action}_{kind}"
    for action in ("add", "change", "choose", "delete")
    for kind in ("image", "document")
}


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


def shared_collection():
    """The collection everyone shares (created under the root the first time it is asked for)."""
    owned = MediaCollection.objects.filter(public=True).select_related("collection").first()
    if owned is not None:
        return owned.collection
    with transaction.atomic():
        collection = Collection.get_first_root_node().add_child(name=SHARED_COLLECTION_NAME)
        MediaCollection.objects.create(collection=collection, public=True)
    return collection


def ensure_page_collection(page):
    """The page's own collection of images and documents, named after the page (created under the
    root collection the first time, renamed when the page's title changes)."""
    owned = MediaCollection.objects.filter(page=page).select_related("collection").first()
    if owned is None:
        with transaction.atomic():
            collection = Collection.get_first_root_node().add_child(name=page.title)
            MediaCollection.objects.create(collection=collection, page=page)
        return collection
    collection = owned.collection
    if collection.name != page.title:
        collection.name = page.title
        collection.save(update_fields=["name"])
    return collection


def page_collection(page):
    """The page's collection, or None if it has none."""
    owned = MediaCollection.objects.filter(page=page).select_related("collection").first()
    return owned.collection if owned is not None else None


def _grant_media(group, collection, permissions):
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def grant_media_rights(group, collection, permissions=MEDIA_PERMISSIONS):
    """The group's rights on its page's ``collection`` and on the shared one, and none on the
    root collection (which would show it every town's images and documents)."""
    GroupCollectionPermission.objects.filter(
        group=group, collection__depth=1, permission__codename__in=ALL_MEDIA_CODENAMES
    ).delete()
    _grant_media(group, collection, permissions)
    _grant_media(group, shared_collection(), SHARED_MEDIA_PERMISSIONS)


def ensure_page_group(page, template, page_permissions, media_permissions=MEDIA_PERMISSIONS):
    """The page's group named by ``template`` (``"{title}: opettajat"``), with admin access,
    ``page_permissions`` on the page and ``media_permissions`` on the page's collection."""
    group = _group_for(page, template, page.title)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )
    grant_media_rights(group, ensure_page_collection(page), media_permissions)
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
