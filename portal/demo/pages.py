"""Helpers for the demo loader: create content once, never overwrite what an editor changed."""

import json
import uuid

from django.db import transaction


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}, "id": str(uuid.uuid4())}


def paragraph(html):
    return {"type": "paragraph", "value": html, "id": str(uuid.uuid4())}


def stream(*blocks):
    return json.dumps(list(blocks))


@transaction.atomic
def ensure_child_page(parent, model, slug, prepare=None, **fields):
    """Return the child of ``parent`` with ``slug``, creating and publishing it if missing.

    An existing page is returned as it is, so running the loader again loses no edit.
    ``prepare`` may change the new page (tags, say) before its first revision is published.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    if any(field.name == "visibility" for field in model._meta.get_fields()):
        # Demo content has passed its moderation and is open to everyone.
        fields.setdefault("visibility", "public")
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    if prepare is not None:
        prepare(page)
    page.save_revision().publish()
    return page, True
