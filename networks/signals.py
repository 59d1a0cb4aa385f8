from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.models import MunicipalityPage
from portal.roles import ensure_municipality_groups


@receiver(post_save, sender=MunicipalityPage)
def create_municipality_groups(sender, instance, created, raw=False, **kwargs):
    """Every path that creates a municipality (admin, loader, code) also creates its groups."""
    if created and not raw:
        ensure_municipality_groups(instance)
