"""The tutor teachers' group: it may log, correct and remove tutor sessions (its own ones:
networks.tutoring.modeladmin narrows it) and open the Wagtail admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Tutoropettajat"


def create_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="tutoring",
            codename__in=[
                "add_tutorsession",
                "change_tutorsession",
                "delete_tutorsession",
                "view_tutorsession",
            ],
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tutoring", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
