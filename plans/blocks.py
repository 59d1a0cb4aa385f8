"""Blocks of a lesson plan: its phases, aims and materials."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from portal.sharing.blocks import LicenceChooserBlock

PLAIN_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class PhaseBlock(blocks.StructBlock):
    """One phase of the lesson, with instructions for pupils and notes for teachers only."""

    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[
            ("introduction", _("Introduction")),
            ("activity", pgettext_lazy("lesson phase", "Activity")),
            ("discussion", _("Discussion")),
            ("assessment", _("Assessment")),
            ("closing", _("Closing")),
        ],
        default="activity",
    )
    title = blocks.CharBlock(label=_("title"), max_length=160)
    duration = blocks.IntegerBlock(label=_("duration (minutes)"), min_value=1, max_value=600)
    pupil_instructions = blocks.RichTextBlock(
        label=_("instructions for pupils"), features=PLAIN_FEATURES
    )
    teacher_notes = blocks.RichTextBlock(
        label=_("notes for teachers only"),
        features=PLAIN_FEATURES,
        required=False,
        help_text=_("Never shown to pupils or to readers who are not signed in."),
    )

    class Meta:
        icon = "time"
        label = _("Phase")


class ObjectiveBlock(blocks.StructBlock):
    code = blocks.CharBlock(label=_("code"), max_length=20, help_text=_("For example T2"))
    text = blocks.CharBlock(label=_("objective"), max_length=400)

    class Meta:
        icon = "tick"
        label = _("Curriculum objective")


class KeywordBlock(blocks.StructBlock):
    word = blocks.CharBlock(label=_("word"), max_length=80)
    definition = blocks.CharBlock(label=_("definition"), max_length=300)

    class Meta:
        icon = "openquote"
        label = _("Keyword")


class MisconceptionBlock(blocks.StructBlock):
    misconception = blocks.CharBlock(label=_("misconception"), max_length=300)
    response = blocks.TextBlock(label=_("how to respond"))

    class Meta:
        icon = "help"
        label = _("Common misconception")


class LicensedMaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    licence = LicenceChooserBlock(label=_("licence"), required=False)


class LinkMaterialBlock(LicensedMaterialBlock):
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")


class DocumentMaterialBlock(LicensedMaterialBlock):
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")


class ImageMaterialBlock(LicensedMaterialBlock):
    image = ImageBlock(label=_("image"))

    class Meta:
        icon = "image"
        label = _("Image")


class MaterialsBlock(blocks.StreamBlock):
    link = LinkMaterialBlock()
    document = DocumentMaterialBlock()
    image = ImageMaterialBlock()
