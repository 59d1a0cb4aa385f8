from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SavedListsConfig(AppConfig):
    name = "portal.savedlists"
    label = "savedlists"
    verbose_name = _("My collections")
