"""Helpers for the demo loader: read the demo's data files, create content once, never overwrite
what an editor changed."""

import functools
import json
import tomllib
import uuid
from pathlib import Path

from django.db import transaction

DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def read(name):
    """The demo data file ``data/<name>.toml``, read once a process (do not change the result)."""
    with (DATA / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def stream(blocks):
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


def ensure_section(home, model, entry):
    """A section under the front page from a data file's table of page fields (its slug, title,
    summary…); a new section goes before the service's information pages so the menu reads in
    order."""
    fields = dict(entry)
    slug = fields.pop("slug")
    page, created = ensure_child_page(home, model, slug, **fields)
    if created:
        information = [entry["slug"] for entry in read("home")["pages"]]
        first_information_page = home.get_children().filter(slug__in=information).first()
        if first_information_page is not None:
            page.move(first_information_page, pos="left")
    return page
