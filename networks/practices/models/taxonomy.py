from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.models import TranslatedName


class PracticeArea(TranslatedName):
    """One of the four areas of the Tutor 2.0 model: pupil support, well-being, curriculum and
    digital. A fixed list, seeded by a data migration."""

    slug = models.SlugField(_("code"), max_length=40, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("practice area")
        verbose_name_plural = _("practice areas")
