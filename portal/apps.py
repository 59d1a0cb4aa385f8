from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Connects the receivers that strip metadata (GPS position…) from uploaded images.
        from portal import images  # noqa: F401
