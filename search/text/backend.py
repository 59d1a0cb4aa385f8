"""Wagtail's PostgreSQL search backend, with each page's text in its own language.

``SEARCH_CONFIG`` (``finnish``) is the default; a page whose ``search_language`` is Swedish or
English is indexed with the ``swedish`` or ``english`` configuration instead, so its words are
stemmed by the rules of the language they are written in. A query is read in every one of
these configurations at once: a reader need not say which language she searches in.

Pages are indexed by ``LanguageIndex.add_items``: the same entries as Wagtail's indexer (the
title, body and autocomplete vectors, the plain texts and the title norm) written by one walk
of each page's search fields and plain SQL, one statement per shape of page, which indexes
100,000 plans several times faster than building an ORM expression for every vector of every
page.

Where PostgreSQL has the RUM extension (Debian: ``postgresql-15-rum``), migration
``search_text.0002`` indexes the whole text with it too, and ``SearchBackend.best_matches`` reads
the best matches of a query in rank order straight from that index (RUM keeps the words'
positions, so it ranks without reading the rows): search then ranks and counts at most
``BEST_MATCHES`` pages however many match. Without RUM, search ranks every match as before.

On any other database ``search.backend`` is Wagtail's own database backend (SQLite's FTS5 for
the embedded default), chosen in the settings.
"""

import re
from functools import reduce

from django.db import connections
from django.db.models import F, FloatField, Func, Manager
from django.utils.encoding import force_str
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
# The RUM index of migration 0002, where the extension is installed.
RUM_INDEX = "search_indexentry_text_rum"


def search_language(obj):
    language = getattr(obj, "search_language", None)
    return language() if callable(language) else (language or "fi")


def _text(value):
    """A field's value as the text to index, as Wagtail's indexer makes it."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_text(item) for item in value.values())
    return force_str(value)


def _values(obj, fields):
    """(search field, weight, text) of every search field of an object, related objects'
    fields included, each field's value read once."""
    for field in fields:
        if isinstance(field, SearchField):
            yield field, get_weight(field.boost), _text(field.get_value(obj))
        elif isinstance(field, AutocompleteField):
            yield field, "D", _text(field.get_value(obj))
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            else:
                related = [related() if callable(related) else related]
            for each in related:
                yield from _values(each, field.fields)


SAFE_NAME = re.compile(r"[a-z_]+")


def _vector(texts, config):
    """SQL for the tsvector of weighted texts in a text search configuration, and its
    parameters: the texts. The configuration's name and the weights are written into the SQL
    (each checked to be a plain name or a weight letter), so that pages of the same shape
    share one statement, which psycopg reads once."""
    texts = [(text.strip(), weight) for text, weight in texts]
    texts = [(text, weight) for text, weight in texts if text]
    if not texts:
        return "''::tsvector", []
    if not SAFE_NAME.fullmatch(config) or any(weight not in "ABCD" for _text, weight in texts):
        raise ValueError(f"not a text search configuration or weight: {config!r}")
    sql = " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, %s), '{weight}')" for _text, weight in texts
    )
    return f"({sql})", [text for text, _weight in texts]


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index the objects (or index them again): Wagtail's entries, in plain SQL."""
        if not objs or not model.get_search_fields():
            return
        content_type = get_content_type_pk(model)
        autocomplete_config = self.backend.autocomplete_config
        # The title norm (the average title's length over this one's, which Wagtail's ranking
        # weighs the title by) is written with the entry: Wagtail's indexer sets it to 1.0 and
        # then looks for such entries through the whole table, every batch.
        average = self._average_title_length()
        statements = {}
        for obj in objs:
            config = CONFIGS.get(search_language(obj), self.backend.config)
            values = list(_values(obj, obj.get_search_fields()))
            title = [(text, weight) for field, weight, text in values if _is_title(field)]
            body = [
                (text, weight)
                for field, weight, text in values
                if isinstance(field, SearchField) and not _is_title(field)
            ]
            autocomplete = [
                (text, weight)
                for field, weight, text in values
                if isinstance(field, AutocompleteField)
            ]
            vectors = [_vector(title, config), _vector(autocomplete, autocomplete_config)]
            vectors.append(_vector(body, config))
            params = [content_type, force_str(obj.pk)]
            for _sql, vector_params in vectors:
                params.extend(vector_params)
            title_sql, title_params = vectors[0]
            if average is None:  # the first entries: set by _refresh_title_norms below
                norm = "1.0"
            else:
                norm = f"COALESCE(%s / NULLIF(length({title_sql}), 0), 1.0)"
                params.extend([average, *title_params])
            params.append(" ".join(text.strip() for text, _ in title if text.strip()))
            params.append(" ".join(text.strip() for text, _ in body if text.strip()))
            statement = INSERT.format(
                table=IndexEntry._meta.db_table,
                vectors=", ".join(sql for sql, _ in vectors),
                norm=norm,
            )
            statements.setdefault(statement, []).append(params)
        # One statement per shape of page (the number of texts of each weight), each run for
        # all the pages of that shape at once (psycopg's pipeline).
        with self.write_connection.cursor() as cursor:
            for statement, rows in statements.items():
                cursor.executemany(statement, rows)
        if average is None:
            self._refresh_title_norms()

    def _average_title_length(self):
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"SELECT AVG(length(title)) FROM {IndexEntry._meta.db_table} "  # noqa: S608
                "WHERE length(title) > 0"
            )
            average = cursor.fetchone()[0]
        return None if average is None else float(average)


# Every value is a parameter; the SQL holds the table's name and the vectors' SQL (_vector).
INSERT = (
    "INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, "
    "title_text, body_text) VALUES (%s, %s, {vectors}, {norm}, %s, %s) "
    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
    "title_norm = EXCLUDED.title_norm, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
    "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
)


def _is_title(field):
    return isinstance(field, SearchField) and field.field_name == "title"


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        """Each word in the backend's configuration or any page language's, whichever matches:
        "oppilaat tutkivat" is (its Finnish, Swedish or English stems) AND (the same of the
        other word), so every word's stems are looked up once, however many languages."""
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        names = dict.fromkeys([config, *CONFIGS.values()])
        parts = [super(LanguageQueryCompiler, self).build_tsquery_content(query, name, invert)
                 for name in names]  # fmt: skip
        parts = [part for part in parts if part is not None]
        if not parts:
            return None
        # A word left out (NOT) must be left out in every language.
        return reduce((lambda a, b: a & b) if invert else (lambda a, b: a | b), parts)


class RumDistance(Func):
    """RUM's distance of a text from a query (the inverse of its rank), which the RUM index
    orders by."""

    arg_joiner = " <=> "
    template = "(%(expressions)s)"
    output_field = FloatField()


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "finnish", **params})

    def has_rum(self, using="default"):
        """Whether the whole text has its RUM index on this database (asked once a process)."""
        known = _RUM.get(using)
        if known is None:
            with connections[using].cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [RUM_INDEX])
                known = _RUM[using] = cursor.fetchone() is not None
        return known

    def best_matches(self, query, model, content_type_ids, limit, using="default"):
        """The ids of the ``limit`` best matches of a query among the indexed objects of these
        content types, best first by the RUM index; None where there is no RUM index."""
        if not self.has_rum(using):
            return None
        tsquery = self.query_compiler_class(model.objects.none(), query).build_tsquery(
            query, config=self.config
        )
        text = F("title")._combine(F("body"), "||", False)
        entries = (
            IndexEntry._default_manager.using(using)
            .filter(content_type_id__in=content_type_ids)
            .annotate(_text=text)
            .filter(_text=tsquery)
            .order_by(RumDistance(text, tsquery))
            .values_list("object_id", flat=True)
        )
        return [int(pk) for pk in entries[:limit]]


# Whether each database has the RUM index (SearchBackend.has_rum).
_RUM = {}
