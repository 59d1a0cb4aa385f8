"""What a teacher does with her lists, and what she may see of the pages on them.

Only pages she may open herself are saved (``visible_pages``); a page on a list that she may no
longer open (unpublished, deleted, made private) is shown without its title, as no longer
available, so a list never tells her what she may not read.
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, Max, OuterRef
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.core.visibility import visible_pages
from portal.municipalities.models import MunicipalityPage
from portal.savedlists.models import SavedItem, SavedList
from portal.sharing.models import ShareablePage

# Generous limits that a teacher never meets, so that no one can fill the database.
MAX_LISTS = 100
MAX_ITEMS = 500


class ListRefused(Exception):
    """What the teacher asked for cannot be done; the message says why, in her language."""


def lists_of(user):
    """The user's lists, latest changed first, each with its number of pages."""
    return SavedList.objects.filter(owner=user).annotate(item_count=Count("items"))


def lists_with_page(user, page):
    """The user's lists, each saying whether the page is on it (``has_page``): one query."""
    on_list = SavedItem.objects.filter(saved_list=OuterRef("pk"), page=page)
    return SavedList.objects.filter(owner=user).annotate(has_page=Exists(on_list))


def saveable_page(page_id, user):
    """The plan or practice (any shareable page) with this id that the user may open, or None."""
    page = visible_pages(user, Page.objects.filter(pk=page_id)).specific().first()
    return page if isinstance(page, ShareablePage) else None


def name_taken(user, name, exclude=None):
    lists = SavedList.objects.filter(owner=user, name__iexact=name)
    if exclude is not None:
        lists = lists.exclude(pk=exclude.pk)
    return lists.exists()


def taken_message(name):
    return _("You already have a list called “%(name)s”.") % {"name": name}


def create_list(user, name):
    if SavedList.objects.filter(owner=user).count() >= MAX_LISTS:
        raise ListRefused(
            _("You can keep at most %(limit)d lists. Delete a list you no longer need.")
            % {"limit": MAX_LISTS}
        )
    try:
        with transaction.atomic():
            return SavedList.objects.create(owner=user, name=name)
    except IntegrityError:  # the same name saved at the same moment in another tab
        raise ListRefused(taken_message(name)) from None


def rename_list(saved_list, name):
    saved_list.name = name
    try:
        with transaction.atomic():
            saved_list.save(update_fields=["name", "updated"])
    except IntegrityError:
        raise ListRefused(taken_message(name)) from None


def add_page(saved_list, page):
    """Put the page at the end of the list; True if it was not on it already."""
    if saved_list.items.filter(page=page).exists():
        return False
    if saved_list.items.count() >= MAX_ITEMS:
        raise ListRefused(
            _("A list can hold at most %(limit)d pages. Start a new list.") % {"limit": MAX_ITEMS}
        )
    last = saved_list.items.aggregate(last=Max("sort_order"))["last"]
    try:
        with transaction.atomic():
            SavedItem.objects.create(
                saved_list=saved_list, page=page, sort_order=0 if last is None else last + 1
            )
    except IntegrityError:  # saved at the same moment in another tab
        return False
    saved_list.save(update_fields=["updated"])
    return True


class ShownItem:
    """A saved item as its owner sees it: the page, if she may still open it, with its kind and
    town; otherwise nothing of the page at all."""

    def __init__(self, item, page=None, town=None):
        self.item = item
        self.page = page
        self.town = town

    @property
    def available(self):
        return self.page is not None

    @property
    def kind(self):
        return self.page.specific_class._meta.verbose_name if self.page else ""


def shown_items(saved_list, user):
    """The list's items in order, with the pages the user may open read in one query and their
    towns in another."""
    items = list(saved_list.items.all())
    ids = [item.page_id for item in items if item.page_id is not None]
    pages = (
        visible_pages(user, Page.objects.filter(pk__in=ids))
        .defer_streamfields()
        .specific()
        .in_bulk()
        if ids
        else {}
    )
    towns = _towns_of(pages.values())
    shown = []
    for item in items:
        page = pages.get(item.page_id)
        town = _nearest_town(page, towns) if page is not None else None
        shown.append(ShownItem(item, page, town))
    return shown


def _towns_of(pages):
    steplen = MunicipalityPage.steplen
    above = {page.path[:end] for page in pages for end in range(steplen, len(page.path), steplen)}
    if not above:
        return {}
    return MunicipalityPage.objects.in_bulk(list(above), field_name="path")


def _nearest_town(page, towns):
    steplen = MunicipalityPage.steplen
    for end in range(len(page.path) - steplen, 0, -steplen):
        town = towns.get(page.path[:end])
        if town is not None:
            return town
    return None
