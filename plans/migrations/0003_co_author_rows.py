"""Co-authors become rows of their own (PlanCoAuthor), chosen in the editor with a search.

The old many-to-many rows, and the co-authors named in saved revisions (drafts waiting for
moderation among them), are carried over, so nobody loses the right to edit a plan they write.
"""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


def _plan_revisions(apps):
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    plan_type = ContentType.objects.filter(app_label="plans", model="lessonplanpage").first()
    if plan_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=plan_type)


def co_authors_to_rows(apps, schema_editor):
    LessonPlanPage = apps.get_model("plans", "LessonPlanPage")
    PlanCoAuthor = apps.get_model("plans", "PlanCoAuthor")
    Through = LessonPlanPage.co_authors.through
    rows = [
        PlanCoAuthor(page_id=link.lessonplanpage_id, person_id=link.user_id, sort_order=order)
        for order, link in enumerate(Through.objects.order_by("lessonplanpage_id", "id"))
    ]
    PlanCoAuthor.objects.bulk_create(rows, ignore_conflicts=True)
    for revision in _plan_revisions(apps).iterator():
        people = revision.content.pop("co_authors", None)
        if people is None:
            continue
        revision.content["co_author_links"] = [
            {"pk": None, "page": int(revision.object_id), "person": person, "sort_order": order}
            for order, person in enumerate(dict.fromkeys(people))
        ]
        revision.save(update_fields=["content"])


def rows_to_co_authors(apps, schema_editor):
    LessonPlanPage = apps.get_model("plans", "LessonPlanPage")
    PlanCoAuthor = apps.get_model("plans", "PlanCoAuthor")
    Through = LessonPlanPage.co_authors.through
    Through.objects.bulk_create(
        [
            Through(lessonplanpage_id=row.page_id, user_id=row.person_id)
            for row in PlanCoAuthor.objects.all()
        ],
        ignore_conflicts=True,
    )
    for revision in _plan_revisions(apps).iterator():
        links = revision.content.pop("co_author_links", None)
        if links is None:
            continue
        revision.content["co_authors"] = [link["person"] for link in links]
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('plans', '0002_seed_curriculum'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='PlanCoAuthor',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='co_author_links', to='plans.lessonplanpage')),
                ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='co-author')),
            ],
            options={
                'verbose_name': 'co-author',
                'verbose_name_plural': 'co-authors',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(co_authors_to_rows, rows_to_co_authors),
        migrations.RemoveField(model_name='lessonplanpage', name='co_authors'),
        migrations.AddField(
            model_name='lessonplanpage',
            name='co_authors',
            field=models.ManyToManyField(blank=True, related_name='co_authored_plans', through='plans.PlanCoAuthor', to=settings.AUTH_USER_MODEL, verbose_name='co-authors'),
        ),
        migrations.AddConstraint(
            model_name='plancoauthor',
            constraint=models.UniqueConstraint(fields=('page', 'person'), name='one_co_author_row_per_person'),
        ),
    ]
