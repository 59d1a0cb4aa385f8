"""A RUM index over a page's whole text, where PostgreSQL has the RUM extension.

RUM (Debian: ``postgresql-15-rum``) is a GIN with the words' positions: it gives the best
matches of a query in rank order without reading the rows (``search.text.backend``). Where the
extension is not installed, or the database user may not create it, nothing is made and search
ranks every match as before.
"""

from django.db import migrations

AVAILABLE = "SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"
CREATE = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_text_rum "
    "ON wagtailsearch_indexentry USING rum ((title || body) rum_tsvector_ops)"
)
DROP = "DROP INDEX IF EXISTS search_indexentry_text_rum"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(AVAILABLE)
        if cursor.fetchone() is None:
            return
        cursor.execute("SAVEPOINT rum")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        except Exception:  # noqa: BLE001  (not allowed to create it: search works without)
            cursor.execute("ROLLBACK TO SAVEPOINT rum")
            return
        cursor.execute("RELEASE SAVEPOINT rum")
        cursor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search_text", "0001_index_entry_whole_text")]

    operations = [migrations.RunPython(create, drop)]
