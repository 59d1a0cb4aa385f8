"""Wagtail's PostgreSQL search backend, with each page's text in its own language.

``SEARCH_CONFIG`` (``finnish``) is the default; a page whose ``search_language`` is Swedish or
English is indexed with the ``swedish`` or ``english`` configuration instead, so its words are
stemmed by the rules of the language they are written in. A query is read in every one of
these configurations at once: a reader need not say which language she searches in.

On any other database ``search.backend`` is Wagtail's own database backend (SQLite's FTS5 for
the embedded default), chosen in the settings.
"""

import copy
from collections import defaultdict
from functools import reduce

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}


def search_language(obj):
    language = getattr(obj, "search_language", None)
    return language() if callable(language) else (language or "fi")


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_language = defaultdict(list)
        for obj in objs:
            by_language[CONFIGS.get(search_language(obj), self.backend.config)].append(obj)
        backend = self.backend
        try:
            for config, group in by_language.items():
                self.backend = backend.with_config(config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        """The query in the backend's configuration or any page language's, whichever matches."""
        names = dict.fromkeys([config, *CONFIGS.values()])
        queries = [self.build_tsquery_content(query, config=name) for name in names]
        queries = [each for each in queries if each is not None]
        return reduce(lambda a, b: a | b, queries) if queries else None


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "finnish", **params})

    def with_config(self, config):
        """This backend, indexing in another text search configuration."""
        other = copy.copy(self)
        other.config = config
        return other
