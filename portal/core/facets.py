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
"""

from dataclasses import dataclass

from django.db.models import Count, Q

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

    def shown(self, counts):
        """The facets as the reader sees them, from ``counts`` (facet name: values and counts)."""
        return [
            Listed(f.name, f.label, f.shown(counts.get(f.name, []), self.chosen.get(f.name, [])))
            for f in self.facets
        ]
