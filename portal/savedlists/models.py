"""A signed-in teacher's own named lists of plans and practices ("Omat kokoelmat")."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 100


class SavedList(models.Model):
    """A named list of plans and practices that one teacher keeps for herself; nobody else
    sees it."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="saved_lists",
    )
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-updated", "-pk"]
        verbose_name = _("saved list")
        verbose_name_plural = _("saved lists")
        constraints = [
            # "Syksy" and "syksy" are the same list to a teacher.
            models.UniqueConstraint(Lower("name"), "owner", name="savedlists_one_name_per_owner"),
        ]

    def __str__(self):
        return self.name


class SavedItem(models.Model):
    """A page kept on a list. A deleted page leaves the item behind, shown as no longer
    available, so the teacher sees that something went missing."""

    saved_list = models.ForeignKey(
        SavedList, verbose_name=_("list"), on_delete=models.CASCADE, related_name="items"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added = models.DateTimeField(_("added"), auto_now_add=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("saved page")
        verbose_name_plural = _("saved pages")
        constraints = [
            models.UniqueConstraint(
                fields=["saved_list", "page"], name="savedlists_page_once_per_list"
            ),
        ]

    def __str__(self):
        return f"{self.saved_list}: {self.page_id}"
