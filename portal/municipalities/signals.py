from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.moderation.workflows import is_translation, share_with_translation
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import ensure_municipality_groups


@receiver(post_save, sender=MunicipalityPage)
def create_municipality_groups(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """Every path that creates or renames a municipality (admin, loader, code) keeps its groups
    and workflow in step; saving a draft revision (which writes only bookkeeping fields) does
    not rename them before the new title is published."""
    if raw or not (update_fields is None or "title" in update_fields):
        return
    if is_translation(instance):
        # The Swedish version of a town belongs to the same teachers and moderators.
        share_with_translation(instance)
        return
    ensure_municipality_groups(instance)
