"""The Finnish original beside its translation in the editor."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

# Page's own fields that are not the text of the page.
PAGE_FIELDS = {field.name for field in Page._meta.concrete_fields} - {"title", "seo_title"}


def original_texts(original):
    """(label, text) of each text field of the original that says something, in the model's
    order: what the translator translates."""
    texts = []
    for field in original._meta.concrete_fields:
        if field.name in PAGE_FIELDS or field.choices:
            continue
        value = getattr(original, field.name)
        if isinstance(field, (StreamField, RichTextField)):
            text = " ".join(strip_tags(part) for part in field.get_searchable_content(value))
        elif isinstance(field, (models.CharField, models.TextField)):
            text = value or ""
        else:
            continue
        if text.strip():
            texts.append((field.verbose_name, text.strip()))
    return texts


class OriginalPanel(Panel):
    """On a Swedish (or English) version of a page, the Finnish page's texts, to translate
    from without leaving the editor, and links to it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("The Finnish original"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return "original"

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/panels/original_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.original = None
            instance = self.instance
            if instance is not None and instance.pk and instance.locale_id:
                default = Locale.get_default()
                if instance.locale_id != default.pk:
                    original = instance.get_translation_or_none(default)
                    self.original = original.specific if original is not None else None

        def is_shown(self):
            return self.original is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["original"] = self.original
            context["texts"] = original_texts(self.original)
            return context
