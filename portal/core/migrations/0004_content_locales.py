"""The languages pages may be written in: Swedish and English beside Finnish (the default, which
Wagtail creates), so that a page can have a Swedish or English version."""

from django.db import migrations

LANGUAGES = ("fi", "sv", "en")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_media_collections"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
