from wagtail import hooks
from wagtail.admin.ui.components import Component

from search.text import finnish


class FinnishDictionaryPanel(Component):
    """Tells administrators when search runs without Voikko's Finnish dictionary."""

    name = "finnish_dictionary"
    template_name = "search_text/admin/finnish_dictionary_panel.html"
    order = 10


@hooks.register("construct_homepage_panels")
def warn_without_the_finnish_dictionary(request, panels):
    if request.user.is_superuser and not finnish.available():
        panels.insert(0, FinnishDictionaryPanel())
