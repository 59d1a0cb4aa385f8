"""A network's coordinators, and its workflow when they approve what is submitted to it."""

from django.db import transaction

from networks.networks.models import NetworkPage
from portal.core.groups import MEDIA_MANAGER_PERMISSIONS, ensure_page_group, published_by
from portal.moderation.workflows import ensure_workflow, remove_workflow
from portal.municipalities.models import in_default_language

COORDINATORS = "{title}: koordinaattorit"
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


@transaction.atomic
def ensure_network_groups(network):
    """The network's coordinators: edit and publish the network's pages and collections, and
    look after the network's own collection of images and documents."""
    coordinators = ensure_page_group(
        network, COORDINATORS, COORDINATOR_PAGE_PERMISSIONS, MEDIA_MANAGER_PERMISSIONS
    )
    if network.coordinators_approve:
        ensure_workflow(network, coordinators)
    else:
        remove_workflow(network)
    return coordinators


def coordinated_networks(user):
    """The networks whose coordinators the user is among (all of them for superusers)."""
    return published_by(user, in_default_language(NetworkPage.objects.order_by("title")))
