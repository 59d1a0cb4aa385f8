from django.db import migrations

# The four areas of the Tutor 2.0 model (Rusko, Nousiainen, Masku, Mynämäki).
AREAS = [
    ("oppilaan-tuki", "Oppilaan tuki", "Elevens stöd", "Pupil support",
     "Kolmiportainen tuki, oppimisen ja koulunkäynnin tuen käytänteet."),
    ("hyvinvointi", "Hyvinvointi", "Välbefinnande", "Well-being",
     "Oppilaiden ja henkilöstön hyvinvointi, yhteisöllisyys ja turvallisuus."),
    ("ops", "OPS", "Läroplan", "Curriculum",
     "Opetussuunnitelman toteuttaminen: monialaiset kokonaisuudet, arviointi ja "
     "laaja-alainen osaaminen."),
    ("digi", "Digi", "Digital", "Digital",
     "Digitaalinen osaaminen, tieto- ja viestintäteknologian käyttö ja tutorointi."),
]  # fmt: skip


def seed(apps, schema_editor):
    PracticeArea = apps.get_model("practices", "PracticeArea")
    for order, (slug, fi, sv, en, description) in enumerate(AREAS):
        PracticeArea.objects.update_or_create(
            slug=slug,
            defaults={
                "name_fi": fi,
                "name_sv": sv,
                "name_en": en,
                "description": description,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
