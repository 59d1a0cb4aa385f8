from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchPageConfig(AppConfig):
    name = "search.page"
    label = "search"
    verbose_name = _("Search")
