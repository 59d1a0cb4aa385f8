"""Who may read what: the one way the portal builds lists of pages, and the visibility rule.

Every shareable page (plan, practice, annual clock, development plan, badge framework) has a
visibility. It is enforced with Wagtail's own ``PageViewRestriction``, kept in step with the
field whenever the page is saved (and, for "Teachers of the network", whenever its town's
networks change their members), so serving, search, the sitemap and the choosers respect it.

Every public list, search result and feed goes through ``public_pages`` (or ``visible_pages``
for a signed-in reader) so that no view can forget to leave out drafts, unpublished pages or
pages behind a view restriction. Wagtail's own ``public()`` builds one condition per
restriction; with a restriction on every private plan that grows with the content, so these
helpers exclude restricted pages with one subquery and only the few restricted sections
(restricted pages that have children) by path.
"""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from portal.core.cache import fragment


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Draft / only me")
    MUNICIPALITY = "municipality", _("Teachers of the municipality")
    NETWORK = "network", _("Teachers of the network")
    TEACHERS = "teachers", _("All teachers")
    PUBLIC = "public", _("Open to everyone")


def refused_restrictions(user=None):
    """The view restrictions the user does not pass (all of them for an anonymous reader)."""
    restrictions = PageViewRestriction.objects.all()
    if user is None or not user.is_authenticated:
        return restrictions
    if user.is_superuser:
        return restrictions.none()
    passed = PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.GROUPS, groups__in=user.groups.all()
    ).values("pk")
    return restrictions.exclude(restriction_type=PageViewRestriction.LOGIN).exclude(pk__in=passed)


def visible_pages(user=None, queryset=None):
    """Live pages the user may open: their own restriction and every one above them passed."""
    if queryset is None:
        queryset = Page.objects.all()
    refused = refused_restrictions(user)
    # A plain ``pk__in`` subquery, so the search backends can apply it as a filter too.
    queryset = queryset.live().exclude(pk__in=refused.values("page_id"))
    sections = Q()
    for path in _refused_sections(user, refused):
        sections |= Q(path__startswith=path)
    return queryset.exclude(sections) if sections else queryset


def _refused_sections(user, refused):
    """The paths of the restricted pages with children that the user does not pass; for an
    anonymous reader (the same for all of them) kept until the content changes."""
    paths = refused.filter(page__numchild__gt=0).values_list("page__path", flat=True)
    if user is None or not user.is_authenticated:
        return fragment("restricted-sections", build=lambda: list(paths))
    return paths


def public_pages(queryset=None):
    """Live pages that an anonymous reader may open."""
    return visible_pages(None, queryset)


def public_pages_in_one_query(queryset=None):
    """``public_pages`` as one lazy query, for subqueries, annotations and ``exists()``.

    ``visible_pages`` reads the restricted sections first, because the search backends take
    plain conditions only; here a page below a restricted section is found in the database,
    so a count of public copies costs no query of its own.
    """
    if queryset is None:
        queryset = Page.objects.all()
    refused = refused_restrictions(None)
    # A restricted page with children whose path begins the reader's page's path.
    section_above = refused.filter(
        page__numchild__gt=0,
        page__path=Substr(OuterRef("path"), 1, Length("page__path")),
    )
    # NOT EXISTS, not NOT IN: PostgreSQL then reads a list latest first along an index and
    # stops at the page asked for, where NOT IN made it sort every page.
    own = refused.filter(page=OuterRef("pk"))
    return queryset.live().exclude(Exists(own)).exclude(Exists(section_above))


def public_pages_by_id(ids):
    """The public ones among the pages with these ids, specific, by id (for lists of links that
    editors curate: highlights, collection items). A link shows none of a page's streams: they
    are not read."""
    pages = public_pages(Page.objects.filter(pk__in=list(ids)))
    return pages.defer_streamfields().specific().in_bulk()


def public_copy_count(public=None):
    """For ``.annotate()``: how many copies of each page an anonymous reader may open.

    A draft, private or town-only copy is not counted: the count and the ordering by it would
    tell the public about content it may not read. ``public`` is a queryset of public pages
    that holds every copy (by default all of them).
    """
    if public is None:
        public = public_pages_in_one_query()
    return Count(
        "copy_records", filter=Q(copy_records__copy__in=public.values("pk")), distinct=True
    )


# Who belongs to a municipality's networks is known to the networks app, which stands above
# this one: it registers the answer when it is ready (``register_network_readers``). Until
# then a page open to the teachers of the network is read by its own town alone.
_network_readers = {"groups": None, "networks": None}


def register_network_readers(*, groups, networks):
    """Tell the portal who reads what is open to the teachers of a municipality's networks.

    ``groups(town, network_id)``: the groups of every member town of the town's live networks
    (of that one network, if an id is given and the town belongs to it; none otherwise).
    ``networks(town)``: the live networks the town belongs to, a queryset of network pages.
    """
    _network_readers.update(groups=groups, networks=networks)


def network_reader_groups(town, network_id=None):
    """The groups of the member towns of ``town``'s networks (or of its one network
    ``network_id``): they read what the town opens to the teachers of the network."""
    read = _network_readers["groups"]
    if town is None or read is None:
        return []
    return list(read(town, network_id))


def networks_of_town(town):
    """The live networks ``town`` belongs to (None if no app tells: then it belongs to none)."""
    read = _network_readers["networks"]
    if town is None or read is None:
        return None
    return read(town)


def sync_view_restriction(page, town_groups=(), network_groups=()):
    """Make the page's view restriction say what its visibility field says.

    ``town_groups`` are the groups of the municipality that owns the page: they read what is
    open to the municipality's teachers. ``network_groups`` are those of the member towns of
    its networks (``network_reader_groups``): with the town's own, they read what is open to
    the teachers of the network.
    """
    visibility = page.visibility
    restrictions = PageViewRestriction.objects.filter(page=page)
    if visibility == Visibility.PUBLIC:
        restrictions.delete()
        return None
    if visibility == Visibility.TEACHERS:
        kind, groups = PageViewRestriction.LOGIN, []
    elif visibility == Visibility.MUNICIPALITY:
        kind, groups = PageViewRestriction.GROUPS, list(town_groups)
    elif visibility == Visibility.NETWORK:
        groups = {group.pk: group for group in [*town_groups, *network_groups]}
        kind, groups = PageViewRestriction.GROUPS, list(groups.values())
    else:
        # Private: a groups restriction with no group lets no reader in; the authors read the
        # page through the admin's preview.
        kind, groups = PageViewRestriction.GROUPS, []
    restriction = restrictions.order_by("pk").first()
    restrictions.exclude(pk=getattr(restriction, "pk", None)).delete()
    if restriction is None:
        restriction = PageViewRestriction(page=page)
    if restriction.restriction_type != kind or restriction.pk is None:
        restriction.restriction_type = kind
        restriction.save()
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set(groups)
    else:
        restriction.groups.clear()
    return restriction
