"""Helpers for the media tests: uploads in a collection, plans that use them, readers."""

import json
from io import BytesIO

from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image

from portal.core.models import PortalDocument, PortalImage
from tests.factories.plans import LessonPlanPageFactory


def png_bytes(colour="red", size=(64, 48)):
    output = BytesIO()
    Image.new("RGB", size, colour).save(output, "PNG")
    return output.getvalue()


def make_document(collection, title="Tehtäväkortit", name="tehtavakortit.txt", data=b"Tehtava."):
    return PortalDocument.objects.create(
        title=title, file=ContentFile(data, name=name), collection=collection
    )


def make_image(collection, title="Luokan kuva", name="luokka.png"):
    return PortalImage.objects.create(
        title=title, file=ContentFile(png_bytes(), name=name), collection=collection
    )


def materials(document=None, image=None):
    """A plan's materials stream (as JSON) that uses the document and the image."""
    blocks = []
    if document is not None:
        blocks.append(
            {
                "type": "document",
                "value": {"title": "Tehtäväkortit", "document": document.pk, "licence": None},
            }
        )
    if image is not None:
        blocks.append(
            {
                "type": "image",
                "value": {
                    "title": "Kuva",
                    "image": {"image": image.pk, "alt_text": "Luokka", "decorative": False},
                    "licence": None,
                },
            }
        )
    return json.dumps(blocks)


def plan_using(town, visibility, document=None, image=None, **extra):
    """A live lesson plan of the town, with the visibility, whose materials use the files."""
    return LessonPlanPageFactory(
        parent=town, visibility=visibility, materials=materials(document, image), **extra
    )


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def client_for(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client
