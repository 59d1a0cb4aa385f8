from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Connects the receivers that strip metadata (GPS position…) from uploaded images.
        from portal.core import images  # noqa: F401
