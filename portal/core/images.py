"""Strip personal metadata (GPS position, camera serials, author names…) from uploaded images.

Every path that gives an image a new file ends in the model's ``save()``: the admin's single
upload and edit forms, the multiple uploader, and code such as
``PortalImage.objects.create(file=...)``. The ``pre_save`` receiver below rewrites the file there,
before Django's ``FileField.pre_save`` writes it to storage, so the unstripped bytes never reach
the media storage. Wagtail's forms compute ``file_size`` and ``file_hash`` *before* calling
``save()`` (``BaseImageForm.save`` and the multiple uploader call
``AbstractImage._set_image_file_metadata``), so the receiver computes them again, together with
width and height, from the stripped file.

What is kept: the pixels (the EXIF orientation is applied first, so photos stay upright, as
Wagtail's renditions show them), the format, the ICC colour profile, the resolution and
transparency. What goes: EXIF, XMP, IPTC, comments, PNG text chunks and anything else not needed
to draw the image. Files stored before this module existed are not rewritten.

Broken files never get that far from the admin: ``PortalImageForm`` (the base of every image form,
``WAGTAILIMAGES_IMAGE_FORM_BASE``: the single upload and edit forms, the multiple uploader and the
chooser's upload) decodes the whole image first. Wagtail's field reads only the image's header,
and Pillow raises ``OSError`` ("Truncated File Read") from it for a JPEG cut short in its
headers, which was an error 500; a file cut short in its picture data passed the form and broke
every rendition (and kept its metadata, which could not be stripped). Both now get a form error.
"""

import logging
import struct
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, ImageSequence, JpegImagePlugin, UnidentifiedImageError
from wagtail.images import get_image_model, get_image_model_string
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.models import UploadedFile

logger = logging.getLogger(__name__)

JPEG_QUALITY = 90  # when the original quantisation tables cannot be reused
WEBP_QUALITY = 90  # lossy WebP that has to be rotated

ORIENTATION = 0x0112
# EXIF orientations that swap width and height.
ORIENTATIONS_SWAPPING_AXES = {5, 6, 7, 8}

# JPEG segments needed to draw the image: JFIF header, ICC profile, Adobe colour transform.
# Everything else among the APPn/COM segments is metadata (APP1 EXIF and XMP, APP2 MPF,
# APP13 IPTC, COM comments, JFXX thumbnails that may show an uncropped original…).
JPEG_KEPT_SEGMENTS = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
JPEG_COM = 0xFE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG chunks needed to draw the image (including APNG animation and colour information).
# Dropped: eXIf, tEXt, zTXt, iTXt (XMP), tIME and any private chunks (e.g. C2PA caBX).
PNG_KEPT_CHUNKS = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
    b"cICP", b"mDCV", b"cLLI", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT",
}  # fmt: skip

# WebP (RIFF) chunks needed to draw the image; EXIF and "XMP " (and unknown chunks) are dropped.
WEBP_KEPT_CHUNKS = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
WEBP_EXIF_AND_XMP_FLAGS = 0x08 | 0x04  # in the first byte of the VP8X chunk

IMAGE_FIELDS_FROM_FILE = frozenset({"width", "height", "file_size", "file_hash"})


# --- Stripping the bytes --------------------------------------------------------------------------


def strip_image_metadata(data: bytes) -> bytes | None:
    """Return the image in ``data`` without its metadata.

    Returns None when there is nothing to strip (the file is then kept byte for byte), and when
    the data is not an image Pillow can read: Wagtail's own validation deals with those.
    """
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format in ("JPEG", "MPO"):
                return _strip_jpeg(image)
            if image.format == "PNG":
                return _strip_png(data, image)
            if image.format == "WEBP":
                return _strip_webp(data, image)
            # GIF is left as it is: it carries no EXIF (so no GPS position), and re-saving it
            # with Pillow could lose details of an animation. Other formats cannot be uploaded
            # (WAGTAILIMAGES_EXTENSIONS); add them here before allowing them.
            return None
    except UnidentifiedImageError:
        return None  # not an image: Wagtail's form rejects it, or it is not ours to judge
    except Exception:
        logger.warning("Could not strip metadata from an image; stored as uploaded.", exc_info=True)
        return None


def _orientation(image: Image.Image) -> int:
    return image.getexif().get(ORIENTATION, 1)


def _upright_copy(image: Image.Image) -> Image.Image:
    """The image with its EXIF orientation applied, and no metadata left in ``info``."""
    upright = ImageOps.exif_transpose(image)
    # Pillow's encoders fall back to some values in ``info`` (e.g. the JPEG comment).
    upright.info = {}
    return upright


def _dpi(image: Image.Image, orientation: int) -> tuple | None:
    dpi = image.info.get("dpi")
    if dpi and orientation in ORIENTATIONS_SWAPPING_AXES:
        dpi = (dpi[1], dpi[0])
    return dpi


def _encode(image: Image.Image, **params) -> bytes:
    output = BytesIO()
    image.save(output, **{key: value for key, value in params.items() if value is not None})
    return output.getvalue()


def _is_kept_jpeg_segment(marker: int, payload: bytes) -> bool:
    prefix = JPEG_KEPT_SEGMENTS.get(marker)
    return prefix is not None and payload.startswith(prefix)


def _strip_jpeg(image: JpegImagePlugin.JpegImageFile) -> bytes | None:
    if all(
        _is_kept_jpeg_segment(JPEG_COM if name == "COM" else 0xE0 + int(name[3:]), payload)
        for name, payload in image.applist
    ):
        return None
    orientation = _orientation(image)
    upright = _upright_copy(image)
    # Pillow re-encodes the picture; the original quantisation tables and chroma subsampling
    # keep its quality as it was.
    sampling = JpegImagePlugin.get_sampling(image)
    params = {
        "format": "JPEG",
        "icc_profile": image.info.get("icc_profile"),
        "dpi": _dpi(image, orientation),
        "progressive": bool(image.info.get("progressive") or image.info.get("progression")),
        "subsampling": sampling if sampling != -1 else None,
    }
    if tables := getattr(image, "quantization", None):
        try:
            return _encode(upright, qtables=tables, **params)
        except (ValueError, OSError):
            logger.info("Could not reuse a JPEG's quantisation tables; quality %s.", JPEG_QUALITY)
    return _encode(upright, quality=JPEG_QUALITY, **params)


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, whole chunk) pairs of a PNG file, up to IEND; ValueError if it is malformed."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("Not a PNG file")
    chunks = []
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        end = position + 12 + length  # length, type, data, CRC
        if end > len(data):
            raise ValueError("Truncated PNG chunk")
        chunks.append((kind, data[position:end]))
        position = end
        if kind == b"IEND":
            return chunks
    raise ValueError("PNG file without IEND")


def _strip_png(data: bytes, image: Image.Image) -> bytes | None:
    chunks = _png_chunks(data)
    kept = [chunk for kind, chunk in chunks if kind in PNG_KEPT_CHUNKS]
    trailing = len(data) - len(PNG_SIGNATURE) - sum(len(chunk) for _, chunk in chunks)
    if len(kept) == len(chunks) and not trailing:
        return None
    if _needs_rotating(image):
        return _encode(
            _upright_copy(image),
            format="PNG",
            icc_profile=image.info.get("icc_profile"),
            dpi=_dpi(image, _orientation(image)),
            transparency=image.info.get("transparency"),
        )
    # Dropping chunks leaves the pixel data (and an APNG's frames) exactly as they were.
    return PNG_SIGNATURE + b"".join(kept)


def _webp_chunks(data: bytes) -> tuple[list[tuple[bytes, bytes]], bool]:
    """The (FourCC, whole chunk) pairs of a WebP file, and whether bytes follow the RIFF data."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("Not a WebP file")
    end = 8 + struct.unpack("<I", data[4:8])[0]
    if end > len(data):
        raise ValueError("Truncated WebP file")
    chunks = []
    position = 12
    while position + 8 <= end:
        kind, length = struct.unpack("<4sI", data[position : position + 8])
        chunk_end = position + 8 + length + (length & 1)  # chunks are padded to an even size
        if chunk_end > end:
            raise ValueError("Truncated WebP chunk")
        chunks.append((kind, data[position:chunk_end]))
        position = chunk_end
    return chunks, end < len(data)


def _strip_webp(data: bytes, image: Image.Image) -> bytes | None:
    chunks, trailing = _webp_chunks(data)
    kept = [(kind, chunk) for kind, chunk in chunks if kind in WEBP_KEPT_CHUNKS]
    if len(kept) == len(chunks) and not trailing:
        return None
    if _needs_rotating(image):
        lossless = any(kind == b"VP8L" for kind, _ in chunks)
        return _encode(
            _upright_copy(image),
            format="WEBP",
            icc_profile=image.info.get("icc_profile"),
            lossless=lossless,
            exact=lossless or None,
            quality=None if lossless else WEBP_QUALITY,
        )
    # Dropping chunks leaves the pixel data (and an animation's frames) exactly as they were;
    # the extended header must no longer announce EXIF or XMP.
    body = b"".join(
        chunk[:8] + bytes([chunk[8] & ~WEBP_EXIF_AND_XMP_FLAGS & 0xFF]) + chunk[9:]
        if kind == b"VP8X"
        else chunk
        for kind, chunk in kept
    )
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def _needs_rotating(image: Image.Image) -> bool:
    """Whether a still image must be turned upright before its EXIF goes.

    An animation keeps its frames as they are (turning every frame would need re-encoding it),
    so it loses its orientation: rare enough, and no personal data is kept.
    """
    return _orientation(image) != 1 and not getattr(image, "is_animated", False)


# --- Refusing broken files -----------------------------------------------------------------------


def decodes_to_the_end(file) -> bool:
    """Whether Pillow draws every frame of the image in ``file`` without running out of data."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            for frame in ImageSequence.Iterator(image):
                frame.load()
    except Exception:  # Pillow raises many kinds of error for a malformed file
        return False
    finally:
        file.seek(0)
    return True


class CompleteImageField(WagtailImageField):
    """Wagtail's image field that also refuses a file Pillow cannot decode to the end."""

    default_error_messages = {
        "broken_image": _(
            "The file is not a whole image: it is broken or cut short. Open it in an image "
            "editor, save it again and upload the saved file."
        ),
    }

    def to_python(self, data):
        try:
            image_file = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # e.g. OSError for a header cut short
            raise ValidationError(
                self.error_messages["broken_image"], code="broken_image"
            ) from error
        if image_file is not None and not decodes_to_the_end(image_file):
            raise ValidationError(self.error_messages["broken_image"], code="broken_image")
        return image_file


class PortalImageForm(BaseImageForm):
    """The base of every image form: its file field decodes the whole image."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CompleteImageField):
            self.fields["file"] = CompleteImageField(
                label=field.label, required=field.required, widget=field.widget
            )


# --- Hooking into saving --------------------------------------------------------------------------


def _read(file) -> bytes:
    file.seek(0)
    data = file.read()
    file.seek(0)
    return data


def _strip_new_upload(instance, field_name: str) -> bool:
    """Strip a file not yet written to storage (a form upload, a ContentFile…)."""
    field_file = getattr(instance, field_name)
    stripped = strip_image_metadata(_read(field_file.file))
    if stripped is None:
        return False
    # Assigning the file again also makes Django's ImageField recompute width and height.
    setattr(instance, field_name, ContentFile(stripped, name=field_file.name))
    return True


def _strip_stored_file(instance, field_name: str) -> bool:
    """Strip a file already in storage (the multiple uploader's second step, ``file.save()``)."""
    field_file = getattr(instance, field_name)
    storage, name = field_file.storage, field_file.name
    with storage.open(name, "rb") as file:
        stripped = strip_image_metadata(file.read())
    if stripped is None:
        return False
    new_name = storage.save(name, ContentFile(stripped), max_length=field_file.field.max_length)
    # The original must not stay readable in the media storage, unless another image uses it.
    others = type(instance)._default_manager.filter(**{field_name: name}).exclude(pk=instance.pk)
    if not others.exists():
        storage.delete(name)
    setattr(instance, field_name, new_name)
    return True


def _is_new_stored_file(instance) -> bool:
    if instance._state.adding or instance.pk is None:
        return True
    stored = (
        type(instance)
        ._default_manager.filter(pk=instance.pk)
        .values_list("file", flat=True)
        .first()
    )
    return stored != instance.file.name


@receiver(pre_save, sender=get_image_model_string())
def strip_metadata_before_saving_image(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not instance.file:
        return
    if update_fields is not None and "file" not in update_fields:
        return
    if not instance.file._committed:
        stripped = _strip_new_upload(instance, "file")
    elif _is_new_stored_file(instance):
        stripped = _strip_stored_file(instance, "file")
    else:
        return  # the file was stripped when it was first saved
    if not stripped:
        return
    # Width and height were recomputed when the file was replaced; file_size and file_hash
    # (computed by Wagtail's forms from the original upload) must match the stripped file too.
    instance._set_image_file_metadata()
    if update_fields is not None and (missing := IMAGE_FIELDS_FROM_FILE - set(update_fields)):
        instance._metadata_stripped_fields = missing


@receiver(post_save, sender=get_image_model_string())
def save_fields_of_stripped_image(sender, instance, **kwargs):
    """``save(update_fields=["file"])`` would not save the recomputed size and hash."""
    if fields := instance.__dict__.pop("_metadata_stripped_fields", None):
        sender._default_manager.filter(pk=instance.pk).update(
            **{field: getattr(instance, field) for field in fields}
        )


@receiver(pre_save, sender=UploadedFile)
def strip_metadata_before_saving_upload(sender, instance, raw=False, **kwargs):
    """The multiple uploader keeps a file here while it asks for the image's required fields."""
    if raw or not instance.file or instance.file._committed:
        return
    if instance.for_content_type_id != ContentType.objects.get_for_model(get_image_model()).pk:
        return
    _strip_new_upload(instance, "file")
