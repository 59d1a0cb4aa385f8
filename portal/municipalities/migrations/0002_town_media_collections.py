"""Every municipality gets its own collection of images and documents, named after it: its
teachers and moderators upload there and choose from there and from the shared collection, and
no longer hold rights on the root collection (where they saw every town's media)."""

from django.db import migrations

from portal.core import media_migrations


def create_town_collections(apps, schema_editor):
    media_migrations.ensure_owner_collections(apps, "municipalities", "MunicipalityPage")


class Migration(migrations.Migration):
    dependencies = [
        ("municipalities", "0001_initial"),
        ("core", "0003_media_collections"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_town_collections, migrations.RunPython.noop)]
