from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OaiConfig(AppConfig):
    name = "portal.oai"
    label = "oai"
    verbose_name = _("Harvesting (OAI-PMH)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.oai import signals  # noqa: F401
