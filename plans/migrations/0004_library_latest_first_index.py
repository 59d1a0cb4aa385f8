"""The libraries list live pages latest first (``-first_published_at, title``): an index in that
order, of live pages only, lets a page of the list be read without sorting every plan."""

from django.db import migrations

INDEX = "opentori_page_live_latest_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0003_co_author_rows"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
            "(first_published_at DESC, title) WHERE live",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
