"""The data migrations give every town and network its collection and move the uploads made
before that out of the root collection: to the town whose pages use them, else to the uploader's
town, else to the shared collection."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from wagtail.models import Collection, GroupCollectionPermission

from portal.core import media_migrations
from portal.core.groups import page_collection, shared_collection
from portal.core.models import MediaCollection
from tests.core.media_helpers import make_document, make_image, plan_using


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


def as_before(town):
    """The town as it was before collections: no collection of its own, and its groups holding
    media rights on the root collection."""
    collection = page_collection(town)
    MediaCollection.objects.filter(page=town).delete()
    collection.delete()
    root = Collection.get_first_root_node()
    for group in Group.objects.filter(name__startswith=f"{town.title}:"):
        GroupCollectionPermission.objects.filter(group=group).delete()
        for codename in ("add_image", "choose_image", "add_document", "choose_document"):
            GroupCollectionPermission.objects.create(
                group=group, collection=root, permission=Permission.objects.get(codename=codename)
            )


@pytest.mark.django_db
def test_towns_get_their_collections_and_lose_the_root_rights(masku):
    as_before(masku)
    root = Collection.get_first_root_node()

    media_migrations.ensure_owner_collections(apps, "municipalities", "MunicipalityPage")

    collection = page_collection(masku)
    assert collection.name == "Masku"
    assert collection.get_parent() == root
    assert Collection.objects.get(pk=root.pk).numchild == root.get_children().count()
    teachers = Group.objects.get(name="Masku: opettajat")
    moderators = Group.objects.get(name="Masku: moderaattorit")
    assert not GroupCollectionPermission.objects.filter(
        collection=root, group__in=[teachers, moderators]
    ).exists()
    assert set(
        GroupCollectionPermission.objects.filter(group=teachers, collection=collection).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_image", "choose_image", "add_document", "choose_document"}
    assert GroupCollectionPermission.objects.filter(
        group=moderators, collection=collection, permission__codename="change_image"
    ).exists()
    assert GroupCollectionPermission.objects.filter(
        group=teachers, collection=shared_collection(), permission__codename="choose_image"
    ).exists()
    # A new collection made by treebeard afterwards still fits in the tree.
    root.refresh_from_db()
    assert root.add_child(name="Arkisto").get_parent() == root


@pytest.mark.django_db
def test_uploads_move_to_the_town_that_uses_them(masku, rusko, masku_teacher):
    root = Collection.get_first_root_node()
    used_in_masku = make_image(root, title="Maskun kuva")
    plan_using(masku, "municipality", image=used_in_masku)
    used_most_in_rusko = make_document(root, title="Ruskon liite")
    plan_using(masku, "public", document=used_most_in_rusko)
    plan_using(rusko, "public", document=used_most_in_rusko)
    plan_using(rusko, "teachers", document=used_most_in_rusko)
    unused_of_masku_teacher = make_image(root, title="Maijan kuva")
    unused_of_masku_teacher.uploaded_by_user = masku_teacher
    unused_of_masku_teacher.save()
    unused_of_nobody = make_document(root, title="Vanha liite")
    archive = root.add_child(name="Arkisto")
    archived = make_image(archive, title="Arkistokuva")

    moved = media_migrations.move_uploads(apps)

    assert moved == 4
    for obj, collection in [
        (used_in_masku, page_collection(masku)),
        (used_most_in_rusko, page_collection(rusko)),
        (unused_of_masku_teacher, page_collection(masku)),
        (unused_of_nobody, shared_collection()),
        (archived, archive),
    ]:
        obj.refresh_from_db()
        assert obj.collection == collection, obj.title


@pytest.mark.django_db
def test_moved_uploads_follow_the_visibility_rule(client, masku):
    """After the move, the town-only plan's image is refused to anonymous readers, an unused
    file of nobody's is open (it went to the shared collection)."""
    root = Collection.get_first_root_node()
    used = make_image(root, title="Maskun kuva")
    plan_using(masku, "municipality", image=used)
    unused = make_document(root, title="Vanha liite", data=b"Vanha.")

    media_migrations.move_uploads(apps)

    assert client.get(used.file.url).status_code == 404
    assert client.get(unused.url).status_code == 200


@pytest.mark.django_db
def test_the_shared_collection_is_made_once(db):
    first = media_migrations.ensure_shared_collection(apps)
    again = media_migrations.ensure_shared_collection(apps)

    assert first == again == shared_collection()
    assert first.name == "Yhteiset"
    assert MediaCollection.objects.filter(public=True).count() == 1
