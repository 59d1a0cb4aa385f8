"""Faceted filtering: a list narrowed by the reader's choices, each value with its count.

A facet is one way of narrowing a list (by subject, by town): its name is the parameter in the
address, its values are what a reader may choose, and its grouping says how the chosen values
filter a queryset and how a queryset is counted per group. A value counts the items of every
group it stands for: a subject its own id, a network the paths of its member towns.

The rule, stated once (``Selection.others``):

- the values chosen within one facet join with OR, different facets with AND;
- a facet's values are counted over what every OTHER chosen facet leaves, so a count tells the
  reader what choosing that value would give, and a chosen value stays listed with the others.

Anything the address holds that is no key of a facet's value is ignored.

``Selection.tally`` counts every facet and the items every chosen facet leaves in ONE query
(each grouping then says how its groups are counted in SQL: ``count_sql``): the items once, with
a column per chosen facet telling whether it holds, and one branch per facet counting the rows
every other chosen facet holds for. The rows it answers are kept in the cache until the content
changes (``portal.core.cache.fragment``): a list read again with the same choices costs no count.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import connections
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q

from portal.core.cache import fragment

# One branch of the counting query: facet number, group (as text), count and, for tags only,
# the tag's slug and name. ``m`` holds the items (``m.item``) and the facets' columns.
BRANCH_SQL = (
    "SELECT {number}, CAST({group} AS TEXT), COUNT(*), {labels} FROM m {join} WHERE {where}"
)

MAX_CHOSEN = 30  # values read per facet
MAX_KEY_LENGTH = 100  # a longer key is no key of any value


@dataclass(frozen=True)
class Value:
    """A value a reader may choose: its key in the address, its label, the groups it counts."""

    key: str
    label: str
    groups: tuple = ()


@dataclass(frozen=True)
class Shown:
    """A value as the reader sees it: how many items choosing it gives, and whether it is chosen."""

    key: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Listed:
    """A facet as the reader sees it: the values worth showing, in order."""

    name: str
    label: str
    values: list


@dataclass(frozen=True)
class Field:
    """Items grouped by a column of theirs: a foreign key, or an annotation (a town's path)."""

    name: str

    def filter(self, groups):
        return Q(**{f"{self.name}__in": groups})

    def count(self, queryset):
        return dict(queryset.values_list(self.name).annotate(n=Count("pk")).order_by())

    def column(self):
        """What the counting query keeps of each item for this grouping."""
        return F(self.name)

    def count_sql(self, number, where, qn):
        group = f"m.{qn(f'g{number}')}"
        return branch(number, group, "", where)


def branch(number, group, join, where):
    return (
        BRANCH_SQL.format(number=number, group=group, labels="NULL, NULL", join=join, where=where)
        + f" GROUP BY {group}"
    )


def link_join(number, through, owner, qn):
    """The link table of a many-to-many grouping, joined to the items counted."""
    table = f"l{number}"
    column = through._meta.get_field(owner).column
    join = f"JOIN {qn(through._meta.db_table)} {table} ON {table}.{qn(column)} = m.item"
    return table, join


@dataclass(frozen=True)
class Link:
    """Items grouped by a many-to-many field of theirs, filtered and counted in its link table."""

    field: object  # Model._meta.get_field(name)

    def links(self):
        return self.field.remote_field.through.objects

    def filter(self, groups):
        column = self.field.m2m_reverse_field_name()
        linked = self.links().filter(**{f"{column}__in": groups})
        return Q(pk__in=linked.values(self.field.m2m_field_name()))

    def count(self, queryset):
        owners = {f"{self.field.m2m_field_name()}__in": queryset.values("pk")}
        column = self.field.m2m_reverse_field_name()
        return dict(
            self.links().filter(**owners).values_list(column).annotate(n=Count("pk")).order_by()
        )

    def column(self):
        return None

    def count_sql(self, number, where, qn):
        through = self.field.remote_field.through
        table, join = link_join(number, through, self.field.m2m_field_name(), qn)
        value = through._meta.get_field(self.field.m2m_reverse_field_name()).column
        return branch(number, f"{table}.{qn(value)}", join, where)


class Facet:
    """One way of narrowing the list: ``values`` in the order shown, grouped ``by`` a Field, a
    Link or any object that filters by groups (and counts per group). A facet takes one value
    unless ``multiple``; it lists only the values that have items or are chosen unless
    ``every``."""

    def __init__(self, name, label, values, by, *, multiple=False, every=False):
        self.name, self.label, self.values, self.by = name, label, values, by
        self.multiple, self.every = multiple, every

    def find(self, keys):
        """The values with these keys (unknown keys are no value)."""
        wanted = set(keys)
        return [value for value in self.values if value.key in wanted]

    def condition(self, values):
        """The items in any of these values' groups."""
        return self.by.filter(tuple(group for value in values for group in value.groups))

    def tally(self, groups):
        """Each value with the number of items in its groups, given the counts per group."""
        return [(value, sum(groups.get(g, 0) for g in value.groups)) for value in self.values]

    def counted(self, queryset):
        """Each value with the number of its items in ``queryset``."""
        return self.tally(self.by.count(queryset))

    def count_sql(self, number, where, qn):
        """The branch of the counting query that counts this facet (``Selection.tally``)."""
        return self.by.count_sql(number, where, qn)

    def counted_rows(self, rows):
        """Each value with its count, from this facet's rows of the counting query."""
        texts = {str(group): group for value in self.values for group in value.groups}
        return self.tally({texts[key]: n for key, n, _slug, _name in rows if key in texts})

    def shown(self, counted, chosen):
        """The values worth showing, given each value's count and the chosen values."""
        keys = {value.key for value in chosen}
        return [
            Shown(value.key, value.label, count, value.key in keys)
            for value, count in counted
            if count or self.every or value.key in keys
        ]


@dataclass(frozen=True)
class Tagged:
    """Items grouped by their tags: ``through`` is their tagged-item model (``TaggedItemBase``)."""

    through: type

    def filter(self, groups):
        return Q(pk__in=self.through.objects.filter(tag__in=groups).values("content_object"))

    def column(self):
        return None


class TagFacet(Facet):
    """The most used tags of the items counted, most used first: its values are the tags found,
    keyed by their slugs."""

    def __init__(self, name, label, through, limit=30):
        super().__init__(name, label, [], Tagged(through))
        self.limit = limit

    def find(self, keys):
        if not keys:
            return []
        tags = self.by.through._meta.get_field("tag").related_model.objects.filter(slug__in=keys)
        return [Value(tag.slug, tag.name, (tag.pk,)) for tag in tags]

    def counted(self, queryset):
        rows = (
            self.by.through.objects.filter(content_object__in=queryset.values("pk"))
            .values_list("tag_id", "tag__slug", "tag__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__name")[: self.limit]
        )
        return [(Value(slug, name, (pk,)), n) for pk, slug, name, n in rows]

    def count_sql(self, number, where, qn):
        through = self.by.through
        table, join = link_join(number, through, "content_object", qn)
        tag = through._meta.get_field("tag")
        tags = qn(tag.related_model._meta.db_table)
        join += f" JOIN {tags} t{number} ON t{number}.id = {table}.{qn(tag.column)}"
        group = f"{table}.{qn(tag.column)}"
        name = f"t{number}.{qn('name')}"
        labels = f"t{number}.{qn('slug')}, {name}"
        top = BRANCH_SQL.format(number=number, group=group, labels=labels, join=join, where=where)
        top += f" GROUP BY {group}, {labels} ORDER BY COUNT(*) DESC, {name} LIMIT {int(self.limit)}"
        return f"SELECT * FROM ({top}) top{number}"  # noqa: S608 - names from the models

    def counted_rows(self, rows):
        return [(Value(slug, name, (int(key),)), n) for key, n, slug, name in rows]


def read(facet, params):
    """The values of ``facet`` chosen in ``params`` (a QueryDict: the request's GET)."""
    keys = params.getlist(facet.name)
    keys = keys[:MAX_CHOSEN] if facet.multiple else keys[-1:]
    return facet.find([k for k in keys if k and len(k) <= MAX_KEY_LENGTH and "\x00" not in k])


class Selection:
    """The facets of a list and the values the reader chose among them."""

    def __init__(self, facets, params):
        self.facets = list(facets)
        chosen = ((facet, read(facet, params)) for facet in self.facets)
        self.chosen = {facet.name: values for facet, values in chosen if values}

    def any(self):
        return bool(self.chosen)

    def query(self):
        """The chosen values as a query string, and nothing else the address held (a list's
        feed keeps the list's filters this way)."""
        return urlencode(
            [(name, value.key) for name, values in self.chosen.items() for value in values]
        )

    def others(self, facet=None):
        """The chosen facets but ``facet``, each with its chosen values: what filters the items
        counted for ``facet`` (every chosen facet when ``facet`` is None)."""
        return [
            (f, self.chosen[f.name])
            for f in self.facets
            if f is not facet and f.name in self.chosen
        ]

    def filter(self, queryset, skip=None):
        """The items every chosen facet but ``skip`` leaves (each facet ANDs a condition)."""
        for facet, values in self.others(skip):
            queryset = queryset.filter(facet.condition(values))
        return queryset

    def counts(self, queryset):
        """Each facet's values with their counts, one query per facet."""
        return {
            facet.name: facet.counted(self.filter(queryset, skip=facet)) for facet in self.facets
        }

    def tally(self, queryset):
        """Each facet's values with their counts, and the number of items every chosen facet
        leaves, in one query (``counts`` and a count of ``filter``, at once)."""
        qn = connections[queryset.db].ops.quote_name
        numbered = list(enumerate(self.facets))
        chosen = {
            f"c{number}": ExpressionWrapper(f.condition(self.chosen[f.name]), BooleanField())
            for number, f in numbered
            if f.name in self.chosen
        }
        columns = {f"g{number}": f.by.column() for number, f in numbered}
        columns = {name: column for name, column in columns.items() if column is not None}
        items = queryset.order_by().annotate(item=F("pk"), **columns, **chosen)
        sql, params = items.values("item", *columns, *chosen).query.sql_with_params()

        def where(skip=None):
            held = [f"m.{qn(name)}" for name in chosen if name != f"c{skip}"]
            return " AND ".join(held) or "1 = 1"

        branches = [
            BRANCH_SQL.format(number=-1, group="NULL", labels="NULL, NULL", join="", where=where())
        ]
        branches += [f.count_sql(number, where(number), qn) for number, f in numbered]
        counting = f"WITH m AS ({sql})\n" + "\nUNION ALL\n".join(branches)

        def run():
            with connections[queryset.db].cursor() as cursor:
                cursor.execute(counting, params)
                return [tuple(row) for row in cursor.fetchall()]

        # The counts change only when content is published: kept until then, under the query
        # itself (what the reader chose is in it), as the rows the database answered.
        digest = hashlib.sha256(f"{counting}\x00{params!r}".encode()).hexdigest()
        rows = {number: [] for number, _f in numbered}
        total = 0
        for number, key, n, slug, name in fragment("facet-counts", digest, build=run):
            if number < 0:
                total = n
            else:
                rows[number].append((key, n, slug, name))
        counts = {f.name: f.counted_rows(rows[number]) for number, f in numbered}
        return counts, total

    def shown(self, counts):
        """The facets as the reader sees them, from ``counts`` (facet name: values and counts)."""
        return [
            Listed(f.name, f.label, f.shown(counts.get(f.name, []), self.chosen.get(f.name, [])))
            for f in self.facets
        ]
