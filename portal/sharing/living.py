"""Living copies: a copy keeps hearing of its origin's later changes ("Alkuperäinen on
päivittynyt") and takes them in, field by field and block by block, without losing its own.

The merge is three-way. ``base`` is the origin as the copy holds it (``CopyRecord.base_revision``),
``theirs`` the origin as published now, ``mine`` the copy as last saved (a draft included):

- a field or block the origin changed and the copy did not is offered to be taken in as it is;
- one both changed is a conflict: shown side by side, and replaced only when the editor
  explicitly chooses the origin's version for it;
- what only the copy changed is never offered, so it is never overwritten.

StreamFields are merged block by block, matched by block id (``Page.copy`` keeps the ids, so a
copy's blocks carry its origin's): a block the origin added is inserted beside the neighbours it
has in the origin, one it edited replaces the copy's, one it deleted is removed. The origin's
mere reordering of blocks is not offered.

Inline rows (an ``InlinePanel``'s children) are merged row by row when their model names a
natural key with ``living_copy_key`` (a badge's ``code``): a copy's rows get primary keys of their
own, so only such a key says which row of the copy is which row of the origin. A row the origin
added is inserted beside its neighbours in the origin, one it edited is updated in the copy's
row in place (the row keeps its primary key, so what points at it, such as a badge's completion
counts, stays), one it removed is removed. Whether a row changed is read from its content
fields (everything but its primary key, parental key and order; many-to-many as sorted keys).
A row whose key the origin changed reads as one removed and another added.
Rows without a natural key are not walked: a development plan's measures, and a badge
framework's self-assessment scale, whose levels are a whole read by position (the completion
counts store their self-assessments in the scale's order), so a level is not taken in alone.

What is taken in becomes a new draft revision of the copy, never a publication: the copy then
goes through its town's moderation like any edit.

The base moves to the origin's published version only when nothing is left on offer (every
change was taken in), or when the editor dismisses the changes ("Ohita nämä muutokset"). After
a partial take-in the base stays where it was: what was taken in now equals the origin and is no
longer offered, while the rest is offered again next time. So no origin change is ever dropped
without the editor's choice, and no change of the copy's own is ever overwritten without it.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, ForeignKey, Q, QuerySet
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager
from wagtail.admin.compare import get_comparison_class_for_block
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.core.cache import bump_content_version
from portal.core.visibility import visible_pages
from portal.sharing.models import CopyRecord, ShareablePage, shareable_tabs

# Never taken in from the origin: what names, addresses and owns the copy, who may read it
# and under which licence (the share-alike rule of ``ShareablePage.clean`` binds the copy's
# licence to the one it was copied under, not to the origin's later choice), its language, and
# what belongs to the copying town (its school, its contact person, its co-authors).
NEVER_TAKEN = frozenset(
    {
        "title",
        "slug",
        "owner",
        "visibility",
        "visibility_network",
        "licence",
        "language",
        "school",
        "contact_name",
        "contact_title",
        "contact_email",
        "co_authors",
    }
)


@dataclass
class Change:
    """One change of the origin on offer: a whole field, or one block of a StreamField."""

    key: str
    label: str
    conflict: bool
    diff: str
    mine: str = ""
    theirs: str = ""
    field_name: str = ""
    block_id: str = ""
    # For blocks and inline rows: "added", "edited" or "removed" (by the origin).
    action: str = ""
    # For inline rows: the row's natural key (``living_copy_key``).
    row_key: str = ""


@dataclass
class Review:
    """What the origin changed since the copy's base, against the copy's latest version."""

    record: CopyRecord
    base: Page
    theirs: Page
    mine: Page
    changes: list = field(default_factory=list)

    @property
    def clean_changes(self):
        return [change for change in self.changes if not change.conflict]

    @property
    def conflicts(self):
        return [change for change in self.changes if change.conflict]


def living_records(user):
    """Copy records whose origin has been published since the copy's base, of the origins the
    user may read now (an origin made private or town-only since tells her nothing): only
    copies of the same kind as their origin (a lesson plan made from a practice is not kept in
    step)."""
    return CopyRecord.objects.filter(
        source__in=visible_pages(user).values("pk"),
        base_revision__isnull=False,
        copy__content_type=F("source__content_type"),
        source__live_revision__created_at__gt=F("base_revision__created_at"),
    )


def editable_by(user):
    """A condition on copy records: the user may edit the copy (its owner, a moderator of its
    town, anyone with the right to change it, or a co-author named on it)."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    condition = Q(copy__in=editable.values("pk"))
    for model in get_page_models():
        if issubclass(model, ShareablePage) and _has_field(model, "co_authors"):
            co_authored = model.objects.filter(co_authors=user).values("pk")
            condition |= Q(copy__in=co_authored)
    return condition


def _has_field(model, name):
    return any(each.name == name for each in model._meta.get_fields())


def updated_copies_for(user, limit=20):
    """The copies the user may edit whose origin has changed since, newest origin change first."""
    if not user.is_authenticated:
        return []
    return list(
        living_records(user)
        .filter(editable_by(user))
        .select_related("copy", "source", "source_municipality", "source__live_revision")
        .order_by("-source__live_revision__created_at")[:limit]
    )


def origin_has_changed(page, user):
    """Whether the page is a copy whose origin has been published since its base (and the user
    may read the origin)."""
    return living_records(user).filter(copy_id=page.pk).exists()


def content_fields(page_class):
    """The copy's content fields, as the editor's content tabs show them: (field panel, field).

    The tabs every shareable page shares (visibility and licence, search engines, settings) are
    left out, and so is ``NEVER_TAKEN``. Inline panels are not fields: see ``keyed_inlines``."""
    shared = {panel.field_name for panel in _field_panels(shareable_tabs([]))}
    handler = page_class.get_edit_handler()
    fields = []
    for panel in _field_panels(handler):
        if panel.field_name in shared or panel.field_name in NEVER_TAKEN:
            continue
        fields.append(panel)
    return fields


def _field_panels(panel):
    if isinstance(panel, FieldPanel):
        yield panel
    for child in getattr(panel, "children", ()):
        yield from _field_panels(child)


def keyed_inlines(page_class):
    """The editor's inline panels whose rows have a natural key (``living_copy_key``)."""
    return [
        panel
        for panel in _inline_panels(page_class.get_edit_handler())
        if getattr(panel.db_field.related_model, "living_copy_key", None)
    ]


def _inline_panels(panel):
    if isinstance(panel, InlinePanel):
        yield panel
        return
    for child in getattr(panel, "children", ()):
        yield from _inline_panels(child)


def fingerprint(db_field, page):
    """A comparable value of a whole field of ``page`` (a revision's object)."""
    if db_field.many_to_many or isinstance(db_field, TaggableManager):
        items = getattr(page, db_field.name).all()
        return sorted((str(getattr(item, "pk", "")), str(item)) for item in items)
    return db_field.value_from_object(page)


def review(record):
    """The origin's changes since ``record``'s base, each with its diff (a ``Review``)."""
    source = record.source.specific_deferred
    base = record.base_revision.as_object()
    theirs = source.live_revision.as_object()
    mine = record.copy.get_latest_revision_as_object()
    result = Review(record=record, base=base, theirs=theirs, mine=mine)
    for panel in content_fields(type(mine)):
        db_field = panel.db_field
        if isinstance(db_field, StreamField):
            result.changes.extend(_block_changes(db_field, base, theirs, mine))
        else:
            change = _field_change(panel, db_field, base, theirs, mine)
            if change is not None:
                result.changes.append(change)
    for panel in keyed_inlines(type(mine)):
        result.changes.extend(_row_changes(panel, base, theirs, mine))
    return result


def _field_change(panel, db_field, base, theirs, mine):
    base_value, their_value = fingerprint(db_field, base), fingerprint(db_field, theirs)
    if base_value == their_value:
        return None
    my_value = fingerprint(db_field, mine)
    if my_value == their_value:
        return None
    comparison = panel.get_comparison_class()
    conflict = my_value != base_value
    return Change(
        key=f"field:{db_field.name}",
        label=capfirst(db_field.verbose_name),
        conflict=conflict,
        diff=comparison(db_field, base, theirs).htmldiff(),
        mine=comparison(db_field, mine, mine).htmldiff() if conflict else "",
        theirs=comparison(db_field, theirs, theirs).htmldiff() if conflict else "",
        field_name=db_field.name,
    )


def _blocks(stream):
    """A StreamField's blocks by id: id → (position, bound block, raw data)."""
    raw = stream.get_prep_value()
    return {item["id"]: (i, stream[i], item) for i, item in enumerate(raw) if item.get("id")}


def _same(first, second):
    return (first[2]["type"], first[2]["value"]) == (second[2]["type"], second[2]["value"])


def _block_changes(db_field, base, theirs, mine):
    """The origin's block changes in one StreamField, in the origin's order (removed blocks
    where they stood in the base, after the rest)."""
    name = db_field.name
    old = _blocks(getattr(base, name))
    new = _blocks(getattr(theirs, name))
    own = _blocks(getattr(mine, name))
    label = capfirst(db_field.verbose_name)
    changes = []
    for block_id, their_block in sorted(new.items(), key=lambda item: item[1][0]):
        change = _block_change(block_id, old.get(block_id), their_block, own.get(block_id))
        if change is not None:
            changes.append(change)
    for block_id, base_block in sorted(old.items(), key=lambda item: item[1][0]):
        if block_id not in new and block_id in own:
            # Deleted by the origin: a conflict if the copy has edited the block since.
            conflict = not _same(base_block, own[block_id])
            changes.append(_removal(block_id, base_block, own[block_id], conflict))
    for change in changes:
        change.key = f"block:{name}:{change.block_id}"
        change.field_name = name
        change.label = f"{label} › {change.label}"
    return changes


def _block_label(bound, position):
    return f"{capfirst(bound.block.label)} {position + 1}"


def _block_change(block_id, base_block, their_block, my_block):
    position, bound, _raw = their_block
    comparison = get_comparison_class_for_block(bound.block)
    if base_block is not None and _same(base_block, their_block):
        return None
    if my_block is not None and _same(my_block, their_block):
        return None
    if base_block is None:
        # Added by the origin; a conflict only if the copy already holds another version of it.
        added = comparison(bound.block, False, True, bound.value, bound.value)
        return Change(
            key="",
            label=_block_label(bound, position),
            conflict=my_block is not None,
            diff=format_html('<span class="addition">{}</span>', added.htmlvalue(bound.value)),
            block_id=block_id,
            action="added",
        )
    edited = comparison(bound.block, True, True, base_block[1].value, bound.value)
    # Edited by the origin: the copy deleted it, or edited it too, makes a conflict.
    conflict = my_block is None or not _same(my_block, base_block)
    return Change(
        key="",
        label=_block_label(bound, position),
        conflict=conflict,
        diff=edited.htmldiff(),
        mine=_render_block(my_block) if conflict else "",
        theirs=_render_block(their_block) if conflict else "",
        block_id=block_id,
        action="edited",
    )


# --- Inline rows --------------------------------------------------------------------------------


def row_fields(model):
    """The content fields of an inline row: all but its primary key, parental key and order."""
    return [
        each
        for each in model._meta.get_fields()
        if (each.concrete or each.many_to_many)
        and not each.auto_created
        and not each.primary_key
        and not isinstance(each, ParentalKey)
        and each.name != "sort_order"
    ]


def _row_fingerprint(fields, row):
    values = []
    for each in fields:
        if each.many_to_many:
            values.append(sorted(item.pk for item in getattr(row, each.name).all()))
        else:
            values.append(each.value_from_object(row))
    return values


def _rows(page, relation, key_name, fields):
    """An inline's rows by natural key: key → (position, row, fingerprint)."""
    rows = getattr(page, relation).all()
    if isinstance(rows, QuerySet):
        # The live rows (a copy without a draft is read from the database): their many-to-many
        # in one query, not one a row. A revision's rows hold theirs in memory already.
        rows = rows.prefetch_related(*(each.name for each in fields if each.many_to_many))
    return {
        str(getattr(row, key_name)): (position, row, _row_fingerprint(fields, row))
        for position, row in enumerate(rows)
    }


def _load_foreign_keys(model, versions):
    """Read the rows' foreign objects (a badge's grade) in one query per model, not one per row:
    the labels and diffs show them."""
    for each in model._meta.concrete_fields:
        if not isinstance(each, ForeignKey) or isinstance(each, ParentalKey):
            continue
        rows = [row for rows in versions for _pos, row, _print in rows.values()]
        ids = {getattr(row, each.attname) for row in rows} - {None}
        found = each.related_model._default_manager.in_bulk(ids)
        for row in rows:
            target = found.get(getattr(row, each.attname))
            if target is not None:
                each.set_cached_value(row, target)


def _row_label(model, row):
    """The row as the editor knows it, with its foreign objects: "Vahva salasana (3. luokka)"."""
    context = [
        str(getattr(row, each.name))
        for each in model._meta.concrete_fields
        if isinstance(each, ForeignKey)
        and not isinstance(each, ParentalKey)
        and getattr(row, each.attname) is not None
    ]
    return f"{row} ({', '.join(context)})" if context else str(row)


def _row_comparisons(panel):
    """(field, comparison class) of each field the row's editor shows."""
    return [
        (each.db_field, each.get_comparison_class())
        for each in _field_panels(panel.child_edit_handler)
    ]


def _row_table(comparisons, first, second, only=None, wrap=""):
    """A small table of the row's fields (of those named in ``only``, if given): their diff
    from ``first`` to ``second``."""
    lines = []
    for db_field, comparison_class in comparisons:
        if only is not None and db_field.name not in only:
            continue
        value = comparison_class(db_field, first, second).htmldiff()
        if wrap:
            value = format_html('<span class="{}">{}</span>', wrap, value)
        lines.append((capfirst(db_field.verbose_name), value))
    rows = format_html_join("", '<tr><th scope="row">{}</th><td>{}</td></tr>', lines)
    return format_html('<table class="living-row">{}</table>', rows)


def _row_side(comparisons, row, removed_text):
    if row is None:
        return format_html("<em>{}</em>", removed_text)
    return _row_table(comparisons, row, row)


def _row_changes(panel, base, theirs, mine):
    """The origin's row changes in one inline, in the origin's order (removed rows where they
    stood in the base, after the rest)."""
    relation = panel.db_field.get_accessor_name()
    model = panel.db_field.related_model
    key_name = model.living_copy_key
    fields = row_fields(model)
    old = _rows(base, relation, key_name, fields)
    new = _rows(theirs, relation, key_name, fields)
    own = _rows(mine, relation, key_name, fields)
    _load_foreign_keys(model, [old, new, own])
    comparisons = _row_comparisons(panel)
    heading = capfirst(panel.heading)
    changes = []
    for key, (_position, their_row, their_print) in sorted(new.items(), key=lambda i: i[1][0]):
        base_item, my_item = old.get(key), own.get(key)
        if base_item is not None and base_item[2] == their_print:
            continue
        if my_item is not None and my_item[2] == their_print:
            continue
        my_row = my_item[1] if my_item else None
        if base_item is None:
            # Added by the origin; a conflict only if the copy already holds a row of that key.
            conflict = my_item is not None
            action = "added"
            diff = _row_table(comparisons, their_row, their_row, wrap="addition")
        else:
            # Edited by the origin: the copy removed the row, or edited it too, makes a conflict.
            conflict = my_item is None or my_item[2] != base_item[2]
            action = "edited"
            # Only the fields changed are compared (the fingerprints tell them without a query).
            changed = {
                each.name
                for each, old_value, new_value in zip(
                    fields, base_item[2], their_print, strict=True
                )
                if old_value != new_value
            }
            diff = _row_table(comparisons, base_item[1], their_row, only=changed)
        changes.append(
            Change(
                key=f"row:{relation}:{key}",
                label=f"{heading} › {_row_label(model, their_row)}",
                conflict=conflict,
                diff=diff,
                mine=_row_side(comparisons, my_row, _("Removed from your copy"))
                if conflict
                else "",
                theirs=_row_side(comparisons, their_row, "") if conflict else "",
                field_name=relation,
                action=action,
                row_key=key,
            )
        )
    for key, (_position, base_row, base_print) in sorted(old.items(), key=lambda i: i[1][0]):
        if key in new or key not in own:
            continue
        # Removed by the origin: a conflict if the copy has edited the row since.
        my_row, my_print = own[key][1], own[key][2]
        conflict = my_print != base_print
        changes.append(
            Change(
                key=f"row:{relation}:{key}",
                label=f"{heading} › {_row_label(model, base_row)}",
                conflict=conflict,
                diff=_row_table(comparisons, base_row, base_row, wrap="deletion"),
                mine=_row_side(comparisons, my_row, "") if conflict else "",
                theirs=format_html("<em>{}</em>", _("Removed from the original"))
                if conflict
                else "",
                field_name=relation,
                action="removed",
                row_key=key,
            )
        )
    return changes


def _copy_row_content(model, source, target):
    """Give ``target`` (the copy's row, or a new one) the content of ``source`` (the origin's)."""
    for each in row_fields(model):
        if each.many_to_many:
            getattr(target, each.name).set(list(getattr(source, each.name).all()))
        else:
            setattr(target, each.attname, getattr(source, each.attname))


def _merge_rows(relation, theirs, mine, changes):
    """Take the chosen row changes into the copy's rows (in memory): its own rows keep their
    primary keys; the origin's new rows are inserted beside their neighbours in the origin."""
    model = getattr(type(mine), relation).rel.related_model
    key_name = model.living_copy_key
    merged = list(getattr(mine, relation).all())
    their_rows = list(getattr(theirs, relation).all())
    their_by_key = {str(getattr(row, key_name)): row for row in their_rows}
    wanted = {change.row_key: change for change in changes}
    for change in changes:
        if change.action == "removed":
            merged = [row for row in merged if str(getattr(row, key_name)) != change.row_key]
            continue
        for row in merged:
            if str(getattr(row, key_name)) == change.row_key:
                _copy_row_content(model, their_by_key[change.row_key], row)
    their_keys = [str(getattr(row, key_name)) for row in their_rows]
    for index, key in enumerate(their_keys):
        merged_keys = [str(getattr(row, key_name)) for row in merged]
        if key in wanted and key not in merged_keys:
            row = model()
            _copy_row_content(model, their_by_key[key], row)
            merged.insert(_position_among(merged_keys, their_keys, index), row)
    if any(each.name == "sort_order" for each in model._meta.fields):
        # The rows in the merged order (the editor's formset saves them so too).
        for order, row in enumerate(merged):
            row.sort_order = order
    setattr(mine, relation, merged)


def _render_block(block):
    if block is None:
        return format_html("<em>{}</em>", _("Removed from your copy"))
    bound = block[1]
    comparison = get_comparison_class_for_block(bound.block)
    return comparison(bound.block, True, True, bound.value, bound.value).htmlvalue(bound.value)


def _removal(block_id, base_block, my_block, conflict):
    position, bound, _raw = base_block
    comparison = get_comparison_class_for_block(bound.block)
    removed = comparison(bound.block, True, False, bound.value, bound.value)
    return Change(
        key="",
        label=_block_label(bound, position),
        conflict=conflict,
        diff=format_html('<span class="deletion">{}</span>', removed.htmlvalue(bound.value)),
        mine=_render_block(my_block) if conflict else "",
        theirs=format_html("<em>{}</em>", _("Removed from the original")) if conflict else "",
        block_id=block_id,
        action="removed",
    )


def apply_changes(result, chosen):
    """Put the ``chosen`` changes (of ``result.changes``) into the copy's latest version (in
    memory): whole fields copied from the origin, blocks merged into the copy's stream, inline
    rows into the copy's rows."""
    mine, theirs = result.mine, result.theirs
    by_field = {}
    by_relation = {}
    for change in chosen:
        group = by_relation if change.row_key else by_field
        group.setdefault(change.field_name, []).append(change)
    for relation, changes in by_relation.items():
        _merge_rows(relation, theirs, mine, changes)
    for name, changes in by_field.items():
        db_field = mine._meta.get_field(name)
        if isinstance(db_field, StreamField):
            _merge_blocks(db_field, theirs, mine, changes)
        elif db_field.many_to_many or isinstance(db_field, TaggableManager):
            getattr(mine, name).set(list(getattr(theirs, name).all()))
        else:
            setattr(mine, db_field.attname, db_field.value_from_object(theirs))


def _merge_blocks(db_field, theirs, mine, changes):
    name = db_field.name
    merged = list(getattr(mine, name).get_prep_value())
    their_raw = list(getattr(theirs, name).get_prep_value())
    their_by_id = {item["id"]: item for item in their_raw}
    wanted = {change.block_id: change for change in changes}
    for change in changes:
        if change.action == "removed":
            merged = [item for item in merged if item["id"] != change.block_id]
        elif any(item["id"] == change.block_id for item in merged):
            merged = [
                their_by_id[item["id"]] if item["id"] == change.block_id else item
                for item in merged
            ]
    # Blocks the copy lacks go beside their neighbours in the origin, in the origin's order.
    for index, item in enumerate(their_raw):
        if item["id"] in wanted and all(each["id"] != item["id"] for each in merged):
            merged.insert(_insertion_point(merged, their_raw, index), item)
    setattr(mine, name, StreamValue(db_field.stream_block, merged, is_lazy=True))


def _insertion_point(merged, their_raw, index):
    """Where the origin's block ``their_raw[index]`` goes in ``merged``: after the nearest block
    before it in the origin that the copy has, else before the nearest one after it, else last."""
    return _position_among(
        [item["id"] for item in merged], [item["id"] for item in their_raw], index
    )


def _position_among(merged_keys, their_keys, index):
    """Where the origin's ``their_keys[index]`` goes among ``merged_keys`` (see above)."""
    positions = {key: position for position, key in enumerate(merged_keys)}
    for key in reversed(their_keys[:index]):
        if key in positions:
            return positions[key] + 1
    for key in their_keys[index + 1 :]:
        if key in positions:
            return positions[key]
    return len(merged_keys)


@transaction.atomic
def take_in(result, keys, user):
    """Take in the changes named by ``keys`` as a new draft revision of the copy; return it (None
    if nothing was chosen). Raises ValidationError when the copy's checks refuse the result."""
    chosen = [change for change in result.changes if change.key in keys]
    if not chosen:
        return None
    apply_changes(result, chosen)
    revision = result.mine.save_revision(user=user, log_action=True)
    if len(chosen) == len(result.changes):
        move_base(result.record, result.record.source.live_revision_id)
    return revision


def dismiss(record):
    """Leave the origin's changes since the base untaken: the base moves to its live version."""
    move_base(record, record.source.live_revision_id)


def move_base(record, revision_id):
    record.base_revision_id = revision_id
    record.base_taken_at = timezone.now()
    record.save(update_fields=["base_revision", "base_taken_at"])
    # The origin's "in use in" line marks the towns whose copies are up to date.
    bump_content_version()
