"""A GIN index over a page's whole text (title and body), on PostgreSQL.

Wagtail's PostgreSQL backend matches a query against ``title || body``; its own migrations
index the two columns apart, so without this index every search reads every index entry.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_text_gin "
    "ON wagtailsearch_indexentry USING gin ((title || body))"
)
DROP = "DROP INDEX IF EXISTS search_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
