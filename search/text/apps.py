from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchTextConfig(AppConfig):
    name = "search.text"
    label = "search_text"
    verbose_name = _("Search")

    def ready(self):
        from search.text import checks  # noqa: F401  (registers the system check)
