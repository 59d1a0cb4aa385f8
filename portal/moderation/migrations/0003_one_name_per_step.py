"""Every workflow step has one name: the approval steps were named after their town
("Rusko: hyväksyntä"); the workflow keeps the town's name ("Rusko: julkaisu")."""

from django.db import migrations

CONTENT_CHECK_NAME = "Automaattinen sisältötarkistus"
APPROVAL_NAME = "Moderaattorien hyväksyntä"


def rename(apps, schema_editor):
    apps.get_model("moderation", "ContentCheckTask").objects.update(name=CONTENT_CHECK_NAME)
    apps.get_model("moderation", "ModerationTask").objects.update(name=APPROVAL_NAME)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0002_content_check_result")]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
