"""Every change that can open or close a page to the public rewrites its harvesting record.

- a harvested page saved (created, published, unpublished, its visibility written) or deleted;
- a view restriction added, changed or removed: on the page and everything below it;
- a page moved (into or out of a restricted section, to another municipality);
- a municipality or network published, unpublished or moved: the content of its towns, whose
  sets name it.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core.cache import DRAFT_FIELDS
from portal.municipalities.models import MunicipalityPage, network_models
from portal.oai.models import Record
from portal.oai.records import KINDS, harvested_page_ids, kind_of_model, now, sync_pages


def _connect_kinds():
    for kind in KINDS:
        post_save.connect(page_saved, sender=kind.model, dispatch_uid=f"oai-save-{kind.slug}")
        post_delete.connect(page_deleted, sender=kind.model, dispatch_uid=f"oai-delete-{kind.slug}")


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """A saved page may have opened or closed; saving a draft or a lock (only the bookkeeping
    fields a reader never sees) changes nothing harvested."""
    if raw or (update_fields and set(update_fields) <= DRAFT_FIELDS):
        return
    sync_pages([instance.pk])


def page_deleted(sender, instance, **kwargs):
    """The page is going: its record is a tombstone from now on (no need to look)."""
    Record.objects.filter(page_id=instance.pk, deleted=False).update(deleted=True, datestamp=now())


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync_pages(harvested_page_ids(Page.objects.descendant_of(page, inclusive=True)))


@receiver(post_page_move)
def moved(sender, instance, **kwargs):
    sync_pages(harvested_page_ids(Page.objects.descendant_of(instance, inclusive=True)))


@receiver(page_published)
@receiver(page_unpublished)
def published_or_unpublished(sender, instance, **kwargs):
    """A harvested page's record is written again once all of it is saved; a municipality's or
    network's own state decides the sets of the content of its towns."""
    NetworkPage, _membership = network_models()
    if kind_of_model(type(instance)) is not None:
        # Published: its subjects and other relations are saved by now, unlike at post_save.
        sync_pages([instance.pk])
        return
    if isinstance(instance, MunicipalityPage):
        towns = [instance]
    elif isinstance(instance, NetworkPage):
        towns = list(MunicipalityPage.objects.filter(network_memberships__network=instance))
        # Towns that have just left still name the network in their records' sets.
        sync_pages(
            Record.objects.filter(sets__spec=f"verkosto:{instance.pk}").values_list(
                "page_id", flat=True
            )
        )
    else:
        return
    for town in towns:
        sync_pages(harvested_page_ids(Page.objects.child_of(town)))


_connect_kinds()
