from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks.networks"
    label = "networks"
    verbose_name = _("Networks")

    def ready(self):
        # Creating a network gives it its coordinators' group (and workflow).
        from networks.networks import signals  # noqa: F401
