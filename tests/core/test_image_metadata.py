"""Uploaded images lose their metadata (GPS position, camera, author) on every path that stores
a file, and the image record stays consistent with the stripped file."""

import struct
from io import BytesIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image, ImageCms, JpegImagePlugin, PngImagePlugin
from wagtail.models import Collection, UploadedFile
from wagtail.utils.file import hash_filelike

from portal.core.images import strip_image_metadata
from portal.core.models import PortalImage

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE, MODEL, ARTIST, BODY_SERIAL = 0x010F, 0x0110, 0x013B, 0xA431

ROTATED_RIGHT = 6  # the camera was held upright: the picture must be turned 90° to show it


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


def camera_exif(orientation=ROTATED_RIGHT):
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (60.0, 27.0, 0.0), 3: "E", 4: (22.0, 16.0, 0.0)}
    exif[MAKE] = "Canon"
    exif[MODEL] = "EOS R6"
    exif[ARTIST] = "Matti Meikäläinen"
    exif[ORIENTATION] = orientation
    return exif


def picture(size=(120, 80)):
    """A landscape picture whose top-left corner is red, so turning it can be checked."""
    image = Image.new("RGB", size, "white")
    image.paste((255, 0, 0), (0, 0, size[0] // 3, size[1] // 3))
    return image


def encode(image, image_format, **params):
    output = BytesIO()
    image.save(output, image_format, **params)
    return output.getvalue()


def jpeg_with_gps(orientation=ROTATED_RIGHT):
    return encode(picture(), "JPEG", exif=camera_exif(orientation), quality=90)


def png_with_metadata():
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Matti Meikäläinen")
    text.add_text("GPS", "60.45N 22.27E")
    text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>Matti</x:xmpmeta>")
    return encode(picture(), "PNG", exif=camera_exif(orientation=1), pnginfo=text)


def webp_with_gps(**params):
    return encode(picture(), "WEBP", exif=camera_exif(orientation=1), xmp=b"<x/>", **params)


def png_chunk_types(data):
    types, position = [], 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        types.append(kind)
        position += 12 + length
    return types


def webp_chunk_types(data):
    types, position = [], 12
    while position < len(data):
        kind, length = struct.unpack("<4sI", data[position : position + 8])
        types.append(kind)
        position += 8 + length + (length & 1)
    return types


def stored_bytes(image):
    with default_storage.open(image.file.name, "rb") as file:
        return file.read()


def assert_no_metadata(data):
    with Image.open(BytesIO(data)) as stored:
        stored.load()
        assert not stored.getexif()
        assert GPS_IFD not in stored.getexif()
        for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "Author", "GPS"):
            assert key not in stored.info
    for secret in (b"Canon", b"EOS R6", b"Matti", b"60.45N"):
        assert secret not in data


def assert_record_matches_file(image):
    image.refresh_from_db()
    data = stored_bytes(image)
    with Image.open(BytesIO(data)) as stored:
        assert (image.width, image.height) == stored.size
    assert image.file_size == len(data)
    assert image.file_hash == hash_filelike(BytesIO(data))


def root_collection():
    """Where a site administrator's upload goes when she keeps the form's first choice."""
    return Collection.get_first_root_node().pk


def upload(admin_client, name, data, title="Kuva"):
    return admin_client.post(
        "/admin/images/add/",
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": root_collection()},
    )


# --- Through the admin ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_upload_strips_gps_and_turns_the_photo_upright(admin_client):
    response = upload(admin_client, "kuva.jpg", jpeg_with_gps(), title="Retkellä")

    assert response.status_code == 302
    image = PortalImage.objects.get(title="Retkellä")
    data = stored_bytes(image)
    assert_no_metadata(data)
    with Image.open(BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (80, 120)  # width and height swapped by the orientation
        # The red corner of the sensor image is now top right, as a viewer showed it before.
        assert stored.convert("RGB").getpixel((75, 5))[1] < 80
        assert stored.convert("RGB").getpixel((5, 5)) > (200, 200, 200)
    assert (image.width, image.height) == (80, 120)
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_admin_upload_strips_png_exif_and_text_chunks(admin_client):
    response = upload(admin_client, "kuva.png", png_with_metadata())

    assert response.status_code == 302
    image = PortalImage.objects.get()
    data = stored_bytes(image)
    assert_no_metadata(data)
    chunks = png_chunk_types(data)
    assert not {b"eXIf", b"tEXt", b"zTXt", b"iTXt"} & set(chunks)
    with Image.open(BytesIO(data)) as stored:
        assert stored.format == "PNG"
        assert stored.convert("RGB").tobytes() == picture().tobytes()
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_admin_upload_strips_webp_exif(admin_client):
    response = upload(admin_client, "kuva.webp", webp_with_gps(lossless=True))

    assert response.status_code == 302
    image = PortalImage.objects.get()
    data = stored_bytes(image)
    assert_no_metadata(data)
    assert not {b"EXIF", b"XMP "} & set(webp_chunk_types(data))
    with Image.open(BytesIO(data)) as stored:
        assert stored.format == "WEBP"
        assert stored.convert("RGB").tobytes() == picture().tobytes()
    assert_record_matches_file(image)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "image_format"), [("kuva.jpg", "JPEG"), ("kuva.png", "PNG"), ("kuva.webp", "WEBP")]
)
def test_admin_upload_without_metadata_is_stored_as_it_is(admin_client, name, image_format):
    data = encode(picture(), image_format)

    response = upload(admin_client, name, data)

    assert response.status_code == 302
    image = PortalImage.objects.get()
    assert stored_bytes(image) == data
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_admin_upload_of_a_non_image_gets_the_form_error(admin_client):
    response = upload(admin_client, "kuva.jpg", b"This is not a picture at all.")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not PortalImage.objects.exists()


@pytest.mark.django_db
def test_multiple_uploader_strips_gps(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {
            "title": "Retkellä",
            "files[]": SimpleUploadedFile("kuva.jpg", jpeg_with_gps()),
            "collection": root_collection(),
        },
    )

    assert response.status_code == 200
    assert response.json()["success"]
    image = PortalImage.objects.get(pk=response.json()["image_id"])
    assert_no_metadata(stored_bytes(image))
    assert (image.width, image.height) == (80, 120)
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_replacing_the_file_in_the_admin_strips_gps(admin_client, media_root):
    image = PortalImage.objects.create(
        title="Vanha", file=ContentFile(encode(picture(), "JPEG"), name="vanha.jpg")
    )
    old_name = image.file.name

    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Uusi",
            "file": SimpleUploadedFile("uusi.jpg", jpeg_with_gps()),
            "collection": root_collection(),
        },
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name != old_name
    assert_no_metadata(stored_bytes(image))
    assert (image.width, image.height) == (80, 120)
    assert_record_matches_file(image)
    assert not (media_root / old_name).exists()


# --- In code ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_creating_an_image_in_code_strips_gps():
    image = PortalImage.objects.create(
        title="Koodista", file=ContentFile(jpeg_with_gps(), name="kuva.jpg")
    )

    assert_no_metadata(stored_bytes(image))
    assert (image.width, image.height) == (80, 120)
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_creating_an_image_without_metadata_in_code_keeps_the_bytes():
    data = encode(picture(), "JPEG")

    image = PortalImage.objects.create(title="Koodista", file=ContentFile(data, name="kuva.jpg"))

    assert stored_bytes(image) == data


@pytest.mark.django_db
def test_saving_a_new_file_into_storage_strips_gps_and_leaves_no_original(media_root):
    image = PortalImage.objects.create(
        title="Koodista", file=ContentFile(encode(picture(), "PNG"), name="kuva.png")
    )

    # FieldFile.save() writes to storage first, then saves the record.
    image.file.save("uusi.jpg", ContentFile(jpeg_with_gps()))

    assert_no_metadata(stored_bytes(image))
    assert_record_matches_file(image)
    originals = [path.name for path in (media_root / "original_images").iterdir()]
    assert all(b"Canon" not in (media_root / "original_images" / n).read_bytes() for n in originals)


@pytest.mark.django_db
def test_saving_only_the_file_field_keeps_the_record_consistent():
    image = PortalImage.objects.create(
        title="Koodista", file=ContentFile(encode(picture(), "PNG"), name="kuva.png")
    )

    image.file = ContentFile(jpeg_with_gps(), name="uusi.jpg")
    image.save(update_fields=["file"])

    assert_no_metadata(stored_bytes(image))
    assert_record_matches_file(image)


@pytest.mark.django_db
def test_saving_a_title_does_not_rewrite_the_file():
    image = PortalImage.objects.create(
        title="Koodista", file=ContentFile(jpeg_with_gps(), name="kuva.jpg")
    )
    name, data = image.file.name, stored_bytes(image)

    image.title = "Uusi nimi"
    image.save()

    image.refresh_from_db()
    assert image.file.name == name
    assert stored_bytes(image) == data


@pytest.mark.django_db
def test_multiple_uploaders_waiting_file_is_stripped_too():
    upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(PortalImage),
        file=ContentFile(jpeg_with_gps(), name="kuva.jpg"),
    )

    with default_storage.open(upload.file.name, "rb") as file:
        assert_no_metadata(file.read())


# --- The stripping itself -------------------------------------------------------------------------


def test_jpeg_keeps_its_icc_profile_and_chroma_subsampling():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(picture(), "JPEG", exif=camera_exif(), icc_profile=icc, subsampling="4:4:4")

    with Image.open(BytesIO(strip_image_metadata(data))) as stripped:
        assert stripped.info["icc_profile"] == icc
        assert JpegImagePlugin.get_sampling(stripped) == 0  # 4:4:4


def test_jpeg_comment_and_xmp_are_stripped():
    data = encode(picture(), "JPEG", comment=b"Matti was here", xmp=b"<x>Matti</x>")

    assert_no_metadata(strip_image_metadata(data))


def test_lossy_webp_that_must_be_turned_is_turned():
    data = encode(picture(), "WEBP", exif=camera_exif(), quality=90)

    with Image.open(BytesIO(strip_image_metadata(data))) as stripped:
        assert stripped.size == (80, 120)
        assert not stripped.getexif()


def test_png_that_must_be_turned_is_turned_and_keeps_transparency():
    image = picture().convert("RGBA")
    image.putpixel((119, 79), (0, 0, 0, 0))
    data = encode(image, "PNG", exif=camera_exif())

    stripped_data = strip_image_metadata(data)

    assert b"eXIf" not in stripped_data
    with Image.open(BytesIO(stripped_data)) as stripped:
        assert stripped.size == (80, 120)
        assert stripped.convert("RGBA").getpixel((0, 119))[3] == 0


@pytest.mark.parametrize("image_format", ["WEBP", "PNG"])
def test_animation_keeps_its_frames(image_format):
    frames = [picture(), picture().transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    data = encode(
        frames[0],
        image_format,
        save_all=True,
        append_images=frames[1:],
        duration=[100, 300],
        exif=camera_exif(),
        **({"lossless": True} if image_format == "WEBP" else {}),
    )

    with Image.open(BytesIO(strip_image_metadata(data))) as stripped:
        assert stripped.n_frames == 2
        assert not stripped.getexif()
        stripped.seek(1)
        stripped.load()
        assert stripped.info["duration"] == 300


def test_gif_is_left_as_it_is():
    frames = [picture().convert("P"), picture().convert("P").rotate(180)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], comment=b"Matti")

    assert strip_image_metadata(data) is None


def test_non_image_is_left_to_wagtail():
    assert strip_image_metadata(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None
    assert strip_image_metadata(jpeg_with_gps()[:300]) is None
