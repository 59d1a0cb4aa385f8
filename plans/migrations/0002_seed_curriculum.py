from django.db import migrations

# Subjects of basic education (perusopetuksen oppiaineet): code, Finnish, Swedish, English.
SUBJECTS = [
    ("aidinkieli", "Äidinkieli ja kirjallisuus", "Modersmål och litteratur",
     "Mother tongue and literature"),
    ("ruotsi", "Toinen kotimainen kieli: ruotsi", "Det andra inhemska språket: svenska",
     "Second national language: Swedish"),
    ("suomi", "Toinen kotimainen kieli: suomi", "Det andra inhemska språket: finska",
     "Second national language: Finnish"),
    ("englanti", "Englanti", "Engelska", "English"),
    ("matematiikka", "Matematiikka", "Matematik", "Mathematics"),
    ("ymparistooppi", "Ympäristöoppi", "Omgivningslära", "Environmental studies"),
    ("biologia", "Biologia", "Biologi", "Biology"),
    ("maantieto", "Maantieto", "Geografi", "Geography"),
    ("fysiikka", "Fysiikka", "Fysik", "Physics"),
    ("kemia", "Kemia", "Kemi", "Chemistry"),
    ("terveystieto", "Terveystieto", "Hälsokunskap", "Health education"),
    ("uskonto", "Uskonto", "Religion", "Religion"),
    ("elamankatsomustieto", "Elämänkatsomustieto", "Livsåskådningskunskap", "Ethics"),
    ("historia", "Historia", "Historia", "History"),
    ("yhteiskuntaoppi", "Yhteiskuntaoppi", "Samhällslära", "Social studies"),
    ("musiikki", "Musiikki", "Musik", "Music"),
    ("kuvataide", "Kuvataide", "Bildkonst", "Visual arts"),
    ("kasityo", "Käsityö", "Slöjd", "Crafts"),
    ("liikunta", "Liikunta", "Gymnastik", "Physical education"),
    ("kotitalous", "Kotitalous", "Huslig ekonomi", "Home economics"),
    ("oppilaanohjaus", "Oppilaanohjaus", "Elevhandledning", "Guidance counselling"),
    ("monialainen", "Monialainen oppimiskokonaisuus", "Mångvetenskapligt lärområde",
     "Multidisciplinary learning module"),
]  # fmt: skip

GRADES = [
    ("esi", "Esiopetus", "Förskoleundervisning", "Pre-primary education"),
    *[(str(n), f"{n}. luokka", f"Årskurs {n}", f"Grade {n}") for n in range(1, 10)],
    ("lukio", "Lukio", "Gymnasiet", "Upper secondary school"),
]

# Transversal competences of the national core curriculum 2014 (DOMAIN.md).
COMPETENCES = [
    ("L1", "Ajattelu ja oppimaan oppiminen", "Förmåga att tänka och lära sig",
     "Thinking and learning to learn"),
    ("L2", "Kulttuurinen osaaminen, vuorovaikutus ja ilmaisu",
     "Kulturell och kommunikativ kompetens",
     "Cultural competence, interaction and self-expression"),
    ("L3", "Itsestä huolehtiminen ja arjen taidot", "Vardagskompetens",
     "Taking care of oneself and managing daily life"),
    ("L4", "Monilukutaito", "Multilitteracitet", "Multiliteracy"),
    ("L5", "Tieto- ja viestintäteknologinen osaaminen", "Digital kompetens", "ICT competence"),
    ("L6", "Työelämätaidot ja yrittäjyys", "Arbetslivskompetens och entreprenörskap",
     "Working life competence and entrepreneurship"),
    ("L7", "Osallistuminen, vaikuttaminen ja kestävän tulevaisuuden rakentaminen",
     "Förmåga att delta, påverka och bidra till en hållbar framtid",
     "Participation, involvement and building a sustainable future"),
]  # fmt: skip


def seed(apps, schema_editor):
    Subject = apps.get_model("plans", "Subject")
    Grade = apps.get_model("plans", "Grade")
    Competence = apps.get_model("plans", "TransversalCompetence")
    for order, (slug, fi, sv, en) in enumerate(SUBJECTS):
        Subject.objects.update_or_create(
            slug=slug, defaults={"name_fi": fi, "name_sv": sv, "name_en": en, "sort_order": order}
        )
    for order, (slug, fi, sv, en) in enumerate(GRADES):
        Grade.objects.update_or_create(
            slug=slug, defaults={"name_fi": fi, "name_sv": sv, "name_en": en, "sort_order": order}
        )
    for code, fi, sv, en in COMPETENCES:
        Competence.objects.update_or_create(
            code=code, defaults={"name_fi": fi, "name_sv": sv, "name_en": en}
        )


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
