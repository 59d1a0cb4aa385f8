"""Every network gets its own collection of images and documents, named after it, for its
coordinators; then the images and documents uploaded before any town or network had a collection
move out of the root collection: to the collection of the town (or network) whose pages use them,
else to that of the uploader's town, else to the shared collection."""

from django.db import migrations

from portal.core import media_migrations


def create_network_collections(apps, schema_editor):
    media_migrations.ensure_owner_collections(apps, "networks", "NetworkPage")


def move_uploads(apps, schema_editor):
    media_migrations.move_uploads(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0001_initial"),
        ("municipalities", "0002_town_media_collections"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_network_collections, migrations.RunPython.noop),
        migrations.RunPython(move_uploads, migrations.RunPython.noop),
    ]
