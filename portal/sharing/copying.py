"""Copying a model into one's own municipality ("Ota käyttöön omassa kunnassa").

One code path for every shareable page type (practices, annual clocks, development plans and
lesson plans), used by the public page's button and by the admin's action alike.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.core.cache import bump_content_version, fragment
from portal.core.visibility import public_pages, public_pages_in_one_query
from portal.municipalities.models import MunicipalityPage, town_name
from portal.municipalities.roles import addable_municipalities
from portal.sharing.models import CopyRecord, ShareablePage
from portal.sharing.town_names import suggested_title

# The longest slug a copy is given: room is left for a number ("-2") after it.
SLUG_LENGTH = 200


class CopyRefused(Exception):
    """The copy cannot be made; the message says why, in the user's language."""


class CopyExists(Exception):
    """The municipality already has a copy of the source; the user must confirm another one."""

    def __init__(self, copies):
        super().__init__("copy exists")
        self.copies = copies


def can_view(source, user):
    if public_pages(Page.objects.filter(pk=source.pk)).exists():
        return True
    return user.is_authenticated and source.permissions_for_user(user).can_edit()


def copy_targets(user, model):
    """The municipalities into which the user may add a page of the given type."""
    return [
        town
        for town in addable_municipalities(user)
        if model in town.specific_class.allowed_subpage_models()
    ]


def check_licence(source):
    licence = source.licence
    if not source.allows_changed_versions:
        raise CopyRefused(
            _(
                "“%(title)s” is shared under %(licence)s, which does not allow changed "
                "versions. You may use it as it is and link to it, but not copy it."
            )
            % {"title": source.title, "licence": licence.name}
        )


def existing_copies(source, municipality):
    """The town's copies of the source (a plan made from a practice is not a copy of it)."""
    return list(
        Page.objects.filter(
            copy_record__source=source,
            copy_record__municipality=municipality,
            content_type_id=source.content_type_id,
        ).order_by("pk")
    )


def content_to_copy(source, user):
    """One's own draft is copied as last saved; anyone else's page as it was published."""
    if source.has_unpublished_changes and source.permissions_for_user(user).can_edit():
        return source.get_latest_revision_as_object()
    return source


def suggested_copy_title(source, municipality, user):
    """The title a copy into ``municipality`` is offered: the title of what is copied, with its
    town's name (in whatever case) replaced by the copier's ("Ruskon vuosikello" → "Maskun
    vuosikello")."""
    content = content_to_copy(source, user)
    origin = source.municipality
    if origin is None:
        return content.title
    origin, municipality = origin.specific, municipality.specific
    return suggested_title(
        content.title,
        content.language,
        origin.title,
        origin.name_sv,
        municipality.title,
        municipality.name_sv,
    )[: Page._meta.get_field("title").max_length]


def title_taken(municipality, title):
    """Whether a page directly under the town already has this title (any case)."""
    return municipality.get_children().filter(title__iexact=title.strip()).exists()


def copy_slug(source, title):
    """A copy kept under the source's title keeps its slug; a renamed one follows its title."""
    if title == source.title and source.slug:
        return source.slug
    return slugify(title)[:SLUG_LENGTH].strip("-") or source.slug


def free_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


@transaction.atomic
def copy_to_municipality(source, municipality, user, *, another=False, title=None):
    """Copy ``source`` into ``municipality`` as a draft owned by ``user``; return the copy.

    The copy is titled ``title`` (the source's title if None), its slug following the title.

    Raises PermissionDenied when the user may not read the source or add to the town,
    CopyRefused when the licence forbids changed versions, and CopyExists when the town has
    a copy already and ``another`` is not set. Nothing is ever overwritten.
    """
    source = source.specific
    municipality = municipality.specific
    if not isinstance(source, ShareablePage) or not can_view(source, user):
        raise PermissionDenied
    if not municipality.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    if type(source) not in municipality.specific_class.allowed_subpage_models():
        raise CopyRefused(_("This kind of content cannot be added to a municipality."))
    check_licence(source)
    copies = existing_copies(source, municipality)
    if copies and not another:
        raise CopyExists(copies)

    content = content_to_copy(source, user)
    title = title or content.title
    copy = content.copy(
        to=municipality,
        update_attrs={
            "title": title,
            "slug": free_slug(municipality, copy_slug(content, title)),
            "owner": user,
            # The page row's draft title is the source's latest draft's: never carry it over.
            "draft_title": title,
            **content.attributes_of_a_copy(),
        },
        copy_revisions=False,
        keep_live=False,
        user=user,
    )
    # The version copied, read afresh: the caller's page may predate its latest publication.
    live, latest = (
        Page.objects.filter(pk=source.pk).values_list("live_revision", "latest_revision").get()
    )
    record_provenance(
        source, copy, municipality, user, revision_id=latest if content is not source else live
    )
    # The source's "in use in" line and the town's lists may change.
    bump_content_version()
    return copy


def record_provenance(source, copy, municipality, user, revision_id=None):
    """Remember what ``copy`` was made from (``revision_id``: the source's version copied, the
    live one by default): shown on the copy, counted on the source, and the base against which
    the source's later changes are offered to the copy."""
    if revision_id is None:
        revision_id = source.live_revision_id
    return CopyRecord.objects.create(
        base_revision_id=revision_id,
        base_taken_at=timezone.now(),
        source=source,
        source_title=source.title,
        source_municipality=source.municipality,
        source_licence=source.licence,
        copy=copy,
        municipality=municipality,
        copied_by=user,
    )


def adoption(source):
    """The municipalities that have taken the source into use: (count, [town pages]), each town
    marked ``up_to_date`` when its copy holds the source's published version.

    Only copies the public may read count: a draft, private or town-only copy would tell an
    anonymous reader about content that is not open to them.
    """
    public_copies = public_pages_in_one_query(Page.objects.filter(copy_record__source=source))
    town_ids = (
        CopyRecord.objects.filter(source=source, copy__in=public_copies.values("pk"))
        .values_list("municipality", flat=True)
        .distinct()
    )
    towns = list(MunicipalityPage.objects.filter(pk__in=town_ids).order_by("title"))
    current = set(up_to_date_towns(source, public_copies)) if towns else set()
    for town in towns:
        town.up_to_date = town.pk in current
    return len(towns), towns


def up_to_date_towns(source, copies):
    """The towns (ids) whose copy among ``copies`` holds the source's published version: copied
    from it, or every change since taken in (its base moved there). Same-kind copies only: a
    lesson plan made from a practice is not kept in step with it."""
    if source.live_revision_id is None:
        return []
    return (
        CopyRecord.objects.filter(
            source=source,
            copy__in=copies.values("pk"),
            copy__content_type_id=source.content_type_id,
            base_revision__created_at__gte=F("source__live_revision__created_at"),
        )
        .values_list("municipality", flat=True)
        .distinct()
    )


def unchanged_families(readable):
    """(copy id, origin id, town id, town name) of every copy kept under its origin's title
    where both the copy and the origin are among the pages ``readable`` leaves of a queryset:
    such a copy says nothing its origin does not, and lists show the family once (search, the
    practice library). A short list of ids, read in two queries, which the lists leave out
    literally: a subquery of its own in every count costs more than the list (search at
    10,000 plans counted 45% slower with one)."""
    records = list(
        CopyRecord.objects.filter(copy__title=F("source__title")).values_list(
            "copy_id", "source_id", "municipality_id", "municipality__title"
        )
    )
    ids = {copy for copy, *_rest in records} | {source for _copy, source, *_rest in records}
    kept = set(readable(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    return [record for record in records if record[0] in kept and record[1] in kept]


def public_families():
    """``unchanged_families`` of the pages everyone may read, kept until the content changes
    (what search shows an anonymous reader, and the practice library)."""
    return fragment(
        "public-copy-families", build=lambda: unchanged_families(public_pages_in_one_query)
    )


def towns_using(sources, families):
    """For each of the ``sources`` (ids), the number of towns whose unchanged copy of it is in
    the ``families`` (``unchanged_families``)."""
    wanted = set(sources)
    towns = {}
    for _copy, source, town, _name in families:
        if source in wanted:
            towns.setdefault(source, set()).add(town)
    return {source: len(each) for source, each in towns.items()}


def mark_copies(pages):
    """Give each of ``pages`` its ``copied_from_town``: for a copy, its origin's town by name
    in the reader's language ("" if that town is gone), else None. One query for the whole list,
    so a list can say "Copy (Rusko)" on each card. The town is named, never the origin: the
    origin may not be open to the reader."""
    pages = [page for page in pages if page is not None and page.pk is not None]
    if not pages:
        return
    records = CopyRecord.objects.filter(copy_id__in=[page.pk for page in pages]).values_list(
        "copy_id", "source_municipality__title", "source_municipality__municipalitypage__name_sv"
    )
    towns = {copy: town_name(title or "", name_sv or "") for copy, title, name_sv in records}
    for page in pages:
        page.copied_from_town = towns.get(page.pk)
