"""Demo images and documents (data/media.toml), each in its town's collection or the shared one.

The plans of data/plans.toml that name an upload under ``uploads`` show it among their materials,
so the demo has files of every kind: used by a public plan (open to everyone), and kept in the
shared collection.
"""

import math
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.core.groups import page_collection, shared_collection
from portal.demo.pages import block, read
from portal.municipalities.models import MunicipalityPage

SIZE = 600
CRUST, CHEESE, TAKEN = (196, 120, 52), (250, 214, 120), (214, 64, 48)


def pizza(slices, taken=2):
    """A pizza seen from above, cut into ``slices``, ``taken`` of them coloured."""
    image = Image.new("RGB", (SIZE, SIZE), "white")
    draw = ImageDraw.Draw(image)
    box = (30, 30, SIZE - 30, SIZE - 30)
    draw.ellipse(box, fill=CRUST)
    inner = (55, 55, SIZE - 55, SIZE - 55)
    step = 360 / slices
    for number in range(slices):
        colour = TAKEN if number < taken else CHEESE
        draw.pieslice(inner, number * step - 90, (number + 1) * step - 90, fill=colour)
    centre, radius = SIZE / 2, SIZE / 2 - 30
    for number in range(slices):
        angle = math.radians(number * step - 90)
        end = (centre + radius * math.cos(angle), centre + radius * math.sin(angle))
        draw.line([(centre, centre), end], fill="white", width=6)
    output = BytesIO()
    image.save(output, "PNG")
    return output.getvalue()


def file_of(entry):
    if entry["kind"] == "image":
        return pizza(entry["slices"])
    return entry["text"].lstrip("\n").encode("utf-8")


def collection_of(entry):
    if "town" not in entry:
        return shared_collection()
    return page_collection(MunicipalityPage.objects.get(title=entry["town"]))


def ensure_upload(entry):
    """The upload of ``entry``, created in its collection unless one of that title is there."""
    model = get_image_model() if entry["kind"] == "image" else get_document_model()
    collection = collection_of(entry)
    existing = model.objects.filter(title=entry["title"], collection=collection).first()
    if existing is not None:
        return existing
    fields = {"credit": entry["credit"]} if entry.get("credit") else {}
    return model.objects.create(
        title=entry["title"],
        file=ContentFile(file_of(entry), name=entry["file"]),
        collection=collection,
        **fields,
    )


def load():
    """Every upload of data/media.toml, by key."""
    return {entry["key"]: (entry, ensure_upload(entry)) for entry in read("media")["uploads"]}


def material(entry, upload, licences):
    """A plan's materials block that shows the upload."""
    licence = licences[entry["licence"]].pk if entry.get("licence") else None
    if entry["kind"] == "image":
        image = {"image": upload.pk, "alt_text": entry["alt"], "decorative": False}
        return block("image", {"title": entry["title"], "image": image, "licence": licence})
    return block("document", {"title": entry["title"], "document": upload.pk, "licence": licence})
