"""Wagtail's SQLite search backend (FTS5) for the embedded default, with the best matches of a
query read in one query.

Wagtail's own query ranks each page with a subquery of its own, which at 10,000 plans takes
seconds for a common word, and joins a word's forms with OR beside the AND between words
without parentheses ("oppilas OR oppilaat AND tutkia OR tutkivat"). ``best_matches`` asks FTS5
once, every word in any of its forms, ordered by FTS5's bm25 with the title weighing ten times
the body, so search (``search.page.engine``) ranks, filters and counts only the best ones as it
does on PostgreSQL with RUM.
"""

from functools import cache

from django.db import connections
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Or, PlainText
from wagtail.search.models import IndexEntry

# bm25's weights of the FTS table's columns: autocomplete, body, title.
COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


def match_expression(query):
    """The query as an FTS5 expression: a word's forms in quotes joined with OR, in
    parentheses, the words joined as the query joins them; None for nothing to find."""
    if isinstance(query, PlainText):
        terms = [term.replace('"', '""') for term in query.query_string.split() if term]
        joiner = " OR " if query.operator == "or" else " AND "
        return "(" + joiner.join(f'"{term}"' for term in terms) + ")" if terms else None
    if isinstance(query, And | Or):
        parts = [match_expression(each) for each in query.subqueries]
        parts = [part for part in parts if part]
        joiner = " AND " if isinstance(query, And) else " OR "
        return "(" + joiner.join(parts) + ")" if parts else None
    return None


def SearchBackend(params):
    """Wagtail's database backend for the database; on SQLite with FTS5, with best_matches."""
    backend = database_backend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend
    return with_best_matches(type(backend))(params)


@cache
def with_best_matches(backend_class):
    # Wagtail's SQLite module reads its FTS model when imported: on SQLite only, so here.
    return type("SQLiteSearchBackend", (BestMatches, backend_class), {})


class BestMatches:
    def best_matches(self, query, model, content_type_ids, limit, using="default"):
        """The ids of the ``limit`` best matches of a query among the indexed objects of these
        content types, best first (bm25)."""
        match = match_expression(query)
        if not match or not content_type_ids:
            return []
        entries = IndexEntry._meta.db_table
        kinds = ", ".join(["%s"] * len(content_type_ids))
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"SELECT e.object_id FROM {entries}_fts f JOIN {entries} e ON f.rowid = e.id "  # noqa: S608
                f"WHERE {entries}_fts MATCH %s AND e.content_type_id IN ({kinds}) "
                f"ORDER BY bm25({entries}_fts, {weights}) LIMIT %s",
                ["{title body} : " + match, *content_type_ids, limit],
            )
            return [int(row[0]) for row in cursor.fetchall()]
