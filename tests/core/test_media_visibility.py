"""Documents and images follow the visibility of the pages that use them.

A file used only by a "Kunnan opettajat" plan is for that town's teachers: anonymous readers and
another town's teachers get 404, at the document's address, at the image's original and
rendition addresses under /media/, and at the document's file under /media/. A file used by a
public page, or kept in the shared collection, is open to everyone and may be cached.
"""

from io import BytesIO

import pytest
from django.test import Client, override_settings
from PIL import Image

from portal.core.groups import page_collection, shared_collection
from tests.core.media_helpers import body, client_for, make_document, make_image, plan_using
from tests.helpers import make_moderator, make_teacher

SECRET_TEXT = b"KANARIAliite: oppilaiden nimet ja arvosanat."


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.fixture
def readers(masku, rusko, masku_teacher):
    """Who asks: an anonymous reader, another town's teacher, the town's teacher and moderator."""
    return {
        "anonymous": client_for(),
        "other town's teacher": client_for(make_teacher(rusko, "riikka.rusko")),
        "town's teacher": client_for(masku_teacher),
        "town's moderator": client_for(make_moderator(masku, "mikko.masku")),
    }


REFUSED = ["anonymous", "other town's teacher"]
ALLOWED = ["town's teacher", "town's moderator"]


@pytest.fixture
def town_only(masku):
    """A document and an image used only by a "Kunnan opettajat" plan of Masku."""
    collection = page_collection(masku)
    document = make_document(collection, data=SECRET_TEXT)
    image = make_image(collection)
    plan = plan_using(masku, "municipality", document, image)
    return {"document": document, "image": image, "plan": plan}


def media_addresses(document, image):
    rendition = image.get_rendition("width-40")
    return {
        "document": document.url,
        "document's file": f"/media/{document.file.name}",
        "image original": image.file.url,
        "image rendition": rendition.url,
    }


# --- A town-only plan's files ---------------------------------------------------------------------


@pytest.mark.django_db
def test_town_only_plans_files_are_refused_to_anonymous_and_other_towns(readers, town_only):
    addresses = media_addresses(town_only["document"], town_only["image"])
    assert addresses["document"].startswith("/documents/")
    assert addresses["image original"].startswith("/media/original_images/")
    assert addresses["image rendition"].startswith("/media/images/")

    for who in REFUSED:
        for label, url in addresses.items():
            response = readers[who].get(url)
            assert response.status_code == 404, (who, label, url)
            assert b"KANARIA" not in body(response), (who, label)


@pytest.mark.django_db
def test_town_only_plans_files_are_served_to_the_towns_teachers(readers, town_only):
    addresses = media_addresses(town_only["document"], town_only["image"])

    for who in ALLOWED:
        for label, url in addresses.items():
            response = readers[who].get(url)
            assert response.status_code == 200, (who, label, url)
            assert "no-store" in response["Cache-Control"], (who, label)
            assert "private" in response["Cache-Control"], (who, label)
            assert "public" not in response["Cache-Control"], (who, label)
    assert body(readers["town's teacher"].get(addresses["document"])) == SECRET_TEXT
    original = body(readers["town's teacher"].get(addresses["image original"]))
    assert Image.open(BytesIO(original)).size == (64, 48)
    rendition = body(readers["town's teacher"].get(addresses["image rendition"]))
    assert Image.open(BytesIO(rendition)).size == (40, 30)


@pytest.mark.django_db
def test_a_refusal_looks_like_a_missing_file(readers, town_only):
    """404 both ways, so that a refusal does not confirm that the file exists."""
    existing, made_up = town_only["image"].file.url, "/media/original_images/ei-ole.png"
    refused = readers["anonymous"].get(existing)
    missing = readers["anonymous"].get(made_up)
    assert refused.status_code == missing.status_code == 404
    # The 404 page links to the address asked for (the language switcher): nothing else differs.
    assert refused.content.replace(existing.encode(), b"") == missing.content.replace(
        made_up.encode(), b""
    )


# --- Public files ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_plans_files_are_served_to_anonymous_and_may_be_cached(masku):
    collection = page_collection(masku)
    document = make_document(collection, data=b"Avoin tehtavakortti.")
    image = make_image(collection)
    plan_using(masku, "public", document, image)

    for label, url in media_addresses(document, image).items():
        response = Client().get(url)
        assert response.status_code == 200, (label, url)
        assert "public" in response["Cache-Control"], label
        assert "max-age=86400" in response["Cache-Control"], label
        assert response["X-Content-Type-Options"] == "nosniff"
    assert body(Client().get(document.url)) == b"Avoin tehtavakortti."


@pytest.mark.django_db
def test_shared_collection_is_open_to_everyone_unused(masku):
    document = make_document(shared_collection(), data=b"Yhteinen pohja.")
    image = make_image(shared_collection())

    for label, url in media_addresses(document, image).items():
        response = Client().get(url)
        assert response.status_code == 200, (label, url)
        assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_unused_file_in_a_town_collection_is_for_the_towns_groups_only(readers, masku):
    document = make_document(page_collection(masku))

    for who in REFUSED:
        assert readers[who].get(document.url).status_code == 404, who
    for who in ALLOWED:
        assert readers[who].get(document.url).status_code == 200, who


@pytest.mark.django_db
def test_teachers_only_plans_file_is_for_every_signed_in_teacher(readers, masku):
    image = make_image(page_collection(masku))
    plan_using(masku, "teachers", image=image)

    assert readers["anonymous"].get(image.file.url).status_code == 404
    assert readers["other town's teacher"].get(image.file.url).status_code == 200
    assert readers["town's teacher"].get(image.file.url).status_code == 200


@pytest.mark.django_db
def test_one_public_use_opens_the_file(readers, masku, rusko):
    """A file used by a town-only plan and by another town's public plan is public."""
    image = make_image(page_collection(masku))
    plan_using(masku, "municipality", image=image)
    assert Client().get(image.file.url).status_code == 404

    plan_using(rusko, "public", image=image)

    assert Client().get(image.file.url).status_code == 200


@pytest.mark.django_db
def test_making_the_plan_town_only_closes_its_file_at_once(masku):
    document = make_document(page_collection(masku))
    plan = plan_using(masku, "public", document)
    assert Client().get(document.url).status_code == 200

    plan.visibility = "municipality"
    plan.save_revision().publish()

    assert Client().get(document.url).status_code == 404


@pytest.mark.django_db
def test_unpublishing_the_plan_closes_its_file(masku):
    image = make_image(page_collection(masku))
    plan = plan_using(masku, "public", image=image)
    assert Client().get(image.file.url).status_code == 200

    plan.unpublish()

    assert Client().get(image.file.url).status_code == 404


@pytest.mark.django_db
def test_private_plans_image_is_read_by_its_author_in_the_preview(masku, masku_teacher, rusko):
    """The author reads her private plan in the admin's preview; so she reads its images, even
    one she took from another town's public plan (she may edit a page that uses it)."""
    image = make_image(page_collection(rusko))
    plan = plan_using(masku, "private", image=image, owner=masku_teacher)
    other = plan_using(rusko, "public", image=image)
    teacher = client_for(masku_teacher)
    assert teacher.get(image.file.url).status_code == 200  # public through Rusko's plan

    other.unpublish()
    assert Client().get(image.file.url).status_code == 404
    assert teacher.get(image.file.url).status_code == 200
    assert plan.permissions_for_user(masku_teacher).can_edit()


# --- What is not an upload ------------------------------------------------------------------------


@pytest.mark.django_db
def test_files_that_are_no_upload_are_not_served(admin_client, media_root):
    (media_root / "loose.txt").write_bytes(b"Not an upload.")

    assert admin_client.get("/media/loose.txt").status_code == 404
    assert admin_client.get("/media/../portal/settings/base.py").status_code == 404
    assert admin_client.get("/media/original_images/").status_code == 404


@pytest.mark.django_db
def test_superuser_reads_every_file(admin_client, town_only):
    assert admin_client.get(town_only["document"].url).status_code == 200
    assert admin_client.get(town_only["image"].file.url).status_code == 200


# --- Serving --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_public_image_answers_not_modified(masku):
    image = make_image(shared_collection())
    first = Client().get(image.file.url)
    assert first.status_code == 200

    again = Client().get(image.file.url, headers={"if-modified-since": first["Last-Modified"]})

    assert again.status_code == 304


@pytest.mark.django_db
@override_settings(MEDIA_X_ACCEL_REDIRECT="/protected-media/")
def test_nginx_sends_the_bytes_when_x_accel_redirect_is_set(readers, town_only):
    image = town_only["image"]

    response = readers["town's teacher"].get(image.file.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{image.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "image/png"
    assert "no-store" in response["Cache-Control"]
    refused = readers["anonymous"].get(image.file.url)
    assert refused.status_code == 404
    assert "X-Accel-Redirect" not in refused
