from django.dispatch import receiver
from wagtail.signals import copy_for_translation_done

from portal.sharing.models import ShareablePage


@receiver(copy_for_translation_done)
def written_in_the_translations_language(sender, source_obj, target_obj, **kwargs):
    """A Swedish version of a plan or practice is written in Swedish: it is listed, marked and
    searched as Swedish, whatever language its Finnish original was written in."""
    # Wagtail's copy saves without validation, so the rule in ``clean`` is applied here too.
    if isinstance(target_obj, ShareablePage) and target_obj.take_the_language_of_its_tree():
        target_obj.save(update_fields=["language"])
