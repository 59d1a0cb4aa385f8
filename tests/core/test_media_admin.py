"""Each town uploads into its own collection and sees, in the admin, only its own images and
documents and the shared ones: never another town's titles, in the choosers, the listings, the
usage and edit views."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.models import Collection, GroupCollectionPermission

from portal.core.groups import page_collection, shared_collection
from portal.core.models import PortalDocument, PortalImage
from tests.core.media_helpers import client_for, make_document, make_image, png_bytes
from tests.factories import networks as factories
from tests.helpers import make_coordinator, make_moderator, make_teacher

MASKU_IMAGE, MASKU_DOCUMENT = "KANARIAkuva Maskun kuva", "KANARIAliite Maskun tehtäväkortti"
RUSKO_IMAGE, RUSKO_DOCUMENT = "Ruskon koulun kuva", "Ruskon tehtäväkortti"
SHARED_IMAGE, SHARED_DOCUMENT = "Yhteinen kuva", "Yhteinen pohja"


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.fixture
def rusko_user(rusko):
    return make_teacher(rusko, "riikka.rusko")


@pytest.fixture
def rusko_teacher(rusko_user):
    return client_for(rusko_user)


@pytest.fixture
def media(masku, rusko, rusko_user):
    """Masku's, Rusko's (uploaded by Rusko's teacher) and the shared image and document."""
    found = {
        "masku image": make_image(page_collection(masku), title=MASKU_IMAGE),
        "masku document": make_document(page_collection(masku), title=MASKU_DOCUMENT),
        "rusko image": make_image(page_collection(rusko), title=RUSKO_IMAGE),
        "rusko document": make_document(page_collection(rusko), title=RUSKO_DOCUMENT),
        "shared image": make_image(shared_collection(), title=SHARED_IMAGE),
        "shared document": make_document(shared_collection(), title=SHARED_DOCUMENT),
    }
    for key in ("rusko image", "rusko document"):
        found[key].uploaded_by_user = rusko_user
        found[key].save()
    return found


def shown(response):
    """The text a user sees: a chooser answers with its HTML inside JSON."""
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content).get("html", "")
    return response.content.decode()


# --- Collections ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_town_gets_its_collection_named_after_it(masku):
    collection = page_collection(masku)

    assert collection.name == "Masku"
    assert collection.get_parent() == Collection.get_first_root_node()


@pytest.mark.django_db
def test_renaming_the_town_renames_its_collection(masku):
    collection = page_collection(masku)
    masku.title = "Masku (uusi nimi)"
    masku.save_revision().publish()

    collection.refresh_from_db()
    assert collection.name == "Masku (uusi nimi)"
    assert page_collection(masku) == collection


@pytest.mark.django_db
def test_town_groups_hold_media_rights_on_their_collection_only(masku):
    collection = page_collection(masku)
    root = Collection.get_first_root_node()

    for name, rights in [
        ("Masku: opettajat", {"add_image", "choose_image", "add_document", "choose_document"}),
        (
            "Masku: moderaattorit",
            {"add_image", "choose_image", "change_image", "add_document", "choose_document",
             "change_document"},
        ),
    ]:  # fmt: skip
        group = Group.objects.get(name=name)
        held = GroupCollectionPermission.objects.filter(group=group)
        assert not held.filter(collection=root).exists(), name
        assert (
            set(held.filter(collection=collection).values_list("permission__codename", flat=True))
            == rights
        )
        assert set(
            held.filter(collection=shared_collection()).values_list(
                "permission__codename", flat=True
            )
        ) == {"choose_image", "choose_document"}


@pytest.mark.django_db
def test_a_network_gets_a_collection_for_its_coordinators(home_page):
    index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=index, title="Tutor 2.0")
    coordinator = client_for(make_coordinator(network, "kaija.koordinaattori"))

    assert page_collection(network).name == "Tutor 2.0"
    response = coordinator.post(
        "/admin/images/add/", {"title": "Verkoston kuva", "file": upload("kuva.png")}
    )

    assert response.status_code == 302
    assert PortalImage.objects.get(title="Verkoston kuva").collection == page_collection(network)


# --- Uploads land in the town's collection --------------------------------------------------------


def upload(name="kuva.png", data=None):
    return SimpleUploadedFile(name, png_bytes() if data is None else data)


@pytest.mark.django_db
def test_a_teachers_image_goes_to_her_towns_collection(masku, masku_teacher):
    teacher = client_for(masku_teacher)

    form = teacher.get("/admin/images/add/")
    response = teacher.post("/admin/images/add/", {"title": "Retkikuva", "file": upload()})

    assert form.status_code == 200
    assert "collection" not in form.context["form"].fields  # only one place to put it
    assert response.status_code == 302
    assert PortalImage.objects.get(title="Retkikuva").collection == page_collection(masku)


@pytest.mark.django_db
def test_the_multiple_uploader_puts_images_in_the_towns_collection(masku, masku_teacher):
    response = client_for(masku_teacher).post(
        "/admin/images/multiple/add/", {"title": "Monta", "files[]": upload()}
    )

    assert response.status_code == 200
    assert response.json()["success"]
    image = PortalImage.objects.get(pk=response.json()["image_id"])
    assert image.collection == page_collection(masku)


@pytest.mark.django_db
def test_a_teachers_document_goes_to_her_towns_collection(masku, masku_teacher):
    teacher = client_for(masku_teacher)

    response = teacher.post(
        "/admin/documents/add/",
        {"title": "Tehtävät", "file": SimpleUploadedFile("tehtavat.txt", b"Tehtava 1.")},
    )

    assert response.status_code == 302
    assert PortalDocument.objects.get(title="Tehtävät").collection == page_collection(masku)


@pytest.mark.django_db
def test_a_teacher_cannot_upload_into_another_towns_collection(masku, rusko, masku_teacher):
    response = client_for(masku_teacher).post(
        "/admin/images/add/",
        {"title": "Väärä paikka", "file": upload(), "collection": page_collection(rusko).pk},
    )

    assert response.status_code == 302
    assert PortalImage.objects.get(title="Väärä paikka").collection == page_collection(masku)


# --- What another town's teacher sees -------------------------------------------------------------


# Each list, and what it shows Rusko's teacher: her own upload (a teacher changes only what she
# uploaded herself, so the listing shows that), and in the choosers the shared ones too. A search
# for a word in Masku's titles too ("kuva", "tehtäväkortti") must not find Masku's.
LISTS = {
    "/admin/images/": [RUSKO_IMAGE],
    "/admin/images/?q=kuva": [RUSKO_IMAGE],
    "/admin/images/chooser/": [RUSKO_IMAGE, SHARED_IMAGE],
    "/admin/images/chooser/results/?q=kuva": [RUSKO_IMAGE, SHARED_IMAGE],
    "/admin/documents/": [RUSKO_DOCUMENT],
    "/admin/documents/?q=tehtäväkortti": [RUSKO_DOCUMENT],
    "/admin/documents/chooser/": [RUSKO_DOCUMENT, SHARED_DOCUMENT],
    "/admin/documents/chooser/results/?q=tehtäväkortti": [RUSKO_DOCUMENT],
}


@pytest.mark.django_db
@pytest.mark.parametrize("url", list(LISTS))
def test_lists_and_choosers_leave_out_another_towns_media(url, media, rusko_teacher):
    response = rusko_teacher.get(url)

    assert response.status_code == 200
    text = shown(response)
    assert "KANARIA" not in text
    for title in LISTS[url]:
        assert title in text, title


@pytest.mark.django_db
def test_moderator_lists_the_towns_uploads(media, masku):
    moderator = client_for(make_moderator(masku, "mikko.masku"))

    images = moderator.get("/admin/images/").content.decode()
    documents = moderator.get("/admin/documents/").content.decode()

    assert MASKU_IMAGE in images
    assert RUSKO_IMAGE not in images
    assert MASKU_DOCUMENT in documents
    assert RUSKO_DOCUMENT not in documents


def another_towns_addresses(media):
    image, document = media["masku image"], media["masku document"]
    return [
        f"/admin/images/{image.pk}/",
        f"/admin/images/usage/{image.pk}/",
        f"/admin/images/{image.pk}/delete/",
        f"/admin/images/chooser/{image.pk}/",
        f"/admin/images/{image.pk}/generate_url/",
        f"/admin/documents/edit/{document.pk}/",
        f"/admin/documents/usage/{document.pk}/",
        f"/admin/documents/delete/{document.pk}/",
        f"/admin/documents/chooser/{document.pk}/",
    ]


@pytest.mark.django_db
def test_another_towns_image_and_document_views_are_refused(media, rusko_teacher):
    for url in another_towns_addresses(media):
        response = rusko_teacher.get(url)
        assert response.status_code in (302, 403, 404), url
        text = shown(response)
        assert "KANARIA" not in text, url
