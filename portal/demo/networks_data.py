"""Demo content of the networks app.

Drawn from the Finnish source documents in ``shared/seeds``: Opentunti and its municipalities,
Rusko's digitalisation programme 2025, the Keski-Suomi tutor-teacher network, the Tutor 2.0 model
of Rusko, Nousiainen, Masku and Mynämäki, and the OPPIVA network. Municipality names are spelled
as ``nimi_fi`` in ``shared/data/kunnat.csv``. Schools are plausible local schools. Every person
is invented (no real name from the seeds is used) and each person dict carries ``"example": True``
so that the portal can mark them as examples. Numbers that the seeds do not give, such as the
follow-up counts of Rusko's planning model, are example figures and are said to be so.

Practice areas are referred to by slug: "oppilaan-tuki", "hyvinvointi", "ops", "digi".
"""

# Towns --------------------------------------------------------------------------------------------

OPENTUNTI_TOWNS = [
    "Rusko",
    "Naantali",
    "Raisio",
    "Mynämäki",
    "Masku",
    "Parainen",
    "Turku",
    "Kruunupyy",
]

TUTOR2_TOWNS = ["Rusko", "Nousiainen", "Masku", "Mynämäki"]

# The 35 member towns of the OPPIVA network in 2024, as listed in seed 004.
# fmt: off
OPPIVA_TOWNS = [
    "Espoo", "Heinola", "Helsinki", "Hämeenlinna", "Joensuu", "Kangasala", "Kangasniemi",
    "Kauniainen", "Kerava", "Kirkkonummi", "Kokkola", "Kouvola", "Kuopio", "Lahti", "Lappeenranta",
    "Lempäälä", "Lohja", "Mikkeli", "Mäntsälä", "Nokia", "Nurmijärvi", "Orivesi", "Oulu",
    "Pirkkala", "Raahe", "Rovaniemi", "Sipoo", "Sodankylä", "Tampere", "Turku", "Tuusula",
    "Valkeakoski", "Vantaa", "Vesilahti", "Äänekoski",
]
# fmt: on

# Every town with maakunta_fi == "Keski-Suomi" in kunnat.csv (22 towns; the seed speaks of
# 21 towns plus Jyväskylän normaalikoulu).
# fmt: off
KESKI_SUOMI_TOWNS = [
    "Hankasalmi", "Joutsa", "Jyväskylä", "Jämsä", "Kannonkoski", "Karstula", "Keuruu", "Kinnula",
    "Kivijärvi", "Konnevesi", "Kyyjärvi", "Laukaa", "Luhanka", "Multia", "Muurame", "Petäjävesi",
    "Pihtipudas", "Saarijärvi", "Toivakka", "Uurainen", "Viitasaari", "Äänekoski",
]
# fmt: on

# Schools ------------------------------------------------------------------------------------------

# Opentunti and Tutor 2.0 towns, and one Keski-Suomi town from each of the network's six
# regions.
# fmt: off
SCHOOLS = {
    "Rusko": [
        ("Kirkonkylän koulu", "alakoulu"), ("Laukolan koulu", "alakoulu"),
        ("Vahdon koulu", "alakoulu"), ("Maunun koulu", "yläkoulu"),
    ],
    "Naantali": [
        ("Kuparivuoren koulu", "alakoulu"), ("Maijamäen koulu", "yläkoulu"),
        ("Naantalin lukio", "lukio"),
    ],
    "Raisio": [
        ("Vaisaaren koulu", "alakoulu"), ("Kerttulan koulu", "yläkoulu"),
        ("Raision lukio", "lukio"),
    ],
    "Mynämäki": [
        ("Mynämäen kirkonkylän koulu", "alakoulu"),
        ("Mietoisten koulu", "alakoulu"), ("Mynämäen yläkoulu", "yläkoulu"),
        ("Mynämäen lukio", "lukio"),
    ],
    "Masku": [
        ("Hemmingin koulu", "yhtenäiskoulu"), ("Lempisen koulu", "alakoulu"),
        ("Askaisten koulu", "alakoulu"),
    ],
    "Parainen": [
        ("Malmens skola", "alakoulu"), ("Kirkkomäen koulu", "alakoulu"),
        ("Sarlinska skolan", "yläkoulu"), ("Paraisten lukio", "lukio"),
    ],
    "Turku": [
        ("Puolalan koulu", "alakoulu"), ("Luostarivuoren koulu", "yläkoulu"),
        ("Kerttulin lukio", "lukio"),
    ],
    "Kruunupyy": [
        ("Kronoby skola", "alakoulu"), ("Terjärv skola", "alakoulu"),
        ("Kronoby högstadieskola", "yläkoulu"), ("Kronoby gymnasium", "lukio"),
    ],
    "Nousiainen": [
        ("Henrikin koulu", "alakoulu"), ("Valpperin koulu", "yhtenäiskoulu"),
        ("Nousiaisten päiväkodin esiopetus", "esiopetus"),
    ],
    "Jyväskylä": [
        ("Keltinmäen koulu", "alakoulu"), ("Kilpisen koulu", "yhtenäiskoulu"),
        ("Jyväskylän normaalikoulu", "yhtenäiskoulu"),
        ("Jyväskylän Lyseon lukio", "lukio"),
    ],
    "Joutsa": [("Joutsan yhtenäiskoulu", "yhtenäiskoulu"), ("Joutsan lukio", "lukio")],
    "Jämsä": [
        ("Jämsänkosken koulu", "alakoulu"), ("Jämsän yläkoulu", "yläkoulu"),
        ("Jämsän lukio", "lukio"),
    ],
    "Keuruu": [
        ("Jukojärven koulu", "alakoulu"), ("Keuruun yhteiskoulu", "yläkoulu"),
        ("Keuruun lukio", "lukio"),
    ],
    "Saarijärvi": [
        ("Kolkanpään koulu", "alakoulu"), ("Saarijärven yläkoulu", "yläkoulu"),
        ("Saarijärven lukio", "lukio"),
    ],
    "Äänekoski": [
        ("Hietaman koulu", "alakoulu"), ("Äänekosken yläkoulu", "yläkoulu"),
        ("Äänekosken lukio", "lukio"),
    ],
}
# fmt: on

# Contact persons of the towns for network work (invented people) ----------------------------------

# fmt: off
CONTACTS = {
    "Rusko": {"name": "Mikko Laaksonen", "title": "digitalisaation asiantuntija",
              "email": "mikko.laaksonen@rusko.fi", "example": True},
    "Naantali": {"name": "Anna Mäkelä", "title": "opetuspäällikkö",
                 "email": "anna.makela@naantali.fi", "example": True},
    "Raisio": {"name": "Timo Heikkinen", "title": "perusopetuksen kehittämiskoordinaattori",
               "email": "timo.heikkinen@raisio.fi", "example": True},
    "Mynämäki": {"name": "Katja Nieminen", "title": "sivistysjohtaja",
                 "email": "katja.nieminen@mynamaki.fi", "example": True},
    "Masku": {"name": "Ville Koskinen", "title": "opetuspäällikkö",
              "email": "ville.koskinen@masku.fi", "example": True},
    "Parainen": {"name": "Johanna Lindholm", "title": "koulutoimenjohtaja",
                 "email": "johanna.lindholm@parainen.fi", "example": True},
    "Turku": {"name": "Pekka Rantanen", "title": "digitaalisen oppimisen asiantuntija",
              "email": "pekka.rantanen@turku.fi", "example": True},
    "Kruunupyy": {"name": "Maria Björklund", "title": "sivistysjohtaja",
                  "email": "maria.bjorklund@kruunupyy.fi", "example": True},
    "Nousiainen": {"name": "Riikka Hakala", "title": "rehtori, perusopetuksen vastuuhenkilö",
                   "email": "riikka.hakala@nousiainen.fi", "example": True},
    "Jyväskylä": {"name": "Tuomas Kinnunen",
                  "title": "hankekoordinaattori, Keski-Suomen tutoropettajaverkosto",
                  "email": "tuomas.kinnunen@jyvaskyla.fi", "example": True},
    "Joutsa": {"name": "Tiina Ahonen", "title": "sivistysjohtaja",
               "email": "tiina.ahonen@joutsa.fi", "example": True},
    "Jämsä": {"name": "Kari Lehto", "title": "perusopetuksen johtaja",
              "email": "kari.lehto@jamsa.fi", "example": True},
    "Keuruu": {"name": "Elina Mattila", "title": "koulutusjohtaja",
               "email": "elina.mattila@keuruu.fi", "example": True},
    "Saarijärvi": {"name": "Jari Hänninen", "title": "sivistysjohtaja",
                   "email": "jari.hanninen@saarijarvi.fi", "example": True},
    "Äänekoski": {"name": "Marjo Peltonen", "title": "opetuspäällikkö",
                  "email": "marjo.peltonen@aanekoski.fi", "example": True},
}
# fmt: on

# Keski-Suomi network: six regions, one per seutukunta ---------------------------------------------

# fmt: off
KESKI_SUOMI_REGIONS = [
    {
        "slug": "jyvaskylan-seutu", "title": "Jyväskylän seutu",
        "summary": "Jyväskylä ja sen kuusi naapurikuntaa, joiden tutoropettajat kokoontuvat "
                   "yhteisiin alueellisiin tapaamisiin ja täsmäkoulutuksiin.",
        "towns": [
            "Hankasalmi", "Jyväskylä", "Laukaa", "Muurame", "Petäjävesi", "Toivakka", "Uurainen",
        ],
        "coordinator": {"name": "Laura Hämäläinen", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Jyväskylä", "school": "Kilpisen koulu",
                        "email": "laura.hamalainen@jyvaskyla.fi", "example": True},
    },
    {
        "slug": "joutsan-seutu", "title": "Joutsan seutu",
        "summary": "Joutsa ja Luhanka: kaksi pientä kuntaa, jotka hyötyvät verkkotapaamisista ja "
                   "koko verkoston koulutustarjonnasta pitkien välimatkojen vuoksi.",
        "towns": ["Joutsa", "Luhanka"],
        "coordinator": {"name": "Antti Kettunen", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Joutsa", "school": "Joutsan yhtenäiskoulu",
                        "email": "antti.kettunen@joutsa.fi", "example": True},
    },
    {
        "slug": "jamsan-seutu", "title": "Jämsän seutu",
        "summary": "Jämsän koulujen tutoropettajat, jotka kehittävät kaupungin TVT-suunnitelmaa "
                   "ja jakavat sen mallina muille verkoston kunnille.",
        "towns": ["Jämsä"],
        "coordinator": {"name": "Minna Koivisto", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Jämsä", "school": "Jämsän yläkoulu",
                        "email": "minna.koivisto@jamsa.fi", "example": True},
    },
    {
        "slug": "keuruun-seutu", "title": "Keuruun seutu",
        "summary": "Keuruu ja Multia, joissa osaamiskartoitukset ohjaavat alueen tutoropettajien "
                   "koulutusten suunnittelua.",
        "towns": ["Keuruu", "Multia"],
        "coordinator": {"name": "Janne Rautio", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Keuruu", "school": "Keuruun yhteiskoulu",
                        "email": "janne.rautio@keuruu.fi", "example": True},
    },
    {
        "slug": "saarijarven-viitasaaren-seutu", "title": "Saarijärven-Viitasaaren seutu",
        "summary": "Verkoston laajin alue, kahdeksan pohjoisen Keski-Suomen kuntaa, joiden "
                   "tutoropettajat tapaavat vuorotellen eri kunnissa ja verkossa.",
        "towns": [
            "Kannonkoski", "Karstula", "Kinnula", "Kivijärvi", "Kyyjärvi", "Pihtipudas",
            "Saarijärvi", "Viitasaari",
        ],
        "coordinator": {"name": "Hanna Manninen", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Saarijärvi", "school": "Kolkanpään koulu",
                        "email": "hanna.manninen@saarijarvi.fi", "example": True},
    },
    {
        "slug": "aanekosken-seutu", "title": "Äänekosken seutu",
        "summary": "Äänekoski ja Konnevesi, joissa tutoropettajien kouluttautumissuunnitelmat "
                   "laaditaan yhdessä koulujen toiveiden pohjalta.",
        "towns": ["Konnevesi", "Äänekoski"],
        "coordinator": {"name": "Sami Järvinen", "title": "tutoropettaja, aluekoordinaattori",
                        "town": "Äänekoski", "school": "Hietaman koulu",
                        "email": "sami.jarvinen@aanekoski.fi", "example": True},
    },
]
# fmt: on

# Networks -----------------------------------------------------------------------------------------

# Join years: Keski-Suomi towns mostly 2016 (first tutor projects 12/2016); OPPIVA was
# founded in 2017 and admits new towns twice a year, so its later join years are example
# values; Opentunti began in Rusko in 2015.
# fmt: off
NETWORKS = [
    {
        "slug": "keski-suomen-tutoropettajaverkosto", "title": "Keski-Suomen tutoropettajaverkosto",
        "summary": "Keskisuomalaisten kuntien ja Jyväskylän normaalikoulun tutoropettajaverkosto, "
                   "joka kehittää opettajien TVT-osaamista tarvelähtöisesti kuudella alueella.",
        "purpose": "<p>Verkosto syntyi Koulussa digittää -hankkeesta, jonka tavoitteena oli "
                   "vahvistaa opettajien ja oppilaiden aktiivista toimijuutta sekä luoda "
                   "resurssiviisas kouluttautumismalli ja TVT-ohjaus. Hanke sai Opetushallituksen "
                   "opetustoimen ja varhaiskasvatuksen henkilöstökoulutuksen avustuksen 12/2015 "
                   "(OPH 73/570/2016) teemalla tieto- ja viestintäteknologinen osaaminen ja "
                   "digitalisaatio. Ensimmäiset tutoropettajahankkeet alkoivat 12/2016.</p>"
                   "<p>Mukana on 21 keskisuomalaista kuntaa sekä Jyväskylän normaalikoulu, ja "
                   "koordinaattorina toimii Jyväskylän kaupunki. Verkosto tekee yhteistyötä "
                   "Jyväskylän yliopiston opettajankoulutuslaitoksen, informaatioteknologian "
                   "tiedekunnan ja Koulutuksen tutkimuslaitoksen sekä Valteri Onervan kanssa.</p>"
                   "<p>Keskiössä on oman osaamisen tarvelähtöinen kehittäminen. Aluetiimit "
                   "syntyivät puolivahingossa koulutusten ryhmätyöskentelyn tueksi: lähikunnilla "
                   "oli jo ennestään yhteistyötä ja ne ovat toiminnallisesti hyvin samanlaisia. "
                   "Nyt kuudella alueella on kullakin oma aluekoordinaattori, joka on alueen oma "
                   "tutoropettaja ja tuntee alueen tarpeet. Koulutukset ovat aina tarjolla "
                   "kaikille verkoston tutoropettajille järjestäjästä tai paikasta "
                   "riippumatta.</p>",
        "goals": [
            "Opettajien ja oppilaiden aktiivisen toimijuuden vahvistaminen",
            "Resurssiviisas kouluttautumismalli ja TVT-ohjaus",
            "Oman osaamisen tarvelähtöinen ja suunnitelmallinen kehittäminen",
            "Aluekoordinaattoreiden kokemusasiantuntijuuden hyödyntäminen koko verkostossa",
            "Alueellisten erojen ja kuntien erilaisuuden tunnistaminen",
            "Vertaistukiverkoston yhteisöllisyys ja sidosryhmäyhteistyön hyödyt kaikille",
        ],
        "members": [
            ("Hankasalmi", 2016), ("Joutsa", 2016), ("Jyväskylä", 2016), ("Jämsä", 2016),
            ("Kannonkoski", 2016), ("Karstula", 2016), ("Keuruu", 2016), ("Kinnula", 2017),
            ("Kivijärvi", 2016), ("Konnevesi", 2016), ("Kyyjärvi", 2016), ("Laukaa", 2016),
            ("Luhanka", 2016), ("Multia", 2018), ("Muurame", 2016), ("Petäjävesi", 2016),
            ("Pihtipudas", 2016), ("Saarijärvi", 2016), ("Toivakka", 2016), ("Uurainen", 2016),
            ("Viitasaari", 2016), ("Äänekoski", 2016),
        ],
        "coordinating_town": "Jyväskylä", "chair_town": None, "chair_start_year": None,
        "chair_end_year": None,
        "bodies": [
            {
                "name": "Koordinaatioryhmä",
                "task": "Koordinaatioryhmään kuuluvat kuuden alueen aluekoordinaattorit ja "
                        "sidosryhmien edustajat. Ryhmä jakaa alueiden kokemukset ja tarpeet, "
                        "suunnittelee koulutukset yhdessä sidosryhmien kanssa ja kohdentaa "
                        "verkoston resurssit osaamiskartoitusten perusteella.",
                "meeting_rhythm": "säännöllisesti verkossa, noin kerran kuussa lukukausien aikana",
                "members": [
                    {"name": "Tuomas Kinnunen", "role": "hankekoordinaattori, puheenjohtaja",
                     "town": "Jyväskylä", "example": True},
                    {"name": "Laura Hämäläinen", "role": "aluekoordinaattori, Jyväskylän seutu",
                     "town": "Jyväskylä", "example": True},
                    {"name": "Antti Kettunen", "role": "aluekoordinaattori, Joutsan seutu",
                     "town": "Joutsa", "example": True},
                    {"name": "Minna Koivisto", "role": "aluekoordinaattori, Jämsän seutu",
                     "town": "Jämsä", "example": True},
                    {"name": "Janne Rautio", "role": "aluekoordinaattori, Keuruun seutu",
                     "town": "Keuruu", "example": True},
                    {"name": "Hanna Manninen",
                     "role": "aluekoordinaattori, Saarijärven-Viitasaaren seutu",
                     "town": "Saarijärvi", "example": True},
                    {"name": "Sami Järvinen", "role": "aluekoordinaattori, Äänekosken seutu",
                     "town": "Äänekoski", "example": True},
                    {"name": "Eeva Savolainen",
                     "role": "yliopistonopettaja, Jyväskylän yliopiston opettajankoulutuslaitos",
                     "town": "Jyväskylä", "example": True},
                ],
                "meetings": [
                    {
                        "date": "2026-09-10",
                        "agenda": [
                            "Lukuvuoden 2026–2027 toiminnan käynnistys alueittain",
                            "Syksyn osaamiskartoituksen aikataulu ja kysymykset",
                            "Kouluvaltausten hakukierros kouluille",
                            "Tutortuntien seurannan lomakkeen päivitys",
                        ],
                        "decisions": [
                            "Osaamiskartoitus avataan kaikissa kunnissa viikolla 39 ja tulokset "
                            "käsitellään marraskuun kokouksessa.",
                            "Kouluvaltauksiin haetaan kolme koulua kolmelta eri alueelta; "
                            "hakuaika päättyy 16.10.2026.",
                            "Tutortuntien seurannan lomakkeeseen lisätään kohta tekoälyyn "
                            "liittyvälle tuelle.",
                        ],
                    },
                    {
                        "date": "2026-11-12",
                        "agenda": [
                            "Osaamiskartoituksen tulokset alueittain",
                            "Kevään 2027 koulutustarjonta", "Kouluvaltauskoulujen valinta",
                            "Koko verkoston tutoropettajatapaamisen ohjelma",
                        ],
                        "decisions": [
                            "Kevään koulutusten painopisteiksi valitaan tekoäly opetuksessa, "
                            "oppimisen aikainen arviointi ja tietosuoja.",
                            "Kouluvaltauskouluiksi valitaan Kolkanpään koulu (Saarijärvi), "
                            "Keuruun yhteiskoulu (Keuruu) ja Jämsänkosken koulu (Jämsä).",
                            "Koko verkoston tutoropettajatapaaminen pidetään Jyväskylässä "
                            "toukokuussa 2027.",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "oppiva", "title": "OPPIVA-verkosto",
        "summary": "Yli 30 kunnan yhteinen verkosto, joka kehittää opetusta, oppimista, "
                   "suomalaista koulua ja varhaiskasvatusta valtakunnallisesti.",
        "purpose": "<p>OPPIVA-verkosto perustettiin vuonna 2017 jatkamaan aiemman Oppimisen "
                   "Pohjantähti -kumppanuusohjelman työtä. Molempien taustalla on kansainvälinen "
                   "tutkimus- ja kehittämisohjelma New Pedagogies for Deep Learning, joka "
                   "keskittyy oppimiseen, opetukseen, koulukulttuuriin sekä koulun ja "
                   "opetustoimen johtamisen kehittämiseen.</p>"
                   "<p>Vuonna 2024 verkostossa on mukana 35 kuntaa. Kunnat ovat sitoutuneet "
                   "aktiiviseen yhteiseen tekemiseen, ja työhön osallistuvat kaikki verkoston "
                   "kuntien koulut ja päiväkodit. Uusia kuntia hyväksytään mukaan "
                   "puolivuosittain. Verkoston puheenjohtajuus vaihtuu kahden vuoden välein; "
                   "vuosina 2024–2025 puheenjohtajana toimii Tampereen kaupunki.</p>"
                   "<p>Kuntien edustajat kokoontuvat säännöllisesti yhteen. Työkaluina ovat "
                   "verkoston edustajisto, neuvottelukunta ja kehittämisnyrkki. Tarkista kuntien "
                   "yhteyshenkilöistä, keneen voit olla yhteydessä omassa kunnassasi.</p>",
        "goals": [
            "Varhaiskasvatuksen ja opetustoimen systeeminen muutos siten, että muutos ja "
            "kehittäminen vastaa uusien opetussuunnitelmien edellyttämiä toimintakulttuurin "
            "periaatteita",
            "Kunnissa samaan aikaan etenevä oppimisen kehittäminen, jossa oppilaan oma tapa oppia "
            "on keskiössä; yhteiset tavat varmistaa oppimisen laatu ja koulutuksen tasa-arvo",
            "Verkostomainen työskentely: kunnat antavat toisilleen tukea muutoksessa sekä jakavat "
            "tietoa ja taitoa tavoitteen saavuttamisessa",
        ],
        "members": [
            ("Espoo", 2017), ("Heinola", 2019), ("Helsinki", 2017), ("Hämeenlinna", 2017),
            ("Joensuu", 2018), ("Kangasala", 2018), ("Kangasniemi", 2021), ("Kauniainen", 2019),
            ("Kerava", 2017), ("Kirkkonummi", 2018), ("Kokkola", 2020), ("Kouvola", 2017),
            ("Kuopio", 2017), ("Lahti", 2017), ("Lappeenranta", 2018), ("Lempäälä", 2019),
            ("Lohja", 2018), ("Mikkeli", 2019), ("Mäntsälä", 2020), ("Nokia", 2018),
            ("Nurmijärvi", 2017), ("Orivesi", 2022), ("Oulu", 2017), ("Pirkkala", 2019),
            ("Raahe", 2021), ("Rovaniemi", 2018), ("Sipoo", 2020), ("Sodankylä", 2023),
            ("Tampere", 2017), ("Turku", 2017), ("Tuusula", 2018), ("Valkeakoski", 2020),
            ("Vantaa", 2017), ("Vesilahti", 2024), ("Äänekoski", 2022),
        ],
        "coordinating_town": None, "chair_town": "Tampere", "chair_start_year": 2024,
        "chair_end_year": 2025,
        "bodies": [
            {
                "name": "Edustajisto",
                "task": "Tuo verkostoon ammattilaisten osaamista eri kunnista sekä kuntien "
                        "näkemyksiä oppimisen kehittämistarpeista. Osallistuu koulutuksen ja "
                        "opetuksen valtakunnallisiin kehittämisprosesseihin (mm. "
                        "opetussuunnitelmat). Kuntien yhteyshenkilöt eli edustajiston jäsenet "
                        "kokoontuvat päivän mittaiseen työkokoukseen neljästi vuodessa.",
                "meeting_rhythm": "neljästi vuodessa",
                "members": [
                    {"name": "Satu Lahtinen",
                     "role": "kehittämispäällikkö, edustajiston puheenjohtaja", "town": "Tampere",
                     "example": True},
                    {"name": "Markus Nurmi", "role": "opetuksen kehittämisen asiantuntija",
                     "town": "Espoo", "example": True},
                    {"name": "Kirsi Halonen", "role": "rehtori, kunnan yhteyshenkilö",
                     "town": "Kokkola", "example": True},
                    {"name": "Ari Vainio", "role": "sivistystoimen kehittäjäopettaja",
                     "town": "Sodankylä", "example": True},
                    {"name": "Päivi Heino", "role": "varhaiskasvatuksen kehittämiskoordinaattori",
                     "town": "Äänekoski", "example": True},
                    {"name": "Olli Karppinen", "role": "rehtori, kunnan yhteyshenkilö",
                     "town": "Kangasniemi", "example": True},
                ],
                "meetings": [
                    {
                        "date": "2026-05-28",
                        "agenda": [
                            "Lukuvuoden 2025–2026 yhteisten kehittämisprosessien arviointi",
                            "Oppilaan oman tavan oppia näkyminen kuntien arjessa",
                            "Kuntien puheenvuorot: mikä muuttui tänä vuonna?",
                        ],
                        "decisions": [
                            "Syksyn 2026 teemaksi valitaan oppimisen laadun ja koulutuksen "
                            "tasa-arvon yhteiset seurantatavat.",
                            "Kunnat kokoavat omat esimerkkinsä syyskuun työkokoukseen.",
                        ],
                    },
                    {
                        "date": "2026-09-24",
                        "agenda": [
                            "Kuntien esimerkit oppimisen laadun seurannasta",
                            "Lausuntokierros opetussuunnitelman perusteiden muutoksista",
                            "Uusien jäsenkuntien perehdytys",
                        ],
                        "decisions": [
                            "Edustajisto kokoaa kuntien näkemykset lausuntoa varten "
                            "neuvottelukunnalle lokakuun loppuun mennessä.",
                            "Uusille jäsenkunnille nimetään kummikunta verkostosta.",
                        ],
                    },
                ],
            },
            {
                "name": "Neuvottelukunta",
                "task": "Päättää verkoston toimintasuunnitelmasta ja taloudesta sekä hyväksyy "
                        "uudet jäsenkunnat. Tekee valtakunnallista vaikuttamistyötä mm. "
                        "lausuntojen ja kannanottojen muodossa. Mukana on edustaja jokaisesta "
                        "verkoston kunnasta, yleensä sivistysjohtaja.",
                "meeting_rhythm": "neljästi vuodessa",
                "members": [
                    {"name": "Helena Kallio",
                     "role": "sivistysjohtaja, neuvottelukunnan puheenjohtaja", "town": "Tampere",
                     "example": True},
                    {"name": "Juha Mustonen", "role": "sivistysjohtaja", "town": "Lahti",
                     "example": True},
                    {"name": "Merja Korpela", "role": "kasvatus- ja opetusjohtaja",
                     "town": "Lappeenranta", "example": True},
                    {"name": "Risto Ojala", "role": "sivistysjohtaja", "town": "Raahe",
                     "example": True},
                ],
                "meetings": [],
            },
            {
                "name": "Kehittämisnyrkki",
                "task": "Valmistelee verkoston kokoukset ja ottaa vastuuta yhteisten prosessien "
                        "edistämisestä. Rakentaa kuntien opetusalan toimijoille kestävää tapaa "
                        "toimia yhdessä verkostona ja viedä verkoston hyödyt arkeen. Mukana ovat "
                        "kuuden suurimman kunnan sekä Lahden ja Kuopion edustajat.",
                "meeting_rhythm": "ennen jokaista edustajiston ja neuvottelukunnan kokousta",
                "members": [
                    {"name": "Satu Lahtinen", "role": "kehittämispäällikkö, kokoonkutsuja",
                     "town": "Tampere", "example": True},
                    {"name": "Niina Suominen", "role": "opetuksen kehittämispäällikkö",
                     "town": "Helsinki", "example": True},
                    {"name": "Markus Nurmi", "role": "opetuksen kehittämisen asiantuntija",
                     "town": "Espoo", "example": True},
                    {"name": "Tapio Kauppinen", "role": "perusopetuksen kehittämispäällikkö",
                     "town": "Oulu", "example": True},
                    {"name": "Sari Ylönen", "role": "pedagoginen asiantuntija", "town": "Lahti",
                     "example": True},
                    {"name": "Mervi Tuominen", "role": "opetuksen kehittämiskoordinaattori",
                     "town": "Kuopio", "example": True},
                ],
                "meetings": [],
            },
        ],
    },
    {
        "slug": "tutor-2-0", "title": "Tutor 2.0",
        "summary": "Neljän Varsinais-Suomen kunnan yhteinen tutoroinnin malli, jossa hyvät "
                   "käytänteet jaetaan ja yhtenäistetään neljällä osa-alueella.",
        "purpose": "<p>Tutormalli on ollut Suomessa menestystarina, mutta toimintaa on monessa "
                   "kunnassa pyöritetty Opetushallituksen hankeavustusten turvin, ja avustukset "
                   "ovat vääjäämättä vähenemässä. Kunnat ja koulut ovat pieniä, joten riittävästi "
                   "opettajia, joilla on mahdollisuus irrottautua vaativaan tutortehtävään, voi "
                   "olla vaikea löytää. Osa tutoreista on joutunut kehittämään kuntaan uusia "
                   "toimintamalleja pienellä porukalla tai jopa yksin.</p>"
                   "<p>Rusko, Nousiainen, Masku ja Mynämäki kehittivät alueellisen tutoroinnin "
                   "mallin, jossa kuntien hyvistä toimintamalleista poimitaan rusinat pullasta ja "
                   "viedään ne nopeasti kaikkien kuntien arkeen. Mallissa on neljä osa-aluetta: "
                   "Oppilaan tuki, Hyvinvointi, OPS ja Digi. Yhteiset mallit ja käytänteet ovat "
                   "tutoropettajien tukiranka, johon tutortoiminnan voi perustaa.</p>"
                   "<p>Tarkoituksena on välttää päällekkäistä kehittämis- ja suunnittelutyötä ja "
                   "vahvistaa yhdessä tekemisen kulttuuria: kuntien yksittäiset tekijät eivät "
                   "enää ole yksin. Käytänteet ja vuosikellot kirjataan avoimesti, joten muut "
                   "kunnat ja alueet voivat tarkastella ja kopioida mallit oman kuntansa käyttöön "
                   "minuuteissa. Mallin käyttöönotto ja käyttö on maksutonta, ja se sopii myös "
                   "yhden kaupungin sisäiseksi malliksi.</p>",
        "goals": [
            "Hyvät käytänteet jaetaan neljällä osa-alueella: oppilaan tuki, hyvinvointi, OPS ja "
            "digi",
            "Toimintatapojen yhtenäistäminen kuntien välillä",
            "Päällekkäisen kehittämis- ja suunnittelutyön välttäminen",
            "Yhdessä tekemisen kulttuurin vahvistaminen: kukaan tekijä ei ole yksin",
            "Mallit muiden kuntien kopioitaviksi minuuteissa",
        ],
        "members": [("Rusko", 2021), ("Nousiainen", 2021), ("Masku", 2021), ("Mynämäki", 2021)],
        "coordinating_town": "Rusko", "chair_town": None, "chair_start_year": None,
        "chair_end_year": None,
        "bodies": [
            {
                "name": "Tutorohjausryhmä",
                "task": "Ryhmässä on yksi tutoropettaja kustakin Tutor 2.0 -kunnasta. Ryhmä "
                        "valitsee kuntien käytänteistä yhteiset mallit, sopii niiden "
                        "käyttöönotosta ja pitää yhteisen vuosikellon ajan tasalla.",
                "meeting_rhythm": "kahdesti lukukaudessa",
                "members": [
                    {"name": "Sanna Lehtinen", "role": "tutoropettaja, koordinoiva tutor",
                     "town": "Rusko", "example": True},
                    {"name": "Jussi Aaltonen", "role": "tutoropettaja", "town": "Nousiainen",
                     "example": True},
                    {"name": "Heidi Virtanen", "role": "tutoropettaja", "town": "Masku",
                     "example": True},
                    {"name": "Petri Salminen", "role": "tutoropettaja", "town": "Mynämäki",
                     "example": True},
                ],
                "meetings": [
                    {
                        "date": "2026-08-20",
                        "agenda": [
                            "Ruskon vuosikellon käyttöönotto muissa kunnissa",
                            "Osaamismerkkien taitokuvausten päivitys lukuvuodelle 2026–2027",
                            "Syksyn tutortuntien jako kuntien kesken",
                        ],
                        "decisions": [
                            "Masku, Mynämäki ja Nousiainen kopioivat Ruskon vuosikellon pohjaksi "
                            "ja muokkaavat siitä omat versionsa syyskuun aikana.",
                            "Osaamismerkkien taitokuvaukset päivitetään yhdessä; Rusko vastaa "
                            "vuosiluokista 1–6 ja Masku vuosiluokista 7–9.",
                        ],
                    },
                    {
                        "date": "2026-10-29",
                        "agenda": [
                            "Välituntitoiminnan mallin kokemukset Mynämäeltä ja Ruskosta",
                            "Tietosuojan tarkistuslistan yhteinen versio",
                            "Kevään Tutor 2.0 -koulutuksen suunnittelu",
                        ],
                        "decisions": [
                            "Välituntitoiminnan malli otetaan käyttöön kaikissa neljässä kunnassa "
                            "kevätlukukaudella 2027.",
                            "Tammikuun koulutus pidetään Ruskon Maunun koululla, ja siihen "
                            "kutsutaan myös muiden Opentunti-kuntien tutoropettajat.",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "opentunti", "title": "Opentunti-kunnat",
        "summary": "Kunnat, jotka käyttävät Ruskossa opettajien kanssa kehitettyä maksutonta "
                   "Opentunti-suunnittelutyökalua ja jakavat suunnitelmansa avoimesti.",
        "purpose": "<p>Olipa kerran kunta, joka kokeili kaupallista oppimisympäristöä. Se "
                   "osoittautui liian raskaaksi, joten Ruskossa ryhdyttiin yhdessä opettajien "
                   "kanssa ideoimaan uutta. Syntyi Opentunti, opettajien käyttöön kehitetty "
                   "suunnittelutyökalu, joka mahdollistaa suunnitelmien ja ideoiden levittämisen "
                   "ilman erillisiä alustoja.</p>"
                   "<p>Ajatuksena on luoda arjesta joukkovoimaa. Opettajan itselleen tekemä "
                   "suunnittelutyö tai muu pedagoginen työ on hänen halutessaan automaattisesti "
                   "myös muiden opettajien ja oppilaiden tavoitettavissa. Järjestelmä on "
                   "integroitu osaksi oppilashallintojärjestelmää, mikä helpottaa viestintää "
                   "opettajan ja oppilaiden välillä.</p>"
                   "<p>Työkalu on maksuton, ja vuoden 2016 alusta perustettu Opentunti ry jatkaa "
                   "kuntien välisen yhteistyön edistämistä ja järjestelmän jatkokehittämistä. "
                   "Kokemus on opettanut, että yhteistyömallien leviäminen vaatii markkinointia, "
                   "koulutusta ja käyttöönottoapua: yhteistyöprosessit eivät käynnisty itsestään "
                   "tai pelkän järjestelmän avulla.</p>",
        "goals": [
            "Valtakunnallinen ja avoin paikka hyvien opetuskäytäntöjen ja -menetelmien leviämiseen",
            "Suunnitelmat arjesta välittömästi muiden opettajien käyttöön ilman lisäresurssia",
            "Suunnittelun avoimuus sekä oppilaille että opettajille",
            "Maksuton työkalu kunnille ja kuntien välisen yhteistyön edistäminen",
            "Paikallinen koulutus ja käyttöönottoapu uusille kunnille",
        ],
        "members": [
            ("Rusko", 2015), ("Naantali", 2016), ("Raisio", 2016), ("Mynämäki", 2017),
            ("Masku", 2017), ("Parainen", 2018), ("Turku", 2018), ("Kruunupyy", 2019),
        ],
        "coordinating_town": "Rusko", "chair_town": None, "chair_start_year": None,
        "chair_end_year": None,
        "bodies": [
            {
                "name": "Opentunti ry:n hallitus",
                "task": "Hallitus vastaa yhdistyksen toiminnasta ja järjestelmän jatkokehityksen "
                        "suunnasta. Se kokoaa kuntien kehitystoiveet ja suunnittelee uusien "
                        "kuntien koulutuksen ja käyttöönottoavun.",
                "meeting_rhythm": "noin kuusi kertaa vuodessa",
                "members": [
                    {"name": "Tero Koivunen", "role": "puheenjohtaja", "town": "Rusko",
                     "example": True},
                    {"name": "Jenni Saarinen", "role": "varapuheenjohtaja", "town": "Naantali",
                     "example": True},
                    {"name": "Heidi Virtanen", "role": "jäsen", "town": "Masku", "example": True},
                    {"name": "Stefan Holm", "role": "jäsen, ruotsinkielisten kuntien yhteyshenkilö",
                     "town": "Kruunupyy", "example": True},
                ],
                "meetings": [
                    {
                        "date": "2026-10-08",
                        "agenda": [
                            "Käytänteiden ja vuosikellon kopiointitoiminnon kokemukset",
                            "Ruotsinkielisen käyttöliittymän ja ohjeiden tarkistus",
                            "Kevään 2027 käyttöönottokoulutukset",
                        ],
                        "decisions": [
                            "Ruotsinkieliset ohjeet tarkistetaan Kruunupyyn ja Paraisten "
                            "opettajien kanssa joulukuuhun mennessä.",
                            "Kevään käyttöönottokoulutukset järjestetään etänä kahdesti, ja "
                            "tallenteet jaetaan kaikille jäsenkunnille.",
                        ],
                    },
                ],
            },
        ],
    },
]
# fmt: on

# Practices ----------------------------------------------------------------------------------------

# fmt: off
PRACTICES = [
    # Tutor 2.0: Oppilaan tuki
    {
        "key": "t2_tuen_yhteinen_malli", "town": "Rusko", "area": "oppilaan-tuki",
        "title": "Tuen kolmiportaisuuden yhteinen malli",
        "summary": "Yhteinen kuvaus siitä, miten yleinen, tehostettu ja erityinen tuki "
                   "järjestetään Ruskon kouluissa ja kuka tekee mitäkin tuen eri vaiheissa.",
        "need": "<p>Jokaisella koululla oli oma tapansa kirjata ja käsitellä tuen tarvetta, ja "
                "uusien opettajien oli vaikea tietää, mitä heiltä odotetaan. Oppimisen tuen "
                "uudistus 1.8.2025 muutti tuen kirjaamista, joten kunnan kouluille tarvittiin "
                "yksi yhteinen ja ajantasainen kuvaus tuen portaista ja vastuista.</p>",
        "steps": [
            ("Yleinen tuki luokassa", "Luokan- tai aineenopettaja huomaa tuen tarpeen ja "
             "aloittaa tukitoimet heti: eriyttäminen, tukiopetus ja yhteydenpito huoltajaan."),
            ("Tuen tarpeen arviointi", "Jos yleinen tuki ei riitä, opettaja ja erityisopettaja "
             "arvioivat tuen tarpeen yhdessä ja kuulevat oppilasta ja huoltajaa."),
            ("Käsittely oppilashuoltoryhmässä", "Tehostetun tai erityisen tuen tarve käsitellään "
             "moniammatillisesti, ja rehtori valmistelee tarvittavan päätöksen."),
            ("Tukitoimien kirjaaminen", "Tukitoimet kirjataan oppilashallintojärjestelmään "
             "sovitulla pohjalla, jotta tieto siirtyy oppilaan mukana."),
            ("Seuranta", "Tuen riittävyys tarkistetaan tuen palavereissa syys- ja tammikuussa."),
        ],
        "roles": "Rehtori vastaa prosessista ja päätöksistä, erityisopettaja tuen arvioinnista ja "
                 "luokanopettaja tai luokanvalvoja arjen tukitoimista.",
        "timing": "jatkuvasti; tuen palaverit syyskuussa ja tammikuussa",
        "materials": [
            ("Oppimisen tuki – Opetushallitus", "https://www.oph.fi/fi/oppimisen-tuki"),
            ("Ruskon perusopetuksen opetussuunnitelma, luku 7",
             "https://www.rusko.fi/kasvatus-ja-koulutus/perusopetus/opetussuunnitelma"),
        ],
        "evidence": "<p>Kaikki neljä Ruskon koulua käyttävät samaa kuvausta, ja rehtoriryhmä "
                    "seuraa tukeen liittyviä raportteja säännöllisesti oppilashallinto-ohjelman "
                    "tiedoista. Uudet opettajat ovat kertoneet perehdytyksessä, että malli "
                    "selkeytti heidän omaa rooliaan.</p>",
        "contact": {"name": "Outi Heinonen", "title": "erityisopettaja, Vahdon koulu",
                    "email": "outi.heinonen@rusko.fi", "example": True},
        "tags": ["kolmiportainen tuki", "erityisopetus", "oppilashuolto", "perehdytys"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_oppimissuunnitelma", "town": "Masku", "area": "oppilaan-tuki",
        "title": "Oppimissuunnitelman laatiminen yhdessä oppilaan ja huoltajan kanssa",
        "summary": "Maskun tapa laatia oppilaan tuen suunnitelma yhdessä oppilaan ja huoltajan "
                   "kanssa niin, että tavoitteet ovat oppilaan omin sanoin kirjattuja ja "
                   "seurattavia.",
        "need": "<p>Suunnitelmat kirjoitettiin aiemmin opettajan pöydän ääressä ja ne jäivät "
                "oppilaalle vieraiksi. Haluttiin, että oppilas tietää omat tavoitteensa ja "
                "tukitoimensa ja että huoltaja osallistuu niiden seurantaan.</p>",
        "steps": [
            ("Valmistelu", "Opettaja kokoaa havaintonsa ja oppilaan työt sekä pyytää oppilasta "
             "miettimään etukäteen, missä hän onnistuu ja missä tarvitsee apua."),
            ("Yhteinen palaveri", "Oppilas, huoltaja, opettaja ja tarvittaessa erityisopettaja "
             "sopivat enintään kolme tavoitetta ja niihin liittyvät tukitoimet."),
            ("Kirjaaminen oppilaan sanoin", "Tavoitteet kirjataan lyhyesti ja oppilaan "
             "ymmärtämällä kielellä oppilashallintojärjestelmään."),
            ("Väliarvio", "Oppilas arvioi edistymistään itse lukukauden puolivälissä, ja "
             "opettaja kertoo arvion huoltajalle."),
        ],
        "roles": "Luokanopettaja tai luokanvalvoja, erityisopettaja ja rehtori",
        "timing": "lokakuussa ja tarvittaessa tammikuussa",
        "materials": [
            ("Oppimisen tuki – Opetushallitus", "https://www.oph.fi/fi/oppimisen-tuki"),
            ("Suunnitelmapohja ja palaverin runko",
             "https://peda.net/masku/perusopetus/oppimisen-tuki/suunnitelmapohja"),
        ],
        "evidence": "<p>Hemmingin koulun kokeilussa oppilaat osasivat kertoa omat tavoitteensa "
                    "kehityskeskustelussa, ja huoltajat pitivät palaveria selkeämpänä kuin "
                    "aiempia tuen palavereita.</p>",
        "contact": {"name": "Anu Räsänen", "title": "erityisopettaja, Hemmingin koulu",
                    "email": "anu.rasanen@masku.fi", "example": True},
        "tags": ["oppimissuunnitelma", "tehostettu tuki", "huoltajayhteistyö", "osallisuus"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_tuen_palaverit", "town": "Nousiainen", "area": "oppilaan-tuki",
        "title": "Tuen palaverit lukukauden alussa",
        "summary": "Jokainen luokka käydään läpi erityisopettajan ja luokanopettajan kanssa syys- "
                   "ja tammikuussa, jotta tuki alkaa heti eikä vasta ongelmien kasvettua.",
        "need": "<p>Tuen tarpeet tulivat esiin usein vasta ensimmäisten kokeiden jälkeen. "
                "Pienessä kunnassa erityisopettajan aika on rajallista, joten tuki haluttiin "
                "kohdentaa suunnitelmallisesti heti lukukauden alussa.</p>",
        "steps": [
            ("Aikataulu", "Rehtori varaa jokaiselle luokalle 45 minuutin palaverin kahdelle "
             "ensimmäiselle kouluviikolle."),
            ("Luokan läpikäynti", "Luokanopettaja ja erityisopettaja käyvät läpi jokaisen "
             "oppilaan tilanteen yhteisen lomakkeen avulla."),
            ("Tukitoimien sopiminen", "Sovitaan samanaikaisopetuksesta, pienryhmistä ja "
             "tukiopetuksesta sekä siitä, kuka ottaa yhteyttä huoltajiin."),
            ("Resurssien kokoaminen",
             "Erityisopettaja kokoaa tarpeet koko koulun lukujärjestykseen ja rehtorille."),
        ],
        "roles": "Rehtori, erityisopettaja ja luokanopettajat",
        "timing": "elo–syyskuussa ja tammikuussa",
        "materials": [
            ("Tuen palaverin lomake",
             "https://peda.net/nousiainen/perusopetus/tuki/tuen-palaverin-lomake"),
        ],
        "evidence": "<p>Nousiaisten kouluissa samanaikaisopetuksen tunnit saatiin "
                    "lukujärjestykseen jo syyskuun toisella viikolla, ja tukiopetusta aloitettiin "
                    "aiempaa aikaisemmin.</p>",
        "contact": {"name": "Riikka Hakala", "title": "rehtori, perusopetuksen vastuuhenkilö",
                    "email": "riikka.hakala@nousiainen.fi", "example": True},
        "tags": ["tuen palaveri", "erityisopetus", "lukuvuoden alku", "yleinen tuki"],
        "licence": "cc-by", "language": "fi",
    },
    # Tutor 2.0: Hyvinvointi
    {
        "key": "t2_valituntitoiminta", "town": "Mynämäki", "area": "hyvinvointi",
        "title": "Ohjattu välituntitoiminta ja välkkärit",
        "summary": "Koulutetut välkkärioppilaat ohjaavat nuoremmille leikkejä ja pelejä "
                   "välitunneilla viikoittaisen vuorolistan mukaan.",
        "need": "<p>Välitunneilla osa oppilaista jäi yksin ja riidat siirtyivät tunneille. "
                "Haluttiin lisätä liikettä ja yhdessä tekemistä ja antaa vanhemmille oppilaille "
                "vastuuta.</p>",
        "steps": [
            ("Välkkärien haku",
             "5.–6.-luokkalaiset hakevat välkkäreiksi syyskuussa lyhyellä hakemuksella."),
            ("Koulutus", "Liikunnanopettaja kouluttaa välkkärit puolen päivän aikana: leikit, "
             "reilu peli ja riitojen sovittelu."),
            ("Vuorolista", "Välkkärit ohjaavat pareittain pitkän välitunnin kahdesti viikossa."),
            ("Palaute", "Nuoremmat oppilaat antavat palautetta hymiöillä kuukauden välein, ja "
             "välkkärit kehittävät leikkejä sen pohjalta."),
        ],
        "roles": "Liikunnanopettaja tai hyvinvointitiimi ohjaa välkkäreitä; rehtori tukee",
        "timing": "koulutus syyskuussa, toiminta loka–toukokuussa",
        "materials": [
            ("Liikkuva koulu – välituntitoiminta", "https://liikkuvakoulu.fi"),
            ("Välkkärien leikkipankki", "https://peda.net/mynamaki/hyvinvointi/valkkarit"),
        ],
        "evidence": "<p>Oppilaiden kyselyssä yhä useampi kertoi, että välitunnilla on aina jotain "
                    "tekemistä. Opettajien mukaan välituntiriitojen selvittely tunneilla "
                    "väheni.</p>",
        "contact": {"name": "Tiia Lampinen",
                    "title": "liikunnanopettaja, Mynämäen kirkonkylän koulu",
                    "email": "tiia.lampinen@mynamaki.fi", "example": True},
        "tags": ["välitunnit", "liikkuva koulu", "oppilaiden osallisuus", "välkkärit"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_kiusaamisen_ehkaisy", "town": "Nousiainen", "area": "hyvinvointi",
        "title": "Kiusaamisen ehkäisyn ja selvittämisen malli",
        "summary": "Kiusaamisen ehkäisy rakennetaan luokan yhteisiin sopimuksiin, ja "
                   "kiusaamistilanteet selvitetään aina samalla tavalla ja samassa aikataulussa.",
        "need": "<p>Huoltajat kokivat, että kiusaamistapaukset käsiteltiin eri kouluissa eri "
                "tavoin. Tarvittiin selkeä, kaikille tuttu malli, joka kertoo, mitä tapahtuu, kun "
                "kiusaamisesta ilmoitetaan.</p>",
        "steps": [
            ("Luokan sopimus", "Jokainen luokka laatii syyskuussa oman sopimuksen siitä, miten "
             "toisia kohdellaan, ja sopimus on luokan seinällä."),
            ("Ilmoittaminen", "Oppilas tai huoltaja voi ilmoittaa kiusaamisesta kenelle tahansa "
             "aikuiselle tai sähköisellä lomakkeella."),
            ("Selvittäminen", "Koulun tiimi keskustelee osapuolten kanssa kahden koulupäivän "
             "kuluessa, ja huoltajille kerrotaan sovitusta."),
            ("Seurantakeskustelu",
             "Tilanne tarkistetaan kahden viikon kuluttua, ja asia kirjataan."),
            ("Teemaviikko", "Lokakuussa koko koulu pitää teemaviikon, jossa luokan sopimus "
             "käydään uudelleen läpi."),
        ],
        "roles": "Koulun kiusaamisen vastainen tiimi, luokanopettajat ja rehtori",
        "timing": "sopimukset syyskuussa, teemaviikko lokakuussa, selvittäminen jatkuvasti",
        "materials": [
            ("KiVa Koulu", "https://www.kivakoulu.fi"),
            ("Nousiaisten koulujen kiusaamisen vastainen suunnitelma",
             "https://www.nousiainen.fi/kasvatus-ja-opetus/perusopetus/kiusaaminen"),
        ],
        "evidence": "<p>Huoltajat tietävät nyt, mitä ilmoituksen jälkeen tapahtuu, ja "
                    "selvittämisen aikataulu on pitänyt kaikissa ilmoitetuissa tapauksissa.</p>",
        "contact": {"name": "Elisa Kivelä", "title": "luokanopettaja, Henrikin koulu",
                    "email": "elisa.kivela@nousiainen.fi", "example": True},
        "tags": ["kiusaaminen", "hyvinvointi", "luokan sopimus", "huoltajayhteistyö"],
        "licence": "cc-by-nd", "language": "fi",
    },
    {
        "key": "t2_luokkahenki", "town": "Masku", "area": "hyvinvointi",
        "title": "Luokkahengen rakentaminen ensimmäisinä kouluviikkoina",
        "summary": "Kolmen ensimmäisen kouluviikon aikana jokainen luokka tekee yhteisiä "
                   "ryhmäytymisharjoituksia ja sopii yhteiset toimintatavat.",
        "need": "<p>Yläkouluun siirtyvät oppilaat tulevat useasta alakoulusta, ja uusissa "
                "ryhmissä syntyi alussa helposti ulkopuolisuutta. Ryhmäytyminen haluttiin tehdä "
                "suunnitelmallisesti eikä sattumanvaraisesti.</p>",
        "steps": [
            ("Tutustumispäivä", "Ensimmäisenä koulupäivänä luokat tekevät tutustumisharjoituksia "
             "koulun ulkoalueilla."),
            ("Ryhmäytymistuokiot",
             "Luokanvalvoja pitää kolmen viikon ajan kaksi ryhmäytymistuokiota viikossa."),
            ("Yhteiset pelisäännöt",
             "Luokka sopii pelisäännöt, ja ne kirjataan luokan omalle sivulle."),
            ("Tukioppilaat", "Tukioppilaat ohjaavat seitsemäsluokkalaisille välituntipelejä ja "
             "kertovat koulun tavoista."),
        ],
        "roles": "Luokanvalvojat, tukioppilasohjaaja ja koulukuraattori",
        "timing": "elokuun kolme ensimmäistä kouluviikkoa (viikot 33–35)",
        "materials": [
            ("Ryhmäytymisharjoitusten pankki",
             "https://peda.net/masku/hemmingin-koulu/hyvinvointi/ryhmaytyminen"),
        ],
        "evidence": "<p>Hemmingin koulun syyskyselyssä seitsemäsluokkalaiset kokivat kuuluvansa "
                    "luokkaansa aiempia ikäluokkia useammin.</p>",
        "contact": {"name": "Heidi Virtanen", "title": "tutoropettaja, Hemmingin koulu",
                    "email": "heidi.virtanen@masku.fi", "example": True},
        "tags": ["ryhmäytyminen", "luokkahenki", "nivelvaihe", "tukioppilaat"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_yhteisollisen_oppilashuollon_raportit", "town": "Rusko", "area": "hyvinvointi",
        "title": "Yhteisöllisen oppilashuollon raportit oppilashuoltoryhmässä",
        "summary": "Oppilashuoltoryhmä tarkastelee säännöllisesti KouluSta-palvelun raportteja "
                   "poissaoloista ja tuesta ja valitsee lukuvuodelle yhden seurattavan teeman.",
        "need": "<p>Tieto oppilaiden poissaoloista ja tuesta oli hajallaan, ja huoli havaittiin "
                "usein myöhään. Digitalisaatio-ohjelma edellyttää tiedolla johtamista myös "
                "oppilashuollossa.</p>",
        "steps": [
            ("Teeman valinta", "Lukuvuoden alussa oppilashuoltoryhmä valitsee teeman, joka "
             "kaipaa kehittämistä ja jonka tietoja seurataan tehostetusti."),
            ("Raporttien tarkastelu", "Ryhmä käy kuukausittain läpi yhteisölliseen ja "
             "yksilölliseen oppilashuoltoon luodut raportit."),
            ("Toimenpiteet", "Ryhmä sopii toimenpiteistä luokille tai koko koululle ja kirjaa ne."),
            ("Vaikutuksen arviointi",
             "Lukuvuoden lopussa tarkastellaan, miten teeman tiedot muuttuivat."),
        ],
        "roles": "Oppilashuoltoryhmä, rehtori ja digitalisaation asiantuntija",
        "timing": "kuukausittain; teeman valinta elokuussa ja arviointi toukokuussa",
        "materials": [
            ("Ruskon perusopetuksen digitalisaatio-ohjelma 2025",
             "https://www.rusko.fi/kasvatus-ja-koulutus/perusopetus/digitalisaatio-ohjelma"),
        ],
        "evidence": "<p>Rehtoriryhmä seuraa tukeen, poissaoloihin, tuntimerkintöihin ja "
                    "arviointiin liittyviä raportteja säännöllisesti, ja raportteja kehitetään "
                    "palautteen perusteella.</p>",
        "contact": {"name": "Kimmo Lindroos", "title": "rehtori, Maunun koulu",
                    "email": "kimmo.lindroos@rusko.fi", "example": True},
        "tags": ["oppilashuolto", "tiedolla johtaminen", "poissaolot", "hyvinvointi"],
        "licence": "cc-by", "language": "fi",
    },
    # Tutor 2.0: OPS
    {
        "key": "t2_monialaiset_kokonaisuudet", "town": "Rusko", "area": "ops",
        "title": "Monialaisten oppimiskokonaisuuksien MOK-viikko",
        "summary": "Koulu toteuttaa kerran lukuvuodessa MOK-viikon, jossa oppilaat tekevät "
                   "ryhmissä yli luokkarajojen ilmiöpohjaisen projektin digitaalisin työtavoin.",
        "need": "<p>Monialaiset oppimiskokonaisuudet jäivät helposti yksittäisten opettajien "
                "varaan. Oppilaat toivovat projekteja, joissa saavat käyttää omaa luovuuttaan, ja "
                "digitalisaatio-ohjelma kehottaa huomioimaan digitaaliset työtavat "
                "MOK-viikoilla.</p>",
        "steps": [
            ("Teeman valinta",
             "Opettajat ja oppilaskunta valitsevat ilmiön syyslukukauden aikana."),
            ("Yhteissuunnittelu", "Opettajatiimi suunnittelee viikon Opentunnissa, ja "
             "suunnitelma on heti muiden koulujen käytettävissä."),
            ("Ryhmät yli luokkarajojen",
             "Oppilaat jaetaan ryhmiin, joissa on eri-ikäisiä oppilaita."),
            ("Tuotos", "Ryhmät tekevät videon, animaation tai digitaalisen julkaisun."),
            ("Arviointi", "Oppilaat arvioivat omaa ja ryhmän työskentelyä, ja opettajat "
             "kirjaavat laaja-alaisen osaamisen havainnot."),
        ],
        "roles": "Opettajatiimi; rehtori vastaa aikataulusta, tutoropettaja digitaalisista "
                 "työtavoista",
        "timing": "helmikuussa (viikot 6–7)",
        "materials": [
            ("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet"),
            ("Opentunti", "https://opentunti.fi"),
        ],
        "evidence": "<p>DigiVOO-tutkimuksen (2024) mukaan digitaaliset työkalut voivat lisätä "
                    "oppilaiden kiinnostusta ja motivaatiota. Ruskon MOK-viikon palautteessa "
                    "oppilaat nostivat esiin juuri mahdollisuuden tehdä omaa ja luovaa.</p>",
        "contact": {"name": "Sanna Lehtinen", "title": "tutoropettaja, Maunun koulu",
                    "email": "sanna.lehtinen@rusko.fi", "example": True},
        "tags": ["monialaisuus", "ilmiöoppiminen", "luovuus", "laaja-alainen osaaminen"],
        "licence": "cc-by-sa", "language": "fi",
    },
    {
        "key": "t2_arviointikeskustelut", "town": "Masku", "area": "ops",
        "title": "Yhteiset arviointikäytänteet ja arviointikeskustelut",
        "summary": "Alakoulujen arviointikeskustelut käydään yhteisellä rungolla, jossa oppilas "
                   "esittelee omaa oppimistaan ja huoltaja ja opettaja antavat palautetta.",
        "need": "<p>Arviointikeskustelut vaihtelivat opettajittain, ja oppilaan oma ääni jäi "
                "vähäiseksi. Opetussuunnitelma korostaa oppimisen aikaista arviointia ja oppilaan "
                "itsearviointia.</p>",
        "steps": [
            ("Itsearviointi",
             "Oppilas täyttää sähköisen itsearviointilomakkeen viikkoa ennen keskustelua."),
            ("Keskustelun runko", "Keskustelu etenee aina samassa järjestyksessä: onnistumiset, "
             "tavoitteet, tuki ja sopimukset."),
            ("Oppilas johtaa",
             "Oppilas esittelee itse valitsemansa työn ja kertoo, mitä on oppinut."),
            ("Kirjaaminen", "Sovitut tavoitteet kirjataan oppilashallintojärjestelmään ja "
             "palataan niihin keväällä."),
        ],
        "roles": "Luokanopettajat; rehtori vastaa aikataulusta",
        "timing": "marraskuussa (viikot 45–47)",
        "materials": [
            ("Arviointikeskustelun runko",
             "https://peda.net/masku/perusopetus/arviointi/arviointikeskustelu"),
            ("Perusopetuksen arviointi – Opetushallitus",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-arviointi"),
        ],
        "evidence": "<p>Opettajat kertoivat, että yhteinen runko lyhensi valmisteluun kuluvaa "
                    "aikaa, ja huoltajien palautteessa keskustelua pidettiin selkeämpänä.</p>",
        "contact": {"name": "Marko Vuorinen", "title": "rehtori, Lempisen koulu",
                    "email": "marko.vuorinen@masku.fi", "example": True},
        "tags": ["arviointi", "itsearviointi", "huoltajayhteistyö", "arviointikeskustelu"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_ops_vuositarkistus", "town": "Mynämäki", "area": "ops",
        "title": "Opetussuunnitelman vuositarkistus oppiainetiimeissä",
        "summary": "Oppiainetiimit tarkistavat maaliskuussa, toteutuivatko paikallisen "
                   "opetussuunnitelman tavoitteet, ja kirjaavat muutosesitykset seuraavaan "
                   "lukuvuosisuunnitelmaan.",
        "need": "<p>Paikallinen opetussuunnitelma päivitettiin vain suurten uudistusten "
                "yhteydessä, ja käytännön havainnot katosivat. Tarvittiin kevyt vuosittainen tapa "
                "pitää suunnitelma elävänä.</p>",
        "steps": [
            ("Kysymyslista",
             "Tutoropettaja jakaa tiimeille viiden kysymyksen listan tavoitteiden toteutumisesta."),
            ("Tiimin tarkistus", "Oppiainetiimi käy läpi oman oppiaineensa tavoitteet ja "
             "sisällöt yhden tiimipalaverin aikana."),
            ("Muutosesitykset", "Tiimit kirjaavat muutosesitykset yhteiseen taulukkoon."),
            ("Käsittely", "Rehtori ja sivistysjohtaja käsittelevät esitykset "
             "lukuvuosisuunnitelman valmistelussa."),
        ],
        "roles": "Oppiainetiimit, tutoropettaja, rehtorit ja sivistysjohtaja",
        "timing": "maaliskuussa",
        "materials": [
            ("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet"),
            ("Vuositarkistuksen kysymyslista",
             "https://peda.net/mynamaki/perusopetus/ops/vuositarkistus"),
        ],
        "evidence": "<p>Ensimmäisellä kierroksella tiimit tekivät muutosesityksiä erityisesti "
                    "tieto- ja viestintäteknologisen osaamisen tavoitteisiin.</p>",
        "contact": {"name": "Petri Salminen", "title": "tutoropettaja, Mynämäen yläkoulu",
                    "email": "petri.salminen@mynamaki.fi", "example": True},
        "tags": ["opetussuunnitelma", "oppiainetiimit", "lukuvuosisuunnitelma", "arviointi"],
        "licence": "cc-by", "language": "fi",
    },
    # Tutor 2.0: Digi
    {
        "key": "t2_osaamismerkit", "town": "Rusko", "area": "digi",
        "title": "Digitaidot vuosiluokittain – osaamismerkit",
        "summary": "Jokaiselle vuosiluokalle on kuvattu digitaidot osaamismerkkeinä, jotka "
                   "oppilaat suorittavat ja itsearvioivat lukuvuoden aikana.",
        "need": "<p>Teknologian ja digitaalisten taitojen opetus vaihteli kouluittain ja "
                "opettajittain. Digitalisaatio-ohjelman ensimmäinen pedagoginen tavoite on "
                "varmistaa oppilaille teknologian ja digitaalisten taitojen opetus "
                "tasavertaisesti kaikissa kouluissa.</p>",
        "steps": [
            ("Taitokuvausten päivitys", "Taitokuvaukset ja ohjeet päivitetään lukuvuosittain; "
             "lähikuntien kanssa jaetaan työ ja hyödynnetään olemassa olevia materiaaleja."),
            ("Opettajien opastus", "Alakoulun opettajille järjestetään tarvittaessa "
             "luokka-astekohtaista opastusta, ja yläkoulun opettajat saavat tukea oppiaineittain."),
            ("Merkin suorittaminen", "Oppilas suorittaa merkin tehtävät osana oppiaineiden "
             "opetusta; yläkoulussa vuosiluokilla 7–9 on lisäksi tietotekniikan opetusta 0,33 "
             "vvt luokka-astetta kohden."),
            ("Itsearviointi", "Oppilas itsearvioi osaamisensa merkin suorittamisen jälkeen."),
            ("Seuranta", "Rehtorit ja koulun TVT-vastaavat seuraavat suorituksia, ja "
             "digitalisaation asiantuntija tarkastelee rehtoreiden kanssa koko kunnan tilastoja."),
        ],
        "roles": "Luokan- ja aineenopettajat opettavat, koulun TVT-vastaava seuraa, "
                 "digitalisaation asiantuntija ylläpitää taitokuvaukset.",
        "timing": "taitokuvaukset elokuussa; suoritukset marras- ja huhtikuussa",
        "materials": [
            ("Uudet lukutaidot – digitaalisen osaamisen kuvaukset", "https://uudetlukutaidot.fi"),
            ("Ruskon osaamismerkit vuosiluokittain", "https://peda.net/rusko/digi/osaamismerkit"),
        ],
        "evidence": "<p>ICILS 2023 -tutkimuksen mukaan oppilaiden digiosaamisen erot ovat "
                    "kasvussa. Osaamismerkit tekevät näkyväksi, mitä jokaisella vuosiluokalla "
                    "opetetaan, ja opettajilta kysytään kehityskeskusteluissa palautetta merkkien "
                    "suorittamisesta.</p>",
        "contact": {"name": "Mikko Laaksonen", "title": "digitalisaation asiantuntija",
                    "email": "mikko.laaksonen@rusko.fi", "example": True},
        "tags": ["osaamismerkit", "digitaidot", "tvt", "itsearviointi", "tasa-arvo"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_yhteisollinen_suunnittelu", "town": "Rusko", "area": "digi",
        "title": "Ruskon yhteisöllisen suunnittelun malli",
        "summary": "Opettajatiimit laativat suunnitelmia, joissa digitaalisia palveluja "
                   "hyödynnetään oppitunneilla, ja saavat suunnittelusta korvauksen "
                   "koulutusrahasta.",
        "need": "<p>Opettajat ovat kokeneet, että puutteet valmisteluajassa ja koulutuksessa "
                "rajoittavat TVT:n käyttöä. Malli antaa suunnittelulle ajan ja korvauksen ja "
                "tekee syntyneet suunnitelmat muiden käyttöön Opentunnissa.</p>",
        "steps": [
            ("Tiimin muodostaminen", "Kahdesta neljään opettajaa muodostaa tiimin ja valitsee "
             "aiheen, esimerkiksi jakson matematiikassa tai äidinkielessä."),
            ("Tiimin tapaaminen", "Tiimi kokoontuu suunnittelemaan; se voi pyytää koulun "
             "digiasiantuntijan mukaan tapaamiseen."),
            ("Suunnitelma Opentunnissa", "Suunnitelma kirjataan Opentuntiin, jolloin se on "
             "halutessa heti muiden opettajien ja oppilaiden käytettävissä."),
            ("Toteutus ja kirjaus",
             "Tiimi toteuttaa suunnitelman ja kirjaa, että se on toteutunut."),
            ("Korvaus",
             "Suunnittelusta maksetaan korvaus koulutusrahasta tiimin kirjausten perusteella."),
        ],
        "roles": "Opettajatiimit; rehtori hyväksyy korvaukset, digitalisaation asiantuntija "
                 "kokoaa tilastot",
        "timing": "koko lukuvuoden; kooste joulukuussa ja toukokuussa",
        "materials": [
            ("Opentunti", "https://opentunti.fi"),
            ("Ruskon perusopetuksen digitalisaatio-ohjelma 2025",
             "https://www.rusko.fi/kasvatus-ja-koulutus/perusopetus/digitalisaatio-ohjelma"),
        ],
        "evidence": "<p>Mallissa kerätään tietoa opettajatiimien kokoontumisista sekä luoduista "
                    "ja toteutuneista suunnitelmista. Vuonna 2025 tiimit kokoontuivat 46 kertaa "
                    "ja loivat 31 suunnitelmaa, joista 24 toteutui (esimerkkiluvut).</p>",
        "contact": {"name": "Mikko Laaksonen", "title": "digitalisaation asiantuntija",
                    "email": "mikko.laaksonen@rusko.fi", "example": True},
        "tags": ["yhteissuunnittelu", "opettajatiimit", "digipalvelut", "opentunti"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_tietosuojan_tarkistus", "town": "Rusko", "area": "digi",
        "title": "Digipalvelujen tietosuojan ja saavutettavuuden tarkistus",
        "summary": "Jokaisen lukuvuoden alussa tarkistetaan, että käytetyistä digipalveluista on "
                   "voimassa olevat tietosuojasopimukset ja ajantasaiset vaikutustenarvioinnit.",
        "need": "<p>Digitaalisen toiminnan lisääminen asettaa uusia vaatimuksia tietoturvalle ja "
                "tietosuojalle. Palvelujen on noudatettava EU:n yleistä tietosuoja-asetusta ja "
                "saavutettavuusvaatimuksia, ja opetustoimella on oltava omaa osaamista niiden "
                "arviointiin.</p>",
        "steps": [
            ("Palveluluettelo",
             "Koulujen TVT-vastaavat päivittävät luettelon käytössä olevista digipalveluista."),
            ("Sopimusten tarkistus", "Digitalisaation asiantuntija tarkistaa, että jokaisesta "
             "palvelusta on tehty tietosuojaan liittyvät sopimukset ja ne ovat voimassa."),
            ("Vaikutustenarvioinnit", "Tarvittavista palveluista tehdään vaikutustenarviointi "
             "tai päivitetään sen riskiarvio, ja suojatoimenpiteiden toteutuminen varmistetaan."),
            ("Uuden palvelun hankinta", "Uusi palvelu otetaan käyttöön vasta, kun tietosuoja ja "
             "saavutettavuus on arvioitu hankintaprosessin mukaisesti."),
        ],
        "roles": "Digitalisaation asiantuntija yhdessä opetustoimen johdon ja rehtoreiden kanssa",
        "timing": "jokaisen lukuvuoden alussa (elokuu) ja aina uutta palvelua hankittaessa",
        "materials": [
            ("Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi"),
            ("Saavutettavuusvaatimukset", "https://www.saavutettavuusvaatimukset.fi"),
        ],
        "evidence": "<p>Tarkistus tehdään vuosittain koko palveluluettelolle, ja hankintaprosessi "
                    "varmistaa, ettei palvelua oteta käyttöön ennen arviointia.</p>",
        "contact": {"name": "Mikko Laaksonen", "title": "digitalisaation asiantuntija",
                    "email": "mikko.laaksonen@rusko.fi", "example": True},
        "tags": ["tietosuoja", "saavutettavuus", "hankinnat", "vaikutustenarviointi"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_tutorvastaanotto", "town": "Masku", "area": "digi",
        "title": "Tutoropettajan vastaanotto",
        "summary": "Tutoropettaja pitää joka viikko kiinteän vastaanottoajan opettajainhuoneessa "
                   "ja verkossa, jolloin kuka tahansa voi tulla kysymään digiasioista.",
        "need": "<p>Tutoropettajan aika kului yksittäisiin pyyntöihin pitkin päivää, ja osa "
                "opettajista ei kehdannut kysyä apua. Kiinteä vastaanotto tekee avusta helposti "
                "saavutettavaa ja säästää tutorin aikaa.</p>",
        "steps": [
            ("Vastaanottoaika", "Rehtori ja tutoropettaja sopivat viikoittaisen ajan, "
             "esimerkiksi tiistaisin klo 14–15."),
            ("Ilmoittaminen",
             "Aika ilmoitetaan lukuvuoden alussa ja muistutetaan viikkotiedotteessa."),
            ("Kysymykset etukäteen",
             "Opettajat voivat jättää kysymyksen etukäteen yhteiseen kanavaan."),
            ("Tutortuntien kirjaus",
             "Tutoropettaja kirjaa käynnit ja aiheet tutortuntien seurantaan."),
        ],
        "roles": "Tutoropettaja; rehtori järjestää ajan työjärjestykseen",
        "timing": "viikoittain koko lukuvuoden",
        "materials": [
            ("Tutoropettajatoiminta – Opetushallitus",
             "https://www.oph.fi/fi/tutoropettajatoiminta"),
        ],
        "evidence": "<p>Kirjausten perusteella yleisimmät aiheet olivat oppimisympäristön "
                    "tehtävät, arviointityökalut ja tekoälypalvelut, ja niistä koottiin lyhyet "
                    "ohjeet kaikille.</p>",
        "contact": {"name": "Heidi Virtanen", "title": "tutoropettaja, Hemmingin koulu",
                    "email": "heidi.virtanen@masku.fi", "example": True},
        "tags": ["tutoropettaja", "vertaistuki", "täydennyskoulutus", "tutortunnit"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "t2_opentunti_kayttoonotto", "town": "Nousiainen", "area": "digi",
        "title": "Opentunti-suunnittelun käyttöönotto koulussa",
        "summary": "Koulu ottaa Opentunnin käyttöön kolmessa vaiheessa: kokeilijat, tiimit ja "
                   "koko koulu, niin että suunnitelmat ovat pian myös oppilaiden käytössä.",
        "need": "<p>Opentunnin kokemuksista opittiin, että yhteistyömallien leviäminen ja uuden "
                "työtavan omaksuminen vaatii markkinointia, koulutusta ja käyttöönottoapua. "
                "Järjestelmä ei yksin käynnistä yhteistyötä.</p>",
        "steps": [
            ("Kokeilijat", "Kaksi tai kolme opettajaa suunnittelee yhden jakson Opentunnissa ja "
             "kertoo kokemuksistaan opettajainkokouksessa."),
            ("Tiimit",
             "Luokka-aste- tai oppiainetiimit suunnittelevat yhteisen jakson tutorin tuella."),
            ("Oppilaille avaaminen",
             "Suunnitelmat avataan oppilaille oppilashallintojärjestelmän kautta."),
            ("Koko koulu",
             "Kevätlukukaudella jokainen opettaja jakaa vähintään yhden suunnitelman."),
        ],
        "roles": "Tutoropettaja ja rehtori; kokeilevat opettajat toimivat lähitukena",
        "timing": "syyslukukaudella kokeilu, kevätlukukaudella laajennus",
        "materials": [
            ("Opentunti", "https://opentunti.fi"),
            ("Opentunnin käyttöönoton diat",
             "https://peda.net/nousiainen/digi/opentunti-kayttoonotto"),
        ],
        "evidence": "<p>Vaiheittainen käyttöönotto perustuu Ruskon kokemukseen: pelkkä "
                    "järjestelmä ei riitä, vaan tarvitaan paikallista koulutusta ja "
                    "käyttöönottoapua.</p>",
        "contact": {"name": "Jussi Aaltonen", "title": "tutoropettaja, Valpperin koulu",
                    "email": "jussi.aaltonen@nousiainen.fi", "example": True},
        "tags": ["opentunti", "tuntisuunnittelu", "käyttöönotto", "avoimuus"],
        "licence": "cc-by", "language": "fi",
    },
    # Keski-Suomen tutoropettajaverkosto: the 13 good practices of seed 002
    {
        "key": "ks_aluekoordinaattorimalli", "town": "Jyväskylä", "area": "digi",
        "title": "Aluekoordinaattorimalli",
        "summary": "Verkosto on jaettu kuuteen alueeseen, ja kunkin alueen aluekoordinaattorina "
                   "toimii alueen oma tutoropettaja, joka tuntee alueen tarpeet.",
        "need": "<p>Keski-Suomessa on suuria ja pieniä kuntia pitkien välimatkojen päässä "
                "toisistaan. Yksi koordinaattori ei voi tuntea kaikkien 21 kunnan tarpeita, mutta "
                "lähikunnilla on jo ennestään yhteistyötä ja ne ovat toiminnallisesti hyvin "
                "samanlaisia.</p>",
        "steps": [
            ("Alueiden muodostaminen",
             "Kunnat jaetaan kuuteen alueeseen seutukuntien ja olemassa olevan yhteistyön mukaan."),
            ("Aluekoordinaattorin nimeäminen",
             "Kukin alue nimeää aluekoordinaattoriksi oman tutoropettajansa."),
            ("Vastuukunnat", "Aluekoordinaattori vastaa muutamasta lähialueen kunnasta ja tukee "
             "erityisesti kehittyviä kuntia."),
            ("Yhteistyö koordinaattoreiden kesken",
             "Aluekoordinaattorit tapaavat koordinaatioryhmässä ja jakavat toimintatapansa."),
        ],
        "roles": "Hankekoordinaattori (Jyväskylä) ja kuuden alueen aluekoordinaattorit",
        "timing": "alueet ja koordinaattorit vahvistetaan elokuussa lukuvuodeksi kerrallaan",
        "materials": [("Keski-Suomen tutoropettajaverkosto", "https://peda.net/hankkeet/digi")],
        "evidence": "<p>Verkostomallin hyötyjä ovat aluekoordinaattoreiden "
                    "kokemusasiantuntijuuden hyödyntäminen, alueellisten erojen ja kuntien "
                    "erilaisuuden tunnistaminen sekä tehokkuus ja joustavuus, kun "
                    "aluekoordinaattori vastaa muutamasta lähialueen kunnasta.</p>",
        "contact": {"name": "Tuomas Kinnunen",
                    "title": "hankekoordinaattori, Keski-Suomen tutoropettajaverkosto",
                    "email": "tuomas.kinnunen@jyvaskyla.fi", "example": True},
        "tags": ["aluekoordinaattori", "verkostomalli", "tutoropettaja", "alueellinen yhteistyö"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_koordinaatioryhma", "town": "Jyväskylä", "area": "digi",
        "title": "Koordinaatioryhmä ja sen kokoonpano",
        "summary": "Koordinaatioryhmään kuuluvat aluekoordinaattorit ja sidosryhmien edustajat, "
                   "ja se kokoontuu säännöllisesti verkossa.",
        "need": "<p>Kuuden alueen toiminta tarvitsee yhteisen suunnan ilman raskasta hallintoa. "
                "Sidosryhmien asiantuntijuus haluttiin mukaan suunnitteluun alusta alkaen.</p>",
        "steps": [
            ("Kokoonpano", "Ryhmään nimetään kuusi aluekoordinaattoria, hankekoordinaattori sekä "
             "yliopiston ja muiden sidosryhmien edustajat."),
            ("Kokousrytmi", "Ryhmä kokoontuu verkossa noin kerran kuussa lukukausien aikana."),
            ("Asialista", "Jokaisessa kokouksessa käydään läpi alueiden kuulumiset, "
             "koulutustarpeet ja tulevat tapahtumat."),
            ("Päätösten jakaminen",
             "Muistio jaetaan sähköisellä yhteistyöalustalla kaikille tutoropettajille."),
        ],
        "roles": "Hankekoordinaattori kutsuu koolle ja kirjoittaa muistion",
        "timing": "noin kerran kuussa syys–toukokuussa",
        "materials": [("Keski-Suomen tutoropettajaverkosto", "https://peda.net/hankkeet/digi")],
        "evidence": "<p>Koordinaatioryhmässä jaetaan erilaisia toimintatapoja alueiden kesken, ja "
                    "sidosryhmäyhteistyö tuo hyötyä kaikille osapuolille.</p>",
        "contact": {"name": "Tuomas Kinnunen",
                    "title": "hankekoordinaattori, Keski-Suomen tutoropettajaverkosto",
                    "email": "tuomas.kinnunen@jyvaskyla.fi", "example": True},
        "tags": ["koordinaatioryhmä", "sidosryhmät", "verkostomalli", "johtaminen"],
        "licence": "cc-by-nd", "language": "fi",
    },
    {
        "key": "ks_kokemusten_jakaminen", "town": "Jämsä", "area": "ops",
        "title": "Kokemusten ja tarpeiden jakaminen",
        "summary": "Jokainen alue kertoo koordinaatioryhmässä ja tutoropettajatapaamisissa, mikä "
                   "on toiminut ja mitä tarvitaan, jotta hyvät ratkaisut leviävät ja tarpeisiin "
                   "vastataan.",
        "need": "<p>Kunnat tekivät samaa kehittämistyötä erikseen, eikä toisen kunnan "
                "onnistumisista tiedetty. Tarpeet kannattaa koota yhteen ennen kuin koulutuksia "
                "suunnitellaan.</p>",
        "steps": [
            ("Kuulumiskierros", "Jokainen aluekoordinaattori tuo kokoukseen yhden onnistumisen "
             "ja yhden tarpeen alueeltaan."),
            ("Kirjaaminen", "Onnistumiset ja tarpeet kirjataan yhteiseen taulukkoon alueittain."),
            ("Yhdistäminen",
             "Koordinaatioryhmä yhdistää samankaltaiset tarpeet yhteisiksi koulutuksiksi."),
            ("Palaute alueille",
             "Aluekoordinaattori kertoo alueensa tutoreille, mitä tarpeille tehdään."),
        ],
        "roles": "Aluekoordinaattorit; Jämsän seudulla aluekoordinaattori kokoaa koulujen toiveet",
        "timing": "jokaisessa koordinaatioryhmän kokouksessa",
        "materials": [
            ("Onnistumisten ja tarpeiden taulukkopohja",
             "https://peda.net/hankkeet/digi/kokemusten-jakaminen"),
        ],
        "evidence": "<p>Tarpeiden yhdistäminen on tuonut koulutukset kaikille verkoston "
                    "tutoropettajille järjestäjästä tai paikasta riippumatta.</p>",
        "contact": {"name": "Minna Koivisto",
                    "title": "tutoropettaja, aluekoordinaattori, Jämsän yläkoulu",
                    "email": "minna.koivisto@jamsa.fi", "example": True},
        "tags": ["vertaistuki", "tarvelähtöisyys", "hyvät käytänteet", "verkostot"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_verkkokokoukset", "town": "Joutsa", "area": "digi", "title": "Verkkokokoukset",
        "summary": "Verkoston kokoukset pidetään pääosin verkossa, jolloin välimatkoihin ei kulu "
                   "aikaa ja aika jää varsinaiseen toimintaan.",
        "need": "<p>Joutsasta Jyväskylään on matkaa noin sata kilometriä, ja pohjoisimmista "
                "kunnista vielä enemmän. Jokainen kasvokkainen kokous vei pienen koulun "
                "tutoropettajalta koko päivän.</p>",
        "steps": [
            ("Välineen valinta", "Sovitaan yksi kokousväline, jota kaikki kunnat voivat käyttää."),
            ("Lyhyt ja säännöllinen",
             "Kokous kestää enintään puolitoista tuntia ja pidetään samana viikonpäivänä."),
            ("Valmistelu",
             "Asialista ja materiaalit jaetaan yhteistyöalustalla kaksi päivää ennen."),
            ("Tallenne ja muistio",
             "Muistio ja tarvittaessa tallenne jaetaan niille, jotka eivät päässeet mukaan."),
        ],
        "roles": "Kokouksen kutsuja; Joutsan seudulla aluekoordinaattori",
        "timing": "koordinaatioryhmä kuukausittain, alueelliset tapaamiset tarpeen mukaan",
        "materials": [("Keski-Suomen tutoropettajaverkosto", "https://peda.net/hankkeet/digi")],
        "evidence": "<p>Verkkokokoukset säästävät välimatkoihin kuluvan ajan, jolloin pienten "
                    "kuntien tutoropettajat voivat osallistua säännöllisesti koko verkoston "
                    "toimintaan.</p>",
        "contact": {"name": "Antti Kettunen",
                    "title": "tutoropettaja, aluekoordinaattori, Joutsan yhtenäiskoulu",
                    "email": "antti.kettunen@joutsa.fi", "example": True},
        "tags": ["verkkokokoukset", "etätyö", "ajankäyttö", "pienet kunnat"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_yhteistyoalusta", "town": "Jyväskylä", "area": "digi",
        "title": "Sähköinen yhteistyöalusta",
        "summary": "Verkoston materiaalit, muistiot ja keskustelut ovat sähköisillä alustoilla "
                   "(O365 Teams, Peda.net, Facebook), joista jokainen tutoropettaja löytää ne.",
        "need": "<p>Sähköpostiketjuissa tieto hukkui, ja uudet tutoropettajat eivät löytäneet "
                "aiempia materiaaleja. Tarvittiin yksi paikka työskentelylle ja toinen avoin "
                "paikka julkaisuille.</p>",
        "steps": [
            ("Työtila", "Koordinaatioryhmä ja alueet työskentelevät Teams-työtilassa, jossa on "
             "kanava kullekin alueelle."),
            ("Avoin julkaisu",
             "Valmiit materiaalit ja koulutusten tallenteet julkaistaan Peda.netissä."),
            ("Vertaistuki", "Nopeat kysymykset ja vinkit jaetaan verkoston omassa ryhmässä."),
            ("Ylläpito",
             "Hankekoordinaattori siivoaa ja järjestää materiaalit lukuvuoden lopussa."),
        ],
        "roles": "Hankekoordinaattori ylläpitää, aluekoordinaattorit moderoivat alueensa kanavia",
        "timing": "jatkuvasti; siivous kesäkuussa",
        "materials": [
            ("Keski-Suomen tutoropettajaverkosto Peda.netissä", "https://peda.net/hankkeet/digi"),
        ],
        "evidence": "<p>Kaikki verkoston koulutusmateriaalit ovat yhdessä avoimessa paikassa, ja "
                    "uudet tutoropettajat perehdytetään niiden avulla.</p>",
        "contact": {"name": "Laura Hämäläinen",
                    "title": "tutoropettaja, aluekoordinaattori, Kilpisen koulu",
                    "email": "laura.hamalainen@jyvaskyla.fi", "example": True},
        "tags": ["yhteistyöalusta", "teams", "peda.net", "materiaalit"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_sidosryhmayhteistyo", "town": "Jyväskylä", "area": "ops",
        "title": "Sidosryhmäyhteistyö",
        "summary": "Verkosto suunnittelee koulutuksia yhdessä Jyväskylän yliopiston ja Valteri "
                   "Onervan kanssa niin, että yhteistyö hyödyttää molempia osapuolia.",
        "need": "<p>Kunnilla on tarpeita, yliopistolla tutkimustietoa ja opiskelijoita, jotka "
                "tarvitsevat aitoja harjoitteluympäristöjä. Yhteistyöllä kummankin resurssit "
                "riittävät pidemmälle.</p>",
        "steps": [
            ("Edustus koordinaatioryhmässä",
             "Sidosryhmien edustajat osallistuvat koordinaatioryhmän kokouksiin."),
            ("Yhteinen koulutussuunnittelu",
             "Koulutukset suunnitellaan yhdessä sidosryhmien kanssa osaamiskartoitusten pohjalta."),
            ("Opiskelijaprojektit", "Opettajankoulutuslaitoksen ja koulutusteknologian "
             "opiskelijat toteuttavat koulutuksia ja oppimiskokonaisuuksia kouluissa."),
            ("Tutkimusyhteistyö",
             "Koulutuksen tutkimuslaitos hyödyntää verkoston kokemuksia tutkimuksessa."),
        ],
        "roles": "Hankekoordinaattori ja sidosryhmien yhteyshenkilöt",
        "timing": "suunnittelu keväällä seuraavaa lukuvuotta varten",
        "materials": [
            ("Jyväskylän yliopisto, opettajankoulutuslaitos", "https://www.jyu.fi"),
            ("Valteri", "https://www.valteri.fi"),
        ],
        "evidence": "<p>Yhteistyössä ovat Jyväskylän yliopiston opettajankoulutuslaitos, "
                    "informaatioteknologian tiedekunta ja Koulutuksen tutkimuslaitos sekä Valteri "
                    "Onerva. Yhteistyön tuloksena syntyivät muun muassa kouluvaltaukset.</p>",
        "contact": {"name": "Eeva Savolainen", "title": "yliopistonopettaja, Jyväskylän yliopisto",
                    "email": "eeva.savolainen@jyvaskyla.fi", "example": True},
        "tags": ["sidosryhmät", "yliopistoyhteistyö", "opettajankoulutus", "tutkimus"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_kouluvaltaukset", "town": "Jyväskylä", "area": "digi",
        "title": "Kouluvaltaukset",
        "summary": "Kouluvaltauksessa koulun kaikki opettajat koulutetaan kerralla omalla "
                   "koululla, ja samaan aikaan opettajaopiskelijat toteuttavat oppilaille "
                   "monialaisen oppimiskokonaisuuden.",
        "need": "<p>Täydennyskoulutus erillisissä paikoissa tavoittaa vain osan opettajista, eikä "
                "opittu aina siirry omaan kouluun. Haluttiin uudenlainen toimintamalli "
                "täydennyskoulutuksen järjestämiseksi omalla koululla.</p>",
        "steps": [
            ("Koulun valinta ja teemat", "Koulut hakevat valtauskouluksi, ja koulutuksen teemat "
             "valitaan koulun toiveiden mukaan."),
            ("Suunnittelu opiskelijoiden kanssa",
             "Koulutusteknologian opiskelijat suunnittelevat opettajien täydennyskoulutuksen ja "
             "OKL:n opiskelijat oppilaiden monialaisen oppimiskokonaisuuden."),
            ("Opettajien koulutus", "Kaikki koulun opettajat koulutetaan kerralla koulun omilla "
             "tutuilla välineillä ja laitteilla."),
            ("Oppilaiden kokonaisuus", "Oppilaat työskentelevät ryhmissä yli luokkarajojen "
             "ilmiöpohjaisesti tutkivan oppimisen periaattein."),
            ("Avoimet ovet tutoreille",
             "Kaikilla Keski-Suomen tutoropettajilla on mahdollisuus osallistua koulutuksiin."),
        ],
        "roles": "Hankekoordinaattori ja valtauskoulun rehtori; Jyväskylän yliopiston opiskelijat "
                 "ja heidän ohjaajansa",
        "timing": "kesto 2–3 päivää; toteutus kevätlukukaudella",
        "materials": [
            ("Kouluvaltaus – toimintamallin kuvaus",
             "https://peda.net/hankkeet/digi/kouluvaltaukset"),
        ],
        "evidence": "<p>Kouluvaltaukset toteutettiin kolmella eri alueella, ja kunkin kesto oli "
                    "2–3 päivää. Tutoropettajat saivat uusia ideoita oman koulun toimintaan, "
                    "vertaistukea ja toimintamallin omiin täydennyskoulutuksiin, ja "
                    "opiskelijoille valtaus oli kokemuksellinen oppimisprosessi. Malli on "
                    "kustannustehokas, koska koko koulu koulutetaan kerralla.</p>",
        "contact": {"name": "Tuomas Kinnunen",
                    "title": "hankekoordinaattori, Keski-Suomen tutoropettajaverkosto",
                    "email": "tuomas.kinnunen@jyvaskyla.fi", "example": True},
        "tags": ["kouluvaltaus", "täydennyskoulutus", "monialaisuus", "opettajaopiskelijat"],
        "licence": "cc-by-sa", "language": "fi",
    },
    {
        "key": "ks_kouluttautumissuunnitelmat", "town": "Äänekoski", "area": "digi",
        "title": "Tarvelähtöinen kouluttautuminen ja tutoropettajien kouluttautumissuunnitelmat",
        "summary": "Jokainen tutoropettaja laatii lukuvuoden alussa oman "
                   "kouluttautumissuunnitelmansa koulunsa tarpeiden ja oman osaamisensa pohjalta.",
        "need": "<p>Tutoropettajat osallistuivat koulutuksiin sattumanvaraisesti, eikä opittu "
                "aina vastannut koulun tarpeita. Kouluttautumisen haluttiin olevan "
                "suunnitelmallista ja tarvelähtöistä.</p>",
        "steps": [
            ("Koulun tarpeet",
             "Tutoropettaja kysyy rehtorilta ja kollegoilta, mitä koulussa tarvitaan."),
            ("Oma osaaminen",
             "Tutoropettaja vertaa tarpeita omaan osaamiseensa osaamiskartoituksen avulla."),
            ("Suunnitelma", "Tutoropettaja valitsee verkoston koulutustarjonnasta 2–4 koulutusta "
             "ja kirjaa ne suunnitelmaan."),
            ("Jakaminen",
             "Koulutuksessa opittu jaetaan oman koulun opettajille ja alueen tutoreille."),
        ],
        "roles": "Tutoropettajat ja rehtorit; aluekoordinaattori kokoaa suunnitelmat",
        "timing": "elo–syyskuussa; väliarvio tammikuussa",
        "materials": [
            ("Kouluttautumissuunnitelman pohja",
             "https://peda.net/hankkeet/digi/kouluttautumissuunnitelma"),
        ],
        "evidence": "<p>Suunnitelmien ansiosta koulutukset kohdentuvat koulujen todellisiin "
                    "tarpeisiin, ja aluekoordinaattori näkee, mitä koulutuksia alueella "
                    "tarvitaan.</p>",
        "contact": {"name": "Sami Järvinen",
                    "title": "tutoropettaja, aluekoordinaattori, Hietaman koulu",
                    "email": "sami.jarvinen@aanekoski.fi", "example": True},
        "tags": ["kouluttautuminen", "tarvelähtöisyys", "tutoropettaja", "suunnitelmallisuus"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_osaamiskartoitukset", "town": "Keuruu", "area": "digi",
        "title": "Osaamiskartoitukset",
        "summary": "Opettajien TVT-osaaminen kartoitetaan vuosittain, ja tuloksilla kohdennetaan "
                   "koulutukset ja tutoropettajien aika sinne, missä tarve on suurin.",
        "need": "<p>Henkilöstön digitaalisen osaamisen taitotasoissa on suuria eroja. Ilman "
                "tietoa koulutukset suunniteltiin arvauksen varassa, ja resurssit eivät "
                "kohdentuneet.</p>",
        "steps": [
            ("Kysely", "Opettajat vastaavat syyskuussa lyhyeen osaamiskartoitukseen verkossa."),
            ("Tulokset alueittain",
             "Aluekoordinaattori kokoaa tulokset kouluittain ja alueittain."),
            ("Käsittely", "Tulokset käsitellään koordinaatioryhmässä ja rehtoreiden kanssa."),
            ("Kohdentaminen", "Koulutukset ja tutortunnit kohdennetaan tulosten perusteella."),
            ("Uusintakartoitus", "Kartoitus toistetaan seuraavana syksynä, jotta kehitys näkyy."),
        ],
        "roles": "Aluekoordinaattori ja tutoropettajat; rehtorit huolehtivat vastaamisesta",
        "timing": "syyskuussa (viikot 38–40); tulokset marraskuussa",
        "materials": [
            ("Osaamiskartoituksen kysymykset", "https://peda.net/hankkeet/digi/osaamiskartoitus"),
            ("Kohti digiosaamisen strategista kehittämistä (ICILS 2023)",
             "https://www.jyu.fi/fi/file/kohti-digiosaamisen-strategista-kehittamista-icils-2023"),
        ],
        "evidence": "<p>Osaamiskartoitukset tekevät koulutuksesta tarvelähtöistä ja auttavat "
                    "kohdentamaan verkoston resurssit.</p>",
        "contact": {"name": "Janne Rautio",
                    "title": "tutoropettaja, aluekoordinaattori, Keuruun yhteiskoulu",
                    "email": "janne.rautio@keuruu.fi", "example": True},
        "tags": ["osaamiskartoitus", "tvt-osaaminen", "tiedolla johtaminen", "resurssit"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_aluekoordinaattoreiden_osaaminen", "town": "Jyväskylä", "area": "digi",
        "title": "Aluekoordinaattoreiden osaamisen hyödyntäminen koko verkostossa",
        "summary": "Kunkin aluekoordinaattorin erityisosaaminen on koko verkoston käytössä: "
                   "koordinaattorit kouluttavat myös muiden alueiden tutoropettajia.",
        "need": "<p>Aluekoordinaattoreilla on vahvaa osaamista eri aiheista, mutta se jäi usein "
                "vain oman alueen käyttöön. Verkoston koulutusbudjetti on rajallinen.</p>",
        "steps": [
            ("Osaamisprofiilit",
             "Jokainen aluekoordinaattori kuvaa 2–3 aihetta, joista voi kouluttaa."),
            ("Koulutuskalenteri",
             "Koordinaatioryhmä kokoaa aiheista koko verkoston koulutuskalenterin."),
            ("Etäkoulutukset",
             "Koulutukset pidetään pääosin verkossa, jotta kaikki alueet pääsevät mukaan."),
            ("Vastavuoroisuus",
             "Koulutusvastuut vaihtelevat, jotta kuormitus jakautuu tasaisesti."),
        ],
        "roles": "Aluekoordinaattorit; hankekoordinaattori kokoaa kalenterin",
        "timing": "koulutuskalenteri elo- ja joulukuussa",
        "materials": [("Keski-Suomen tutoropettajaverkosto", "https://peda.net/hankkeet/digi")],
        "evidence": "<p>Aluekoordinaattoreiden välinen vahva yhteistyö ja heidän "
                    "kokemusasiantuntijuutensa ovat verkostomallin keskeisiä hyötyjä.</p>",
        "contact": {"name": "Laura Hämäläinen",
                    "title": "tutoropettaja, aluekoordinaattori, Kilpisen koulu",
                    "email": "laura.hamalainen@jyvaskyla.fi", "example": True},
        "tags": ["aluekoordinaattori", "vertaiskoulutus", "osaamisen jakaminen", "verkostot"],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_alueelliset_tapaamiset", "town": "Saarijärvi", "area": "digi",
        "title": "Alueelliset tutoropettajatapaamiset",
        "summary": "Alueen tutoropettajat kokoontuvat säännöllisesti vuorotellen eri kunnissa, ja "
                   "tapaamisissa järjestetään alueen tarpeisiin osuvaa täsmäkoulutusta.",
        "need": "<p>Saarijärven-Viitasaaren seudulla on kahdeksan kuntaa ja monta pientä koulua, "
                "joissa tutoropettaja on usein ainoa laatuaan. Koko verkoston koulutukset eivät "
                "aina osu alueen omiin tarpeisiin.</p>",
        "steps": [
            ("Vuorottelu",
             "Tapaamispaikka kiertää alueen kunnissa, ja isäntäkoulu esittelee toimintaansa."),
            ("Täsmäkoulutus", "Jokaisessa tapaamisessa on alueen tarpeista noussut koulutusosuus."),
            ("Vertaistuki", "Tutoropettajat jakavat onnistumisiaan ja ratkovat yhdessä ongelmia."),
            ("Etäosallistuminen",
             "Tapaamiseen voi osallistua myös verkossa pitkien välimatkojen vuoksi."),
        ],
        "roles": "Aluekoordinaattori ja isäntäkoulun tutoropettaja",
        "timing": "kahdesti lukukaudessa",
        "materials": [
            ("Saarijärven-Viitasaaren seudun tutortapaamiset",
             "https://peda.net/hankkeet/digi/saarijarven-viitasaaren-seutu"),
        ],
        "evidence": "<p>Alueelliset tapaamiset mahdollistavat alueellisen täsmäkouluttamisen ja "
                    "vahvistavat vertaistukiverkoston yhteisöllisyyttä.</p>",
        "contact": {"name": "Hanna Manninen",
                    "title": "tutoropettaja, aluekoordinaattori, Kolkanpään koulu",
                    "email": "hanna.manninen@saarijarvi.fi", "example": True},
        "tags": [
            "tutoropettajatapaaminen", "täsmäkoulutus", "vertaistuki", "alueellinen yhteistyö",
        ],
        "licence": "cc-by", "language": "fi",
    },
    {
        "key": "ks_tvt_suunnitelmat", "town": "Jämsä", "area": "ops",
        "title": "Kuntien TVT-toimintasuunnitelmaprosessit ja TVT-OPSit",
        "summary": "Kunnat laativat TVT-toimintasuunnitelman ja TVT-OPSin yhteisellä prosessilla, "
                   "ja valmiit suunnitelmat jaetaan malleiksi muille verkoston kunnille.",
        "need": "<p>Hankkeen toiminta tarvitsi raamit: mitä TVT-osaamista kunnassa tavoitellaan "
                "ja millä välineillä. Pienten kuntien ei kannata kirjoittaa suunnitelmaa "
                "tyhjästä, kun naapurikunnalla on jo hyvä malli.</p>",
        "steps": [
            ("Mallin valinta",
             "Kunta valitsee verkoston jakamista suunnitelmista itselleen sopivan pohjan."),
            ("Työryhmä", "Suunnitelmaa laatii työryhmä, jossa on rehtori, tutoropettajia ja "
             "tietohallinnon edustaja."),
            ("TVT-OPS", "Vuosiluokittaiset TVT-taidot kirjataan TVT-OPSiin opetussuunnitelman "
             "laaja-alaisen osaamisen (L5) pohjalta."),
            ("Hyväksyminen", "Suunnitelma hyväksytään kunnan sivistyslautakunnassa."),
            ("Jakaminen",
             "Valmis suunnitelma jaetaan verkoston yhteistyöalustalla muille malliksi."),
        ],
        "roles": "Kunnan sivistystoimi, rehtorit ja tutoropettajat; aluekoordinaattori tukee",
        "timing": "päivitys vuosittain tammi–maaliskuussa",
        "materials": [
            ("Jämsän TVT-suunnitelma (malli)",
             "https://www.jamsa.fi/kasvatus-ja-opetus/perusopetus/tvt-suunnitelma"),
            ("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet"),
        ],
        "evidence": "<p>TVT-toimintasuunnitelmat antavat toiminnan raamit hankkeelle, ja hyvät "
                    "mallit jaetaan muille kunnille, jolloin kaikkien ei tarvitse aloittaa "
                    "alusta.</p>",
        "contact": {"name": "Kari Lehto", "title": "perusopetuksen johtaja",
                    "email": "kari.lehto@jamsa.fi", "example": True},
        "tags": ["tvt-suunnitelma", "tvt-ops", "opetussuunnitelma", "mallit"],
        "licence": "cc-by-sa", "language": "fi",
    },
    {
        "key": "ks_tutortuntien_seuranta", "town": "Jyväskylä", "area": "digi",
        "title": "Sähköinen tutortuntien seuranta",
        "summary": "Tutoropettajat kirjaavat tutortuntinsa sähköiseen lomakkeeseen, ja "
                   "kirjauksista saadaan tietoa toiminnan analysointiin ja hankeseurantaan.",
        "need": "<p>Hankeavustusten raportointi vaatii tietoa siitä, mihin tutortunnit käytetään. "
                "Paperiset tuntilistat eivät kertoneet, millaista tukea opettajat saivat ja mitä "
                "pitäisi kehittää.</p>",
        "steps": [
            ("Lomake",
             "Verkosto käyttää yhteistä lomaketta: päivämäärä, kesto, koulu, tuen muoto ja aihe."),
            ("Kirjaaminen", "Tutoropettaja kirjaa jokaisen tutorointikerran viikon kuluessa."),
            ("Raportit",
             "Hankekoordinaattori kokoaa lukukausittain raportin alueittain ja aiheittain."),
            ("Analyysi",
             "Koordinaatioryhmä tarkastelee raporttia ja muuttaa painopisteitä tarvittaessa."),
        ],
        "roles": "Tutoropettajat kirjaavat; hankekoordinaattori raportoi",
        "timing": "jatkuvasti; raportit joulu- ja toukokuussa",
        "materials": [
            ("Tutortuntien seurantalomake", "https://peda.net/hankkeet/digi/tutortuntien-seuranta"),
        ],
        "evidence": "<p>Sähköinen seuranta mahdollistaa toiminnan analysoinnin ja hankeseurannan: "
                    "raporteista näkyy, mitkä aiheet ja tuen muodot korostuvat kullakin "
                    "alueella.</p>",
        "contact": {"name": "Tuomas Kinnunen",
                    "title": "hankekoordinaattori, Keski-Suomen tutoropettajaverkosto",
                    "email": "tuomas.kinnunen@jyvaskyla.fi", "example": True},
        "tags": ["tutortunnit", "seuranta", "hankeraportointi", "analytiikka"],
        "licence": "cc-by", "language": "fi",
    },
    # Swedish-language practices from Kruunupyy and Parainen
    {
        "key": "kruunupyy_gemensam_planering", "town": "Kruunupyy", "area": "digi",
        "title": "Gemensam lektionsplanering i Opentunti",
        "summary": "Lärarna i Kronoby planerar sina lektioner i Opentunti och kan genast dela "
                   "planerna med kolleger och elever utan extra arbete.",
        "need": "<p>I en liten kommun har läraren få kolleger som undervisar i samma ämne och "
                "årskurs, och samma material gjordes på flera håll. Svenskspråkigt material var "
                "dessutom svårt att hitta.</p>",
        "steps": [
            ("Introduktion", "IKT-ansvarig lärare visar Opentunti på planeringsdagen i augusti."),
            ("Planera som vanligt", "Läraren planerar sina egna lektioner i Opentunti i stället "
             "för i ett separat dokument."),
            ("Välj hur öppen planen är",
             "Läraren bestämmer om planen är privat, öppen för kolleger eller öppen för alla."),
            ("Dela med eleverna", "Planen öppnas för eleverna via elevadministrationssystemet."),
            ("Samla årskursvis",
             "Ämneslärarna samlar de bästa planerna per årskurs inför nästa läsår."),
        ],
        "roles": "Rektorn ansvarar för introduktionen; IKT-ansvarig lärare stöder lärarna",
        "timing": "i augusti på planeringsdagen och fortlöpande under läsåret",
        "materials": [
            ("Opentunti", "https://opentunti.fi"),
            ("Grunderna för läroplanen för den grundläggande utbildningen",
             "https://www.oph.fi/sv/utbildning-och-examina/grunderna-laroplanen-den-grundlaggande-utbildningen"),
        ],
        "evidence": "<p>Eftersom Opentunti är integrerat med elevadministrationssystemet når "
                    "planerna eleverna direkt, vilket har gjort kommunikationen mellan lärare och "
                    "elever enklare.</p>",
        "contact": {"name": "Stefan Holm", "title": "lärare, IKT-ansvarig, Kronoby högstadieskola",
                    "email": "stefan.holm@kruunupyy.fi", "example": True},
        "tags": ["tuntisuunnittelu", "opentunti", "avoimuus", "ruotsinkielinen opetus"],
        "licence": "cc-by-sa", "language": "sv",
    },
    {
        "key": "parainen_fadderelever", "town": "Parainen", "area": "hyvinvointi",
        "title": "Fadderelever för förskolan och årskurs 1",
        "summary": "Elever i årskurs 5 blir faddrar för förskolebarn och ettor och träffar dem "
                   "regelbundet under hela läsåret.",
        "need": "<p>Övergången från förskola till skola är ett stort steg, och de yngsta eleverna "
                "kände sig ibland vilsna på rasterna. Samtidigt ville skolan ge de äldre eleverna "
                "ansvar och stärka gemenskapen.</p>",
        "steps": [
            ("Faddergrupper",
             "Klasslärarna bildar faddergrupper med två femmor och två eller tre yngre elever."),
            ("Första träffen",
             "Faddrarna visar skolan och rastgården under den första skolveckan."),
            ("Månatliga träffar",
             "Grupperna träffas en gång i månaden för läsning, lek eller gemensamt projekt."),
            ("Avslutning", "Läsåret avslutas med en gemensam utflykt för fadderklasserna."),
        ],
        "roles": "Klasslärarna i årskurs 5 och 1 samt förskollärarna",
        "timing": "från augusti till maj, en träff i månaden",
        "materials": [
            ("Fadderverksamhet – idébank",
             "https://peda.net/parainen/malmens-skola/fadderverksamhet"),
        ],
        "evidence": "<p>Lärarna har märkt att de yngsta eleverna vågar be om hjälp på rasterna, "
                    "och femmorna berättar att de känner sig behövda.</p>",
        "contact": {"name": "Linda Sjöberg", "title": "klasslärare, Malmens skola",
                    "email": "linda.sjoberg@parainen.fi", "example": True},
        "tags": ["kummioppilaat", "esiopetus", "yhteisöllisyys", "nivelvaihe"],
        "licence": "cc-by", "language": "sv",
    },
]
# fmt: on

# Annual clocks ------------------------------------------------------------------------------------

# fmt: off
ANNUAL_CLOCK_RUSKO = {
    "key": "rusko_vuosikello", "title": "Ruskon perusopetuksen vuosikello",
    "summary": "Ruskon koulujen toistuvat tehtävät lukuvuoden rytmissä elokuusta heinäkuuhun: "
               "suunnittelu, tuki, arviointi, tutortoiminta ja digitalisaatio-ohjelman seuranta.",
    "school_year": "2025–2026", "licence": "cc-by",
    "activities": [
        {"month": 8, "week_start": 32, "week_end": 32,
         "title": "Lukuvuoden suunnittelupäivät ja lukuvuosisuunnitelma", "responsible": "rehtori",
         "audience": "opettajat", "practices": [],
         "notes": "Lukuvuosi alkaa elokuun toisella viikolla."},
        {"month": 8, "week_start": 32, "week_end": 33,
         "title": "Taitokuvausten ja osaamismerkkien päivitys lukuvuodelle",
         "responsible": "digitalisaation asiantuntija", "audience": "opettajat",
         "practices": ["t2_osaamismerkit"], "notes": ""},
        {"month": 8, "week_start": 33, "week_end": 34,
         "title": "Digipalvelujen tietosuojasopimusten ja vaikutustenarviointien tarkistus",
         "responsible": "digitalisaation asiantuntija", "audience": "rehtorit",
         "practices": ["t2_tietosuojan_tarkistus"],
         "notes": "Tarkistus jokaisen lukuvuoden alussa digitalisaatio-ohjelman mukaisesti."},
        {"month": 8, "week_start": 33, "week_end": 35,
         "title": "Luokkahengen rakentaminen ja ryhmäytyminen", "responsible": "luokanopettaja",
         "audience": "oppilaat", "practices": ["t2_luokkahenki"], "notes": ""},
        {"month": 8, "week_start": 34, "week_end": 34,
         "title": "Oppilashuoltoryhmän lukuvuoden teeman valinta", "responsible": "rehtori",
         "audience": "oppilashuoltoryhmä",
         "practices": ["t2_yhteisollisen_oppilashuollon_raportit"], "notes": ""},
        {"month": 9, "week_start": 36, "week_end": 37, "title": "Tuen palaverit luokittain",
         "responsible": "erityisopettaja", "audience": "opettajat",
         "practices": ["t2_tuen_palaverit", "t2_tuen_yhteinen_malli"], "notes": ""},
        {"month": 9, "week_start": 37, "week_end": 38,
         "title": "Vanhempainillat ja lukuvuoden tavoitteiden esittely", "responsible": "rehtori",
         "audience": "huoltajat", "practices": [], "notes": ""},
        {"month": 9, "week_start": 38, "week_end": 39,
         "title": "Opettajien digiosaamisen osaamiskartoitus", "responsible": "tutoropettaja",
         "audience": "opettajat", "practices": [],
         "notes": "Tulokset käsitellään rehtoriryhmässä lokakuussa."},
        {"month": 9, "week_start": 39, "week_end": 39, "title": "Välkkärien koulutus",
         "responsible": "liikunnanopettaja", "audience": "oppilaat",
         "practices": ["t2_valituntitoiminta"], "notes": ""},
        {"month": 9, "week_start": 39, "week_end": 40,
         "title": "Yhteisöllisen suunnittelun tiimien muodostaminen", "responsible": "rehtori",
         "audience": "opettajat", "practices": ["t2_yhteisollinen_suunnittelu"], "notes": ""},
        {"month": 10, "week_start": 40, "week_end": 41,
         "title": "Oppimissuunnitelmien ja tukitoimien palaverit huoltajien kanssa",
         "responsible": "erityisopettaja", "audience": "huoltajat",
         "practices": ["t2_oppimissuunnitelma"], "notes": ""},
        {"month": 10, "week_start": 41, "week_end": 41, "title": "Kiusaamisen ehkäisyn teemaviikko",
         "responsible": "luokanopettaja", "audience": "oppilaat",
         "practices": ["t2_kiusaamisen_ehkaisy"], "notes": "Syysloma viikolla 42."},
        {"month": 11, "week_start": 45, "week_end": 47, "title": "Arviointikeskustelut",
         "responsible": "luokanopettaja", "audience": "huoltajat",
         "practices": ["t2_arviointikeskustelut"], "notes": ""},
        {"month": 11, "week_start": 46, "week_end": 48,
         "title": "Syyslukukauden osaamismerkkien suoritukset ja itsearviointi",
         "responsible": "luokanopettaja", "audience": "oppilaat", "practices": ["t2_osaamismerkit"],
         "notes": ""},
        {"month": 12, "week_start": 49, "week_end": 50,
         "title": "Tutortuntien raportointi, syyslukukausi", "responsible": "tutoropettaja",
         "audience": "opetustoimen johto", "practices": ["t2_tutorvastaanotto"], "notes": ""},
        {"month": 12, "week_start": 50, "week_end": 51,
         "title": "Yhteisöllisen suunnittelun kooste: tiimien tapaamiset ja suunnitelmat",
         "responsible": "digitalisaation asiantuntija", "audience": "rehtorit",
         "practices": ["t2_yhteisollinen_suunnittelu"],
         "notes": "Luvut digitalisaatio-ohjelman seurantaan."},
        {"month": 1, "week_start": 2, "week_end": 3,
         "title": "Tuen riittävyyden tarkistus kevätlukukauden alussa",
         "responsible": "erityisopettaja", "audience": "opettajat",
         "practices": ["t2_tuen_palaverit"], "notes": ""},
        {"month": 1, "week_start": 3, "week_end": 3,
         "title": "Edellisen vuoden hankerahoituksen läpikäynti",
         "responsible": "digitalisaation asiantuntija", "audience": "opetustoimen johto",
         "practices": [], "notes": "Kalenterivuoden alussa digitalisaatio-ohjelman mukaisesti."},
        {"month": 2, "week_start": 6, "week_end": 7,
         "title": "MOK-viikko: monialainen oppimiskokonaisuus", "responsible": "tutoropettaja",
         "audience": "oppilaat", "practices": ["t2_monialaiset_kokonaisuudet"],
         "notes": "Talviloma viikolla 8."},
        {"month": 3, "week_start": 10, "week_end": 11,
         "title": "Kouluvaltaus: koulun kaikkien opettajien koulutus omalla koululla",
         "responsible": "tutoropettaja", "audience": "opettajat", "practices": [],
         "notes": "Teemat valitaan syksyn osaamiskartoituksen perusteella."},
        {"month": 3, "week_start": 11, "week_end": 12,
         "title": "Digitalisaatio-ohjelman ja TVT-suunnitelman vuosipäivitys",
         "responsible": "digitalisaation asiantuntija", "audience": "rehtorit", "practices": [],
         "notes": ""},
        {"month": 3, "week_start": 12, "week_end": 13,
         "title": "Opetussuunnitelman vuositarkistus oppiainetiimeissä", "responsible": "rehtori",
         "audience": "opettajat", "practices": ["t2_ops_vuositarkistus"], "notes": ""},
        {"month": 4, "week_start": 15, "week_end": 17,
         "title": "Kevään osaamismerkkien suoritukset ja itsearviointi",
         "responsible": "luokanopettaja", "audience": "oppilaat", "practices": ["t2_osaamismerkit"],
         "notes": ""},
        {"month": 4, "week_start": 16, "week_end": 17,
         "title": "Seuraavan lukuvuoden resurssit ja tuntijako", "responsible": "rehtori",
         "audience": "opettajat", "practices": [], "notes": ""},
        {"month": 5, "week_start": 19, "week_end": 21,
         "title": "Kevään arviointi ja lukuvuositodistukset", "responsible": "luokanopettaja",
         "audience": "oppilaat", "practices": ["t2_arviointikeskustelut"], "notes": ""},
        {"month": 5, "week_start": 20, "week_end": 21,
         "title": "Tutortuntien raportointi ja yhteisöllisen suunnittelun kevätkooste",
         "responsible": "tutoropettaja", "audience": "opetustoimen johto",
         "practices": ["t2_tutorvastaanotto", "t2_yhteisollinen_suunnittelu"], "notes": ""},
        {"month": 5, "week_start": 21, "week_end": 22,
         "title": "Kokeilujen vaikuttavuuden ja pilottibudjetin arviointi",
         "responsible": "digitalisaation asiantuntija", "audience": "rehtorit", "practices": [],
         "notes": "Lukuvuoden päätteeksi yhdessä opetustoimen johdon kanssa."},
        {"month": 6, "week_start": 23, "week_end": 23,
         "title": "Hallinnollisen työkuorman arviointi ja kehityskohteet", "responsible": "rehtori",
         "audience": "opetustoimen johto", "practices": [], "notes": ""},
        {"month": 6, "week_start": 23, "week_end": 24,
         "title": "Oppilaiden laitteiden palautus ja huolto", "responsible": "TVT-vastaava",
         "audience": "oppilaat", "practices": [], "notes": ""},
        {"month": 7, "week_start": 29, "week_end": 31,
         "title": "Laitehankinnat, tunnukset ja vuosikellon päivitys uudelle lukuvuodelle",
         "responsible": "digitalisaation asiantuntija", "audience": "opettajat", "practices": [],
         "notes": "Laitteet hankitaan palvelumallilla."},
    ],
}
# fmt: on

# fmt: off
ANNUAL_CLOCK_JYVASKYLA = {
    "key": "jyvaskyla_tutorvuosikello", "title": "Jyväskylän tutoropettajatoiminnan vuosikello",
    "summary": "Keski-Suomen tutoropettajaverkoston koordinaattorikaupungin tutortyön vuosirytmi: "
               "kouluttautumissuunnitelmat, osaamiskartoitus, tapaamiset, kouluvaltaukset ja "
               "tutortuntien raportointi.",
    "school_year": "2026–2027", "licence": "cc-by",
    "activities": [
        {"month": 8, "week_start": 33, "week_end": 34,
         "title": "Tutoropettajien aloituspalaveri ja kouluttautumissuunnitelmat",
         "responsible": "hankekoordinaattori", "audience": "tutoropettajat",
         "practices": ["ks_kouluttautumissuunnitelmat"], "notes": ""},
        {"month": 9, "week_start": 37, "week_end": 37,
         "title": "Koordinaatioryhmän verkkokokous: lukuvuoden käynnistys",
         "responsible": "hankekoordinaattori", "audience": "koordinaatioryhmä",
         "practices": ["ks_koordinaatioryhma", "ks_verkkokokoukset"], "notes": ""},
        {"month": 9, "week_start": 39, "week_end": 40, "title": "Opettajien osaamiskartoitus",
         "responsible": "tutoropettaja", "audience": "opettajat",
         "practices": ["ks_osaamiskartoitukset"], "notes": ""},
        {"month": 10, "week_start": 41, "week_end": 41,
         "title": "Alueelliset tutoropettajatapaamiset", "responsible": "aluekoordinaattori",
         "audience": "tutoropettajat", "practices": ["ks_alueelliset_tapaamiset"], "notes": ""},
        {"month": 11, "week_start": 46, "week_end": 46,
         "title": "Osaamiskartoituksen tulokset ja kevään koulutusten suunnittelu",
         "responsible": "hankekoordinaattori", "audience": "koordinaatioryhmä",
         "practices": ["ks_osaamiskartoitukset", "ks_aluekoordinaattoreiden_osaaminen"],
         "notes": ""},
        {"month": 12, "week_start": 50, "week_end": 51,
         "title": "Tutortuntien raportointi, syyslukukausi", "responsible": "tutoropettaja",
         "audience": "hankekoordinaattori", "practices": ["ks_tutortuntien_seuranta"], "notes": ""},
        {"month": 1, "week_start": 2, "week_end": 4,
         "title": "TVT-toimintasuunnitelman ja TVT-OPSin päivitys", "responsible": "rehtori",
         "audience": "opettajat", "practices": ["ks_tvt_suunnitelmat"], "notes": ""},
        {"month": 1, "week_start": 3, "week_end": 4,
         "title": "Kouluvaltausten valmistelu yliopiston opiskelijoiden kanssa",
         "responsible": "hankekoordinaattori", "audience": "valtauskoulujen opettajat",
         "practices": ["ks_kouluvaltaukset", "ks_sidosryhmayhteistyo"], "notes": ""},
        {"month": 2, "week_start": 6, "week_end": 17,
         "title": "Kouluvaltaukset kolmella alueella helmi–huhtikuussa",
         "responsible": "aluekoordinaattori", "audience": "opettajat ja oppilaat",
         "practices": ["ks_kouluvaltaukset"],
         "notes": "Kesto 2–3 päivää; kaikki verkoston tutoropettajat voivat osallistua."},
        {"month": 5, "week_start": 19, "week_end": 19,
         "title": "Koko verkoston tutoropettajatapaaminen", "responsible": "hankekoordinaattori",
         "audience": "tutoropettajat", "practices": ["ks_kokemusten_jakaminen"], "notes": ""},
        {"month": 5, "week_start": 21, "week_end": 22,
         "title": "Tutortuntien raportointi ja hankeseuranta", "responsible": "hankekoordinaattori",
         "audience": "opetustoimen johto", "practices": ["ks_tutortuntien_seuranta"], "notes": ""},
        {"month": 6, "week_start": 23, "week_end": 24,
         "title": "Yhteistyöalustan siivous ja lukuvuoden arviointi",
         "responsible": "hankekoordinaattori", "audience": "koordinaatioryhmä",
         "practices": ["ks_yhteistyoalusta"], "notes": ""},
    ],
}
# fmt: on

# Rusko's digitalisation programme 2025 ------------------------------------------------------------

# fmt: off
DEVELOPMENT_PLAN_RUSKO = {
    "key": "rusko_digiohjelma", "title": "Ruskon perusopetuksen digitalisaatio-ohjelma 2025",
    "summary": "Strateginen suunnitelma, jolla Ruskon perusopetus hyödyntää digitaalisuutta ja "
               "tekoälyä oppimistulosten, yksilöllisen kasvun, yhteisöllisyyden ja hyvinvoinnin "
               "tukena. Toimenpiteet tarkastellaan, arvioidaan ja päivitetään vuosittain.",
    "licence": "cc-by",
    "vision": "<p>Ruskon opetussuunnitelman visio: ”Ruskon perusopetus tarjoaa hyvän alustan "
              "ihmisenä kasvulle.”</p>"
              "<p>Digitalisaatio-ohjelman visio: ”Ruskon opetuksessa ja oppimisessa hyödynnetään "
              "digitaalisuuden ja tekoälyn mahdollisuuksia parantaa oppimistuloksia, tukea "
              "yksilöllistä kasvua sekä vahvistaa yhteisöllisyyttä ja hyvinvointia "
              "kouluyhteisössä.”</p>"
              "<p>Ohjelman päämääränä on kehittää pysyviä ja merkityksellisiä toimintatapoja, "
              "jotka vahvistavat kouluyhteisön jäsenten kokemusta työnsä arvosta ja "
              "tarkoituksesta. Toimenpiteillä yhdistetään materiaaliresurssit, kuten laitteet ja "
              "palvelut, uudet digitaaliset toimintamallit, analytiikka ja osaaminen tukemaan "
              "sekä yksilöiden että koko yhteisön kehitystä.</p>"
              "<p>Vaikka Rusko on pieni kunta, koulutoimen digitaalinen toimintaympäristö "
              "laitteineen ja palveluineen vastaa keskisuurta yritystä. Siksi Ruskon tulee "
              "innovoida, löytää tehokkaita tapoja toteuttaa palveluja, hankkia osaavia "
              "kumppaneita ja verkostoitua muiden opetuksen järjestäjien kanssa.</p>",
    "strengths": "<ul>"
                 "<li>Monipuolinen ja helppokäyttöinen digitaalinen toimintaympäristö: "
                 "digitaalinen työpöytä kokoaa palvelut yhteen näkymään ja yhden tunnuksen "
                 "taakse, henkilöstöllä ja oppilailla on kansallinen koulutuksen tunniste "
                 "(oppijanumero), tunnus-, pääsy- ja laitehallinta on automatisoitu, "
                 "henkilökohtaisia laitteita on riittävästi, ylläpitoratkaisut ovat keskitettyjä "
                 "ja joustavia, IT-kumppanit ovat osaavia ja laitehankinnoissa käytetään "
                 "palvelumallia.</li>"
                 "<li>Oppimista ja osaamista kehittävät rakenteet: henkilöstön osaamisen "
                 "kehittäminen, oppilaiden teknologiataitojen tasavertainen opetus, tiedolla "
                 "johtaminen sekä opetustoimen sisäisen hallinnon rakenteet ja automaatiot.</li>"
                 "<li>Toimintakulttuurin rakenteet: keskitetty tiedon tallennus (muistiot, "
                 "osaamiskuvaukset, vuosikellot, käytänteiden kuvaukset), ketterä päätöksenteko, "
                 "pedagoginen vapaus keskitetyistä järjestelmistä huolimatta, yhteisöllinen "
                 "opetuksen suunnittelu suurimmassa osassa yksiköistä ja laajat verkostot.</li>"
                 "</ul>",
    "to_develop": "<ol>"
                  "<li>Alakoulujen luokkien AV-välineistön taso.</li>"
                  "<li>Osaamisen kehittämisen toteutuminen ja resurssointi sekä henkilökunnan "
                  "digitaalisen osaamisen taitotasojen erot.</li>"
                  "<li>Ohjeistuksen, prosessien, vuosittain tapahtuvien toimintojen ja "
                  "vuosikellojen keskittäminen palveluksi, jossa tiedon ajantasaisuus on "
                  "varmistettu ja tieto on helposti saatavilla.</li>"
                  "<li>Tekoälyn hyödyntäminen kaikilla tasoilla: hallinto, opettaminen ja "
                  "oppiminen.</li>"
                  "<li>Yhteisöllisen toimintakulttuurin ja yhteistyön vahvistaminen sekä "
                  "tehokkuutta ja laatua parantavien digitaalisten toimintatapojen "
                  "vakiinnuttaminen, myös kuntarajojen yli.</li>"
                  "<li>Digitaalisten oppimissovellusten laatu ja digitaalisuuden mahdollisuuksien "
                  "täysimääräinen hyödyntäminen opetuksessa ja oppimisessa.</li>"
                  "<li>Tiedon hyödyntäminen osana johtamista ja arjen päätöksentekoa.</li>"
                  "<li>Hallinnon tukipalvelut, esimerkiksi henkilöstö- ja taloushallinto.</li>"
                  "</ol>",
    "goals": "<h3>Pedagogiset tavoitteet</h3>"
             "<ol>"
             "<li>Varmistaa oppilaille teknologian ja digitaalisten taitojen opetus "
             "tasavertaisesti kaikissa kouluissa.</li>"
             "<li>Kehittää opettajien taitoa hyödyntää ajanmukaista teknologiaa osana opettamista "
             "ja oppimista, edistää avointa toimintakulttuuria ja tiivistää yhteistyötä "
             "opettajien kesken.</li>"
             "<li>Hyödyntää digitaalisia palveluja, tekoälyä ja analytiikkaa monipuolisesti "
             "opetussuunnitelman tavoitteiden saavuttamiseksi: nopean palautteen harjoitteet, "
             "eriyttävät materiaalit, yhteisölliset työtavat ja luovuuden ilmaisu digitaalisin "
             "keinoin.</li>"
             "<li>Monipuolistaa digitaalisten palvelujen avulla oppimisen aikaista "
             "arviointia.</li>"
             "</ol><h3>Resurssointiin ja hallintoon liittyvät tavoitteet</h3>"
             "<ol>"
             "<li>Varmistaa suunnitelmallisuus, pitkäjänteisyys ja kustannustehokkuus "
             "teknologian, laitteiden ja palvelujen hankinnassa.</li>"
             "<li>Varmistaa tietosuojan ja saavutettavuuden toteutuminen kaikissa digitaalisissa "
             "ratkaisuissa lakeja ja määräyksiä noudattaen.</li>"
             "<li>Varmistaa resurssit ketterien pilottityyppisten kokeilujen tuottamiseen ja "
             "rohkaista opettajia innovoimaan.</li>"
             "<li>Hyödyntää analytiikkaa tiedolla johtamisen välineenä hallinnossa.</li>"
             "<li>Vähentää hallinnon ja opettajien hallinnollista työkuormaa "
             "automaatioratkaisuilla.</li>"
             "<li>Osallistua aktiivisesti alueellisten ja valtakunnallisten palvelujen "
             "kehittämiseen ja vahvistaa Ruskon roolia edelläkävijänä opetuksen "
             "digitalisaatiossa.</li>"
             "</ol>",
    "measures": [
        {"goal": "Varmistaa oppilaille teknologian ja digitaalisten taitojen opetus "
                 "tasavertaisesti kaikissa kouluissa",
         "measure": "Taitokuvauksien ja ohjeiden ylläpito lukuvuosittain. Hyödynnetään olemassa "
                    "olevia kaupallisia materiaaleja ja lähikuntien yhteistyömahdollisuuksia työn "
                    "laajuuden helpottamiseksi. Alakoulun opettajille järjestetään tarvittaessa "
                    "luokka-astekohtaisesti opastusta osaamismerkkien opettamiseen, ja yläkoulun "
                    "opettajat saavat tukea oppiaineittain. Lisätään yläkoulun tuntijakoon "
                    "vuosiluokille 7–9 tietotekniikan opetusta 0,33 vvt / luokka-aste.",
         "responsible": "Rehtorit ja koulujen TVT-vastaavat; digitalisaation asiantuntija",
         "schedule": "lukuvuosittain",
         "indicator": "Oppilaat itsearvioivat osaamismerkin suorituksen jälkeen. Rehtorit ja "
                      "koulun TVT-vastaavat seuraavat osaamismerkkien suorittamista. "
                      "Digitalisaation asiantuntija tarkastelee yhdessä rehtoreiden kanssa koko "
                      "kunnan tilastoja. Opettajilta kysytään kehityskeskustelun yhteydessä "
                      "palautetta oppilaiden osaamismerkkien suorittamisesta."},
        {"goal": "Kehittää opettajien taitoa hyödyntää ajanmukaista teknologiaa osana opettamista "
                 "ja oppimista; edistää avointa toimintakulttuuria ja tiivistää yhteistyötä "
                 "opettajien kesken",
         "measure": "Ruskon yhteisöllisen suunnittelun malli: otetaan käyttöön toimintamalli, "
                    "jossa opettajatiimit luovat suunnitelmia, joissa digitaalisia palveluja "
                    "hyödynnetään oppitunneilla. Opettajat saavat suunnittelusta korvauksen "
                    "koulutusrahasta. Tiimillä on mahdollisuus pyytää koulun digiasiantuntija "
                    "tiimin tapaamiseen.",
         "responsible": "Opettajatiimit, rehtorit ja koulun digiasiantuntija",
         "schedule": "koko lukuvuoden; kooste lukukausittain",
         "indicator": "Kerätään tietoa opettajatiimien kokoontumisista sekä luoduista ja "
                      "toteutuneista suunnitelmista."},
        {"goal": "Kehittää opettajien taitoa hyödyntää ajanmukaista teknologiaa osana opettamista "
                 "ja oppimista; edistää avointa toimintakulttuuria ja tiivistää yhteistyötä "
                 "opettajien kesken",
         "measure": "Selvitetään seudullisen tuen yhteistyötä: onko seudullisella yhteistyöllä "
                    "mahdollisuus järjestää moderneja reaaliaikaisia chat-tyyppisiä tukipalveluja "
                    "opettajille. Järjestetään etänä oppitunteja digitaalisista teemoista.",
         "responsible": "Digitalisaation asiantuntija yhdessä lähikuntien kanssa",
         "schedule": "lukuvuosi 2025–2026",
         "indicator": "Opettajien digitaalisen osaamisen kehittyminen ja digipalvelujen "
                      "hyödyntäminen otetaan säännöllisesti esille kehityskeskusteluissa: "
                      "arvioidaan nykytilannetta, tunnistetaan kehitystarpeet ja sovitaan "
                      "konkreettisista tavoitteista."},
        {"goal": "Hyödyntää digitaalisia palveluja, tekoälyä ja analytiikkaa monipuolisesti "
                 "opetussuunnitelman tavoitteiden saavuttamiseksi",
         "measure": "Digitaalisten oppimateriaalien hankinnan kehittäminen: annetaan opettajille "
                    "riittävästi aikaa tutustua tarjolla oleviin digitaalisiin palveluihin, "
                    "esimerkiksi ys-ajalla. Mahdollistetaan talousarviossa joustavat "
                    "digikokeilut. Painotetaan oppimateriaaleja, joissa on mekaanisia nopean "
                    "palautteen harjoitteita, eriyttäviä tehtäviä yksilölliseen oppimiseen sekä "
                    "yhteisöllisiä ja luovuutta tukevia elementtejä.",
         "responsible": "Opetustoimen johto, rehtorit ja opettajat",
         "schedule": "oppimateriaalihankintojen yhteydessä; talousarvio vuosittain",
         "indicator": "Hyödynnetään digitaalisen työpöydän tilastoja digitaalisten palvelujen "
                      "käyttömäärien tarkastelussa sekä laite- ja pilvipalvelujen tilastoja "
                      "laitteiden ja peruspilvipalvelujen käyttömäärien tarkastelussa."},
        {"goal": "Hyödyntää digitaalisia palveluja, tekoälyä ja analytiikkaa monipuolisesti "
                 "opetussuunnitelman tavoitteiden saavuttamiseksi",
         "measure": "Tekoälypohjaisten palveluiden hyödyntäminen: selvitetään aktiivisesti "
                    "tekoälyä hyödyntäviä oppimis- ja opetustyökaluja, varaudutaan niiden "
                    "hankintaan ja hyödynnetään palveluja osana arkista koulutyötä. Luodaan itse "
                    "tekoälyä hyödyntäviä botteja eri oppiaineisiin. Tarjotaan opettajille "
                    "jatkuvaa tukea tekoälyratkaisujen hyödyntämisessä opetuksessa.",
         "responsible": "Digitalisaation asiantuntija ja koulujen pedagogiset tukihenkilöt",
         "schedule": "jatkuva",
         "indicator": "Hyödynnetään digitaalisen työpöydän tilastoja digitaalisten palvelujen "
                      "käyttömäärien tarkastelussa."},
        {"goal": "Hyödyntää digitaalisia palveluja, tekoälyä ja analytiikkaa monipuolisesti "
                 "opetussuunnitelman tavoitteiden saavuttamiseksi",
         "measure": "Luovuuden tukeminen oppimisessa: varmistetaan, että digitaaliset työkalut ja "
                    "oppimisympäristöt tarjoavat oppilaille mahdollisuuksia ilmaista itseään "
                    "luovasti. Kannustetaan oppilaita yhdistämään digitaalinen osaaminen ja "
                    "luovuus esimerkiksi videoiden, animaatioiden tai digitaalisten julkaisujen "
                    "tuottamisessa. Tuetaan opettajia luovuutta edistävien tehtävien "
                    "suunnittelussa ja toteutuksessa. Huomioidaan digitaaliset työtavat "
                    "teemapäivissä ja MOK-viikoilla.",
         "responsible": "Opettajat; tutoropettajat ja pedagogiset tukihenkilöt tukevat",
         "schedule": "teemapäivät ja MOK-viikot lukuvuoden aikana",
         "indicator": "Seurataan digitaalisten palvelujen käytön mahdollista vaikutusta "
                      "oppilaiden arvosanoihin. Kerätään oppilaiden kokemuksia digitaalisten "
                      "palvelujen käytöstä oppimisen tukena."},
        {"goal": "Monipuolistaa digitaalisten palvelujen avulla oppimisen aikaista arviointia",
         "measure": "Oppimateriaalien hankinnassa painotetaan palveluja, jotka tarjoavat "
                    "monipuolisia arviointimenetelmiä (automaattisesti tarkastettavat tehtävät, "
                    "palautetyökalut, analytiikka), tukevat arviointia ilman kohtuutonta "
                    "lisätyötä opettajalle, antavat kokonaiskuvan sekä yksittäisen oppilaan että "
                    "opetusryhmän osaamisesta, antavat oppilaalle selkeää ja motivoivaa "
                    "palautetta, mahdollistavat rajapintojen kautta tietojen yhdistämisen eri "
                    "datalähteistä ja mahdollistavat oppilaiden vertaisarvioinnin.",
         "responsible": "Opetustoimen johto ja rehtorit oppimateriaalihankinnoissa",
         "schedule": "oppimateriaalihankintojen yhteydessä",
         "indicator": "Tilastoidaan palvelut, joissa monipuolinen digitaalinen arviointi on "
                      "mahdollista. Kerätään opettajilta ja oppilailta kokemuksia oppimisen "
                      "aikaisesta arvioinnista. Seurataan arvosanojen kehitystä digitaalista "
                      "arviointia hyödyntävissä opetusryhmissä ja verrataan niitä perinteisempiä "
                      "menetelmiä käyttäneisiin ryhmiin."},
        {"goal": "Varmistaa suunnitelmallisuus, pitkäjänteisyys ja kustannustehokkuus "
                 "teknologian, laitteiden ja palvelujen hankinnassa",
         "measure": "Laitteiden hankinnassa käytetään palvelumallia kustannusten ennakoimiseen. "
                    "Tehdään seudullista yhteistyötä laitevalinnoissa. Hankitaan henkilökohtaiset "
                    "laitteet opettajille ja oppilaille 3. luokasta ylöspäin.",
         "responsible": "Opetustoimen johto ja digitalisaation asiantuntija",
         "schedule": "talousraporttien yhteydessä; laitehankinnat kesällä",
         "indicator": "Tarkastellaan laitteiden ja palvelujen kustannusten kehitystä "
                      "talousraporttien kautta. Kehitetään mittareita, joilla digitaalisten "
                      "laitteiden ja palvelujen kuluja voidaan seurata erikseen."},
        {"goal": "Varmistaa tietosuojan ja saavutettavuuden toteutuminen kaikissa digitaalisissa "
                 "ratkaisuissa lakeja ja määräyksiä noudattaen",
         "measure": "Varmistetaan, että käytetyt ja uudet palvelut noudattavat EU:n yleistä "
                    "tietosuoja-asetusta. Luodaan prosessi, jossa digitaalisen palvelun "
                    "hankinnassa varmistetaan tietosuojaan ja saavutettavuuteen liittyvien "
                    "määräysten toteutuminen. Käytetään järjestelmää, joka tukee vaikutusten "
                    "arvioinnin tekemistä. Varmistetaan, että opetustoimella on riittävästi omaa "
                    "resurssia ja osaamista arvioida palvelujen tietosuoja ja saavutettavuus.",
         "responsible": "Digitalisaation asiantuntija yhdessä johdon kanssa",
         "schedule": "jokaisen lukuvuoden alussa",
         "indicator": "Tarkastetaan, että käytetyistä digitaalisista palveluista on tehty "
                      "tietosuojaan liittyvät sopimukset ja ne ovat voimassa, että tarvittavista "
                      "palveluista on tehty vaikutusten arvioinnit ja niiden riskiarviot ovat "
                      "ajan tasalla ja että arvioissa mainitut suojatoimenpiteet on tehty."},
        {"goal": "Varmistaa resurssit ketterien pilottityyppisten kokeilujen tuottamiseen ja "
                 "rohkaista opettajia innovoimaan",
         "measure": "Varataan pilottihankkeille oma budjetti, jonka avulla voidaan tukea "
                    "opettajien innovatiivisia ideoita ja kokeiluja. Tarjotaan opettajille apua "
                    "ja välineitä pilotointiin, kuten teknistä ja pedagogista henkilökohtaista "
                    "tukea.",
         "responsible": "Digitalisaation asiantuntija yhdessä opetustoimen johdon ja rehtoreiden "
                        "kanssa", "schedule": "lukuvuoden päätteeksi",
         "indicator": "Arvioidaan lukuvuoden päätteeksi tehtyjen kokeilujen vaikuttavuus ja "
                      "tarkastellaan lukuvuoden aikana käytettyä budjettia."},
        {"goal": "Hyödyntää analytiikkaa tiedolla johtamisen välineenä hallinnossa",
         "measure": "Jatkokehitetään yhdessä rehtoriryhmän, oppilashuoltoryhmän ja koulujen "
                    "TVT-vastaavien kanssa KouluSta-palvelun oppilashallinto-ohjelman tiedoista "
                    "luotuja raportteja. Rehtoriryhmä seuraa säännöllisesti tukeen, "
                    "poissaoloihin, tuntimerkintöihin ja arviointiin liittyviä raportteja. "
                    "Oppilashuoltotyöryhmä tutkii säännöllisesti yhteisölliseen ja yksilölliseen "
                    "oppilashuoltoon luotuja raportteja. Jokaiselle lukuvuodelle päätetään "
                    "kehitettävä teema, jonka tietoja seurataan tehostetusti. Jatkokehitetään "
                    "talouden seurannan raportteja.",
         "responsible": "Digitalisaation asiantuntija, opetustoimen johto, rehtoriryhmä ja "
                        "oppilashuoltoryhmä",
         "schedule": "säännöllisesti; lukuvuoden teema päätetään lukuvuoden alussa",
         "indicator": "Kerätään rehtoriryhmän, oppilashuoltoryhmän ja TVT-vastaavien palautetta "
                      "KouluSta-palvelun ja talouden raporttien käytettävyydestä ja "
                      "vaikutuksesta päätöksentekoon, ja kehitetään palvelua palautteen "
                      "perusteella. Seurataan päätetyn teeman toimenpiteiden vaikutusta "
                      "toiminnan laatuun raporttien avulla."},
        {"goal": "Vähentää hallinnon ja opettajien hallinnollista työkuormaa "
                 "automaatioratkaisuilla",
         "measure": "Kartoitetaan hallinnolliset ja opetukseen liittyvät rutiinitehtävät, jotka "
                    "voidaan automatisoida. Palvelujen hankinnassa tehdään yhteistyötä kunnan "
                    "muun hallinnon kanssa ja tuodaan esille opetustoimen erityistarpeita. "
                    "Huolehditaan, että talous- ja henkilöstöhallinnon työt eivät kohtuuttomasti "
                    "kuormita opetustoimen henkilöitä.",
         "responsible": "Digitalisaation asiantuntija yhdessä opetustoimen johdon ja rehtoreiden "
                        "kanssa",
         "schedule": "lukuvuoden päätyttyä; talousarvion laadinnan yhteydessä",
         "indicator": "Arvioidaan lukuvuoden päätyttyä hallinnollinen työkuorma ja kirjataan "
                      "kehityskohteet. Hallinnon kehittämisestä keskustellaan keskushallinnon "
                      "kanssa kunnan talousarvion laadinnan yhteydessä."},
        {"goal": "Osallistua aktiivisesti alueellisten ja valtakunnallisten palvelujen "
                 "kehittämiseen ja vahvistaa Ruskon roolia edelläkävijänä opetuksen "
                 "digitalisaatiossa",
         "measure": "Haetaan aktiivisesti hankerahoituksia. Osallistutaan aktiivisesti "
                    "alueellisiin ja kansallisiin verkostoihin ja opetusalan tapahtumiin sekä "
                    "verkostoidutaan sosiaalisessa mediassa. Viestitään kehitysideoista "
                    "kansallisille toimijoille ja palveluntuottajille itsenäisesti tai "
                    "yhteistyössä verkostojen kanssa.",
         "responsible": "Digitalisaation asiantuntija yhdessä opetustoimen johdon ja rehtoreiden "
                        "kanssa", "schedule": "kalenterivuoden alussa",
         "indicator": "Käydään läpi edellisen vuoden hankerahoitus kalenterivuoden alussa."},
    ],
    "followups": [
        {"year": 2025, "team_meetings": 46, "plans_created": 31, "plans_implemented": 24,
         "notes": "Yhteisöllisen suunnittelun malli otettiin käyttöön syyslukukaudella 2025 "
                  "kaikissa neljässä koulussa. Esimerkkiluvut demoa varten."},
        {"year": 2026, "team_meetings": 38, "plans_created": 27, "plans_implemented": 19,
         "notes": "Osittainen vuosi: tammi–lokakuu 2026. Suunnitelmista 12 on jaettu avoimesti "
                  "Tutor 2.0 -kunnille. Esimerkkiluvut demoa varten."},
    ],
}
# fmt: on

# Events (Europe/Helsinki local times) -------------------------------------------------------------

# fmt: off
EVENTS = [
    # Keski-Suomi: coordination group, regional and network-wide meetings
    {"key": "ks_koordinaatioryhma_2026_11", "network": "keski-suomen-tutoropettajaverkosto",
     "region": None, "kind": "meeting", "title": "Koordinaatioryhmän verkkokokous, marraskuu 2026",
     "summary": "Osaamiskartoituksen tulokset ja kevään 2027 koulutustarjonta.",
     "start": "2026-11-12T14:00", "end": "2026-11-12T15:30", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/ks-koordinaatioryhma-2026-11",
     "description": "<p>Aluekoordinaattorit esittelevät alueidensa osaamiskartoituksen tulokset. "
                    "Päätetään kevään koulutusten painopisteet ja valitaan kouluvaltauskoulut.</p>",
     "host_school": "", "themes": [], "audience": "Koordinaatioryhmän jäsenet"},
    {"key": "ks_koordinaatioryhma_2027_01", "network": "keski-suomen-tutoropettajaverkosto",
     "region": None, "kind": "meeting", "title": "Koordinaatioryhmän verkkokokous, tammikuu 2027",
     "summary": "Syyslukukauden tutortuntiraportti ja kouluvaltausten valmistelu.",
     "start": "2027-01-21T14:00", "end": "2027-01-21T15:30", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/ks-koordinaatioryhma-2027-01",
     "description": "<p>Käydään läpi syyslukukauden sähköisen tutortuntien seurannan raportti "
                    "alueittain ja sovitaan kouluvaltausten käytännön järjestelyistä yliopiston "
                    "kanssa.</p>", "host_school": "", "themes": [],
     "audience": "Koordinaatioryhmän jäsenet"},
    {"key": "ks_koordinaatioryhma_2027_04", "network": "keski-suomen-tutoropettajaverkosto",
     "region": None, "kind": "meeting", "title": "Koordinaatioryhmän verkkokokous, huhtikuu 2027",
     "summary": "Kouluvaltausten palaute ja koko verkoston tapaamisen ohjelma.",
     "start": "2027-04-15T14:00", "end": "2027-04-15T15:30", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/ks-koordinaatioryhma-2027-04",
     "description": "<p>Kootaan kolmen kouluvaltauksen palaute opettajilta, oppilailta ja "
                    "opiskelijoilta ja lyödään lukkoon toukokuun verkostotapaamisen ohjelma.</p>",
     "host_school": "", "themes": [], "audience": "Koordinaatioryhmän jäsenet"},
    {"key": "ks_alue_saarijarvi_viitasaari_2026_10",
     "network": "keski-suomen-tutoropettajaverkosto", "region": "saarijarven-viitasaaren-seutu",
     "kind": "meeting", "title": "Saarijärven-Viitasaaren seudun tutoropettajatapaaminen",
     "summary": "Syksyn alueellinen tapaaminen ja täsmäkoulutus oppimisympäristön tehtävistä.",
     "start": "2026-10-07T12:30", "end": "2026-10-07T15:30",
     "location": "Kolkanpään koulu, Saarijärvi",
     "online_url": "https://teams.example.org/l/meetup-join/ks-saarijarvi-viitasaari-2026-10",
     "description": "<p>Alueen kahdeksan kunnan tutoropettajat kokoontuvat Kolkanpään koululle. "
                    "Täsmäkoulutuksen aiheena on oppimisympäristön tehtävät ja palaute. "
                    "Etäosallistuminen on mahdollista.</p>", "host_school": "", "themes": [],
     "audience": "Alueen tutoropettajat"},
    {"key": "ks_alue_jyvaskyla_2027_01", "network": "keski-suomen-tutoropettajaverkosto",
     "region": "jyvaskylan-seutu", "kind": "meeting",
     "title": "Jyväskylän seudun tutoropettajatapaaminen",
     "summary": "Tekoäly opetuksen suunnittelussa – alueellinen täsmäkoulutus ja vertaistuki.",
     "start": "2027-01-27T13:00", "end": "2027-01-27T16:00",
     "location": "Kilpisen koulu, Jyväskylä", "online_url": "",
     "description": "<p>Jyväskylän seudun seitsemän kunnan tutoropettajat kokoontuvat Kilpisen "
                    "koululle. Tapaamisessa harjoitellaan tekoälypalvelujen käyttöä opetuksen "
                    "suunnittelussa ja jaetaan syksyn kokemuksia.</p>", "host_school": "",
     "themes": [], "audience": "Alueen tutoropettajat"},
    {"key": "ks_alue_keuruu_2027_02", "network": "keski-suomen-tutoropettajaverkosto",
     "region": "keuruun-seutu", "kind": "meeting",
     "title": "Keuruun seudun tutoropettajatapaaminen",
     "summary": "Osaamiskartoituksen tulokset Keuruulla ja Multialla ja kevään tutorointi.",
     "start": "2027-02-03T13:00", "end": "2027-02-03T15:30",
     "location": "Keuruun yhteiskoulu, Keuruu",
     "online_url": "https://teams.example.org/l/meetup-join/ks-keuruu-2027-02",
     "description": "<p>Käydään läpi alueen osaamiskartoituksen tulokset ja kohdennetaan kevään "
                    "tutortunnit kouluihin, joissa tarve on suurin.</p>", "host_school": "",
     "themes": [], "audience": "Alueen tutoropettajat ja rehtorit"},
    {"key": "ks_alue_aanekoski_2027_03", "network": "keski-suomen-tutoropettajaverkosto",
     "region": "aanekosken-seutu", "kind": "meeting",
     "title": "Äänekosken seudun tutoropettajatapaaminen",
     "summary": "Kouluttautumissuunnitelmien väliarvio ja kevään koulutustarjonta.",
     "start": "2027-03-03T14:00", "end": "2027-03-03T16:00", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/ks-aanekoski-2027-03",
     "description": "<p>Äänekosken ja Konneveden tutoropettajat tarkistavat "
                    "kouluttautumissuunnitelmansa ja valitsevat kevään koulutukset verkoston "
                    "tarjonnasta.</p>", "host_school": "", "themes": [],
     "audience": "Alueen tutoropettajat"},
    # Keski-Suomi: training for all tutor teachers of the network
    {"key": "ks_verkkokoulutus_tekoaly_2027_03", "network": "keski-suomen-tutoropettajaverkosto",
     "region": None, "kind": "training",
     "title": "Tekoäly ja oppimisen aikainen arviointi – verkkokoulutus",
     "summary": "Aluekoordinaattoreiden pitämä koulutus kaikille verkoston tutoropettajille.",
     "start": "2027-03-10T14:30", "end": "2027-03-10T16:00", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/ks-koulutus-tekoaly-2027-03",
     "description": "<p>Koulutus on tarjolla kaikille verkoston tutoropettajille järjestäjästä "
                    "tai paikasta riippumatta. Kouluttajina toimivat aluekoordinaattorit omien "
                    "erityisosaamistensa pohjalta.</p>", "host_school": "",
     "themes": ["tekoäly opetuksessa", "oppimisen aikainen arviointi", "tietosuoja"],
     "audience": "Kaikki Keski-Suomen tutoropettajaverkoston tutoropettajat"},
    # Keski-Suomi: coordination group, regional and network-wide meetings
    {"key": "ks_verkostotapaaminen_2027_05", "network": "keski-suomen-tutoropettajaverkosto",
     "region": None, "kind": "meeting", "title": "Koko verkoston tutoropettajatapaaminen 2027",
     "summary": "Kaikkien kuuden alueen tutoropettajien yhteinen päivä Jyväskylässä.",
     "start": "2027-05-12T09:00", "end": "2027-05-12T15:00",
     "location": "Jyväskylän normaalikoulu, Jyväskylä", "online_url": "",
     "description": "<p>Päivässä jaetaan lukuvuoden kokemukset ja hyvät käytänteet, kuullaan "
                    "kouluvaltausten tuloksista ja suunnitellaan seuraavaa lukuvuotta "
                    "alueittain.</p>", "host_school": "", "themes": [],
     "audience": "Kaikki verkoston tutoropettajat ja sidosryhmät"},
    # Keski-Suomi: school takeovers in three regions
    {
        "key": "ks_kouluvaltaus_saarijarvi_2027", "network": "keski-suomen-tutoropettajaverkosto",
        "region": "saarijarven-viitasaaren-seutu", "kind": "school_takeover",
        "title": "Kouluvaltaus Kolkanpään koulussa",
        "summary": "Koulun kaikki opettajat koulutetaan omalla koululla, ja oppilaat tekevät "
                   "monialaisen oppimiskokonaisuuden yli luokkarajojen.",
        "start": "2027-02-09T08:15", "end": "2027-02-11T14:30",
        "location": "Kolkanpään koulu, Saarijärvi", "online_url": "",
        "description": "<p>Koulutusteknologian opiskelijat kouluttavat koulun kaikki opettajat "
                       "kerralla koulun omilla tutuilla välineillä. Samaan aikaan "
                       "opettajankoulutuslaitoksen opiskelijat toteuttavat oppilaille "
                       "ilmiöpohjaisen monialaisen oppimiskokonaisuuden tutkivan oppimisen "
                       "periaatteilla.</p>",
        "host_school": "Kolkanpään koulu",
        "themes": ["iPadit luovassa tuottamisessa", "ohjelmointi alakoulussa", "vesi ilmiönä"],
        "audience": "Koulun opettajat; kaikki Keski-Suomen tutoropettajat voivat osallistua",
    },
    {"key": "ks_kouluvaltaus_keuruu_2027", "network": "keski-suomen-tutoropettajaverkosto",
     "region": "keuruun-seutu", "kind": "school_takeover",
     "title": "Kouluvaltaus Keuruun yhteiskoulussa",
     "summary": "Kaksipäiväinen valtaus, jonka teemat valittiin koulun toiveiden mukaan.",
     "start": "2027-03-16T08:30", "end": "2027-03-17T15:00",
     "location": "Keuruun yhteiskoulu, Keuruu", "online_url": "",
     "description": "<p>Opettajien täydennyskoulutus järjestetään omalla koululla, ja yläkoulun "
                    "oppilaat työskentelevät ryhmissä yli luokkarajojen opiskelijoiden "
                    "suunnittelemassa monialaisessa kokonaisuudessa.</p>",
     "host_school": "Keuruun yhteiskoulu",
     "themes": ["digitaalinen arviointi", "tekoäly opetuksessa", "mediataidot"],
     "audience": "Koulun opettajat; kaikki Keski-Suomen tutoropettajat voivat osallistua"},
    {"key": "ks_kouluvaltaus_jamsa_2027", "network": "keski-suomen-tutoropettajaverkosto",
     "region": "jamsan-seutu", "kind": "school_takeover",
     "title": "Kouluvaltaus Jämsänkosken koulussa",
     "summary": "Kolmipäiväinen valtaus, jossa koko koulu oppii samaan aikaan.",
     "start": "2027-04-20T08:15", "end": "2027-04-22T14:00",
     "location": "Jämsänkosken koulu, Jämsä", "online_url": "",
     "description": "<p>Valtauskoulun opettajat koulutetaan yhtä aikaa, ja oppilaiden monialainen "
                    "kokonaisuus huomioi laaja-alaisen osaamisen alueet ja toiminnallisuuden.</p>",
     "host_school": "Jämsänkosken koulu",
     "themes": ["osaamismerkit", "robotiikka", "oma lähiympäristö ilmiönä"],
     "audience": "Koulun opettajat; kaikki Keski-Suomen tutoropettajat voivat osallistua"},
    # OPPIVA: the representatives meet four times a year
    {"key": "oppiva_edustajisto_2026_09", "network": "oppiva", "region": None, "kind": "meeting",
     "title": "OPPIVA-edustajiston työkokous, syyskuu 2026",
     "summary": "Kuntien esimerkit oppimisen laadun seurannasta.", "start": "2026-09-24T09:00",
     "end": "2026-09-24T15:30", "location": "Tampereen kaupungintalo, Tampere", "online_url": "",
     "description": "<p>Päivän mittainen työkokous, jossa kuntien yhteyshenkilöt jakavat "
                    "esimerkkejä oppimisen laadun ja koulutuksen tasa-arvon seurannasta.</p>",
     "host_school": "", "themes": [],
     "audience": "Edustajiston jäsenet eli kuntien yhteyshenkilöt"},
    {"key": "oppiva_edustajisto_2026_12", "network": "oppiva", "region": None, "kind": "meeting",
     "title": "OPPIVA-edustajiston työkokous, joulukuu 2026",
     "summary": "Lausunto opetussuunnitelman perusteiden muutoksista ja kevään suunnitelma.",
     "start": "2026-12-03T09:00", "end": "2026-12-03T15:30", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/oppiva-edustajisto-2026-12",
     "description": "<p>Edustajisto viimeistelee kuntien näkemykset lausuntoon ja sopii kevään "
                    "yhteisistä kehittämisprosesseista.</p>", "host_school": "", "themes": [],
     "audience": "Edustajiston jäsenet eli kuntien yhteyshenkilöt"},
    {"key": "oppiva_edustajisto_2027_03", "network": "oppiva", "region": None, "kind": "meeting",
     "title": "OPPIVA-edustajiston työkokous, maaliskuu 2027",
     "summary": "Oppilaan oma tapa oppia pedagogisen suunnittelun keskiössä.",
     "start": "2027-03-04T09:00", "end": "2027-03-04T15:30",
     "location": "Lahden kaupungintalo, Lahti", "online_url": "",
     "description": "<p>Työkokouksessa tarkastellaan, miten oppilaan oma tapa oppia näkyy kuntien "
                    "pedagogisessa suunnittelussa, ja kuullaan uusien jäsenkuntien kokemuksia.</p>",
     "host_school": "", "themes": [],
     "audience": "Edustajiston jäsenet eli kuntien yhteyshenkilöt"},
    {"key": "oppiva_edustajisto_2027_05", "network": "oppiva", "region": None, "kind": "meeting",
     "title": "OPPIVA-edustajiston työkokous, toukokuu 2027",
     "summary": "Lukuvuoden yhteisten kehittämisprosessien arviointi.", "start": "2027-05-27T09:00",
     "end": "2027-05-27T15:30", "location": "Kuopion kaupungintalo, Kuopio", "online_url": "",
     "description": "<p>Arvioidaan lukuvuoden yhteiset prosessit ja valmistellaan seuraavan "
                    "toimintasuunnitelman esitys neuvottelukunnalle.</p>", "host_school": "",
     "themes": [], "audience": "Edustajiston jäsenet eli kuntien yhteyshenkilöt"},
    # Tutor 2.0
    {"key": "t2_koulutus_2026_10", "network": "tutor-2-0", "region": None, "kind": "training",
     "title": "Tutor 2.0 -iltapäivä: välituntitoiminta ja tietosuoja",
     "summary": "Mynämäen välkkärimalli ja Ruskon tietosuojan tarkistuslista tutuksi.",
     "start": "2026-10-21T13:00", "end": "2026-10-21T15:30",
     "location": "Mynämäen yläkoulu, Mynämäki", "online_url": "",
     "description": "<p>Tutoropettajat esittelevät kaksi yhteistä mallia ja sopivat niiden "
                    "käyttöönotosta kaikissa neljässä kunnassa.</p>", "host_school": "",
     "themes": ["välituntitoiminta", "tietosuoja", "saavutettavuus"],
     "audience": "Tutor 2.0 -kuntien tutoropettajat ja rehtorit"},
    {
        "key": "t2_koulutus_2027_01", "network": "tutor-2-0", "region": None, "kind": "training",
        "title": "Tutor 2.0 -koulutus: käytänteet ja vuosikello omaan kuntaan",
        "summary": "Miten Tutor 2.0 -mallin käytänteet ja Ruskon vuosikello kopioidaan ja "
                   "muokataan oman kunnan käyttöön.",
        "start": "2027-01-13T12:30", "end": "2027-01-13T15:30", "location": "Maunun koulu, Rusko",
        "online_url": "https://teams.example.org/l/meetup-join/tutor2-koulutus-2027-01",
        "description": "<p>Koulutuksessa käydään läpi mallin neljä osa-aluetta – oppilaan tuki, "
                       "hyvinvointi, OPS ja digi – ja harjoitellaan käytänteen ja vuosikellon "
                       "kopiointia omaan kuntaan. Mukaan kutsutaan myös muiden Opentunti-kuntien "
                       "tutoropettajat.</p>",
        "host_school": "",
        "themes": ["käytänteiden jakaminen", "vuosikello", "osaamismerkit", "yhteissuunnittelu"],
        "audience": "Tutor 2.0- ja Opentunti-kuntien tutoropettajat, rehtorit ja opettajat",
    },
    # Opentunti
    {"key": "opentunti_kayttoonotto_2027_04", "network": "opentunti", "region": None,
     "kind": "training", "title": "Opentunti-käyttöönottokoulutus (etänä)",
     "summary": "Suunnittelun avoimuus ja suunnitelmien jakaminen oppilaille tutuksi.",
     "start": "2027-04-07T15:00", "end": "2027-04-07T16:30", "location": "",
     "online_url": "https://teams.example.org/l/meetup-join/opentunti-kayttoonotto-2027-04",
     "description": "<p>Etäkoulutus uusille käyttäjille. Koulutus tallennetaan ja jaetaan "
                    "kaikille Opentunti-kunnille. Ruotsinkielinen osuus pidetään koulutuksen "
                    "lopussa.</p>", "host_school": "",
     "themes": ["tuntisuunnittelu", "avoimuus", "oppilashallinnon integraatio"],
     "audience": "Kaikkien Opentunti-kuntien opettajat"},
]
# fmt: on

# Collections --------------------------------------------------------------------------------------

# fmt: off
COLLECTIONS = [
    {
        "key": "ks_toiminnan_helmet", "network": "keski-suomen-tutoropettajaverkosto",
        "region": None, "title": "Toiminnan helmet – 13 hyvää käytännettä",
        "summary": "Keski-Suomen tutoropettajaverkoston hyvät käytänteet jakoon: verkostomallista "
                   "kouluvaltauksiin ja sähköiseen tutortuntien seurantaan.",
        "items": [
            ("ks_aluekoordinaattorimalli",
             "Verkoston perusta: kuusi aluetta ja omat koordinaattorit."),
            ("ks_koordinaatioryhma", "Aluekoordinaattorit ja sidosryhmät saman pöydän ääressä."),
            ("ks_kokemusten_jakaminen", "Onnistumiset ja tarpeet kulkevat alueelta toiselle."),
            ("ks_verkkokokoukset", "Välimatkat eivät syö aikaa varsinaiselta toiminnalta."),
            ("ks_yhteistyoalusta", "O365 Teams, Peda.net ja verkoston oma ryhmä."),
            ("ks_sidosryhmayhteistyo", "Molemminpuolinen hyöty kunnille ja yliopistolle."),
            ("ks_kouluvaltaukset", "Ihan parasta: koko koulu oppii kerralla omalla koululla."),
            ("ks_kouluttautumissuunnitelmat",
             "Jokainen tutoropettaja tietää, mitä ja miksi opiskelee."),
            ("ks_osaamiskartoitukset", "Tarvelähtöisyys ja resurssien kohdentaminen."),
            ("ks_aluekoordinaattoreiden_osaaminen",
             "Yhden alueen osaaminen koko verkoston käyttöön."),
            ("ks_alueelliset_tapaamiset", "Alueellinen täsmäkouluttaminen ja vertaistuki."),
            ("ks_tvt_suunnitelmat", "Toiminnan raamit hankkeelle ja hyvät mallit muille."),
            ("ks_tutortuntien_seuranta", "Toiminnan analysointi ja hankeseuranta."),
        ],
    },
    {
        "key": "tutor2_perusta", "network": "tutor-2-0", "region": None,
        "title": "Tutor 2.0 -mallin perusta",
        "summary": "Yksi käytänne kultakin neljältä osa-alueelta sekä Ruskon vuosikello ja "
                   "digitalisaatio-ohjelma: tästä oma kunta pääsee alkuun.",
        "items": [
            ("t2_tuen_yhteinen_malli",
             "Oppilaan tuki: yhteinen kuvaus tuen portaista ja vastuista."),
            ("t2_valituntitoiminta",
             "Hyvinvointi: välkkärit tuovat liikettä ja yhdessä tekemistä."),
            ("t2_monialaiset_kokonaisuudet", "OPS: MOK-viikko yli luokkarajojen."),
            ("t2_osaamismerkit", "Digi: digitaidot vuosiluokittain tasavertaisesti."),
            ("rusko_vuosikello", "Kopioi tästä pohja oman kunnan vuosikelloon."),
            ("rusko_digiohjelma", "Tavoitteet, toimenpiteet ja seuranta yhdessä taulukossa."),
        ],
    },
    {
        "key": "ks_saarijarvi_viitasaari_valikoima",
        "network": "keski-suomen-tutoropettajaverkosto", "region": "saarijarven-viitasaaren-seutu",
        "title": "Pitkien välimatkojen alue: Saarijärven-Viitasaaren seudun valikoima",
        "summary": "Aluekoordinaattorin valitsemat käytänteet kahdeksan kunnan alueelle, jossa "
                   "tutoropettaja on usein koulunsa ainoa.",
        "items": [
            ("ks_alueelliset_tapaamiset", "Tapaamiset kiertävät alueen kunnissa."),
            ("ks_verkkokokoukset", "Etäosallistuminen aina mahdollista."),
            ("ks_osaamiskartoitukset",
             "Kartoitus näyttää, mihin kouluun tutortunnit kohdennetaan."),
            ("ks_kouluvaltaukset", "Kolkanpään koulu on valtauskoulu keväällä 2027."),
        ],
    },
    {
        "key": "opentunti_avoin_suunnittelu", "network": "opentunti", "region": None,
        "title": "Avoin suunnittelu Opentunti-kunnissa",
        "summary": "Käytänteitä, joissa opettajan oma suunnittelutyö on samalla muiden käytössä – "
                   "suomeksi ja ruotsiksi.",
        "items": [
            ("t2_yhteisollinen_suunnittelu", "Tiimit suunnittelevat ja saavat siitä korvauksen."),
            ("t2_opentunti_kayttoonotto", "Käyttöönotto vaiheittain: kokeilijat, tiimit, koulu."),
            ("kruunupyy_gemensam_planering", "Så planerar lärarna i Kronoby tillsammans."),
            ("parainen_fadderelever", "Ett exempel på svenska från Pargas."),
        ],
    },
]
# fmt: on

# Copies: (source key, target town) ----------------------------------------------------------------

COPIES = [
    ("rusko_vuosikello", "Masku"),
    ("rusko_vuosikello", "Mynämäki"),
    ("rusko_vuosikello", "Nousiainen"),
    ("t2_osaamismerkit", "Masku"),
    ("t2_valituntitoiminta", "Rusko"),
    ("t2_valituntitoiminta", "Nousiainen"),
    ("ks_osaamiskartoitukset", "Äänekoski"),
]
