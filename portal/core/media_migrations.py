"""The data migrations that gave every municipality and network its collection of images and
documents, and moved the uploads made before that out of the root collection.

The functions take an app registry (``apps``): a migration passes its historical one, a test the
live one. So they use plain queries only (no model methods, no treebeard) and must keep working
with the models as they were when the migrations were written: change them only together with
new migrations.
"""

from collections import Counter

SHARED_COLLECTION_NAME = "Yhteiset"
STEP_LENGTH = 4  # treebeard's path step, as Wagtail's Collection uses it
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

BASIC = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
MANAGER = [*BASIC, ("wagtailimages", "change_image"), ("wagtaildocs", "change_document")]
SHARED = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
MEDIA_CODENAMES = {
    f"{action}_{kind}"
    for action in ("add", "change", "choose", "delete")
    for kind in ("image", "document")
}
UPLOADS = [("core", "portalimage"), ("core", "portaldocument")]


def _root(Collection):
    return Collection.objects.filter(depth=1).order_by("path").first()


def _step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP_LENGTH, "0")


def _add_top_collection(Collection, root, name):
    """A new collection under the root, with the path treebeard would give it."""
    last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    number = int(last.path[-STEP_LENGTH:], len(ALPHABET)) + 1 if last else 1
    collection = Collection.objects.create(
        name=name, path=root.path + _step(number), depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    root.numchild += 1
    return collection


def ensure_shared_collection(apps):
    """The shared collection "Yhteiset" under the root, marked public. None without a root."""
    Collection = apps.get_model("wagtailcore", "Collection")
    MediaCollection = apps.get_model("core", "MediaCollection")
    owned = MediaCollection.objects.filter(public=True).first()
    if owned is not None:
        return owned.collection
    root = _root(Collection)
    if root is None:
        return None
    collection = _add_top_collection(Collection, root, SHARED_COLLECTION_NAME)
    MediaCollection.objects.create(collection=collection, public=True)
    return collection


def _permissions(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    return [
        permission
        for app_label, codename in pairs
        if (
            permission := Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
        )
    ]


def _grant(apps, group_id, collection, pairs):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for permission in _permissions(apps, pairs):
        GroupCollectionPermission.objects.get_or_create(
            group_id=group_id, collection=collection, permission=permission
        )


def _page_collection(apps, page, root):
    MediaCollection = apps.get_model("core", "MediaCollection")
    Collection = apps.get_model("wagtailcore", "Collection")
    owned = MediaCollection.objects.filter(page_id=page.pk).first()
    if owned is not None:
        return owned.collection
    collection = _add_top_collection(Collection, root, page.title)
    MediaCollection.objects.create(collection=collection, page_id=page.pk)
    return collection


def ensure_owner_collections(apps, app_label, model_name):
    """Each page of the model (a municipality, a network) gets its collection, named after it;
    the groups holding permissions on the page get media rights there (add and choose; change
    too for the groups that publish) and choose on the shared collection, and lose their media
    rights on the root collection."""
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = _root(Collection)
    if root is None:
        return
    shared = ensure_shared_collection(apps)
    for page in apps.get_model(app_label, model_name).objects.order_by("path"):
        collection = _page_collection(apps, page, root)
        grants = GroupPagePermission.objects.filter(page_id=page.pk)
        publishers = set(
            grants.filter(permission__codename="publish_page").values_list("group_id", flat=True)
        )
        for group_id in set(grants.values_list("group_id", flat=True)):
            GroupCollectionPermission.objects.filter(
                group_id=group_id, collection=root, permission__codename__in=MEDIA_CODENAMES
            ).delete()
            _grant(apps, group_id, collection, MANAGER if group_id in publishers else BASIC)
            _grant(apps, group_id, shared, SHARED)


def _owners(apps):
    """(page path, collection id) of every owned collection, the deepest page first."""
    MediaCollection = apps.get_model("core", "MediaCollection")
    owned = MediaCollection.objects.filter(page__isnull=False).values_list(
        "page__path", "collection_id"
    )
    return sorted(owned, key=lambda owner: (-len(owner[0]), owner[0]))


def _owner_of(path, owners):
    return next((collection for owner, collection in owners if path.startswith(owner)), None)


def _collection_by_use(apps, content_type, obj, owners):
    """The collection of the town (or network) whose pages use ``obj`` most."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    Page = apps.get_model("wagtailcore", "Page")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=content_type, to_object_id=str(obj.pk), base_content_type=page_type
    ).values_list("object_id", flat=True)
    paths = Page.objects.filter(pk__in=[int(pk) for pk in page_ids]).values_list("path", flat=True)
    used_by = Counter(_owner_of(path, owners) for path in paths)
    used_by.pop(None, None)
    return used_by.most_common(1)[0][0] if used_by else None


def _collection_by_uploader(apps, obj, owners):
    """The collection of a page on which the uploader's groups hold permissions (a town's
    teachers or moderators, a network's coordinators), the first in the page tree."""
    if obj.uploaded_by_user_id is None:
        return None
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    paths = (
        GroupPagePermission.objects.filter(group__user__pk=obj.uploaded_by_user_id)
        .order_by("page__path")
        .values_list("page__path", flat=True)
    )
    by_path = dict(owners)
    return next((by_path[path] for path in paths if path in by_path), None)


def move_uploads(apps):
    """Images and documents still in the root collection go to the collection of the town (or
    network) whose pages use them, else to that of the uploader's town, else to the shared one.
    Returns how many were moved."""
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    root = _root(Collection)
    if root is None:
        return 0
    shared = ensure_shared_collection(apps)
    owners = _owners(apps)
    moved = 0
    for app_label, model_name in UPLOADS:
        Model = apps.get_model(app_label, model_name)
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        for obj in Model.objects.filter(collection=root).order_by("pk"):
            target = (
                _collection_by_use(apps, content_type, obj, owners)
                or _collection_by_uploader(apps, obj, owners)
                or shared.pk
            )
            Model.objects.filter(pk=obj.pk).update(collection_id=target)
            moved += 1
    return moved
