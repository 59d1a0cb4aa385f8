from django.dispatch import receiver
from wagtail.signals import copy_for_translation_done

from portal.sharing.models import ShareablePage


@receiver(copy_for_translation_done)
def written_in_the_translations_language(sender, source_obj, target_obj, **kwargs):
    """A Swedish version of a plan or practice is written in Swedish: it is listed, marked and
    searched as Swedish, whatever language its Finnish original was written in."""
    if isinstance(target_obj, ShareablePage):
        language = target_obj.locale.language_code
        if target_obj.language != language:
            target_obj.language = language
            target_obj.save(update_fields=["language"])
