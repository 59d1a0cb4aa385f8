from django.db import migrations

# (slug, Finnish, Swedish, English, url, allows derivatives, share alike, commercial use)
LICENCES = [
    ("cc-by", "CC BY 4.0 Nimeä", "CC BY 4.0 Erkännande", "CC BY 4.0 Attribution",
     "https://creativecommons.org/licenses/by/4.0/", True, False, True),
    ("cc-by-sa", "CC BY-SA 4.0 Nimeä-JaaSamoin", "CC BY-SA 4.0 Erkännande-DelaLika",
     "CC BY-SA 4.0 Attribution-ShareAlike",
     "https://creativecommons.org/licenses/by-sa/4.0/", True, True, True),
    ("cc-by-nd", "CC BY-ND 4.0 Nimeä-EiMuutoksia", "CC BY-ND 4.0 Erkännande-IngaBearbetningar",
     "CC BY-ND 4.0 Attribution-NoDerivatives",
     "https://creativecommons.org/licenses/by-nd/4.0/", False, False, True),
    ("cc-by-nc", "CC BY-NC 4.0 Nimeä-EiKaupallinen", "CC BY-NC 4.0 Erkännande-IckeKommersiell",
     "CC BY-NC 4.0 Attribution-NonCommercial",
     "https://creativecommons.org/licenses/by-nc/4.0/", True, False, False),
    ("cc-by-nc-sa", "CC BY-NC-SA 4.0 Nimeä-EiKaupallinen-JaaSamoin",
     "CC BY-NC-SA 4.0 Erkännande-IckeKommersiell-DelaLika",
     "CC BY-NC-SA 4.0 Attribution-NonCommercial-ShareAlike",
     "https://creativecommons.org/licenses/by-nc-sa/4.0/", True, True, False),
    ("cc-by-nc-nd", "CC BY-NC-ND 4.0 Nimeä-EiKaupallinen-EiMuutoksia",
     "CC BY-NC-ND 4.0 Erkännande-IckeKommersiell-IngaBearbetningar",
     "CC BY-NC-ND 4.0 Attribution-NonCommercial-NoDerivatives",
     "https://creativecommons.org/licenses/by-nc-nd/4.0/", False, False, False),
    ("cc0", "CC0 1.0 Vapaa käyttö", "CC0 1.0 Fri användning", "CC0 1.0 Public Domain Dedication",
     "https://creativecommons.org/publicdomain/zero/1.0/", True, False, True),
]  # fmt: skip


def seed(apps, schema_editor):
    Licence = apps.get_model("sharing", "Licence")
    for order, (slug, fi, sv, en, url, derivatives, share_alike, commercial) in enumerate(
        LICENCES
    ):
        Licence.objects.update_or_create(
            slug=slug,
            defaults={
                "name_fi": fi,
                "name_sv": sv,
                "name_en": en,
                "url": url,
                "allows_derivatives": derivatives,
                "share_alike": share_alike,
                "allows_commercial_use": commercial,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("sharing", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
