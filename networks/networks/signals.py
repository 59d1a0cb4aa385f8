"""A network's groups when it is created; and who reads what is open to the teachers of the
network, written again whenever the network's members or its being open change:

- a town joins or leaves (a membership saved with another town, or deleted: the network
  published with other members, the network or the town deleted);
- the network is published or unpublished (only a live network's members read);
- the network is deleted: what chose it alone is then read by its own town only, not by the
  town's other networks (which its author did not choose).
"""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from networks.networks.models import NetworkMembership, NetworkPage
from networks.networks.roles import ensure_network_groups
from portal.core.visibility import Visibility
from portal.moderation.workflows import is_translation, share_with_translation
from portal.sharing.models import shareable_models, sync_network_readers


@receiver(post_save, sender=NetworkPage)
def create_network_groups(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """The network's coordinators, and its workflow if they approve what is submitted to it."""
    if raw or update_fields is not None:
        return
    if is_translation(instance):
        share_with_translation(instance)
        return
    ensure_network_groups(instance)


def members_of(network_id):
    return list(
        NetworkMembership.objects.filter(network_id=network_id).values_list(
            "municipality_id", flat=True
        )
    )


def sync_network(network_id, *towns):
    """The readers of the pages of the network's members and of ``towns`` (which have just
    joined or left), and of the pages that chose the network."""
    sync_network_readers({*members_of(network_id), *towns}, network_id)


@receiver(pre_save, sender=NetworkMembership)
def remember_the_town(sender, instance, raw=False, **kwargs):
    """A membership saved again (as every one is when its network is published) changes who
    reads only if it now names another town: which town it named is noted."""
    if raw or instance.pk is None:
        return
    instance._town_before = (
        NetworkMembership.objects.filter(pk=instance.pk)
        .values_list("municipality_id", flat=True)
        .first()
    )


@receiver(post_save, sender=NetworkMembership)
def town_joined(sender, instance, created, raw=False, **kwargs):
    before = getattr(instance, "_town_before", None)
    if raw or not (created or before != instance.municipality_id):
        return
    sync_network(instance.network_id, instance.municipality_id, *([before] if before else []))


@receiver(post_delete, sender=NetworkMembership)
def town_left(sender, instance, **kwargs):
    sync_network(instance.network_id, instance.municipality_id)


@receiver(pre_save, sender=NetworkPage)
def remember_being_live(sender, instance, raw=False, update_fields=None, **kwargs):
    """Whether the network was live before it is saved: publishing a live network again
    changes who reads only through its members (above), so nothing is rewritten for it."""
    if raw or update_fields is not None:
        return
    instance._was_live = instance.pk is not None and (
        NetworkPage.objects.filter(pk=instance.pk, live=True).exists()
    )


@receiver(page_published, sender=NetworkPage)
def network_opened(sender, instance, **kwargs):
    if not getattr(instance, "_was_live", False):
        sync_network(instance.pk)


@receiver(page_unpublished, sender=NetworkPage)
def network_closed(sender, instance, **kwargs):
    sync_network(instance.pk)


@receiver(pre_delete, sender=NetworkPage)
def network_deleted(sender, instance, **kwargs):
    """What chose the network alone closes to its own town before the choice is emptied (an
    empty choice would open it to every network of the town)."""
    for model in shareable_models():
        pages = model.objects.filter(visibility_network=instance, visibility=Visibility.NETWORK)
        closing = list(pages.only("path", "visibility", "visibility_network"))
        pages.update(visibility=Visibility.MUNICIPALITY)
        for page in closing:
            page.visibility = Visibility.MUNICIPALITY
            page.sync_readers()
