from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.networks.models import NetworkPage
from networks.networks.roles import ensure_network_groups
from portal.moderation.workflows import is_translation, share_with_translation


@receiver(post_save, sender=NetworkPage)
def create_network_groups(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """The network's coordinators, and its workflow if they approve what is submitted to it."""
    if raw or update_fields is not None:
        return
    if is_translation(instance):
        share_with_translation(instance)
        return
    ensure_network_groups(instance)
