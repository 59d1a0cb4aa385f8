from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "portal.sharing"
    label = "sharing"
    verbose_name = _("Sharing and copying")

    def ready(self):
        # A page's Swedish version is written in Swedish.
        from portal.sharing import signals  # noqa: F401
