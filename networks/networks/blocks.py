"""Blocks of network pages: people and the governance bodies they sit in."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    role = blocks.CharBlock(label=_("role"), max_length=120, required=False)
    municipality = blocks.PageChooserBlock(
        label=_("municipality"), page_type="municipalities.MunicipalityPage", required=False
    )

    class Meta:
        icon = "user"
        label = _("Member")


class MeetingBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("date"))
    agenda = blocks.ListBlock(blocks.CharBlock(max_length=255), label=_("agenda"))
    decisions = blocks.ListBlock(
        blocks.CharBlock(max_length=500), label=_("decisions"), required=False
    )

    class Meta:
        icon = "date"
        label = _("Meeting")


class GoverningBodyBlock(blocks.StructBlock):
    """A body of the network, such as OPPIVA's edustajisto or Keski-Suomi's koordinaatioryhmä."""

    name = blocks.CharBlock(label=_("name"), max_length=120)
    task = blocks.TextBlock(label=_("task"))
    meeting_rhythm = blocks.CharBlock(
        label=_("meeting rhythm"), max_length=120, required=False,
        help_text=_("For example: four times a year"),
    )  # fmt: skip
    members = blocks.ListBlock(PersonBlock(), label=_("members"), required=False)
    meetings = blocks.ListBlock(MeetingBlock(), label=_("meetings"), required=False)

    class Meta:
        icon = "group"
        label = _("Body")
        template = "networks/blocks/governing_body_block.html"
