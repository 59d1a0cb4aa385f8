"""Copies are one result: a page copied unchanged into other towns is found once.

A copy under its origin's title (``CopyRecord``) says nothing its origin does not: when the
reader may open both, the copy leaves the results and the origin's row says in how many towns
it is in use, with a list of the copies. A teacher whose own town has such a copy finds that
copy in the origin's place (it is the one she works with). A copy renamed when it was adapted
("Murtoluvut pizza- ja piirakkapaloina") is a page of its own and stays a result.

The families are read once a request, as a short list of ids (kept until the content changes
for anonymous readers), and the pages searched leave out a literal list of ids: the facet
counts and the number of results then count each family once, at no cost to the full-text
query.
"""

from dataclasses import dataclass

from wagtail.models import Page

from portal.core.visibility import visible_pages
from portal.municipalities.roles import addable_municipalities
from portal.sharing.copying import public_families, unchanged_families


@dataclass(frozen=True)
class Copy:
    """One town's copy in the list under a result."""

    town: str
    url: str


def own_towns(user):
    """The ids of the towns a teacher works in (none for a reader or a site administrator)."""
    if not user.is_authenticated or user.is_superuser:
        return []
    return [town.pk for town in addable_municipalities(user)]


def _read_families(user):
    """The unchanged copies the user may open whose origin she may open too."""
    return unchanged_families(lambda pages: visible_pages(user, pages))


class Families:
    """The unchanged copies the user may open, by origin."""

    def __init__(self, user):
        self.towns = set(own_towns(user))
        if user.is_authenticated:
            self.records = _read_families(user)
        else:
            self.records = public_families()
        self.origin_of = {copy: source for copy, source, _town, _name in self.records}

    def hidden(self):
        """The ids the results leave out: every copy, or for a teacher the other towns' copies
        and the origins her own town's copies stand in for."""
        if not self.towns:
            return sorted(self.origin_of)
        others = {copy for copy, _source, town, _name in self.records if town not in self.towns}
        replaced = {source for _copy, source, town, _name in self.records if town in self.towns}
        return sorted(others | replaced)

    def collapsed(self, pages):
        hidden = self.hidden()
        return pages.exclude(pk__in=hidden) if hidden else pages

    def lists(self, pages):
        """For each page shown (by id), the other towns' copies of its family, by town name:
        the copies of an origin, or for a teacher's own copy its origin's other copies."""
        shown = {page.pk for page in pages}
        wanted = {}
        for page in pages:
            origin = self.origin_of.get(page.pk, page.pk)
            wanted[page.pk] = sorted(
                (name, copy)
                for copy, source, _town, name in self.records
                if source == origin and copy not in shown
            )
        urls = {
            page.pk: page.url
            for page in Page.objects.filter(
                pk__in=[copy for family in wanted.values() for _name, copy in family]
            )
        }
        return {
            pk: [Copy(town=name, url=urls[copy]) for name, copy in family if copy in urls]
            for pk, family in wanted.items()
        }
