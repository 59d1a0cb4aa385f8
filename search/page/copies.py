"""Copies are one result: a page copied unchanged into other towns is found once.

A copy under its origin's title (``CopyRecord``) says nothing its origin does not: when the
reader may open both, the copy leaves the results and the origin's row says in how many towns
it is in use, with a list of the copies. A teacher whose own town has such a copy finds that
copy in the origin's place (it is the one she works with). A copy renamed when it was adapted
("Murtoluvut pizza- ja piirakkapaloina") is a page of its own and stays a result.

Both are a condition on the pages searched, so the facet counts and the number of results
count each family of copies once.
"""

from dataclasses import dataclass

from wagtail.models import Page

from portal.core.visibility import visible_pages
from portal.municipalities.roles import addable_municipalities
from portal.sharing import copying


def own_towns(user):
    """The ids of the towns a teacher works in (none for a reader or a site administrator)."""
    if not user.is_authenticated or user.is_superuser:
        return []
    return [town.pk for town in addable_municipalities(user)]


def unchanged_copies(user):
    """The copy records of copies under their origin's title, both of which the user may open."""
    return copying.unchanged_copies(visible_pages(user, Page.objects.all()))


def collapsed(user, pages, towns):
    """``pages`` with each family of unchanged copies found once: the origin, or the copy in
    one of the teacher's ``towns``."""
    copies = unchanged_copies(user)
    if not towns:
        return pages.exclude(pk__in=copies.values("copy_id"))
    own = copies.filter(municipality__in=towns)
    others = copies.exclude(municipality__in=towns)
    return pages.exclude(pk__in=others.values("copy_id")).exclude(pk__in=own.values("source_id"))


@dataclass(frozen=True)
class Copy:
    """One town's copy in the list under a result."""

    town: str
    url: str


def copies_of(user, pages):
    """For each page shown (by id), the other pages of its family the user may open, by town:
    the copies of an origin, or for a teacher's own copy its origin's other copies."""
    if not pages:
        return {}
    records = list(
        unchanged_copies(user)
        .filter(source__in=_origins(pages))
        .select_related("copy", "municipality")
        .order_by("municipality__title")
    )
    shown = {page.pk for page in pages}
    family = {}
    for record in records:
        family.setdefault(record.source_id, []).append(record)
    lists = {}
    for page in pages:
        origin = page.copy_source_id if getattr(page, "copy_source_id", None) else page.pk
        lists[page.pk] = [
            Copy(town=record.municipality.title, url=record.copy.url)
            for record in family.get(origin, [])
            if record.copy_id not in shown and record.copy_id != page.pk
        ]
    return lists


def _origins(pages):
    return {getattr(page, "copy_source_id", None) or page.pk for page in pages}


def mark_copies(user, pages):
    """Give each page its origin's id when it is a teacher's own unchanged copy shown in the
    origin's place (``copy_source_id``), for ``copies_of``."""
    sources = dict(
        unchanged_copies(user)
        .filter(copy__in=[page.pk for page in pages])
        .values_list("copy_id", "source_id")
    )
    for page in pages:
        page.copy_source_id = sources.get(page.pk)
    return pages
