"""A broken image (cut short, empty, or not an image at all) uploaded through the admin gets a
form error in Finnish, never an error 500, and nothing is stored."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from portal.core.models import PortalImage
from tests.core.media_helpers import client_for

BROKEN = "Tiedosto ei ole eheä kuva"


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


def photo(image_format, **params):
    """A noisy picture, so that its compressed data is long enough to cut."""
    image = Image.effect_noise((160, 120), 64).convert("RGB")
    output = BytesIO()
    image.save(output, image_format, **params)
    return output.getvalue()


def jpeg_with_exif():
    exif = Image.Exif()
    exif[0x013B] = "Matti Meikäläinen"
    return photo("JPEG", exif=exif)


# name, bytes, a Finnish phrase of the error
BROKEN_FILES = {
    "JPEG cut short in its headers": ("kuva.jpg", photo("JPEG")[:300], BROKEN),
    "JPEG cut short in its picture": ("kuva.jpg", photo("JPEG")[:-2000], BROKEN),
    "JPEG with EXIF cut short in its picture": ("kuva.jpg", jpeg_with_exif()[:-2000], BROKEN),
    "PNG cut short in its headers": ("kuva.png", photo("PNG")[:20], BROKEN),
    "PNG cut short in its picture": ("kuva.png", photo("PNG")[:-3000], BROKEN),
    "zero bytes": ("kuva.jpg", b"", "tyhjä"),
    "a text file named .jpg": ("kuva.jpg", b"Tama ei ole kuva vaan tekstia.\n" * 20, "kuva"),
}


@pytest.fixture
def teacher(masku_teacher):
    """A town's teacher: her uploads go to her town's collection."""
    return client_for(masku_teacher)


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BROKEN_FILES))
def test_single_uploader_gives_a_finnish_form_error(case, teacher):
    name, data, phrase = BROKEN_FILES[case]

    response = teacher.post(
        "/admin/images/add/", {"title": "Rikki", "file": SimpleUploadedFile(name, data)}
    )

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert phrase in errors, errors
    assert phrase in response.content.decode()
    assert not PortalImage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BROKEN_FILES))
def test_multiple_uploader_gives_a_finnish_error(case, teacher):
    name, data, phrase = BROKEN_FILES[case]

    response = teacher.post(
        "/admin/images/multiple/add/", {"title": "Rikki", "files[]": SimpleUploadedFile(name, data)}
    )

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert phrase in answer["error_message"], answer
    assert not PortalImage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("case", ["JPEG cut short in its headers", "PNG cut short in its picture"])
def test_choosers_upload_gives_a_finnish_form_error(case, teacher):
    name, data, phrase = BROKEN_FILES[case]

    response = teacher.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Rikki",
            "image-chooser-upload-file": SimpleUploadedFile(name, data),
        },
    )

    assert response.status_code == 200
    assert response.json()["step"] == "reshow_creation_form"
    assert phrase in response.json()["htmlFragment"]
    assert not PortalImage.objects.exists()


@pytest.mark.django_db
def test_replacing_a_file_with_a_broken_one_keeps_the_image(teacher):
    created = teacher.post(
        "/admin/images/add/", {"title": "Ehjä", "file": SimpleUploadedFile("ok.jpg", photo("JPEG"))}
    )
    assert created.status_code == 302
    image = PortalImage.objects.get()
    name, data, _phrase = BROKEN_FILES["JPEG cut short in its headers"]

    response = teacher.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Ehjä",
            "file": SimpleUploadedFile(name, data),
            "collection": image.collection_id,
        },
    )

    assert response.status_code == 200
    assert BROKEN in response.content.decode()
    image.refresh_from_db()
    assert image.file.name.startswith("original_images/ok")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "image_format"), [("ok.jpg", "JPEG"), ("ok.png", "PNG"), ("ok.gif", "GIF")]
)
def test_whole_images_are_still_accepted(name, image_format, teacher):
    response = teacher.post(
        "/admin/images/add/",
        {"title": "Ehjä", "file": SimpleUploadedFile(name, photo(image_format))},
    )

    assert response.status_code == 302
    assert PortalImage.objects.get().title == "Ehjä"
