"""Municipalities and networks made before their workflows existed get them now.

New ones get theirs when they are created (portal.roles); this gives existing ones the same:
each municipality a workflow of the automatic content check and its moderators' approval, each
network a coordinators' group.
"""

from django.db import migrations

CONTENT_CHECK_NAME = "Automaattinen sisältötarkistus"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentCheckTask = apps.get_model("portal", "ContentCheckTask")
    ModerationTask = apps.get_model("portal", "ModerationTask")
    MunicipalityPage = apps.get_model("networks", "MunicipalityPage")
    NetworkPage = apps.get_model("networks", "NetworkPage")

    towns = list(MunicipalityPage.objects.all())
    networks = list(NetworkPage.objects.all())
    if not towns and not networks:
        return
    check_type, _ = ContentType.objects.get_or_create(app_label="portal", model="contentchecktask")
    approval_type, _ = ContentType.objects.get_or_create(
        app_label="portal", model="moderationtask"
    )
    check = ContentCheckTask.objects.filter(name=CONTENT_CHECK_NAME).first()
    if check is None:
        check = ContentCheckTask.objects.create(
            name=CONTENT_CHECK_NAME, content_type=check_type, active=True
        )
    for town in towns:
        moderators = Group.objects.filter(name=f"{town.title}: moderaattorit").first()
        if moderators is None or WorkflowPage.objects.filter(page_id=town.pk).exists():
            continue
        workflow = Workflow.objects.create(name=f"{town.title}: julkaisu", active=True)
        WorkflowPage.objects.create(page_id=town.pk, workflow=workflow)
        approval = ModerationTask.objects.create(
            name=f"{town.title}: hyväksyntä", content_type=approval_type, active=True
        )
        approval.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task_id=check.pk, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task_id=approval.pk, sort_order=1)

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for network in networks:
        coordinators, _ = Group.objects.get_or_create(name=f"{network.title}: koordinaattorit")
        coordinators.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=coordinators,
                page_id=network.pk,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0003_visibility"),
        ("portal", "0005_contentchecktask_moderationtask"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(create_workflows, migrations.RunPython.noop)]
