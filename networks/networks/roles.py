"""A network's coordinators, and its workflow when they approve what is submitted to it; who
reads what a member town opens to the teachers of the network."""

from django.contrib.auth.models import Group
from django.db import transaction

from networks.networks.models import NetworkMembership, NetworkPage
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


def member_networks(town):
    """The live networks ``town`` (or its Finnish page, for a Swedish version) belongs to."""
    return in_default_language(
        NetworkPage.objects.live().filter(
            memberships__municipality__translation_key=town.translation_key
        )
    ).distinct()


def network_reader_groups(town, network_id=None):
    """The teachers' and moderators' groups of every member town of ``town``'s live networks,
    or of its one network ``network_id`` (none if the town is not a member of it): they read
    what the town opens to the teachers of the network. One query."""
    networks = member_networks(town)
    if network_id is not None:
        networks = networks.filter(pk=network_id)
    members = NetworkMembership.objects.filter(network__in=networks.values("pk"))
    return Group.objects.filter(
        page_permissions__page__in=members.values("municipality_id")
    ).distinct()
