from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with Opentori's home page, so every install has one."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title="Opentori",
        draft_title="Opentori",
        slug="etusivu",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/etusivu/",
        locale=locale,
        hero_title="Avoimet tuntisuunnitelmat ja hyvät käytänteet",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, site_name="Opentori", root_page=homepage, is_default_site=True
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
