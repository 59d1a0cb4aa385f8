"""Networks of municipalities, their regions, events and curated collections."""

from networks.networks.models.collections import CollectionItem, CollectionPage
from networks.networks.models.networks import (
    EventPage,
    NetworkIndexPage,
    NetworkMembership,
    NetworkPage,
    RegionPage,
)

__all__ = [
    "CollectionItem",
    "CollectionPage",
    "EventPage",
    "NetworkIndexPage",
    "NetworkMembership",
    "NetworkPage",
    "RegionPage",
]
