"""Blocks of a lesson plan: its phases, aims and materials."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.struct_block import StructBlockAdapter, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from portal.sharing.blocks import LicenceChooserBlock

PLAIN_FEATURES = ["bold", "italic", "link", "ul", "ol"]
ALT_TEXT_MAX_LENGTH = 250


class AltTextImageBlock(ImageBlock):
    """An image with its alt text, which is always required: a picture in a lesson phase is
    part of what pupils do, so it is never merely decorative. Its value is the image, with the
    alt text as ``contextual_alt_text`` (as Wagtail's ``ImageBlock``, so renditions, the
    reference index and the content check read it the same way)."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alt text"),
        max_length=ALT_TEXT_MAX_LENGTH,
        # Checked in clean() below, with a message of its own (a draft may wait for it).
        required=True,
        help_text=_(
            "What the image shows, for a pupil who cannot see it: "
            "for example “A birch with yellow leaves”."
        ),
    )
    # Wagtail's ImageBlock without its "decorative" switch.
    decorative = None

    def __init__(self, **kwargs):
        # The child blocks are the ones declared above, not the ones ImageBlock passes.
        blocks.StructBlock.__init__(self, **kwargs)

    def deconstruct(self):
        return ("plans.blocks.AltTextImageBlock", [], self._constructor_kwargs)

    def _struct_value_to_image(self, struct_value):
        return super()._struct_value_to_image({**struct_value, "decorative": False})

    def clean(self, value):
        try:
            self.child_blocks["image"].clean(value)
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"image": error}) from error
        alt_text = (getattr(value, "contextual_alt_text", None) or "").strip()
        # A draft may wait for its alt text (saving is never blocked); submitting may not.
        if value and not alt_text and not self.is_deferred_validation:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Write an alt text: describe what the image shows.")
                    )
                }
            )
        if len(alt_text) > ALT_TEXT_MAX_LENGTH:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("The alt text can be at most %(count)s characters long.")
                        % {"count": ALT_TEXT_MAX_LENGTH}
                    )
                }
            )
        if value:
            value.contextual_alt_text = alt_text
        return value


# A plain structure in the editor: Wagtail's ImageBlock script expects the decorative switch.
register(StructBlockAdapter(), AltTextImageBlock)


class PhaseImageBlock(blocks.StructBlock):
    """An image in a lesson phase, shown to pupils too, with its alt text and a caption."""

    image = AltTextImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")


class PhaseImagesBlock(blocks.ListBlock):
    """The images of a phase. A form that does not send them (an editor opened before phases
    had images, or a script) keeps none rather than failing."""

    def value_from_datadict(self, data, files, prefix):
        if self.value_omitted_from_data(data, files, prefix):
            return self.normalize([])
        return super().value_from_datadict(data, files, prefix)


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
    images = PhaseImagesBlock(
        PhaseImageBlock(),
        label=_("images"),
        default=[],
        help_text=_("Shown to pupils below the instructions."),
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
