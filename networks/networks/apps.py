from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks.networks"
    label = "networks"
    verbose_name = _("Networks")

    def ready(self):
        # Creating a network gives it its coordinators' group (and workflow); a change in its
        # members rewrites who reads what is open to the teachers of the network.
        from networks.networks import signals  # noqa: F401
        from networks.networks.roles import member_networks, network_reader_groups
        from portal.core.visibility import register_network_readers

        # The portal asks here who belongs to a town's networks (it stands below this app).
        register_network_readers(groups=network_reader_groups, networks=member_networks)
