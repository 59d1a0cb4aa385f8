from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "portal.municipalities"
    label = "municipalities"
    verbose_name = _("Municipalities")

    def ready(self):
        # Creating or renaming a municipality keeps its groups and workflow in step.
        from portal.municipalities import signals  # noqa: F401
