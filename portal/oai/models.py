"""What OAI-PMH harvesters have been told: one record for every page that is or has been open.

A record outlives its page: when the page is unpublished, deleted or narrowed from open, the
record stays as a tombstone (``deleted``), so that an incremental harvest learns to remove it
(``deletedRecord`` persistent). Its identifier, ``oai:<host>:<kind>/<page id>``, holds no title
or address, so a renamed or moved page keeps it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Record(models.Model):
    page_id = models.PositiveIntegerField(_("page"), unique=True)
    kind = models.CharField(_("content type"), max_length=32)
    datestamp = models.DateTimeField(_("changed at"))
    deleted = models.BooleanField(_("deleted"), default=False)
    # The page's ``last_published_at`` when the record was last written: a newer one is an edit.
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("harvesting record")
        verbose_name_plural = _("harvesting records")
        # Lists are read in this order, a page at a time from where the last one ended.
        indexes = [models.Index(fields=["datestamp", "id"], name="oai_record_order")]

    def __str__(self):
        return self.local_identifier

    @property
    def local_identifier(self):
        return f"{self.kind}/{self.page_id}"


class RecordSet(models.Model):
    """A set a record belongs to (``tyyppi:suunnitelma``, ``kunta:091``, ``aine:matematiikka``).
    A tombstone keeps its sets, so a harvest of one set learns of the removal too."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="sets")
    spec = models.CharField(_("set"), max_length=64)

    class Meta:
        verbose_name = _("set of a harvesting record")
        verbose_name_plural = _("sets of harvesting records")
        constraints = [
            models.UniqueConstraint(fields=["record", "spec"], name="oai_one_row_per_set")
        ]
        indexes = [models.Index(fields=["spec", "record"], name="oai_set_records")]

    def __str__(self):
        return self.spec
