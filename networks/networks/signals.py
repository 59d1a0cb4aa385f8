from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.networks.models import NetworkPage
from networks.networks.roles import ensure_network_groups


@receiver(post_save, sender=NetworkPage)
def create_network_groups(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """The network's coordinators, and its workflow if they approve what is submitted to it."""
    if not raw and update_fields is None:
        ensure_network_groups(instance)
