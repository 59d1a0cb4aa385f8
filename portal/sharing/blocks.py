"""The licence of a material in a page's stream (a lesson plan's links, documents and images)."""

import copy

from wagtail.snippets.blocks import SnippetChooserBlock

from portal.core.numbers import whole_number


class LicenceChooserBlock(SnippetChooserBlock):
    """A licence, chosen like any snippet, read from the cached list of licences
    (``Licence.all_by_id``): a plan's materials cost no query for their licences, where the
    snippet chooser's own reading is one query for each kind of material."""

    def __init__(self, **kwargs):
        super().__init__("sharing.Licence", **kwargs)

    @staticmethod
    def _key(value):
        return value if isinstance(value, int) else whole_number(str(value))

    def to_python(self, value):
        if value is None:
            return None
        licence = self.model_class.all_by_id().get(self._key(value))
        return copy.copy(licence)

    def bulk_to_python(self, values):
        licences = self.model_class.all_by_id()
        return [copy.copy(licences.get(self._key(value))) for value in values]
