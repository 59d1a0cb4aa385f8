"""Blocks of practices and annual clocks: steps, materials and the year's activities."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

MONTH_CHOICES = [
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=160)
    text = blocks.RichTextBlock(label=_("what to do"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "list-ol"
        label = _("Step")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")


class DocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")


class MaterialsBlock(blocks.StreamBlock):
    link = LinkBlock()
    document = DocumentBlock()


class ActivityBlock(blocks.StructBlock):
    """One recurring task of the school year."""

    month = blocks.ChoiceBlock(label=_("month"), choices=MONTH_CHOICES)
    week_start = blocks.IntegerBlock(
        label=_("from week"), required=False, min_value=1, max_value=53
    )
    week_end = blocks.IntegerBlock(label=_("to week"), required=False, min_value=1, max_value=53)
    title = blocks.CharBlock(label=_("title"), max_length=200)
    responsible = blocks.CharBlock(label=_("responsible role"), max_length=120, required=False)
    audience = blocks.CharBlock(label=_("for whom"), max_length=120, required=False)
    practices = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="practices.PracticePage"),
        label=_("related practices"),
        required=False,
    )
    notes = blocks.TextBlock(label=_("notes"), required=False)

    class Meta:
        icon = "date"
        label = _("Activity")

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("week_start"), value.get("week_end")
        if end and not start:
            raise StructBlockValidationError(
                {"week_start": ValidationError(_("Give the first week too."))}
            )
        return value
