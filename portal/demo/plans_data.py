"""Demo lesson plans of the plans app.

Written for the demo: Finnish and Swedish lesson plans (tuntisuunnitelmat) from the Opentunti
and Tutor 2.0 towns and from the Keski-Suomi tutor-teacher network. Towns and schools are the
ones of ``networks/demo_data.py``. The teachers named in them are invented.

Codes: subjects, grades ("esi", "1"…"9", "lukio"), transversal competences "L1"…"L7", licences
and phase kinds are the plain strings of the plans app. Objectives are (code, text) pairs from the
subject's core curriculum; Swedish plans use the Swedish edition's numbering (M1, M2…), and
pre-primary plans, whose core curriculum has no numbered objectives, give a short name of the
learning area (oppimisen alue) as the code and its full name in the text. "copied_from" names
the key of the plan that a teacher in another town copied and adapted.
"""

# fmt: off
PLANS = [
    # Rusko ----------------------------------------------------------------------------------------
    {
        "key": "rusko_esi_ohjelmoidaan_kaveria", "town": "Rusko", "school": "Kirkonkylän koulu",
        "author": "Sanna Virtanen", "language": "fi",
        "title": "Ohjelmoidaan kaveria: suuntanuolet ja käskyjonot",
        "summary": "Esioppilaat antavat toisilleen nuolikorteilla käskyjonoja ja ohjaavat kaverin "
            "ruutulattialla aarteen luo. Leikki pohjustaa ohjelmointia ilman laitteita ja päättyy "
            "Bee-Bot-robotin kokeiluun.",
        "subjects": ["matematiikka"], "grades": ["esi"], "duration": 45,
        "competences": ["L1", "L5"],
        "learning_outcome": "Osaan antaa kaverille nuolikorteilla käskyt, joilla hän kulkee "
            "ruudukossa oikeaan paikkaan.",
        "key_points": ["Käskyt tehdään yksi kerrallaan ja aina samassa järjestyksessä.",
            "Jos kaveri menee väärään ruutuun, etsitään väärä kortti ja vaihdetaan se.",
            "Oikea ja vasen katsotaan aina kulkijan suunnasta."],
        "objectives": [("Tutkin ja toimin",
             "Tutkin ja toimin ympäristössäni: harjoitellaan suuntien ja sijainnin ilmaisemista "
             "sekä yksinkertaisten käskyjonojen antamista ja seuraamista leikkien.")],
        "keywords": [("käsky", "Yksi ohje, esimerkiksi ”astu yksi ruutu eteenpäin”."),
            ("käskyjono", "Monta käskyä peräkkäin. Ne tehdään järjestyksessä."),
            ("virhe", "Kohta, jossa käsky vie väärään paikkaan. Virheen voi korjata.")],
        "misconceptions": [("Robotti tai kaveri tietää itse, minne pitää mennä.",
             "Kulkija tekee vain sen, mitä käsketään. Jos käsky on väärä, kulkukin menee "
             "väärin, siksi käskyt tarkistetaan yhdessä.")],
        "phases": [
            {"kind": "introduction", "title": "Aarre on piilossa", "duration": 10,
             "pupil_instructions": "<p>Istutaan piirissä. Katso, kun opettaja kulkee "
             "ruutulattialla nuolikorttien mukaan. Laske ääneen, montako askelta hän ottaa.</p>",
             "teacher_notes": "<p>Teippaa lattiaan 4 × 4 ruudukko (ruutu 40 cm). Näytä ensin "
             "kolmen kortin jono ja tee yksi tahallinen virhe: lapset huomaavat sen "
             "nopeasti.</p>"},
            {"kind": "activity", "title": "Ohjelmoija ja robotti", "duration": 20,
             "pupil_instructions": "<p>Olet vuorotellen ohjelmoija ja robotti. Ohjelmoija laittaa "
             "nuolikortit riviin. Robotti kulkee korttien mukaan ja sanoo jokaisen askeleen "
             "ääneen. Vaihtakaa vuoroa, kun aarre löytyy.</p>",
             "teacher_notes": "<p>Tee kolme ruudukkoa, niin jonot pysyvät lyhyinä. "
             "Kääntymiskortti tarkoittaa vain kääntymistä paikallaan – sano tämä selvästi, se on "
             "yleisin sekaannus.</p>"},
            {"kind": "activity", "title": "Bee-Bot kokeilee", "duration": 10,
             "pupil_instructions": "<p>Paina Bee-Botiin samat käskyt kuin kaverillesi. Kulkeeko "
             "robotti saman reitin?</p>",
             "teacher_notes": "<p>Muistuta painamaan tyhjennysnappia (X) ennen uutta ohjelmaa, "
             "muuten vanhat käskyt jäävät muistiin.</p>"},
            {"kind": "closing", "title": "Peukkukierros", "duration": 5,
             "pupil_instructions": "<p>Näytä peukalolla: peukku ylös, jos osasit korjata väärän "
             "kortin.</p>",
             "teacher_notes": "<p>Kirjaa, kuka tarvitsee vielä tukea oikean ja vasemman kanssa; "
             "hänelle värinauha oikeaan ranteeseen ensi kerralla.</p>"}],
        "differentiation_up": "Lisää ruudukkoon esteitä (tyynyjä), jotka pitää kiertää, tai pyydä "
            "rakentamaan pisin reitti ilman yhtään virhettä.",
        "differentiation_down": "Käytössä vain eteenpäin-kortti ja yksi kääntymiskortti; reitti "
            "on enintään neljä askelta.",
        "support_general": "Kuvakortti jokaisesta käskystä, ja lapsi sanoo käskyn ääneen ennen "
            "askelta.",
        "support_intensified": "Aikuinen on parin kolmas jäsen ja tarkistaa jonon lapsen kanssa "
            "kortti kerrallaan; oikeassa ranteessa värinauha.",
        "support_special": "Reitti rakennetaan pöydälle pieneen ruudukkoon, ja lapsi siirtää "
            "hahmoa kädellä. Tavoite on kahden käskyn jono; puhetta tuetaan kuvilla ja viittomin.",
        "equipment": "Maalarinteippiä, nuolikortit (eteen, käänny oikealle, käänny vasemmalle) "
            "jokaiselle parille, aarrekuva, 2–3 Bee-Bot-robottia.",
        "safety": "Ruudukon alue pidetään vapaana tuoleista; robotti liikkuu kävellen.",
        "accessibility": "Korteissa on suuri, kontrastinen nuoli ja sana. Pyörätuolia käyttävä "
            "lapsi voi olla robotti, kun ruudut teipataan 60 cm:n kokoisiksi.",
        "assessment_criteria": "Lapsi antaa vähintään kolmen käskyn jonon, jolla kaveri pääsee "
            "perille, ja osaa vaihtaa yhden väärän kortin oikeaan.",
        "formative_ideas": "Kierrä parien luona ja kysy: ”Missä kohtaa reitti meni väärin?” "
            "Valokuvaa onnistunut korttijono lapsen kasvunkansioon.",
        "links": [("Esiopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/esiopetuksen-opetussuunnitelman-perusteet")],
        "licence": "cc-by", "tags": ["ohjelmointi", "esiopetus", "robotiikka"], "copied_from": None,
    },
    {
        "key": "rusko_esi_rytmiloru", "town": "Rusko", "school": "Laukolan koulu",
        "author": "Heli Järvinen", "language": "fi",
        "title": "Loruista rytmiä: tavut taputtaen",
        "summary": "Esioppilaat taputtavat sanojen tavuja, soittavat lorun rytmiä "
            "rytmisoittimilla ja keksivät eläimelle oman rytmin. Tuokio yhdistää musiikin ja "
            "kielellisen tietoisuuden.",
        "subjects": ["musiikki", "aidinkieli"], "grades": ["esi"], "duration": 30,
        "competences": ["L2", "L4"],
        "learning_outcome": "Osaan taputtaa sanan tavut ja soittaa lorun rytmiä yhdessä muiden "
            "kanssa.",
        "key_points": ["Jokainen tavu saa yhden taputuksen: ka-ni-ni on kolme taputusta.",
            "Kun soitetaan yhdessä, kuunnellaan muita ja pysytään samassa tahdissa.",
            "Soitin lepää lattialla, kun ei ole oma vuoro."],
        "objectives": [("Ilmaisu",
             "Ilmaisun monet muodot: koetaan sykettä ja rytmiä kehon ja soittimien avulla ja "
             "harjoitellaan yhdessä soittamista."),
            ("Kielten maailma",
             "Kielten rikas maailma: vahvistetaan kielellistä tietoisuutta jakamalla sanoja "
             "tavuihin loruleikeissä.")],
        "keywords": [("tavu", "Sanan pala, jonka sanomme yhdellä kertaa, esimerkiksi ka-la."),
            ("rytmi", "Pitkien ja lyhyiden äänten järjestys."),
            ("syke", "Tasainen tahti, kuin sydämen lyönnit.")],
        "misconceptions": [("Pitkässä sanassa on aina enemmän tavuja kuin lyhyessä.",
             "Ei aina: ”kissa” on kaksi tavua ja ”ui” yksi. Taputetaan ja lasketaan, eikä "
             "arvata sanan pituudesta.")],
        "phases": [
            {"kind": "introduction", "title": "Nimijuna", "duration": 5,
             "pupil_instructions": "<p>Taputa oma nimesi tavuina: Ee-li, Ma-ti-as. Muut "
             "taputtavat perässä.</p>",
             "teacher_notes": "<p>Aloita omalla nimelläsi. Tarkista, että vokaaliyhtymä menee "
             "yhteen tavuun (Ai-no, ei A-i-no).</p>"},
            {"kind": "activity", "title": "Lorun rytmi soittimilla", "duration": 15,
             "pupil_instructions": "<p>Opetellaan loru ”Hiiri hyppää, kissa kurkkii, koira "
             "kuuntelee”. Ensin taputetaan, sitten soitetaan. Kun opettaja nostaa ryhmäsi kuvan, "
             "teidän ryhmänne soittaa.</p>",
             "teacher_notes": "<p>Kolme soitinryhmää: rytmikapulat, rummut, helistimet. "
             "Harjoittele hiljaisuuden merkki (kädet polvilla) ennen kuin jaat soittimet.</p>"},
            {"kind": "activity", "title": "Arvaa eläin rytmistä", "duration": 5,
             "pupil_instructions": "<p>Keksi eläimelle rytmi, esimerkiksi kro-ko-tii-li. Soita se "
             "kapuloilla, ja kaveri arvaa eläimen.</p>",
             "teacher_notes": "<p>Anna arka lapsi pariksi aikuiselle; soittaminen yhdessä "
             "riittää tänään.</p>"},
            {"kind": "closing", "title": "Hiljainen loppu", "duration": 5,
             "pupil_instructions": "<p>Soitetaan loru yhä hiljempaa, kunnes kuuluu vain kuiskaus. "
             "Laske soitin koriin.</p>",
             "teacher_notes": "<p>Havainnoi, kuka pysyy sykkeessä ilman mallia, ja kirjaa "
             "havainto esiopetuksen oppimissuunnitelmaan.</p>"}],
        "differentiation_up": "Lapsi soittaa lorun sykettä rummulla, kun muut soittavat rytmiä.",
        "differentiation_down": "Taputetaan vain kahden tavun sanoja, ja aikuinen taputtaa samaan "
            "aikaan.",
        "support_general": "Lorun kuvat ovat esillä taulussa koko tuokion ajan.",
        "support_intensified": "Lapsi istuu aikuisen vieressä ja taputtaa aikuisen käsiin; loru "
            "harjoitellaan etukäteen pienryhmässä.",
        "support_special": "Rytmiä koetaan kehossa: aikuinen taputtaa kevyesti lapsen olkapäähän. "
            "Lapsi voi soittaa isolla painonapilla tai helistimellä.",
        "equipment": "Rytmikapulat, 4 rumpua, helistimet, lorun kuvakortit, ryhmäkuvat.",
        "safety": "",
        "accessibility": "Kuulonsa vuoksi lähellä istuva lapsi näkee opettajan kasvot; "
            "ääniherkälle lapselle kuulosuojaimet.",
        "assessment_criteria": "Lapsi taputtaa kahden ja kolmen tavun sanat oikein ja soittaa "
            "vuorollaan.",
        "formative_ideas": "Videoi nimijuna ja katsokaa se yhdessä seuraavalla kerralla: kuka "
            "taputti jo varmasti?",
        "links": [],
        "licence": "cc-by", "tags": ["rytmi", "tavut", "esiopetus"], "copied_from": None,
    },
    {
        "key": "rusko_murtoluvut_pizza", "town": "Rusko", "school": "Vahdon koulu",
        "author": "Juha Lehtinen", "language": "fi",
        "title": "Murtoluvut pizzapaloina",
        "summary": "Oppilaat mallintavat murtolukuja paperipizzoilla ja vertailevat, kumpi on "
            "suurempi, 2/6 vai 3/8. Lopuksi lasketaan samannimisillä murtoluvuilla yhteen ja "
            "vähennetään.",
        "subjects": ["matematiikka"], "grades": ["4"], "duration": 45, "competences": ["L1", "L3"],
        "learning_outcome": "Osaan näyttää murtoluvun kuvana ja laskea samannimisillä "
            "murtoluvuilla yhteen- ja vähennyslaskuja.",
        "key_points": ["Nimittäjä kertoo, moneenko yhtä suureen osaan kokonainen on jaettu, ja "
                "osoittaja, montako osaa otetaan.",
            "Mitä useampaan osaan pizza jaetaan, sitä pienempi yksi pala on: 1/8 < 1/4.",
            "Samannimisillä murtoluvuilla lasketaan vain osoittajat: 3/8 + 2/8 = 5/8."],
        "objectives": [("T9",
             "tukea oppilasta laajentamaan lukukäsitteen ymmärtämistä murtolukuihin"),
            ("T4",
             "kannustaa oppilasta esittämään ratkaisujaan konkreettisin välinein, piirroksin, "
             "suullisesti ja kirjallisesti")],
        "keywords": [("murtoluku", "Luku, joka kertoo osan kokonaisesta, esimerkiksi 3/4."),
            ("osoittaja", "Murtoviivan yläpuolella: montako osaa otetaan."),
            ("nimittäjä",
             "Murtoviivan alapuolella: moneenko yhtä suureen osaan kokonainen on jaettu.")],
        "misconceptions": [("1/8 on suurempi kuin 1/4, koska 8 on suurempi kuin 4.",
             "Laita palat päällekkäin: kahdeksasosa on puolet neljäsosasta. Suurempi nimittäjä "
             "tarkoittaa pienempiä paloja."),
            ("2/8 + 3/8 = 5/16.",
             "Palojen koko ei muutu, joten nimittäjäkään ei muutu. Kaksi kahdeksasosaa ja kolme "
             "kahdeksasosaa ovat yhteensä viisi kahdeksasosaa.")],
        "phases": [
            {"kind": "introduction", "title": "Kuka sai eniten pizzaa?", "duration": 10,
             "pupil_instructions": "<p>Neljä kaverusta jakaa pizzan tasan. Kahdeksan kaverusta "
             "jakaa samankokoisen pizzan tasan. Kumpi saa isomman palan, neljän porukan vai "
             "kahdeksan porukan syöjä? Perustele parille.</p>",
             "teacher_notes": "<p>Piirrä taululle kaksi samankokoista ympyrää. Anna parien "
             "perustella ennen kuin jaat ympyrät; kirjaa erilaiset perustelut näkyviin.</p>"},
            {"kind": "activity", "title": "Paperipizzat", "duration": 20,
             "pupil_instructions": "<p>Leikkaa kolme paperipizzaa: neljään, kuuteen ja kahdeksaan "
             "osaan. Näytä paloilla murtoluvut 1/2, 3/4, 2/6, 3/8 ja 5/8. Järjestä lukukortit "
             "pienimmästä suurimpaan.</p>",
             "teacher_notes": "<p>Valmiiksi tulostetut ympyrät, joissa on jakoviivat, säästävät "
             "aikaa. Oikea järjestys: 2/6, 3/8, 1/2, 5/8, 3/4. Kun 2/6 ja 3/8 ovat vierekkäin, "
             "kysy, miten ne voi vertailla (palat päällekkäin).</p>"},
            {"kind": "activity", "title": "Lasketaan paloilla", "duration": 10,
             "pupil_instructions": "<p>Laske pizzapalojen avulla: 3/8 + 2/8, 5/6 − 2/6, 1/4 + 2/4 "
             "ja 7/8 − 4/8. Kirjoita vastaukset vihkoon ja piirrä kuva yhdestä laskusta.</p>",
             "teacher_notes": "<p>Vastaukset: 5/8, 3/6, 3/4, 3/8. Jos joku laskee nimittäjät "
             "yhteen, pyydä häntä näyttämään lasku paloilla.</p>"},
            {"kind": "assessment", "title": "Poistumislippu", "duration": 5,
             "pupil_instructions": "<p>Kirjoita lappuun: Kumpi on suurempi, 2/3 vai 2/5? "
             "Miksi?</p>",
             "teacher_notes": "<p>Lajittele liput kolmeen pinoon (osaa, melkein, ei vielä) ja "
             "muodosta niistä seuraavan tunnin ryhmät.</p>"}],
        "differentiation_up": "Vertaile erinimisiä murtolukuja ilman kuvaa: 3/4 ja 5/8, 2/3 ja "
            "5/6. Keksi oma pizzatarina, jossa lasketaan 3/8 + 5/8.",
        "differentiation_down": "Käytä vain neljäsosia ja kahdeksasosia ja valmiiksi leikattuja "
            "paloja; vertaa ensin yksikkömurtolukuja 1/2, 1/4, 1/8.",
        "support_general": "Murtolukujen sanasto (osoittaja, nimittäjä) on kuvan kanssa taululla "
            "koko tunnin.",
        "support_intensified": "Erityisopettaja ohjaa pienryhmää, jossa tehdään samat tehtävät "
            "murtolukukakuilla ja laskut rajataan kahteen.",
        "support_special": "Oppilas tunnistaa ja nimeää puolikkaan, neljäsosan ja kokonaisen "
            "konkreettisista paloista yksilöllisen oppimäärän tavoitteiden mukaan.",
        "equipment": "Tulostetut ympyrät (3 / oppilas), sakset, lukukortit, vihot; murtolukukakut "
            "tukiryhmälle.",
        "safety": "",
        "accessibility": "Ympyrät myös paksummalla paperilla ja valmiiksi leikattuina "
            "hienomotoriikan tueksi; tehtävät luettavissa ääneen.",
        "assessment_criteria": "Oppilas näyttää murtoluvun paloilla, järjestää viisi murtolukua "
            "oikein ja laskee samannimisten murtolukujen yhteen- ja vähennyslaskut.",
        "formative_ideas": "Poistumislippu, parin perustelujen kuunteleminen ja peukkuarvio "
            "tunnin alussa ja lopussa.",
        "links": [],
        "licence": "cc-by", "tags": ["murtoluvut", "toiminnallinen", "matematiikka"],
        "copied_from": None,
    },
    {
        "key": "rusko_scratch_labyrintti", "town": "Rusko", "school": "Laukolan koulu",
        "author": "Antti Salminen", "language": "fi",
        "title": "Scratch-labyrintti: hahmo ohjataan maaliin",
        "summary": "Oppilaat ohjelmoivat Scratchissa hahmon, joka liikkuu nuolinäppäimillä "
            "labyrintissa ja palaa alkuun osuessaan seinään. Tehtävä harjoittaa tapahtumia, "
            "ehtoja ja virheiden etsimistä.",
        "subjects": ["matematiikka"], "grades": ["4", "5"], "duration": 90,
        "competences": ["L1", "L5"],
        "learning_outcome": "Osaan tehdä Scratchiin pelin, jossa hahmo liikkuu nuolinäppäimillä "
            "ja palaa alkuun, jos se osuu seinään.",
        "key_points": ["Tapahtuma, esimerkiksi ”kun painetaan nuoli oikealle”, käynnistää koodin.",
            "Ehto ”jos koskettaa väriä … niin” tarkistaa, osuiko hahmo seinään.",
            "Ikuisesti-silmukka tarkistaa ehdon koko ajan, ei vain kerran.",
            "Virheen löytää, kun kokeilee ohjelmaa pala kerrallaan."],
        "objectives": [("T14",
             "ohjata oppilasta laatimaan ohjelmia graafisessa ohjelmointiympäristössä"),
            ("T5", "tukea oppilasta kehittämään ongelmanratkaisutaitojaan")],
        "keywords": [("tapahtuma",
             "Asia, joka käynnistää koodin, esimerkiksi näppäimen painallus."),
            ("ehto", "Jos–niin-lohko: sisällä oleva koodi tehdään vain, kun ehto on totta."),
            ("silmukka", "Lohko, joka toistaa sisällään olevia käskyjä."),
            ("koordinaatit", "Luvut x ja y kertovat hahmon paikan näyttämöllä.")],
        "misconceptions": [("Jos peli ei toimi, koko ohjelma pitää tehdä alusta.",
             "Virhe on yleensä yhdessä lohkossa. Kokeile yksi osa kerrallaan ja katso, missä "
             "kohdassa hahmo toimii toisin kuin odotit.")],
        "phases": [
            {"kind": "introduction", "title": "Valmis peli", "duration": 10,
             "pupil_instructions": "<p>Pelaa opettajan labyrinttipeliä. Mieti parin kanssa: mitä "
             "tapahtuu, kun painat nuolta? Entä kun osut seinään?</p>",
             "teacher_notes": "<p>Kirjaa havainnot taululle kolmeen sarakkeeseen: tapahtuma – "
             "mitä hahmo tekee – ehto. Sarakkeista tulee tunnin koodin runko.</p>"},
            {"kind": "activity", "title": "Tausta ja liikkuminen", "duration": 30,
             "pupil_instructions": "<p>Piirrä taustaksi labyrintti: seinät mustalla, maali "
             "vihreällä. Tee hahmolle neljä koodia: kun painetaan nuolta, osoita nuolen suuntaan "
             "ja liiku 5 askelta. Vihreän lipun koodiin: mene kohtaan x: −200, y: −150.</p>",
             "teacher_notes": "<p>Seinien viivan on oltava vähintään 10 px paksu, muuten hahmo "
             "liukuu läpi. Pienennä hahmo 40 %:iin.</p>"},
            {"kind": "activity", "title": "Seinä ja maali", "duration": 30,
             "pupil_instructions": "<p>Lisää vihreän lipun koodiin ikuisesti-silmukka. Sen "
             "sisään: jos koskettaa mustaa, mene alkuun. Jos koskettaa vihreää, sano ”Voitit!” 2 "
             "sekuntia. Testaa ja korjaa.</p>",
             "teacher_notes": "<p>Yleisin virhe on ehto ilman silmukkaa, jolloin seinä "
             "tarkistetaan vain kerran. Kysy ”Montako kertaa peli tarkistaa seinän?” ennen kuin "
             "korjaat itse.</p>"},
            {"kind": "discussion", "title": "Pelitesti", "duration": 15,
             "pupil_instructions": "<p>Vaihda konetta parin kanssa ja pelaa hänen pelinsä. Kerro "
             "yksi asia, joka toimi, ja yksi parannusidea.</p>",
             "teacher_notes": "<p>Palautteen malli taululle: ”Pidin siitä, että… Voisit "
             "kokeilla…”.</p>"},
            {"kind": "closing", "title": "Tallennus", "duration": 5,
             "pupil_instructions": "<p>Tallenna projekti nimellä labyrintti_etunimi. Kirjoita "
             "oppimispäiväkirjaan, mikä lohko oli vaikein.</p>",
             "teacher_notes": "<p>Kirjaa Ruskon digiosaamismerkin ”Ohjelmoinnin alkeet” "
             "suoritukset. Projekteja ei jaeta julkisesti oppilaan koko nimellä.</p>"}],
        "differentiation_up": "Lisää peliin ajastin (muuttuja aika) ja toinen taso: kun maali "
            "saavutetaan, vaihda taustaa.",
        "differentiation_down": "Aloita valmiista pohjasta, jossa tausta ja liikkuminen on tehty; "
            "oppilas lisää vain seinäehdon.",
        "support_general": "Lohkojen kuvakortit pöydällä ja mallikoodi taululla koko tunnin.",
        "support_intensified": "Pari-ohjelmointi: kohtaava aikuinen tai tutoroppilas istuu "
            "vieressä, ja tehtävä jaetaan kolmeen tarkistuspisteeseen.",
        "support_special": "Oppilas ohjelmoi hahmon liikkumaan yhdellä näppäimellä ScratchJr:ssä "
            "tai tabletilla; tavoitteena tapahtuman ja liikkeen yhteys.",
        "equipment": "Kannettavat tai tabletit, joissa Scratch 3, valmis esimerkkipeli, "
            "heijastin, lohkojen kuvakortit.",
        "safety": "",
        "accessibility": "Lohkoja voi suurentaa zoomauspainikkeella; kieleksi valitaan suomi. "
            "Oppilas voi käyttää omaa hiirtä tai isoja näppäimiä.",
        "assessment_criteria": "Peli käynnistyy vihreästä lipusta, hahmo liikkuu neljään "
            "suuntaan, palaa alkuun seinästä ja ilmoittaa voitosta. Oppilas osaa kertoa, miksi "
            "ehto on silmukan sisällä.",
        "formative_ideas": "Pelitestin palaute, tarkistuspisteet taululla (magneetti omalle "
            "nimelle) ja oppimispäiväkirjan merkintä.",
        "links": [("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet")],
        "licence": "cc-by-sa", "tags": ["ohjelmointi", "scratch", "digitaidot"],
        "copied_from": None,
    },
    {
        "key": "rusko_tietoturva_salasanat", "town": "Rusko", "school": "Vahdon koulu",
        "author": "Outi Laine", "language": "fi",
        "title": "Vahva salasana ja oma tieto verkossa",
        "summary": "Oppilaat tutkivat, millainen salasana on vahva, keksivät itselleen "
            "muistettavan salalauseen ja lajittelevat, mitä tietoa itsestä voi jakaa verkossa. "
            "Tunti kuuluu Ruskon digitaitojen osaamismerkkeihin.",
        "subjects": ["ymparistooppi"], "grades": ["5", "6"], "duration": 45,
        "competences": ["L3", "L5"],
        "learning_outcome": "Osaan tehdä vahvan salasanan ja kertoa, mitä tietoja itsestäni en "
            "jaa verkossa.",
        "key_points": ["Pitkä salalause, esimerkiksi neljä sanaa ja numero, on vahvempi kuin "
                "lyhyt sotkuinen sana.",
            "Salasanaa ei kerrota kaverille, ei edes parhaalle.",
            "Kotiosoite, puhelinnumero ja henkilötunnus eivät kuulu julkisiin palveluihin."],
        "objectives": [("T8",
             "kannustaa oppilasta edistämään hyvinvointia ja turvallisuutta ja ohjata häntä "
             "toimimaan turvallisesti, vastuullisesti ja itseään suojellen"),
            ("T7",
             "ohjata oppilasta ymmärtämään arjen teknologisten sovellusten käyttöä ja "
             "toimintaperiaatteita")],
        "keywords": [("salalause",
             "Salasana, joka on tehty monesta sanasta, esimerkiksi ”sininen-hirvi-syö-7-puuroa”."),
            ("henkilötieto",
             "Tieto, josta sinut voi tunnistaa: nimi, osoite, kuva, puhelinnumero."),
            ("kalastelu",
             "Huijausviesti, joka yrittää saada sinut kertomaan salasanasi tai painamaan "
             "linkkiä.")],
        "misconceptions": [("Salasana on turvallinen, kun siinä on erikoismerkki, vaikka se on "
             "lyhyt (esim. Koira1!).",
             "Lyhyen salasanan kone arvaa nopeasti. Pituus ratkaisee eniten: neljän sanan "
             "salalause on paljon vaikeampi arvata ja helpompi muistaa.")],
        "phases": [
            {"kind": "introduction", "title": "Arvaa salasana", "duration": 10,
             "pupil_instructions": "<p>Opettaja näyttää kuvitteellisen oppilaan Insta-profiilin. "
             "Etsi profiilista vihjeitä, joista voisi arvata hänen salasanansa (lemmikin nimi, "
             "syntymävuosi, lempijoukkue).</p>",
             "teacher_notes": "<p>Käytä keksittyä profiilia (Eetu, koira Nappi, syntynyt 2014). "
             "Oppilaat löytävät yleensä 3–4 vihjettä; kirjaa ne taululle.</p>"},
            {"kind": "activity", "title": "Salalauseen rakentaminen", "duration": 15,
             "pupil_instructions": "<p>Keksi neljä sanaa, jotka eivät liity toisiinsa, ja lisää "
             "numero. Kirjoita mallilause vihkoon, mutta älä käytä sitä oikeana salasanana. "
             "Kokeile opettajan näyttämällä mittarilla, kauanko arvaamiseen menisi.</p>",
             "teacher_notes": "<p>Näytä mittari vain heijastimelta omalla koneellasi; oppilaat "
             "eivät syötä salasanoja verkkosivuille. Muistuta, että oikea salasana keksitään "
             "kotona eikä sitä kirjoiteta vihkoon.</p>"},
            {"kind": "activity", "title": "Jaa vai älä jaa?", "duration": 15,
             "pupil_instructions": "<p>Lajittele parin kanssa 12 korttia kolmeen pinoon: voin "
             "jakaa kaikille, vain tutuille, en jaa kenellekään. Perustele yksi valinta toiselle "
             "parille.</p>",
             "teacher_notes": "<p>Kortit: lempiväri, koulun nimi, kotiosoite, kuva lomalta, "
             "puhelinnumero, henkilötunnus, salasana, lempibändi, kuva kaverista ilman lupaa… "
             "Erimielisyydet (koulun nimi, lomakuva) ovat hyviä keskustelun paikkoja.</p>"},
            {"kind": "assessment", "title": "Osaamismerkki", "duration": 5,
             "pupil_instructions": "<p>Vastaa kolmeen kysymykseen oppimisalustalla. Kolme oikein: "
             "saat merkin Tietoturva 1.</p>",
             "teacher_notes": "<p>Kysymykset: mikä kolmesta salasanasta on vahvin, mitä teet "
             "kalasteluviestille, mitä tietoa et jaa. Kirjaa merkit lukuvuoden "
             "osaamismerkkitaulukkoon.</p>"}],
        "differentiation_up": "Oppilas selvittää, mitä kaksivaiheinen tunnistautuminen "
            "tarkoittaa, ja tekee siitä ohjeen nuoremmille.",
        "differentiation_down": "Lajittelussa kaksi pinoa (jaan, en jaa) ja kuusi korttia "
            "kuvineen.",
        "support_general": "Sanasto kuvineen taululla; korttien teksti luetaan ääneen "
            "pyydettäessä.",
        "support_intensified": "Pienryhmässä tehdään yhteinen salalause ja harjoitellaan "
            "muistisääntöä; lajittelu aikuisen kanssa.",
        "support_special": "Oppilas harjoittelee omien tunnustensa käyttöä turvallisesti "
            "kuvallisen ohjeen avulla ja tietää, keneltä kysyä apua.",
        "equipment": "Lajittelukortit (12 / pari), heijastin, opettajan kone, oppimisalustan "
            "kysely.",
        "safety": "Oikeita salasanoja ei kirjoiteta, näytetä eikä syötetä tunnilla mihinkään.",
        "accessibility": "Kortit myös sähköisinä ruudunlukijalle sopivina; kuvat tukevat tekstiä.",
        "assessment_criteria": "Oppilas tunnistaa vahvan salasanan, perustelee, miksi pituus on "
            "tärkeä, ja erottaa jaettavat ja jakamattomat tiedot.",
        "formative_ideas": "Lajittelun perustelut parille ja osaamismerkin kysely; väärät "
            "vastaukset käydään läpi seuraavan tunnin alussa.",
        "links": [("Tietosuojavaltuutetun toimisto: tietoa lapsille ja nuorille",
             "https://tietosuoja.fi/lapset-ja-nuoret")],
        "licence": "cc-by", "tags": ["tietoturva", "osaamismerkit", "digitaidot"],
        "copied_from": None,
    },
    {
        "key": "rusko_hyvan_mielen_tunti", "town": "Rusko", "school": "Laukolan koulu",
        "author": "Minna Heinonen", "language": "fi",
        "title": "Hyvän mielen tunti: tunteet, liike ja kiitos",
        "summary": "Monialaisen hyvinvointijakson tunti, jossa oppilaat nimeävät tunteita, "
            "kokeilevat rauhoittumiskeinoja ja kirjoittavat kiitoskortin luokkakaverille. Osa "
            "Tutor 2.0 -mallin hyvinvoinnin käytänteitä.",
        "subjects": ["monialainen", "ymparistooppi"], "grades": ["3", "4"], "duration": 45,
        "competences": ["L2", "L3"],
        "learning_outcome": "Osaan nimetä tunteita ja kokeilla keinoa, joka auttaa minua "
            "rauhoittumaan.",
        "key_points": ["Kaikki tunteet ovat sallittuja, mutta kaikki teot eivät.",
            "Rauhoittumiseen auttaa esimerkiksi hidas hengitys, liike tai puhuminen aikuiselle.",
            "Kiitos ja hyvä sana lisäävät koko luokan hyvää mieltä."],
        "objectives": [("T8",
             "kannustaa oppilasta edistämään hyvinvointia ja turvallisuutta toiminnassaan ja "
             "lähiympäristössään"),
            ("T12",
             "ohjata oppilasta harjoittelemaan tunteiden tunnistamista ja ilmaisemista sekä "
             "vuorovaikutustaitoja")],
        "keywords": [("tunne",
             "Olo, joka tulee ja menee, esimerkiksi ilo, suru, kiukku tai jännitys."),
            ("tunnemittari", "Asteikko, jolla näytetään, kuinka voimakas tunne on (1–5)."),
            ("rauhoittumiskeino",
             "Teko, joka auttaa, kun tunne on liian iso, esimerkiksi neliöhengitys.")],
        "misconceptions": [("Kiukku ja suru ovat huonoja tunteita, jotka pitää piilottaa.",
             "Tunteet kertovat, mikä on meille tärkeää. Tärkeää on, mitä tunteen kanssa tekee: "
             "sen voi sanoa ääneen ja rauhoittua ilman, että satuttaa ketään.")],
        "phases": [
            {"kind": "introduction", "title": "Tunnemittari", "duration": 5,
             "pupil_instructions": "<p>Laita magneetti tunnemittariin omalla kohdallasi. Nimeä "
             "mielessäsi, mikä tunne sinulla on nyt.</p>",
             "teacher_notes": "<p>Magneetit ilman nimiä, jos luokassa on arkoja. Huomaa "
             "mahdolliset 1:t ja juttele heidän kanssaan kahden kesken tunnin jälkeen.</p>"},
            {"kind": "activity", "title": "Tunnepantomiimi", "duration": 15,
             "pupil_instructions": "<p>Nosta kortti ja näytä tunne ilman sanoja. Ryhmä arvaa. "
             "Kerro sitten, missä kehossa tunne tuntuu.</p>",
             "teacher_notes": "<p>Kortit: ilo, ylpeys, jännitys, pettymys, kiukku, häpeä, "
             "helpotus, ikävä. Kirjaa ”missä tuntuu” -vastaukset ääriviivahahmoon taululle.</p>"},
            {"kind": "activity", "title": "Kolme rauhoittumiskeinoa", "duration": 15,
             "pupil_instructions": "<p>Kokeillaan yhdessä: neliöhengitys (4 sisään, 4 pidätä, 4 "
             "ulos, 4 odota), 20 tähtihyppyä ja tärinälepo. Valitse, mikä sopi sinulle "
             "parhaiten.</p>",
             "teacher_notes": "<p>Tee tähtihypyt viimeisenä, jos tilaa on vähän. Keinot "
             "tulostetaan luokan seinälle ”Rauhoittumisen nurkkaan”.</p>"},
            {"kind": "closing", "title": "Kiitoskortti", "duration": 10,
             "pupil_instructions": "<p>Nosta kaverin nimi purkista ja kirjoita hänelle kortti: "
             "”Kiitos, että…” Anna kortti tunnin lopussa.</p>",
             "teacher_notes": "<p>Tarkista, että jokainen saa kortin; pidä varalla valmiiksi "
             "kirjoitetut opettajan kortit.</p>"}],
        "differentiation_up": "Oppilas keksii luokalle neljännen rauhoittumiskeinon ja opettaa "
            "sen muille seuraavalla tunnilla.",
        "differentiation_down": "Pantomiimissa neljä perustunnetta kuvin; kiitoskortissa valmis "
            "aloitus ja piirros.",
        "support_general": "Tunnekortit kuvin ja sanoin; opettaja mallintaa jokaisen vaiheen.",
        "support_intensified": "Oppilaalla on oma pieni tunnemittari pulpetissa ja sovittu "
            "merkki, jolla hän voi pyytää rauhoittumistaukoa.",
        "support_special": "Tunteita harjoitellaan kahden tunteen (hyvä olo – paha olo) "
            "kuvakorteilla, ja rauhoittumiskeinoksi harjoitellaan yksi, esimerkiksi painopeitto "
            "tai hengitysvisuaali.",
        "equipment": "Tunnemittari ja magneetit, tunnekortit, kiitoskortit, nimipurkki, ajastin.",
        "safety": "Tähtihypyt tehdään pulpettien välissä niin, ettei kukaan osu toiseen.",
        "accessibility": "Liikkeet voi tehdä myös istuen; hengitysharjoitus näytetään "
            "visuaalisena neliönä taululla.",
        "assessment_criteria": "Oppilas nimeää vähintään neljä tunnetta ja kertoo yhden itselleen "
            "sopivan rauhoittumiskeinon. Tuntia ei arvioida numerolla.",
        "formative_ideas": "Tunnemittari tunnin alussa ja lopussa; opettaja vertaa muutosta ja "
            "kirjaa yleiskuvan.",
        "links": [("MIELI ry: tunnetaitoja kouluun", "https://mieli.fi/materiaalit-ja-tyokalut/")],
        "licence": "cc-by", "tags": ["hyvinvointi", "tunnetaidot", "tutor2"], "copied_from": None,
    },
    {
        "key": "rusko_koulunpihan_suunnistus", "town": "Rusko", "school": "Vahdon koulu",
        "author": "Teemu Aalto", "language": "fi",
        "title": "Koulunpihan suunnistus kartalla",
        "summary": "Oppilaat suuntaavat koulunpihan kartan, tunnistavat karttamerkit ja etsivät "
            "pareittain kahdeksan rastia. Tunnin lopussa tehdään tähtiviesti joukkueina.",
        "subjects": ["liikunta"], "grades": ["3"], "duration": 45, "competences": ["L1", "L3"],
        "learning_outcome": "Osaan kääntää kartan maaston mukaan ja löytää rastin kartan avulla.",
        "key_points": ["Kartta käännetään niin, että kartan kohteet ovat samassa suunnassa kuin "
                "maastossa.",
            "Peukalo kulkee kartalla mukana siinä kohdassa, jossa itse olet.",
            "Rastilla leimataan ja palataan lähtöön ennen seuraavaa rastia."],
        "objectives": [("T2",
             "ohjata oppilasta harjoittelemaan havaintomotorisia taitoja eli havaitsemaan "
             "itseään ja ympäristöään aistien avulla"),
            ("T9",
             "ohjata oppilasta toimimaan reilusti ja turvallisesti sekä kantamaan vastuuta "
             "yhteisistä oppimistilanteista")],
        "keywords": [("kartan suuntaaminen",
             "Kartan kääntäminen niin, että se on samassa asennossa kuin ympäristö."),
            ("karttamerkki",
             "Kartan kuva tai väri, joka tarkoittaa jotakin, esim. vihreä = metsä."),
            ("rasti", "Paikka, jossa on leimasin tai koodi, jonka etsit kartan avulla.")],
        "misconceptions": [("Kartan pohjoisen pitää aina osoittaa eteenpäin.",
             "Kartta käännetään maaston mukaan. Jos koulurakennus on oikealla puolellasi, sen "
             "pitää olla kartallakin oikealla.")],
        "phases": [
            {"kind": "introduction", "title": "Kartta käteen", "duration": 10,
             "pupil_instructions": "<p>Seiso koulun pääoven edessä. Käännä kartta niin, että ovi "
             "on kartalla samassa paikassa kuin edessäsi. Näytä peukalolla, missä seisot.</p>",
             "teacher_notes": "<p>Kartta 1:1 000, A5-koko, laminoituna. Kierrä tarkistamassa "
             "peukalot. Käy läpi merkit: rakennus, hiekkakenttä, aita, keinut, metsä.</p>"},
            {"kind": "activity", "title": "Rastit pareittain", "duration": 25,
             "pupil_instructions": "<p>Parisi kanssa etsitte rastit 1–8. Jokaisella rastilla on "
             "kirjain; kirjoita se korttiin. Palaa lähtöön aina rastin jälkeen ja näytä kortti. "
             "Kirjaimista muodostuu sana.</p>",
             "teacher_notes": "<p>Sana on RUSKOSSA (8 kirjainta). Lähetä parit eri rasteille, "
             "niin jonoja ei synny. Vaikeimmat rastit (6–8) ovat metsän reunassa, aidan "
             "sisäpuolella.</p>"},
            {"kind": "activity", "title": "Tähtiviesti", "duration": 5,
             "pupil_instructions": "<p>Joukkueenne hakee rastit vuorotellen. Seuraava lähtee, kun "
             "edellinen on palannut.</p>",
             "teacher_notes": "<p>Kolme joukkuetta, eri järjestys jokaisella. Ota aikaa vain, "
             "jos ryhmä pitää kilpailusta.</p>"},
            {"kind": "closing", "title": "Mikä auttoi?", "duration": 5,
             "pupil_instructions": "<p>Kerro parille, mistä karttamerkistä oli eniten apua.</p>",
             "teacher_notes": "<p>Kerää kortit ja kartat. Kirjaa, kenellä suuntaaminen ei vielä "
             "onnistu.</p>"}],
        "differentiation_up": "Oppilas kiertää rastit ilman paluuta lähtöön (”pujottelu”) ja "
            "piirtää kartalle oman reittinsä.",
        "differentiation_down": "Rastit 1–4 näköyhteyden päässä lähdöstä; kartalla myös valokuvat "
            "rastipaikoista.",
        "support_general": "Karttamerkkien selitys kartan reunassa kuvin.",
        "support_intensified": "Oppilas kulkee aikuisen tai kokeneemman parin kanssa, ja kartta "
            "suunnataan yhdessä ennen jokaista rastia.",
        "support_special": "Valokuvasuunnistus: oppilas etsii kuvassa näkyvän paikan ja yhdistää "
            "sen karttaan aikuisen kanssa.",
        "equipment": "Laminoidut pihakartat, 8 rastilippua kirjaimineen, rastikortit, kynät, "
            "sekuntikello.",
        "safety": "Alueen rajat (aita, parkkipaikka) näytetään kartalla ja maastossa; oppilaat "
            "liikkuvat pareittain ja palaavat pillin merkistä.",
        "accessibility": "Reitit valitaan niin, että rastit 1–5 ovat päällystetyllä alueella "
            "pyörätuolilla saavutettavissa.",
        "assessment_criteria": "Oppilas suuntaa kartan ja löytää vähintään kuusi rastia parin "
            "kanssa; toimii reilusti ja turvallisesti.",
        "formative_ideas": "Peukalotarkistus lähdössä ja rastikortin täyttyminen; opettaja antaa "
            "suullista palautetta suuntaamisesta.",
        "links": [],
        "licence": "cc-by", "tags": ["suunnistus", "kartta", "ulkona"], "copied_from": None,
    },
    {
        "key": "rusko_ruotsi_esittaytyminen", "town": "Rusko", "school": "Kirkonkylän koulu",
        "author": "Laura Koivisto", "language": "fi",
        "title": "Hej, jag heter… – esittäytyminen ruotsiksi",
        "summary": "Kuudesluokkalaiset harjoittelevat esittäytymistä ruotsiksi: nimi, ikä, "
            "asuinpaikka ja yksi harrastus. Tunnin lopussa tehdään lyhyt videoesittely Turunmaan "
            "ruotsinkieliselle ystävyysluokalle.",
        "subjects": ["ruotsi"], "grades": ["6"], "duration": 45, "competences": ["L2", "L5"],
        "learning_outcome": "Osaan kertoa ruotsiksi nimeni, ikäni, asuinpaikkani ja harrastukseni "
            "ja kysyä samat asiat kaverilta.",
        "key_points": ["Jag heter… (Minun nimeni on…), Jag är tolv år (Olen 12-vuotias), Jag bor "
                "i Rusko (Asun Ruskolla).",
            "Kysymykset: Vad heter du? Hur gammal är du? Var bor du? Vad gillar du?",
            "Ruotsissa sanotaan yleensä sinä (du) myös aikuiselle."],
        "objectives": [("T6",
             "ohjata oppilasta harjoittelemaan vuorovaikutusta erilaisissa arkisissa "
             "viestintätilanteissa"),
            ("T9",
             "ohjata oppilasta tuottamaan puhetta ja lyhyitä kirjoitettuja tekstejä arkisista "
             "ja itselle tärkeistä aiheista")],
        "keywords": [("Jag heter", "Minun nimeni on."), ("Jag bor i", "Asun jossakin (paikassa)."),
            ("Jag gillar", "Pidän jostakin, esim. Jag gillar fotboll.")],
        "misconceptions": [("”Jag” lausutaan kuten kirjoitetaan: jag.",
             "Ruotsissa g sanan lopussa ääntyy usein j:nä: jag kuulostaa suunnilleen ”jaa”. "
             "Kuuntele ja matki opettajan tai äänitteen mallia.")],
        "phases": [
            {"kind": "introduction", "title": "Kuuntele ja poimi", "duration": 10,
             "pupil_instructions": "<p>Kuuntele kolme lyhyttä esittelyä. Kirjoita taulukkoon "
             "jokaisen nimi, ikä ja asuinpaikka.</p>",
             "teacher_notes": "<p>Äänitä esittelyt itse tai käytä oppikirjan äänitettä. Paikat: "
             "Pargas, Åbo, Kronoby. Tarkista vastaukset yhdessä ja kysy, mistä sanasta ikä "
             "tunnistettiin.</p>"},
            {"kind": "activity", "title": "Sisäpiiri–ulkopiiri", "duration": 15,
             "pupil_instructions": "<p>Seisokaa kahdessa piirissä vastakkain. Kysykää toisiltanne "
             "neljä kysymystä ruotsiksi. Kun opettaja taputtaa, ulkopiiri siirtyy yhden askeleen "
             "vasemmalle.</p>",
             "teacher_notes": "<p>Kysymykset taululla suomeksi ja ruotsiksi. Neljä kierrosta "
             "riittää. Kuuntele ääntämistä, älä keskeytä; kirjaa yleiset virheet loppuun.</p>"},
            {"kind": "activity", "title": "Videoterveiset", "duration": 15,
             "pupil_instructions": "<p>Kirjoita oma esittelysi neljällä lauseella ja lisää yksi "
             "kysymys ystävyysluokalle. Harjoittele parille ja kuvatkaa 30 sekunnin video.</p>",
             "teacher_notes": "<p>Videoissa näkyy vain etunimi, ja ne tallennetaan koulun "
             "pilveen. Tarkista huoltajien kuvausluvat etukäteen; luvattomat oppilaat voivat "
             "tehdä ääniviestin.</p>"},
            {"kind": "closing", "title": "Mitä opin?", "duration": 5,
             "pupil_instructions": "<p>Sano opettajalle ovella yksi lause ruotsiksi "
             "itsestäsi.</p>",
             "teacher_notes": "<p>Käy läpi kaksi yleistä virhettä (esim. ”Jag är 12 vuotta”) "
             "seuraavan tunnin alussa.</p>"}],
        "differentiation_up": "Lisää esittelyyn perhe ja lemmikki (Jag har en bror och en hund) "
            "sekä kysymys ”Vad gör du på fritiden?”.",
        "differentiation_down": "Käytä lauseenaloituksia ja kuvasanastoa; esittelyssä kaksi "
            "lausetta.",
        "support_general": "Sanasto ja ääntämisohjeet taululla; äänite kuunneltavissa omalta "
            "laitteelta.",
        "support_intensified": "Oppilas harjoittelee esittelyä ensin aikuisen kanssa, ja video "
            "voidaan tehdä ilman kameraa ääniviestinä.",
        "support_special": "Oppilas tervehtii (Hej!) ja kertoo nimensä ruotsiksi kuvatuen avulla "
            "yksilöllisten tavoitteidensa mukaan.",
        "equipment": "Äänitteet, taulukko monisteena, tabletit videokuvaukseen, kuvasanasto.",
        "safety": "",
        "accessibility": "Äänitteet tekstitettyinä; video voidaan korvata ääniviestillä tai "
            "kirjoitetulla viestillä.",
        "assessment_criteria": "Oppilas esittäytyy neljällä lauseella ymmärrettävästi ja vastaa "
            "kaverin kysymyksiin.",
        "formative_ideas": "Ovella sanottu lause ja opettajan muistiinpanot "
            "sisäpiiri–ulkopiiri-harjoituksesta.",
        "links": [("Yle Svenska: lätt svenska", "https://svenska.yle.fi/")],
        "licence": "cc-by", "tags": ["ruotsi", "puhuminen", "ystävyysluokka"], "copied_from": None,
    },
    {
        "key": "rusko_mediataito_uutinen", "town": "Rusko", "school": "Maunun koulu",
        "author": "Petri Saarinen", "language": "fi",
        "title": "Uutinen vai huijaus? Lähteen luotettavuus somessa",
        "summary": "Kahdeksasluokkalaiset tutkivat kolmea somessa levinnyttä juttua ja arvioivat "
            "niiden luotettavuutta kuuden kysymyksen tarkistuslistalla. Lopuksi jokainen "
            "kirjoittaa lyhyen oikaisun.",
        "subjects": ["aidinkieli"], "grades": ["8"], "duration": 90,
        "competences": ["L4", "L5", "L7"],
        "learning_outcome": "Osaan tarkistaa, kuka jutun on tehnyt, mistä tieto on peräisin ja "
            "löytyykö sama tieto luotettavasta lähteestä.",
        "key_points": ["Tarkista julkaisija, päiväys ja alkuperäinen lähde ennen kuin jaat.",
            "Kuvahaku paljastaa, onko kuva vanha tai toisesta yhteydestä.",
            "Tunteisiin vetoava otsikko ei vielä todista, että juttu on väärä, mutta se on syy "
                "tarkistaa."],
        "objectives": [("T7",
             "ohjata oppilasta kehittämään tiedonhankintataitojaan ja arvioimaan tietolähteiden "
             "luotettavuutta"),
            ("T6",
             "ohjata oppilasta analysoimaan ja tulkitsemaan erilaisia tekstejä, myös "
             "mediatekstejä")],
        "keywords": [("lähdekritiikki", "Tiedon ja sen lähteen luotettavuuden arviointi."),
            ("disinformaatio", "Tarkoituksella levitetty väärä tieto."),
            ("käänteinen kuvahaku", "Haku, joka etsii, missä sama kuva on julkaistu aiemmin.")],
        "misconceptions": [("Jos juttua on jaettu tuhansia kertoja, sen täytyy olla totta.",
             "Jakojen määrä kertoo vain, että juttu herättää tunteita. Totuus selviää lähteestä, "
             "ei suosiosta."),
            ("Kaikki uutismediat ovat yhtä epäluotettavia.",
             "Journalistin ohjeita noudattava media korjaa virheensä julkisesti. Se erottaa sen "
             "nimettömästä tilistä.")],
        "phases": [
            {"kind": "introduction", "title": "Jakaisitko?", "duration": 10,
             "pupil_instructions": "<p>Katso kolmea julkaisua. Äänestä jokaisesta: jakaisin, en "
             "jakaisi, en tiedä. Perustele yhdellä sanalla.</p>",
             "teacher_notes": "<p>Julkaisut: 1) aito uutinen paikallislehdestä, 2) vanha "
             "tulvakuva uutena myrskykuvana, 3) satiirisivuston juttu. Älä paljasta oikeita "
             "vastauksia vielä.</p>"},
            {"kind": "activity", "title": "Tarkistuslista käyttöön", "duration": 40,
             "pupil_instructions": "<p>Tutkikaa ryhmänä yksi julkaisu kuuden kysymyksen avulla: "
             "Kuka julkaisi? Milloin? Mistä tieto on peräisin? Löytyykö sama tieto toisesta "
             "lähteestä? Onko kuva aito? Mitä julkaisija hyötyy? Kirjatkaa vastaukset ja "
             "todisteet.</p>",
             "teacher_notes": "<p>Näytä käänteinen kuvahaku ennen ryhmätyötä. Ryhmä 2 löytää "
             "kuvan vuodelta 2017. Satiirisivuston tunnistaa Tietoa meistä -sivulta.</p>"},
            {"kind": "discussion", "title": "Ryhmät raportoivat", "duration": 15,
             "pupil_instructions": "<p>Kertokaa muille kahdessa minuutissa, mitä löysitte ja mikä "
             "todiste oli vahvin.</p>",
             "teacher_notes": "<p>Vertaa tuloksia alun äänestykseen: moniko muutti mieltään?</p>"},
            {"kind": "activity", "title": "Oikaisu", "duration": 20,
             "pupil_instructions": "<p>Kirjoita 80–120 sanan oikaisu kaverille, joka jakoi väärän "
             "jutun. Ole ystävällinen ja kerro, miten asian voi itse tarkistaa.</p>",
             "teacher_notes": "<p>Anna malliksi kaksi aloitusta. Arvioi oikaisusta perustelut ja "
             "sävy.</p>"},
            {"kind": "closing", "title": "Oma sääntö", "duration": 5,
             "pupil_instructions": "<p>Kirjoita itsellesi yksi sääntö, jota noudatat ennen "
             "jakamista.</p>",
             "teacher_notes": "<p>Kokoa säännöt luokan seinälle.</p>"}],
        "differentiation_up": "Oppilas vertaa, miten kaksi eri mediaa otsikoi saman uutisen, ja "
            "analysoi sanavalintoja.",
        "differentiation_down": "Tarkistuslistassa kolme kysymystä (kuka, milloin, löytyykö "
            "muualta) ja valmiit linkit lähteisiin.",
        "support_general": "Tarkistuslista monisteena ja ohjeet sekä kirjoitettuna että ääneen.",
        "support_intensified": "Oppilas työskentelee samanaikaisopettajan ryhmässä; oikaisu "
            "voidaan tehdä ääniviestinä tai lauseenaloituksin.",
        "support_special": "Oppilas erottaa kuvaparista mainoksen ja uutisen ja harjoittelee "
            "kysymistä ”kuka tämän teki?” yksilöllisten tavoitteiden mukaan.",
        "equipment": "Kannettavat, kolme esimerkkijulkaisua kuvakaappauksina, tarkistuslista, "
            "heijastin.",
        "safety": "",
        "accessibility": "Julkaisut myös tekstinä ruudunlukijalle; kuvien vaihtoehtoiset tekstit.",
        "assessment_criteria": "Oppilas käyttää tarkistuslistaa, perustelee arvionsa todisteilla "
            "ja kirjoittaa asiallisen oikaisun.",
        "formative_ideas": "Alun ja lopun äänestyksen vertailu; opettajan kommentit oikaisuun "
            "oppimisalustalla.",
        "links": [("Mediataitokoulu", "https://www.mediataitokoulu.fi/"),
            ("Kielikello", "https://www.kielikello.fi/")],
        "licence": "cc-by", "tags": ["mediataito", "lähdekritiikki", "digitaidot"],
        "copied_from": None,
    },
    {
        "key": "rusko_historia_teollistuminen", "town": "Rusko", "school": "Maunun koulu",
        "author": "Merja Honkanen", "language": "fi",
        "title": "Teollistuminen: tehtaan pilli muutti arjen",
        "summary": "Oppilaat vertaavat maatalon ja 1890-luvun tehtaan työpäivää aikalaislähteiden "
            "avulla ja päättelevät, miksi ihmiset muuttivat maalta kaupunkeihin.",
        "subjects": ["historia"], "grades": ["8"], "duration": 45, "competences": ["L1", "L4"],
        "learning_outcome": "Osaan kertoa lähteiden avulla, miten työ ja arki muuttuivat, kun "
            "ihmiset siirtyivät maalta tehtaisiin.",
        "key_points": ["Höyrykone ja myöhemmin sähkö mahdollistivat tehtaat, jotka tarvitsivat "
                "paljon työntekijöitä.",
            "Tehtaassa työaika määräytyi kellon ja pillin mukaan, maatalossa vuodenaikojen.",
            "Muutto kaupunkiin toi palkan mutta myös ahtaat asunnot ja lapsityön."],
        "objectives": [("T3",
             "ohjata oppilasta tunnistamaan erilaisia historiallisia lähteitä ja arvioimaan "
             "niiden käyttökelpoisuutta"),
            ("T7",
             "ohjata oppilasta ymmärtämään historiallisen muutoksen ja jatkuvuuden käsitteitä")],
        "keywords": [("teollistuminen",
             "Muutos, jossa tavaroita alettiin valmistaa koneilla tehtaissa."),
            ("aikalaislähde", "Tapahtumien aikaan syntynyt lähde, esim. päiväkirja tai valokuva."),
            ("kaupungistuminen", "Kaupungeissa asuvien ihmisten osuus kasvaa.")],
        "misconceptions": [("Teollistuminen tapahtui Suomessa yhtäkkiä ja kaikkialla samaan "
             "aikaan.",
             "Muutos eteni vuosikymmeniä: Tampereella ja Turussa tehtaat kasvoivat "
             "1800-luvulla, mutta suurin osa suomalaisista eli maataloudesta vielä "
             "1950-luvulla.")],
        "phases": [
            {"kind": "introduction", "title": "Kaksi herätystä", "duration": 5,
             "pupil_instructions": "<p>Kuuntele kaksi ääntä: kukon kieunta ja tehtaan pilli. Mitä "
             "kumpikin kertoo ihmisen päivästä?</p>",
             "teacher_notes": "<p>Kirjaa vastaukset kahteen sarakkeeseen; palaatte niihin "
             "lopussa.</p>"},
            {"kind": "activity", "title": "Lähdepari", "duration": 25,
             "pupil_instructions": "<p>Parisi saa kaksi lähdettä: tehtaan järjestyssäännön "
             "vuodelta 1890 ja torpparin tyttären muistelman. Täyttäkää vertailutaulukko: "
             "työaika, palkka, asuminen, lapset. Merkitse, kumpi lähde kertoo mistäkin.</p>",
             "teacher_notes": "<p>Järjestyssäännössä työpäivä 6–18, myöhästymisestä sakko. Kysy, "
             "miksi muistelma voi kaunistella: se on kirjoitettu 60 vuotta myöhemmin.</p>"},
            {"kind": "discussion", "title": "Miksi muuttaa?", "duration": 10,
             "pupil_instructions": "<p>Keskustelkaa: Olisitko lähtenyt vuonna 1890 tehtaaseen? "
             "Perustele lähteillä.</p>",
             "teacher_notes": "<p>Ohjaa erottamaan syyt (palkka, maattomuus) ja seuraukset "
             "(asuntopula).</p>"},
            {"kind": "closing", "title": "Muutos ja jatkuvuus", "duration": 5,
             "pupil_instructions": "<p>Kirjoita yksi asia, joka muuttui, ja yksi asia, joka pysyi "
             "samana.</p>",
             "teacher_notes": "<p>Laput kerätään ja luetaan seuraavan tunnin alussa.</p>"}],
        "differentiation_up": "Oppilas etsii Finnasta valokuvan oman kotiseudun teollisuudesta ja "
            "arvioi, mitä kuva kertoo ja mitä se jättää kertomatta.",
        "differentiation_down": "Lähteistä on lyhennetyt versiot ja vertailutaulukossa valmiit "
            "rivit.",
        "support_general": "Vaikeat sanat selitetty lähteen reunassa; aikajana taululla.",
        "support_intensified": "Lähteet luetaan pienryhmässä ääneen ja taulukko täytetään yhdessä.",
        "support_special": "Oppilas vertaa kahta kuvaa (pelto ja tehdas) ja kertoo, missä ihmiset "
            "tekivät töitä.",
        "equipment": "Lähdemonisteet, vertailutaulukko, ääniklipit, heijastin.",
        "safety": "",
        "accessibility": "Lähteet sähköisinä ja kuunneltavina; taulukko myös täytettävänä "
            "tiedostona.",
        "assessment_criteria": "Oppilas poimii lähteistä tietoa, erottaa lähteiden näkökulmat ja "
            "nimeää muutoksen ja jatkuvuuden.",
        "formative_ideas": "Vertailutaulukon tarkistus pareittain ja loppulaput.",
        "links": [("Finna: Suomen arkistojen, kirjastojen ja museoiden aineistot",
             "https://www.finna.fi/")],
        "licence": "cc-by-nd", "tags": ["historia", "lähteet", "teollistuminen"],
        "copied_from": None,
    },
    # Naantali -------------------------------------------------------------------------------------
    {
        "key": "naantali_englanti_weather", "town": "Naantali", "school": "Kuparivuoren koulu",
        "author": "Elisa Kallio", "language": "fi",
        "title": "What's the weather like? Sää englanniksi",
        "summary": "Kolmasluokkalaiset oppivat säätä kuvaavat sanat, laulavat säälaulun ja "
            "esittävät pareittain sääennusteen Naantalin kartalle.",
        "subjects": ["englanti"], "grades": ["3"], "duration": 45, "competences": ["L2", "L4"],
        "learning_outcome": "Osaan kertoa englanniksi, millainen sää on tänään, ja ymmärrän "
            "lyhyen sääennusteen.",
        "key_points": ["It's sunny, cloudy, rainy, windy, snowy.",
            "Kysymys: What's the weather like today? Vastaus: It's rainy.",
            "Lämpötila: It's five degrees."],
        "objectives": [("T6",
             "ohjata oppilasta harjoittelemaan vuorovaikutusta erilaisissa viestintätilanteissa"),
            ("T8", "ohjata oppilasta tulkitsemaan ikätasolle sopivaa puhetta ja tekstiä")],
        "keywords": [("weather", "Sää."), ("sunny / cloudy", "Aurinkoinen / pilvinen."),
            ("degrees", "Astetta, esim. ten degrees = kymmenen astetta.")],
        "misconceptions": [("Sana weather kirjoitetaan kuten se kuulostaa: wether.",
             "Kirjoitusasu on weather, jossa on ea. Muista: We eat in any weather.")],
        "phases": [
            {"kind": "introduction", "title": "Look out of the window", "duration": 10,
             "pupil_instructions": "<p>Katso ikkunasta. Valitse kuvakortti, joka kuvaa säätä nyt, "
             "ja sano: It's…</p>",
             "teacher_notes": "<p>Viisi kuvakorttia taululla. Toista jokainen sana kolme kertaa "
             "eri äänensävyillä (kuiskaten, iloisesti, robottina).</p>"},
            {"kind": "activity", "title": "Weather song", "duration": 10,
             "pupil_instructions": "<p>Laulakaa säälaulu ja tehkää jokaiseen säähän liike: "
             "aurinko kädet ylös, sade sormet valuen alas.</p>",
             "teacher_notes": "<p>Sävelenä käy tuttu ”Frère Jacques”: What's the weather, what's "
             "the weather… Liikkeet auttavat muistamaan.</p>"},
            {"kind": "activity", "title": "Weather forecast", "duration": 20,
             "pupil_instructions": "<p>Tehkää parin kanssa sääennuste kartalle: Naantali, Turku, "
             "Helsinki, Rovaniemi. Liimatkaa kuvat ja kirjoittakaa lämpötilat. Esittäkää ennuste: "
             "In Naantali it's sunny and ten degrees.</p>",
             "teacher_notes": "<p>Anna malliennuste taululle. Esitykset ryhmissä, ei koko luokan "
             "edessä, jos aikaa on vähän.</p>"},
            {"kind": "closing", "title": "Exit ticket", "duration": 5,
             "pupil_instructions": "<p>Piirrä huomisen sää ja kirjoita siihen yksi lause "
             "englanniksi.</p>",
             "teacher_notes": "<p>Tarkista kirjoitusasu sanoista sunny ja rainy; ne menevät "
             "usein muotoon suny/reiny.</p>"}],
        "differentiation_up": "Lisää ennusteeseen vaatetusneuvo: Take an umbrella! Wear a hat!",
        "differentiation_down": "Ennusteessa vain sääsana ilman lämpötilaa; malliennuste "
            "jokaisella paperilla.",
        "support_general": "Kuvakortit ja sanat taululla koko tunnin.",
        "support_intensified": "Oppilas tekee ennusteen aikuisen kanssa valmiiden lauseiden "
            "avulla ja esittää sen vain parille.",
        "support_special": "Oppilas yhdistää kolme sääsanaa kuviin ja näyttää tämän päivän sään "
            "kuvakortilla.",
        "equipment": "Sääkortit, Suomen kartta monisteena, liimaa, sääsymbolit tarroina.",
        "safety": "",
        "accessibility": "Laulun liikkeet voi tehdä istuen; kuvakortit isoina ja kontrastisina.",
        "assessment_criteria": "Oppilas nimeää viisi sääsanaa ja esittää ennusteen "
            "ymmärrettävästi.",
        "formative_ideas": "Exit ticket ja liikkeellä vastaaminen: opettaja sanoo sanan, oppilaat "
            "näyttävät liikkeen.",
        "links": [],
        "licence": "cc-by", "tags": ["englanti", "sää", "laulu"], "copied_from": None,
    },
    {
        "key": "naantali_kemia_happo_emas", "town": "Naantali", "school": "Maijamäen koulu",
        "author": "Jarmo Vainio", "language": "fi",
        "title": "Hapan vai emäksinen? Punakaaliliuos indikaattorina",
        "summary": "Oppilaat valmistavat punakaaliliuoksesta indikaattorin, testaavat kahdeksan "
            "kodin aineen pH:n ja järjestävät aineet pH-asteikolle.",
        "subjects": ["kemia"], "grades": ["8"], "duration": 90, "competences": ["L1", "L3"],
        "learning_outcome": "Osaan testata indikaattorilla, onko aine hapan, neutraali vai "
            "emäksinen, ja sijoittaa sen pH-asteikolle.",
        "key_points": ["pH-asteikko on 0–14: alle 7 hapan, 7 neutraali, yli 7 emäksinen.",
            "Punakaaliliuos muuttuu happamassa punaiseksi ja emäksisessä vihreäksi tai "
                "keltaiseksi.",
            "Vahvat hapot ja emäkset syövyttävät: suojalasit ovat päässä koko työn ajan."],
        "objectives": [("T5",
             "ohjata oppilasta tekemään tutkimuksia turvallisesti ja yhdessä toimien"),
            ("T12",
             "ohjata oppilasta ymmärtämään aineiden ominaisuuksia ja rakennetta kuvaavia "
             "käsitteitä")],
        "keywords": [("indikaattori", "Aine, jonka väri muuttuu liuoksen happamuuden mukaan."),
            ("pH", "Luku, joka kertoo, kuinka hapan tai emäksinen liuos on."),
            ("neutraali", "Ei hapan eikä emäksinen, pH 7, esim. puhdas vesi.")],
        "misconceptions": [("Kaikki hapot ovat vaarallisia ja kaikki emäkset turvallisia.",
             "Sitruunamehu on hapan ja turvallinen, astianpesukoneen pesuaine emäksinen ja "
             "syövyttävä. Vaarallisuus riippuu vahvuudesta ja pitoisuudesta.")],
        "phases": [
            {"kind": "introduction", "title": "Sitruuna ja saippua", "duration": 10,
             "pupil_instructions": "<p>Katso, kun opettaja lisää punakaaliliuosta kahteen lasiin. "
             "Miksi värit ovat erilaiset? Kirjoita hypoteesi.</p>",
             "teacher_notes": "<p>Lasi 1: etikka (punainen), lasi 2: ruokasooda (sinivihreä). "
             "Älä selitä vielä, kirjaa hypoteesit.</p>"},
            {"kind": "activity", "title": "Indikaattorin valmistus", "duration": 20,
             "pupil_instructions": "<p>Silppua 100 g punakaalia, kaada päälle 300 ml kuumaa vettä "
             "ja anna hautua 10 min. Siivilöi liuos dekantterilasiin.</p>",
             "teacher_notes": "<p>Keitä vesi vedenkeittimessä valmiiksi. Voit myös valmistaa "
             "liuoksen etukäteen, jos aikaa on vähän; se säilyy jääkaapissa viikon.</p>"},
            {"kind": "activity", "title": "Kahdeksan ainetta", "duration": 35,
             "pupil_instructions": "<p>Laita koeputkiin 2 ml indikaattoria ja 5 tippaa "
             "testattavaa ainetta: etikka, sitruunamehu, kivennäisvesi, hanavesi, maito, "
             "ruokasooda, saippua, astianpesuaine. Kirjaa väri ja arvioi pH "
             "vertailuasteikosta.</p>",
             "teacher_notes": "<p>Opettaja annostelee astianpesuaineen. Odotetut värit: etikka "
             "ja sitruuna punainen, vesi violetti, sooda sinivihreä, astianpesuaine keltavihreä. "
             "Tarkista pH-paperilla kaksi ainetta.</p>"},
            {"kind": "discussion", "title": "Tulokset asteikolle", "duration": 15,
             "pupil_instructions": "<p>Ryhmät kiinnittävät aineet yhteiselle pH-janalle. Löytyykö "
             "eroja ryhmien välillä? Mistä ne voivat johtua?</p>",
             "teacher_notes": "<p>Erot johtuvat usein tippamäärästä ja liuoksen väkevyydestä; "
             "hyvä hetki puhua toistettavuudesta.</p>"},
            {"kind": "assessment", "title": "Työselostus", "duration": 10,
             "pupil_instructions": "<p>Täytä työselostuksen tulokset ja johtopäätös: Oliko "
             "hypoteesisi oikea?</p>",
             "teacher_notes": "<p>Selostus palautetaan oppimisalustalle; arvioi tulosten "
             "kirjaus ja johtopäätös.</p>"}],
        "differentiation_up": "Oppilas neutraloi etikan ruokasoodalla tipoittain ja kirjaa, "
            "montako tippaa tarvitaan värin muuttumiseen.",
        "differentiation_down": "Testataan neljä ainetta, ja selostuksessa on valmis taulukko ja "
            "väriasteikko.",
        "support_general": "Työohje kuvin; työvaiheet numeroitu ja ajastettu taululle.",
        "support_intensified": "Oppilas työskentelee kolmen hengen ryhmässä selkeällä roolilla "
            "(mittaaja, kirjaaja, tarkistaja) ja aikuinen tarkistaa vaiheet.",
        "support_special": "Oppilas tekee kolme testiä aikuisen kanssa ja lajittelee tulokset "
            "kahteen ryhmään värin mukaan.",
        "equipment": "Punakaali, vedenkeitin, siivilä, dekantterilasit, koeputket ja teline, "
            "pipetit, testattavat aineet, pH-paperi, suojalasit.",
        "safety": "Suojalasit koko työn ajan. Astianpesuaineen annostelee opettaja. Kuuma vesi "
            "käsitellään pöydän keskellä. Roiskeet huuhdellaan heti runsaalla vedellä; "
            "silmähuuhde on valmiina.",
        "accessibility": "Värisokealle oppilaalle pH-paperi ja vertailuasteikko, jossa värien "
            "nimet; työpiste madallettu tarvittaessa.",
        "assessment_criteria": "Oppilas työskentelee turvallisesti, kirjaa havainnot ja sijoittaa "
            "aineet oikein happamiin, neutraaleihin ja emäksisiin.",
        "formative_ideas": "Hypoteesi alussa, yhteinen pH-jana ja työselostuksen palaute.",
        "links": [("Tukes: kemikaalit kotona",
             "https://tukes.fi/koti-ja-vapaa-aika/kemikaalit-kotona")],
        "licence": "cc-by-nd", "tags": ["kemia", "kokeellisuus", "ph"], "copied_from": None,
    },
    # Raisio ---------------------------------------------------------------------------------------
    {
        "key": "raisio_varipyora", "town": "Raisio", "school": "Vaisaaren koulu",
        "author": "Kirsi Tuominen", "language": "fi",
        "title": "Värien sekoittaminen: oma väripyörä",
        "summary": "Oppilaat sekoittavat pääväreistä välivärit ja maalaavat väripyörän, jonka "
            "keskellä on oma taideteos. Lopuksi etsitään värejä luokan taidekorteista.",
        "subjects": ["kuvataide"], "grades": ["1", "2"], "duration": 90,
        "competences": ["L1", "L2"],
        "learning_outcome": "Osaan sekoittaa kahdesta päävärestä uuden värin ja kertoa, mitkä "
            "värit sekoitin.",
        "key_points": ["Päävärit ovat keltainen, punainen (magenta) ja sininen (syaani).",
            "Keltainen + sininen = vihreä, keltainen + punainen = oranssi, punainen + sininen = "
                "violetti.",
            "Vaaleaan lisätään tummaa vähän kerrallaan."],
        "objectives": [("T4",
             "innostaa oppilasta kokeilemaan erilaisia materiaaleja, tekniikoita ja ilmaisun "
             "keinoja"),
            ("T1",
             "kannustaa oppilasta havainnoimaan taidetta, ympäristöä ja muuta visuaalista "
             "kulttuuria moniaistisesti")],
        "keywords": [("pääväri", "Väri, jota ei voi sekoittaa muista väreistä."),
            ("väliväri", "Väri, joka syntyy kahdesta pääväristä."),
            ("väripyörä", "Ympyrä, johon värit on järjestetty sateenkaaren tapaan.")],
        "misconceptions": [("Kun sekoittaa kaikki värit, tulee sateenkaari.",
             "Kaikki värit sekaisin tekevät ruskean tai harmaan. Sekoita vain kahta väriä "
             "kerrallaan.")],
        "phases": [
            {"kind": "introduction", "title": "Värien taikatemppu", "duration": 10,
             "pupil_instructions": "<p>Katso, kun opettaja tiputtaa keltaiseen veteen sinistä. "
             "Arvaa ennen tippaa, mikä väri syntyy.</p>",
             "teacher_notes": "<p>Kolme lasipurkkia vettä ja elintarvikeväriä; tee kaikki kolme "
             "välivärit. Ennustaminen innostaa.</p>"},
            {"kind": "activity", "title": "Sekoitetaan", "duration": 35,
             "pupil_instructions": "<p>Ota paletille keltaista, punaista ja sinistä. Sekoita "
             "sivellin kerrallaan vihreä, oranssi ja violetti. Maalaa väripyörän kuusi lohkoa "
             "oikeassa järjestyksessä.</p>",
             "teacher_notes": "<p>Näytä, miten sivellin huuhdellaan ja kuivataan paperiin ennen "
             "uutta väriä. Valmis pohja, jossa lohkojen rajat, helpottaa.</p>"},
            {"kind": "activity", "title": "Keskellä oma kuva", "duration": 30,
             "pupil_instructions": "<p>Maalaa väripyörän keskelle kuva, jossa käytät vain kahta "
             "vierekkäistä väriä ja niiden sekoitusta, esimerkiksi meri sinisellä ja "
             "vihreällä.</p>",
             "teacher_notes": "<p>Rohkaise pysymään kahdessa värissä; se tekee kuvasta "
             "yhtenäisen. Kuivumisaikana siivotaan.</p>"},
            {"kind": "discussion", "title": "Taidekorttien värit", "duration": 15,
             "pupil_instructions": "<p>Etsi taidekorteista kuva, jossa on paljon välivärejä. "
             "Kerro parille, mitkä värit löysit.</p>",
             "teacher_notes": "<p>Käytä esimerkiksi Helene Schjerfbeckin ja Akseli "
             "Gallen-Kallelan teosten kortteja (Kansallisgalleria).</p>"}],
        "differentiation_up": "Oppilas sekoittaa lisäksi välivärien sävyjä (keltavihreä, "
            "sinivihreä) ja laajentaa pyörän 12 lohkoon.",
        "differentiation_down": "Sekoitetaan yksi väliväri kerrallaan aikuisen näyttäessä; "
            "väripyörässä kolme lohkoa valmiina.",
        "support_general": "Sekoitusohje kuvina taululla (keltainen + sininen = vihreä).",
        "support_intensified": "Oppilaalla on vähemmän värejä kerrallaan paletilla ja aikuinen "
            "muistuttaa huuhtelusta.",
        "support_special": "Oppilas sekoittaa sormiväreillä pussissa (väri ei sotke käsiä) ja "
            "nimeää syntyneen värin.",
        "equipment": "Peitevärit tai guassit (kolme pääväriä), paletit, siveltimet, vesipurkit, "
            "väripyöräpohjat A3, taidekortit, elintarvikevärit.",
        "safety": "Maaliläiskät pyyhitään lattialta heti liukastumisen välttämiseksi.",
        "accessibility": "Paksuvartiset siveltimet ja teippaamalla kiinnitetty paperi; värien "
            "nimet tekstinä värisokean tueksi.",
        "assessment_criteria": "Oppilas sekoittaa kolme väliväriä ja kertoo, mistä väreistä ne "
            "syntyivät.",
        "formative_ideas": "Ennustaminen alussa ja parikeskustelu taidekorteista; opettaja kuvaa "
            "työt kasvunkansioon.",
        "links": [("Kansallisgalleria: kokoelmat verkossa",
             "https://www.kansallisgalleria.fi/fi/search")],
        "licence": "cc-by", "tags": ["värit", "maalaus", "kuvataide"], "copied_from": None,
    },
    {
        "key": "raisio_fysiikka_virtapiiri", "town": "Raisio", "school": "Kerttulan koulu",
        "author": "Markus Hiltunen", "language": "fi",
        "title": "Virtapiiri ja Ohmin laki mittaamalla",
        "summary": "Oppilaat rakentavat virtapiirin, mittaavat jännitteen ja virran kolmella "
            "vastuksella ja selvittävät kuvaajasta, miten virta riippuu jännitteestä.",
        "subjects": ["fysiikka"], "grades": ["8"], "duration": 90, "competences": ["L1", "L5"],
        "learning_outcome": "Osaan kytkeä yleismittarin mittaamaan virtaa ja jännitettä ja laskea "
            "vastuksen kaavalla R = U / I.",
        "key_points": ["Virtamittari kytketään sarjaan, jännitemittari rinnan.",
            "Ohmin laki: U = R · I; kun jännite kaksinkertaistuu, virta kaksinkertaistuu.",
            "Kuvaaja U–I on suora, jonka kulmakerroin on vastus."],
        "objectives": [("T6",
             "ohjata oppilasta tekemään kokeellisia tutkimuksia ja käsittelemään tuloksia"),
            ("T11",
             "ohjata oppilasta käyttämään fysiikan käsitteitä ja malleja sähköisten ilmiöiden "
             "selittämisessä")],
        "keywords": [("jännite U", "Sähkön ”työntövoima”, yksikkö voltti V."),
            ("sähkövirta I", "Kuinka paljon sähköä kulkee johtimessa, yksikkö ampeeri A."),
            ("resistanssi R", "Kuinka paljon komponentti vastustaa virtaa, yksikkö ohmi Ω.")],
        "misconceptions": [("Virta kuluu lampussa loppuun, joten sitä on vähemmän lampun jälkeen.",
             "Virta on sarjapiirissä joka kohdassa sama. Kulutetaan energiaa, ei virtaa. Mittaa "
             "virta ennen lamppua ja sen jälkeen.")],
        "phases": [
            {"kind": "introduction", "title": "Miksi lamppu palaa?", "duration": 10,
             "pupil_instructions": "<p>Piirrä vihkoon kytkentäkaavio: paristo, lamppu, kytkin. "
             "Vertaa parin kaavioon.</p>",
             "teacher_notes": "<p>Kertaa piirrosmerkit. Kysy, mitä tapahtuu, jos kytkin "
             "avataan.</p>"},
            {"kind": "activity", "title": "Mittaukset", "duration": 45,
             "pupil_instructions": "<p>Kytke 100 Ω:n vastus säädettävään virtalähteeseen. Mittaa "
             "virta, kun jännite on 2, 4, 6, 8 ja 10 V. Toista 220 Ω:n ja 470 Ω:n vastuksilla. "
             "Kirjaa tulokset taulukkoon.</p>",
             "teacher_notes": "<p>Tarkista jokaisen ryhmän kytkentä ennen virran kytkemistä. "
             "Yleisin virhe: virtamittari rinnan, jolloin sulake palaa. Odotus: 100 Ω, 10 V → "
             "0,1 A.</p>"},
            {"kind": "activity", "title": "Kuvaaja", "duration": 25,
             "pupil_instructions": "<p>Tee tuloksista U–I-kuvaaja taulukkolaskentaohjelmalla. "
             "Sovita suora ja laske kulmakerroin. Vastaako se vastuksen arvoa?</p>",
             "teacher_notes": "<p>Kertaa kulmakertoimen lasku. Poikkeamat 5–10 % johtuvat "
             "mittarin ja vastuksen toleransseista.</p>"},
            {"kind": "closing", "title": "Päätelmä", "duration": 10,
             "pupil_instructions": "<p>Kirjoita kolmella lauseella, mitä virralle tapahtuu, kun "
             "jännite kasvaa ja kun vastus kasvaa.</p>",
             "teacher_notes": "<p>Kerää päätelmät; hyvä vastaus mainitsee suoraan "
             "verrannollisuuden.</p>"}],
        "differentiation_up": "Mittaa hehkulampun U–I-käyrä ja selitä, miksi se ei ole suora "
            "(vastus kasvaa lämmetessä).",
        "differentiation_down": "Yksi vastus ja kolme jännitettä; kytkentä valmiina kuvana, "
            "kuvaaja piirretään ruutupaperille.",
        "support_general": "Kytkentäkuvat vaiheittain ja mittarin säätöohje pöydällä.",
        "support_intensified": "Oppilas työskentelee aikuisen kanssa, joka tarkistaa mittarin "
            "asetukset ennen jokaista mittausta.",
        "support_special": "Oppilas kokoaa yksinkertaisen piirin (paristo, lamppu, kytkin) ja "
            "kertoo, milloin lamppu palaa.",
        "equipment": "Säädettävät virtalähteet (0–12 V), yleismittarit 2 / ryhmä, vastukset 100, "
            "220, 470 Ω, johtimet, kannettavat.",
        "safety": "Käytetään vain pienjännitettä (alle 12 V). Virta kytketään vasta opettajan "
            "tarkistettua kytkennän. Vastukset voivat lämmetä: ei kosketa mittauksen aikana.",
        "accessibility": "Mittarin lukemat voi kuvata tabletilla ja suurentaa; taulukkopohja "
            "valmiina.",
        "assessment_criteria": "Oppilas kytkee mittarit oikein, kirjaa tulokset ja tulkitsee "
            "kuvaajan Ohmin lain avulla.",
        "formative_ideas": "Kytkennän tarkistus ryhmittäin ja päätelmien palaute.",
        "links": [],
        "licence": "cc-by", "tags": ["sähkö", "mittaaminen", "fysiikka"], "copied_from": None,
    },
    # Mynämäki -------------------------------------------------------------------------------------
    {
        "key": "mynamaki_uni_ja_ruutuaika", "town": "Mynämäki", "school": "Mynämäen yläkoulu",
        "author": "Päivi Rinne", "language": "fi",
        "title": "Uni ja ruutuaika: oma unipäiväkirja",
        "summary": "Seitsemäsluokkalaiset selvittävät, mitä unen aikana tapahtuu ja miten "
            "ilta-ajan ruutuaika vaikuttaa nukahtamiseen. He suunnittelevat viikon kokeilun "
            "omalla unipäiväkirjalla.",
        "subjects": ["terveystieto"], "grades": ["7"], "duration": 45, "competences": ["L3", "L5"],
        "learning_outcome": "Osaan kertoa, miksi nuori tarvitsee 8–10 tuntia unta, ja valita "
            "yhden muutoksen, joka parantaa omaa untani.",
        "key_points": ["Nuori tarvitsee 8–10 tuntia unta yössä.",
            "Unen aikana muisti järjestää päivän asiat ja keho palautuu.",
            "Näytön valo ja jännittävä sisältö viivästävät nukahtamista; puhelin pois tuntia "
                "ennen unta auttaa."],
        "objectives": [("T2",
             "ohjata oppilasta ymmärtämään terveyden edistämisen kannalta keskeisiä tekijöitä, "
             "kuten unta ja lepoa"),
            ("T6",
             "ohjata oppilasta pohtimaan omia terveystottumuksiaan ja tekemään terveyttä "
             "tukevia valintoja")],
        "keywords": [("melatoniini",
             "Pimeähormoni, joka tekee uniseksi. Kirkas valo vähentää sitä."),
            ("vuorokausirytmi", "Kehon sisäinen kello, joka säätelee unta ja valvetta."),
            ("unenaikainen palautuminen",
             "Keho ja aivot korjaavat ja järjestävät itseään unen aikana.")],
        "misconceptions": [("Univelan voi nukkua pois viikonloppuna.",
             "Pitkät viikonloppuyöt sekoittavat vuorokausirytmiä, ja maanantaiaamu on vielä "
             "vaikeampi. Säännöllinen nukkumaanmenoaika auttaa enemmän.")],
        "phases": [
            {"kind": "introduction", "title": "Kyselyn tulokset", "duration": 10,
             "pupil_instructions": "<p>Vastaa nimettömään kyselyyn: monelta menit eilen "
             "nukkumaan, monelta heräsit, käytitkö puhelinta sängyssä? Katsotaan luokan tulokset "
             "yhdessä.</p>",
             "teacher_notes": "<p>Tee kysely etukäteen lomakkeella. Laske luokan keskimääräinen "
             "uniaika; yleensä se jää alle 8 tunnin.</p>"},
            {"kind": "activity", "title": "Unen asiantuntijat", "duration": 20,
             "pupil_instructions": "<p>Ryhmäsi tutkii yhden aiheen: unen vaiheet, melatoniini ja "
             "valo, uni ja oppiminen tai uni ja urheilu. Tee kolmen dian esitys ja yksi vinkki "
             "muille.</p>",
             "teacher_notes": "<p>Anna valmiit lähteet (oppikirja ja kaksi luotettavaa "
             "sivustoa). Kierrä ryhmissä ja tarkista, että vinkki perustuu tietoon.</p>"},
            {"kind": "activity", "title": "Oma kokeilu", "duration": 10,
             "pupil_instructions": "<p>Valitse yksi muutos viikoksi, esimerkiksi puhelin "
             "latautumaan keittiöön klo 21.30. Täytä unipäiväkirjaan ensimmäinen rivi.</p>",
             "teacher_notes": "<p>Päiväkirja on oppilaan oma; sitä ei palauteta opettajalle, "
             "vaan siitä kirjoitetaan viikon päästä lyhyt pohdinta.</p>"},
            {"kind": "closing", "title": "Vinkkiseinä", "duration": 5,
             "pupil_instructions": "<p>Kirjoita paras kuulemasi vinkki post-it-lapulle ja "
             "kiinnitä seinälle.</p>",
             "teacher_notes": "<p>Valokuvaa seinä ja jaa se huoltajille viikkotiedotteessa.</p>"}],
        "differentiation_up": "Oppilas vertaa kahta unisovellusta ja arvioi, millaista tietoa ne "
            "keräävät ja kenelle tiedot päätyvät.",
        "differentiation_down": "Asiantuntijatehtävässä valmis dia, johon täydennetään kolme "
            "sanaa; kokeiluun valmiit vaihtoehdot.",
        "support_general": "Käsitteet kuvineen taululla ja tehtävät vaiheittain.",
        "support_intensified": "Oppilas tekee kokeilusuunnitelman opettajan tai kuraattorin "
            "kanssa; päiväkirja kuvasymbolein.",
        "support_special": "Oppilas harjoittelee iltarutiinia kuvajärjestyksellä (iltapala, pesu, "
            "puhelin pois, sänky) yhdessä kodin kanssa.",
        "equipment": "Kysely lomakkeena, kannettavat, unipäiväkirjapohja, post-it-laput.",
        "safety": "",
        "accessibility": "Kysely ja päiväkirja sähköisinä ja tulostettuina; esitykset voi tehdä "
            "myös äänitteenä.",
        "assessment_criteria": "Oppilas kertoo unen merkityksen terveydelle ja perustelee "
            "valitsemansa muutoksen tiedolla.",
        "formative_ideas": "Ryhmien vinkkien vertaispalaute ja viikon päästä kirjoitettava "
            "pohdinta.",
        "links": [("Mielenterveystalo: unikoulu nuorille",
             "https://www.mielenterveystalo.fi/fi/omahoito/unettomuuden-omahoito-ohjelma")],
        "licence": "cc-by", "tags": ["uni", "hyvinvointi", "ruutuaika"], "copied_from": None,
    },
    {
        "key": "mynamaki_kangaskassi_paidasta", "town": "Mynämäki", "school": "Mietoisten koulu",
        "author": "Satu Leino", "language": "fi",
        "title": "Vanhasta paidasta kangaskassi",
        "summary": "Viidesluokkalaiset suunnittelevat ja ompelevat käytetystä t-paidasta kassin "
            "ompelukoneella. Työ kytkeytyy kestävään kulutukseen ja tekstiilien kierrätykseen.",
        "subjects": ["kasityo"], "grades": ["5"], "duration": 90, "competences": ["L3", "L6", "L7"],
        "learning_outcome": "Osaan ommella ompelukoneella suoran sauman ja tehdä vanhasta "
            "paidasta käyttökelpoisen kassin.",
        "key_points": ["Suomessa heitetään pois noin 13 kg tekstiilejä henkeä kohden vuodessa.",
            "Suora sauma syntyy, kun kangasta ohjataan kevyesti eikä vedetä.",
            "Pohjasauma ommellaan kahteen kertaan, jotta kassi kestää painoa."],
        "objectives": [("T3",
             "ohjata oppilasta suunnittelemaan ja valmistamaan käsityötuotteita ja käyttämään "
             "työvälineitä ja materiaaleja tarkoituksenmukaisesti"),
            ("T8",
             "ohjata oppilasta ymmärtämään käsityön merkitys kestävän elämäntavan ja kulutuksen "
             "kannalta")],
        "keywords": [("sauma", "Kohta, jossa kaksi kangasta on ommeltu yhteen."),
            ("saumanvara", "Kangas sauman ja reunan välissä, tässä 1 cm."),
            ("uusiokäyttö", "Vanhan tavaran käyttäminen uuteen tarkoitukseen.")],
        "misconceptions": [("Kierrätyslaitokseen vietyä vaatetta ei tarvitse miettiä, koska siitä "
             "tehdään aina uusi vaate.",
             "Vain pieni osa poistotekstiileistä kierrätetään uudeksi kuiduksi. Siksi "
             "korjaaminen ja uusiokäyttö ovat ensisijaisia.")],
        "phases": [
            {"kind": "introduction", "title": "Paidan tarina", "duration": 10,
             "pupil_instructions": "<p>Katso paitasi lappua: mistä materiaalista ja mistä maasta "
             "se on? Arvaa, kuinka paljon vettä puuvillapaidan tekemiseen tarvitaan.</p>",
             "teacher_notes": "<p>Vastaus: noin 2 500 litraa. Pyydä oppilaita tuomaan paita "
             "kotoa viikkoa aiemmin; varaa kierrätyskeskuksesta muutama lisäpaita.</p>"},
            {"kind": "activity", "title": "Suunnittelu ja leikkaus", "duration": 25,
             "pupil_instructions": "<p>Käännä paita nurinpäin. Piirrä liidulla leikkauslinjat: "
             "hihat pois saumaa pitkin, kaula-aukko suuremmaksi. Tarkista linjat opettajalla "
             "ennen leikkaamista.</p>",
             "teacher_notes": "<p>Mallikappale esillä. Kaula-aukon syvyys 8–10 cm; liian syvä "
             "aukko pienentää kassia.</p>"},
            {"kind": "activity", "title": "Ompelu", "duration": 40,
             "pupil_instructions": "<p>Neulaa paidan helma. Ompele pohjasauma suoralla ompeleella "
             "1 cm:n päähän reunasta, sitten toinen sauma vierelle. Päättele alusta ja lopusta "
             "taakse ompelemalla.</p>",
             "teacher_notes": "<p>Trikoolle sopii pieni siksak tai joustava suora ommel. "
             "Harjoitussauma tilkkuun ennen paitaa. Neljä konetta riittää, kun ryhmä vuorottelee "
             "koristelun kanssa.</p>"},
            {"kind": "assessment", "title": "Kantotesti ja itsearvio", "duration": 15,
             "pupil_instructions": "<p>Laita kassiin kolme kirjaa ja kanna se luokan ympäri. "
             "Kestikö sauma? Täytä itsearvio: mikä onnistui, mitä tekisit toisin?</p>",
             "teacher_notes": "<p>Jos sauma aukeaa, se korjataan seuraavalla kerralla, ei "
             "arvostella epäonnistumisena. Kirjaa koneompelun taito oppilaan "
             "käsityökansioon.</p>"}],
        "differentiation_up": "Oppilas tekee kassiin vuoren tai sisätaskun toisesta paidasta ja "
            "koristelee sen kangasvärein.",
        "differentiation_down": "Hihat ja kaula-aukko leikataan valmiiksi; oppilas ompelee yhden "
            "pohjasauman aikuisen tuella.",
        "support_general": "Työvaiheet kuvina koneen vieressä; ompelun aloitus näytetään "
            "uudelleen tarvittaessa.",
        "support_intensified": "Oppilas ompelee hitaalla nopeussäädöllä, ja aikuinen on vieressä "
            "koko ompelun ajan.",
        "support_special": "Pohja suljetaan solmimalla hapsuiksi leikatut reunat (ompelematon "
            "kassi); tavoitteena leikkaaminen ja solmiminen.",
        "equipment": "Käytetyt t-paidat, ompelukoneet, nuppineulat, sakset, liitu, silitysrauta, "
            "kangasvärit.",
        "safety": "Ompelukoneen käyttö vasta ajokortin jälkeen. Sormet pidetään paininjalan "
            "sivulla, ja neula nostetaan ylös ennen kankaan siirtämistä. Sakset kannetaan terä "
            "alaspäin.",
        "accessibility": "Ompelukoneessa nopeussäädin ja polkimen sijasta käsikäyttöinen "
            "käynnistys tarvittaessa; työvaiheet kuvina.",
        "assessment_criteria": "Oppilas suunnittelee leikkauslinjat, ompelee suoran ja kestävän "
            "pohjasauman ja työskentelee turvallisesti.",
        "formative_ideas": "Leikkauslinjojen tarkistus, kantotesti ja itsearvio.",
        "links": [("Kierrätys.info: tekstiilien kierrätys", "https://www.kierratys.info/")],
        "licence": "cc-by-sa", "tags": ["kierrätys", "ompelu", "kestävä kehitys"],
        "copied_from": None,
    },
    {
        "key": "mynamaki_sadun_rakenne", "town": "Mynämäki", "school": "Mynämäen kirkonkylän koulu",
        "author": "Hanna Sjöblom", "language": "fi",
        "title": "Sadussa on alku, keskikohta ja loppu",
        "summary": "Toisluokkalaiset tunnistavat tutusta sadusta alun, keskikohdan ja lopun, "
            "järjestävät kuvat oikeaan järjestykseen ja kirjoittavat oman kolmen kuvan sadun.",
        "subjects": ["aidinkieli"], "grades": ["2"], "duration": 45, "competences": ["L1", "L4"],
        "learning_outcome": "Osaan kertoa, mitä sadun alussa, keskellä ja lopussa tapahtuu, ja "
            "kirjoittaa oman lyhyen sadun.",
        "key_points": ["Alussa esitellään henkilöt ja paikka: Olipa kerran…",
            "Keskellä tulee ongelma tai seikkailu.", "Lopussa ongelma ratkeaa."],
        "objectives": [("T7",
             "ohjata oppilasta tulkitsemaan ja kuvailemaan kuulemiaan ja lukemiaan tekstejä"),
            ("T10", "ohjata oppilasta harjoittelemaan kertovien tekstien tuottamista")],
        "keywords": [("satu", "Kertomus, jossa voi tapahtua ihmeellisiä asioita."),
            ("henkilö", "Se, kenestä sadussa kerrotaan."),
            ("juoni", "Mitä sadussa tapahtuu ja missä järjestyksessä.")],
        "misconceptions": [("Satu loppuu, kun kirjoittajalta loppuu aika tai paperi.",
             "Sadun loppu ratkaisee keskikohdan ongelman. Mieti ensin, miten ongelma ratkeaa, "
             "ja kirjoita se viimeiseen kuvaan.")],
        "phases": [
            {"kind": "introduction", "title": "Kolme pientä porsasta", "duration": 10,
             "pupil_instructions": "<p>Kuuntele satu. Nosta vihreä kortti, kun satu alkaa, "
             "keltainen, kun tulee ongelma, ja punainen, kun ongelma ratkeaa.</p>",
             "teacher_notes": "<p>Lue lyhennetty versio. Korttien nostaminen näyttää heti, kuka "
             "hahmottaa rakenteen.</p>"},
            {"kind": "activity", "title": "Kuvat järjestykseen", "duration": 10,
             "pupil_instructions": "<p>Leikkaa kuusi kuvaa ja liimaa ne järjestykseen kolmeen "
             "laatikkoon: alku, keskikohta, loppu.</p>",
             "teacher_notes": "<p>Kaksi kuvaa kuhunkin laatikkoon. Kysy ”Mistä tiedät, että tämä "
             "on alkua?”</p>"},
            {"kind": "activity", "title": "Oma satu", "duration": 20,
             "pupil_instructions": "<p>Piirrä kolmen kuvan satu. Kirjoita jokaisen kuvan alle "
             "yksi tai kaksi lausetta. Aloita: Olipa kerran…</p>",
             "teacher_notes": "<p>Sanapankki taululla: olipa kerran, eräänä päivänä, yhtäkkiä, "
             "lopulta. Muistuta iso alkukirjain ja piste.</p>"},
            {"kind": "closing", "title": "Satutuoli", "duration": 5,
             "pupil_instructions": "<p>Kaksi vapaaehtoista lukee satunsa satutuolista. Kuulijat "
             "kertovat, mikä oli ongelma.</p>",
             "teacher_notes": "<p>Loput sadut luetaan seuraavina päivinä aamunavauksissa.</p>"}],
        "differentiation_up": "Oppilas kirjoittaa sadun ilman kuvia ja lisää henkilöiden puhetta "
            "lainausmerkkeihin.",
        "differentiation_down": "Oppilas kirjoittaa yhden sanan tai lauseenaloituksen kuvaa kohti "
            "tai sanelee sadun aikuiselle.",
        "support_general": "Sanapankki ja tarinalaatikot (alku–keskikohta–loppu) paperilla.",
        "support_intensified": "Satu kerrotaan ensin suullisesti aikuiselle, ja aikuinen kirjaa "
            "avainsanat, joita oppilas käyttää kirjoittaessaan.",
        "support_special": "Oppilas järjestää kolme kuvaa ja kertoo niistä kuvakommunikaation "
            "tuella.",
        "equipment": "Satukirja, värikortit (vihreä, keltainen, punainen), kuvamonisteet, sakset, "
            "liima, tarinapohjat.",
        "safety": "",
        "accessibility": "Satu myös äänitteenä; kuvat suurennettuina heikkonäköiselle.",
        "assessment_criteria": "Oppilas järjestää kuvat oikein ja kirjoittaa sadun, jossa on "
            "alku, ongelma ja ratkaisu.",
        "formative_ideas": "Värikorttien nostaminen ja kuulijoiden palaute satutuolissa.",
        "links": [],
        "licence": "cc-by", "tags": ["satu", "kirjoittaminen", "alkuopetus"], "copied_from": None,
    },
    # Masku ----------------------------------------------------------------------------------------
    {
        "key": "masku_koulun_vuosikello", "town": "Masku", "school": "Lempisen koulu",
        "author": "Maarit Suominen", "language": "fi",
        "title": "Meidän koulun vuosikello – ja kestävät teot joka kuukaudelle",
        "summary": "Monialaisessa oppimiskokonaisuudessa oppilaat kokoavat koulun yhteisistä "
            "tapahtumista vuosikellon ja lisäävät jokaiselle kuukaudelle yhden kestävän "
            "kehityksen teon. Valmis kello esitellään oppilaskunnalle.",
        "subjects": ["monialainen", "ymparistooppi"], "grades": ["5", "6"], "duration": 90,
        "competences": ["L6", "L7"],
        "learning_outcome": "Osaan kertoa, mitä koulussamme tapahtuu lukuvuoden aikana, ja "
            "ehdottaa kuukaudelle teon, joka säästää luontoa.",
        "key_points": ["Vuosikello näyttää, mitä tapahtuu joka vuosi samaan aikaan: syksyn "
                "retkipäivä, joulujuhla, talviliikuntapäivä, kevätjuhla.",
            "Kestävä teko on pieni ja konkreettinen, esimerkiksi ruokahävikin punnitus "
                "marraskuussa.",
            "Ehdotus perustellaan: miksi juuri tämä kuukausi ja kuka tekee?"],
        "objectives": [("T3",
             "tukea oppilaan ympäristötietoisuuden kehittymistä ja ohjata oppilasta toimimaan ja "
             "vaikuttamaan lähiyhteisöissään kestävän kehityksen edistämiseksi"),
            ("T6", "ohjata oppilasta esittämään tuloksiaan ja tutkimuksiaan eri tavoin")],
        "keywords": [("vuosikello",
             "Ympyrä, johon on merkitty vuoden toistuvat tapahtumat kuukausittain."),
            ("kestävä kehitys",
             "Toimintaa, joka jättää maapallon hyvään kuntoon myös tuleville ihmisille."),
            ("oppilaskunta",
             "Kaikki koulun oppilaat; sen hallitus tuo oppilaiden äänen kuuluviin.")],
        "misconceptions": [("Kestävä kehitys tarkoittaa vain roskien lajittelua.",
             "Siihen kuuluu myös ihmisten hyvinvointi, reilu kohtelu ja rahan järkevä käyttö. "
             "Esimerkiksi tavaranvaihtopäivä ja kaverisuositukset ovat kestäviä tekoja.")],
        "phases": [
            {"kind": "introduction", "title": "Mitä koulussa tapahtuu?", "duration": 15,
             "pupil_instructions": "<p>Muistele viime lukuvuotta. Kirjoita post-it-lapuille "
             "tapahtumia ja kiinnitä ne oikeaan kuukauteen taulun ympyrään.</p>",
             "teacher_notes": "<p>Pidä kunnan vuosikello (esim. Tutor 2.0 -mallin pohja) lähellä "
             "ja täydennä puuttuvat, kuten vanhempainillat ja kouluterveyskysely.</p>"},
            {"kind": "activity", "title": "Kuukausiryhmät", "duration": 35,
             "pupil_instructions": "<p>Ryhmäsi saa kaksi kuukautta. Keksikää kummallekin yksi "
             "kestävä teko, joka sopii kuukauden tapahtumiin. Kirjoittakaa: mitä tehdään, kuka "
             "tekee, miten tiedetään, että onnistui.</p>",
             "teacher_notes": "<p>Esimerkkejä: syyskuu roskaretki, marraskuu hävikkiviikko "
             "punnituksineen, helmikuu liikuntapäivänä kimppakyydit, huhtikuu kirpputori. Ohjaa "
             "mittariin (kg, kpl, osallistujat).</p>"},
            {"kind": "activity", "title": "Kello koottuna", "duration": 25,
             "pupil_instructions": "<p>Tehkää kuukausistanne kuvat ja lyhyet tekstit "
             "digitaaliseen vuosikelloon. Tarkistakaa toisen ryhmän kuukausi: onko teko selvä ja "
             "tehtävissä?</p>",
             "teacher_notes": "<p>Yhteinen esitys tai vuosikellotyökalu, johon jokainen ryhmä "
             "muokkaa omat sektorinsa. Vertaistarkistus ennen julkaisua.</p>"},
            {"kind": "closing", "title": "Esitys oppilaskunnalle", "duration": 15,
             "pupil_instructions": "<p>Valitkaa luokan kolme parasta tekoa äänestämällä. Kaksi "
             "edustajaa esittelee ne oppilaskunnan hallitukselle.</p>",
             "teacher_notes": "<p>Sovi esittely oppilaskunnan ohjaavan opettajan kanssa. Kello "
             "voidaan liittää koulun vuosikelloon ja jakaa muille kunnille mallina.</p>"}],
        "differentiation_up": "Oppilas laskee, paljonko hävikkiviikon tavoite (−20 %) tarkoittaa "
            "kiloina koulun keskimääräisestä hävikistä.",
        "differentiation_down": "Ryhmällä yksi kuukausi ja valmiit tekovaihtoehdot, joista "
            "valitaan ja perustellaan yksi.",
        "support_general": "Kuukausien tapahtumat kuvina; ryhmätyön vaiheet taululla.",
        "support_intensified": "Oppilas toimii ryhmässä sovitussa roolissa (kuvittaja, aikavahti) "
            "ja saa kirjoitusmallin.",
        "support_special": "Oppilas harjoittelee kuukausien järjestystä kuvakorteilla ja valitsee "
            "kuvista yhden kestävän teon.",
        "equipment": "Iso ympyrä taululle, post-it-laput, kannettavat, digitaalinen "
            "vuosikellopohja.",
        "safety": "",
        "accessibility": "Digitaalinen kello tehdään saavutettavaksi: kuvien vaihtoehtoiset "
            "tekstit ja riittävä kontrasti.",
        "assessment_criteria": "Ryhmä esittää kaksi perusteltua ja toteutettavaa tekoa "
            "mittareineen; oppilas osallistuu ja antaa rakentavaa vertaispalautetta.",
        "formative_ideas": "Vertaistarkistus ja äänestyksen perustelut; itsearvio ryhmätyöstä.",
        "links": [("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet")],
        "licence": "cc-by", "tags": ["vuosikello", "kestävä kehitys", "osallisuus"],
        "copied_from": None,
    },
    {
        "key": "masku_biologia_metsa_ekosysteemi", "town": "Masku", "school": "Hemmingin koulu",
        "author": "Jussi Karvonen", "language": "fi",
        "title": "Lähimetsä ekosysteeminä: tuottajat, kuluttajat ja hajottajat",
        "summary": "Seitsemäsluokkalaiset tutkivat koulun lähimetsää neliömetrin koealoilla, "
            "tunnistavat lajeja ja kokoavat havainnoista ravintoverkon.",
        "subjects": ["biologia"], "grades": ["7"], "duration": 90, "competences": ["L1", "L7"],
        "learning_outcome": "Osaan tunnistaa metsästä tuottajia, kuluttajia ja hajottajia ja "
            "piirtää niistä ravintoverkon.",
        "key_points": ["Tuottajat (kasvit) sitovat auringon energiaa yhteyttämällä.",
            "Kuluttajat syövät kasveja tai toisia eläimiä; hajottajat (sienet, bakteerit) "
                "palauttavat ravinteet maahan.",
            "Lahopuu on tärkeä elinympäristö: noin neljäsosa metsälajeista tarvitsee sitä."],
        "objectives": [("T2",
             "ohjata oppilasta ymmärtämään ekosysteemin perusrakennetta ja tunnistamaan "
             "lähiympäristön ekosysteemejä ja lajeja"),
            ("T7", "ohjata oppilasta toteuttamaan tutkimuksia maastossa")],
        "keywords": [("ekosysteemi", "Alueen eliöt ja elottoman ympäristön tekijät yhdessä."),
            ("ravintoverkko", "Kaavio siitä, mitkä eliöt syövät mitäkin."),
            ("hajottaja", "Eliö, joka hajottaa kuollutta ainesta, esim. sieni.")],
        "misconceptions": [("Sienet ovat kasveja.",
             "Sienet eivät yhteytä. Ne muodostavat oman eliökuntansa ja ovat metsässä "
             "tärkeimpiä hajottajia.")],
        "phases": [
            {"kind": "introduction", "title": "Mitä metsä tarvitsee?", "duration": 10,
             "pupil_instructions": "<p>Kirjoita kolme asiaa, joita ilman kuusi ei voisi elää. "
             "Vertaa parin kanssa.</p>",
             "teacher_notes": "<p>Käy läpi turvallisuus- ja käyttäytymisohjeet ennen lähtöä. Jaa "
             "ryhmät ja välineet luokassa.</p>"},
            {"kind": "activity", "title": "Koealat maastossa", "duration": 45,
             "pupil_instructions": "<p>Rajatkaa narulla 1 m × 1 m koeala. Kirjatkaa kaikki "
             "löytämänne kasvit, eläimet ja sienet (laji tai ryhmä) ja ottakaa kuva. Kääntäkää "
             "yksi kivi tai lahopuun pala ja laittakaa se takaisin.</p>",
             "teacher_notes": "<p>Kaksi koealaa ryhmää kohden: kangasmetsä ja lahopuun vierus. "
             "Tunnistussovellus on apuväline, ei totuus; tarkista epävarmat määritykset "
             "kirjasta.</p>"},
            {"kind": "activity", "title": "Ravintoverkko", "duration": 25,
             "pupil_instructions": "<p>Palatkaa luokkaan. Lajitelkaa havainnot tuottajiin, "
             "kuluttajiin ja hajottajiin ja piirtäkää ravintoverkko, jossa on vähintään kahdeksan "
             "eliötä.</p>",
             "teacher_notes": "<p>Nuolen suunta: ravinto kulkee syödystä syöjään (mustikka → "
             "myyrä → kettu). Tämä menee usein väärin.</p>"},
            {"kind": "closing", "title": "Mitä tapahtuisi, jos…", "duration": 10,
             "pupil_instructions": "<p>Valitse verkosta yksi eliö ja kerro, mitä tapahtuisi, jos "
             "se katoaisi metsästä.</p>",
             "teacher_notes": "<p>Hyvä vastaus nimeää vähintään kaksi vaikutusta ketjussa.</p>"}],
        "differentiation_up": "Ryhmä vertaa kahden koealan lajimäärää ja pohtii, miksi lahopuun "
            "vieressä on enemmän lajeja.",
        "differentiation_down": "Havaintolomakkeessa kuvat yleisimmistä lajeista (mustikka, "
            "puolukka, sammal, muurahainen, kärpässieni), joista rastitetaan löydetyt.",
        "support_general": "Kuvalliset tunnistusoppaat ja lomake, jossa valmiit sarakkeet.",
        "support_intensified": "Oppilaalla on ryhmässä selkeä tehtävä (valokuvaaja tai kirjaaja) "
            "ja aikuinen kulkee ryhmän mukana.",
        "support_special": "Oppilas etsii kolme kasvia ja kolme eläintä kuvakortin avulla ja "
            "lajittelee ne kahteen ryhmään.",
        "equipment": "Narut ja kepit koealoihin, luupit, tunnistusoppaat, tabletit tai puhelimet "
            "kuvaukseen, havaintolomakkeet, kertakäyttöhanskat.",
        "safety": "Säänmukainen vaatetus ja pitkät housut punkkien vuoksi; punkkitarkistus "
            "kotona. Sieniä ei maisteta. Ryhmät pysyvät sovitulla alueella ja palaavat pillistä.",
        "accessibility": "Koealat valitaan metsätien varresta, jolloin liikkumisen apuvälineitä "
            "käyttävä oppilas pääsee mukaan.",
        "assessment_criteria": "Oppilas tunnistaa lähimetsän tavallisia lajeja, luokittelee ne "
            "oikein ja laatii toimivan ravintoverkon.",
        "formative_ideas": "Ravintoverkon nuolien tarkistus pareittain ja ”Mitä jos…” -vastaukset.",
        "links": [("Luontoportti: kasvien ja eläinten tunnistus", "https://luontoportti.com/")],
        "licence": "cc-by", "tags": ["metsä", "maastotyö", "ekologia"], "copied_from": None,
    },
    {
        "key": "masku_esi_muotojen_metsastys", "town": "Masku", "school": "Askaisten koulu",
        "author": "Eeva Mäkinen", "language": "fi",
        "title": "Muotojen metsästys koulun pihalla",
        "summary": "Esioppilaat etsivät pihalta ympyröitä, kolmioita, neliöitä ja suorakulmioita, "
            "valokuvaavat ne ja kokoavat muotojulisteen.",
        "subjects": ["matematiikka"], "grades": ["esi"], "duration": 45,
        "competences": ["L1", "L4"],
        "learning_outcome": "Osaan löytää ympäristöstä ympyrän, kolmion, neliön ja suorakulmion "
            "ja kertoa, mistä tunnistan ne.",
        "key_points": ["Kolmiossa on kolme kulmaa ja kolme sivua.",
            "Neliön kaikki sivut ovat yhtä pitkät; suorakulmiossa vastakkaiset sivut ovat yhtä "
                "pitkät.",
            "Ympyrässä ei ole yhtään kulmaa."],
        "objectives": [("Tutkin ja toimin",
             "Tutkin ja toimin ympäristössäni: havainnoidaan ja nimetään muotoja "
             "lähiympäristössä ja harjoitellaan matemaattisten käsitteiden käyttöä.")],
        "keywords": [("kulma", "Kohta, jossa kaksi sivua kohtaavat."),
            ("sivu", "Muodon reunaviiva."),
            ("muoto", "Millainen jokin on ääriviivoiltaan: pyöreä, kolmio, neliö…")],
        "misconceptions": [("Kolmio on kolmio vain, jos sen kärki osoittaa ylöspäin.",
             "Käännä kolmiota: se on edelleen kolmio, koska sillä on kolme kulmaa ja kolme "
             "sivua.")],
        "phases": [
            {"kind": "introduction", "title": "Muotopussi", "duration": 10,
             "pupil_instructions": "<p>Tunnustele pussista yksi muoto katsomatta. Arvaa, mikä se "
             "on, ja laske sen kulmat sormella.</p>",
             "teacher_notes": "<p>Pussissa puisia tai pahvisia muotoja, myös kolmio ”väärin "
             "päin” ja pitkä suorakulmio.</p>"},
            {"kind": "activity", "title": "Metsästys pihalla", "duration": 20,
             "pupil_instructions": "<p>Etsikää parin kanssa pihalta jokaista neljää muotoa. "
             "Ottakaa kuva tabletilla, kun löydätte muodon.</p>",
             "teacher_notes": "<p>Vinkit: kaivon kansi, ikkuna, liikennemerkki, hiekkalaatikko. "
             "Rajaa alue, jolla parit liikkuvat.</p>"},
            {"kind": "closing", "title": "Muotojuliste", "duration": 15,
             "pupil_instructions": "<p>Katsotaan kuvat yhdessä. Kerro, mistä tunnistit muotosi. "
             "Opettaja tulostaa kuvat julisteeseen.</p>",
             "teacher_notes": "<p>Kysy tarkentavia kysymyksiä: ”Onko tämä neliö vai "
             "suorakulmio? Miten voimme tarkistaa?” Mittaa sivut narulla.</p>"}],
        "differentiation_up": "Lapsi etsii lisäksi kuusikulmion (esim. mutteri, hunajakenno) ja "
            "laskee sen kulmat.",
        "differentiation_down": "Etsitään vain ympyrä ja kolmio; aikuinen näyttää mallimuodon "
            "mukana.",
        "support_general": "Muotokortti mukana pihalla ja aikuinen kysyy ohjaavia kysymyksiä.",
        "support_intensified": "Lapsi kulkee aikuisen kanssa ja vertaa löydöstä kädessä olevaan "
            "muotoon.",
        "support_special": "Lapsi lajittelee konkreettisia muotoja kahteen koriin (pyöreä / "
            "kulmikas) ja etsii pihalta yhden pyöreän esineen.",
        "equipment": "Muotopussi, muotokortit, tabletit, tulostin, julistepohja.",
        "safety": "Pysytään aidatulla pihalla; parkkipaikalle ei mennä.",
        "accessibility": "Muodot myös kohokuvioisina tunnusteltaviksi; pihareitti esteetön.",
        "assessment_criteria": "Lapsi nimeää neljä muotoa ja perustelee ainakin yhden kulmien tai "
            "sivujen avulla.",
        "formative_ideas": "Muotopussin arvaukset ja lasten omat perustelut julisteen äärellä.",
        "links": [],
        "licence": "cc0", "tags": ["muodot", "esiopetus", "ulkona"], "copied_from": None,
    },
    # Parainen -------------------------------------------------------------------------------------
    {
        "key": "parainen_finska_i_butiken", "town": "Parainen", "school": "Malmens skola",
        "author": "Camilla Holmström", "language": "sv",
        "title": "I butiken – vi handlar på finska",
        "summary": "Eleverna i årskurs 4 lär sig fraser för att handla i en butik på finska och "
            "spelar upp korta rollspel i en klassrumsbutik med riktiga förpackningar.",
        "subjects": ["suomi"], "grades": ["4"], "duration": 45, "competences": ["L2", "L3"],
        "learning_outcome": "Jag kan fråga vad något kostar på finska, säga vad jag vill köpa och "
            "tacka.",
        "key_points": ["Paljonko tämä maksaa? – Vad kostar det här?",
            "Saisinko… / Haluaisin… – Kan jag få… / Jag skulle vilja ha…",
            "Priser: kaksi euroa viisikymmentä senttiä = 2,50 €."],
        "objectives": [("M6",
             "uppmuntra eleven att öva sig att kommunicera i vardagliga situationer på finska"),
            ("M10", "handleda eleven att tala och skriva korta texter om vardagliga ämnen")],
        "keywords": [("kauppa", "affär, butik"), ("Paljonko se maksaa?", "Vad kostar det?"),
            ("kuitti", "kvitto")],
        "misconceptions": [("På finska säger man alltid ”sinä” till kassören, precis som ”du” på "
             "svenska.",
             "I butiken är det vanligt att säga ”te” eller att använda artiga former som "
             "”Saisinko…?”. Det låter vänligare för en okänd vuxen.")],
        "phases": [
            {"kind": "introduction", "title": "Vad finns i korgen?", "duration": 10,
             "pupil_instructions": "<p>Läraren tar fram saker ur en korg. Säg namnet på finska om "
             "du kan: maito, leipä, omena, juusto.</p>",
             "teacher_notes": "<p>Använd tomma förpackningar. Skriv orden på tavlan med bild. "
             "Träna uttalet av långa vokaler: maito, juusto.</p>"},
            {"kind": "activity", "title": "Fraser och priser", "duration": 10,
             "pupil_instructions": "<p>Lyssna på en kort dialog två gånger. Fyll i priserna i "
             "tabellen. Läs sedan dialogen högt med din kompis.</p>",
             "teacher_notes": "<p>Priserna: maito 1,20 €, leipä 2,50 €, omena 0,60 €, juusto "
             "4,90 €. Kontrollera att eleverna säger ”euroa” och ”senttiä”.</p>"},
            {"kind": "activity", "title": "Klassrumsbutiken", "duration": 20,
             "pupil_instructions": "<p>Ni turas om att vara kassör och kund. Kunden köper tre "
             "saker och betalar med leksakspengar. Kassören säger priset och ger kvitto.</p>",
             "teacher_notes": "<p>Tre butiker i klassen. Gå runt och lyssna; skriv upp fraser "
             "som behöver övas mer.</p>"},
            {"kind": "closing", "title": "Exit ticket", "duration": 5,
             "pupil_instructions": "<p>Skriv på finska: hur frågar du vad något kostar?</p>",
             "teacher_notes": "<p>Rätt svar: Paljonko tämä maksaa? Gå igenom vanliga stavfel "
             "nästa lektion.</p>"}],
        "differentiation_up": "Eleven lägger till en fråga om storlek eller smak: Onko teillä "
            "isompaa? Onko tämä makeaa?",
        "differentiation_down": "Eleven använder ett färdigt manus med bilder och köper en sak.",
        "support_general": "Fraserna på tavlan med bild och svensk översättning.",
        "support_intensified": "Eleven övar dialogen först med en vuxen och får ett manus med "
            "stödord.",
        "support_special": "Eleven pekar på bilder och säger ett ord på finska (maito, leipä) och "
            "kiitos.",
        "equipment": "Tomma förpackningar, prislappar, leksakspengar, kvittoblock, ljudfil med "
            "dialog.",
        "safety": "",
        "accessibility": "Dialogen finns också som text; bilder med tydlig kontrast.",
        "assessment_criteria": "Eleven frågar efter pris, säger vad hen vill köpa och förstår "
            "priset i ett kort rollspel.",
        "formative_ideas": "Lärarens anteckningar under rollspelet och exit ticket.",
        "links": [("Yle Svenska", "https://svenska.yle.fi/")],
        "licence": "cc-by", "tags": ["finska", "rollspel", "vardag"], "copied_from": None,
    },
    {
        "key": "parainen_hur_en_lag_stiftas", "town": "Parainen", "school": "Sarlinska skolan",
        "author": "Fredrik Sundqvist", "language": "sv",
        "title": "Hur blir ett lagförslag lag? Ett rollspel om riksdagen",
        "summary": "Eleverna i årskurs 9 följer ett påhittat lagförslag om mobilfria skolor från "
            "regeringens proposition till presidentens stadfästelse och spelar utskottsmöte och "
            "plenum.",
        "subjects": ["yhteiskuntaoppi"], "grades": ["9"], "duration": 90,
        "competences": ["L2", "L7"],
        "learning_outcome": "Jag kan beskriva stegen när en lag stiftas i Finland och förklara "
            "vad ett utskott gör.",
        "key_points": ["Oftast lämnar regeringen en proposition; en riksdagsledamot kan lämna en "
                "motion.",
            "Utskottet granskar förslaget och skriver ett betänkande.",
            "Plenum behandlar lagen två gånger, sedan stadfäster presidenten den."],
        "objectives": [("M3",
             "handleda eleven att förstå hur det demokratiska beslutsfattandet fungerar och hur "
             "man kan påverka"),
            ("M8", "uppmuntra eleven att argumentera för sina åsikter och lyssna på andras")],
        "keywords": [("proposition", "Regeringens förslag till en ny lag."),
            ("utskott", "En mindre grupp riksdagsledamöter som granskar lagförslag."),
            ("stadfästa", "Presidenten godkänner lagen så att den kan träda i kraft.")],
        "misconceptions": [("Presidenten bestämmer vilka lagar som ska finnas.",
             "Riksdagen stiftar lagarna. Presidenten kan fördröja en lag, men riksdagen kan "
             "anta den på nytt och då träder den i kraft.")],
        "phases": [
            {"kind": "introduction", "title": "Vem bestämmer?", "duration": 10,
             "pupil_instructions": "<p>Placera kort på tavlan i den ordning du tror att de "
             "kommer: proposition, utskott, första behandlingen, andra behandlingen, "
             "stadfästelse.</p>",
             "teacher_notes": "<p>Låt korten stå kvar; ni jämför med rätt ordning i slutet.</p>"},
            {"kind": "activity", "title": "Utskottsmöte", "duration": 35,
             "pupil_instructions": "<p>Ni är kulturutskottet. Läs förslaget om mobilfria skolor "
             "och hör två sakkunniga (rektor och elevkår). Skriv ett betänkande på högst en halv "
             "sida: godkänn, ändra eller förkasta.</p>",
             "teacher_notes": "<p>Dela ut rollkort: ordförande, sekreterare, fem ledamöter från "
             "olika partier (påhittade) och två sakkunniga. Ordföranden håller tiden.</p>"},
            {"kind": "activity", "title": "Plenum", "duration": 30,
             "pupil_instructions": "<p>Utskotten presenterar sina betänkanden. Varje ledamot får "
             "ett anförande på högst en minut. Sedan röstar vi.</p>",
             "teacher_notes": "<p>Läraren är talman. Använd handuppräckning och tidtagarur. "
             "Anteckna goda argument för diskussionen.</p>"},
            {"kind": "discussion", "title": "Tillbaka till verkligheten", "duration": 15,
             "pupil_instructions": "<p>Jämför rollspelet med riksdagens verkliga process. Hur kan "
             "du som ung påverka en lag innan den stiftas?</p>",
             "teacher_notes": "<p>Ta upp medborgarinitiativ (50 000 underskrifter), kontakt med "
             "riksdagsledamöter och ungdomsfullmäktige i Pargas.</p>"}],
        "differentiation_up": "Eleven följer ett verkligt lagförslag på riksdagens webbplats och "
            "redogör för var i processen det är.",
        "differentiation_down": "Eleven får ett förenklat flödesschema och en roll med färdiga "
            "repliker.",
        "support_general": "Begreppen med förklaringar på tavlan; rollkort med tydliga uppgifter.",
        "support_intensified": "Eleven arbetar som sekreterare med mall för betänkandet och stöd "
            "av en vuxen.",
        "support_special": "Eleven ordnar tre bildkort (förslag, röstning, beslut) och deltar i "
            "röstningen.",
        "equipment": "Stegkort, lagförslag och rollkort, tidtagarur, röstlappar.",
        "safety": "",
        "accessibility": "Material i digital form för skärmläsare; anförandet kan hållas sittande "
            "eller lämnas skriftligt.",
        "assessment_criteria": "Eleven beskriver lagstiftningens steg i rätt ordning och "
            "argumenterar sakligt i sin roll.",
        "formative_ideas": "Jämförelse av stegkorten före och efter, samt kamratrespons på "
            "anförandena.",
        "links": [("Riksdagen: så stiftas lagar",
             "https://www.eduskunta.fi/SV/naineduskuntatoimii/lakienkasittely/Sidor/default.aspx")],
        "licence": "cc-by", "tags": ["riksdagen", "demokrati", "rollspel"], "copied_from": None,
    },
    {
        "key": "parainen_kymppiparit", "town": "Parainen", "school": "Kirkkomäen koulu",
        "author": "Riina Nurmi", "language": "fi",
        "title": "Kymppiparit helmitaululla ja liikkuen",
        "summary": "Ekaluokkalaiset etsivät luvun 10 hajotelmat helmillä, sormilla ja "
            "kymppiparihipalla ja kirjaavat kaikki kymppiparit taulukkoon.",
        "subjects": ["matematiikka"], "grades": ["1"], "duration": 45, "competences": ["L1", "L3"],
        "learning_outcome": "Osaan löytää luvulle kymmenen parin, esimerkiksi 7 ja 3.",
        "key_points": ["Kymppiparit ovat 1+9, 2+8, 3+7, 4+6, 5+5 ja toisin päin.",
            "Kun toinen luku kasvaa yhdellä, toinen pienenee yhdellä.",
            "Kymppiparit auttavat laskemaan nopeasti yli kymmenen."],
        "objectives": [("T8",
             "tukea oppilasta lukukäsitteen ja kymmenjärjestelmän periaatteen ymmärtämisessä"),
            ("T9",
             "ohjata oppilasta kehittämään sujuvaa peruslaskutaitoa luonnollisilla luvuilla")],
        "keywords": [("kymppipari", "Kaksi lukua, jotka yhdessä ovat 10."),
            ("hajotelma", "Luku jaettuna kahteen osaan, esim. 10 = 6 + 4.")],
        "misconceptions": [("6 + 4 ja 4 + 6 ovat eri kymppipareja, jotka pitää opetella erikseen.",
             "Summa on sama, vaikka järjestys vaihtuu. Kun osaat toisen, osaat molemmat.")],
        "phases": [
            {"kind": "introduction", "title": "Kymmenen sormea", "duration": 10,
             "pupil_instructions": "<p>Näytä sormilla 7. Montako sormea jää piiloon? Kokeile "
             "muilla luvuilla.</p>",
             "teacher_notes": "<p>Näytä mallia: seitsemän ylhäällä, kolme alhaalla. Kirjaa parit "
             "taululle sitä mukaa kuin ne löytyvät.</p>"},
            {"kind": "activity", "title": "Helmitaulu", "duration": 15,
             "pupil_instructions": "<p>Siirrä helmitaululla punaisia ja valkoisia helmiä niin, "
             "että yhteensä on aina 10. Piirrä jokainen löytämäsi pari taulukkoon.</p>",
             "teacher_notes": "<p>Taulukon järjestys 0+10 … 10+0 paljastaa säännön; kysy, mitä "
             "huomaat.</p>"},
            {"kind": "activity", "title": "Kymppiparihippa", "duration": 15,
             "pupil_instructions": "<p>Jokaisella on lukukortti rinnassa. Kun opettaja huutaa "
             "”Nyt!”, etsi kaveri, jonka kanssa teette yhteensä 10. Parit istuvat alas.</p>",
             "teacher_notes": "<p>Parillinen oppilasmäärä; muuten opettaja osallistuu. Vaihda "
             "kortteja kierroksen välissä.</p>"},
            {"kind": "closing", "title": "Mikä puuttuu?", "duration": 5,
             "pupil_instructions": "<p>Opettaja näyttää luvun. Näytä sormilla sen kymppipari.</p>",
             "teacher_notes": "<p>Katso, kuka näyttää heti ja kuka laskee; jälkimmäisille lisää "
             "helmitaulua.</p>"}],
        "differentiation_up": "Oppilas etsii kaikki luvun 20 parit ja vertaa niitä kymppipareihin.",
        "differentiation_down": "Harjoitellaan ensin vitospareja sormilla ja sitten kymppipareja "
            "helmitaululla.",
        "support_general": "Helmitaulu ja kymppiparitaulukko pöydällä koko tunnin.",
        "support_intensified": "Oppilas harjoittelee pienryhmässä konkreettisilla välineillä ja "
            "saa oman kymppipariarkin kotiin.",
        "support_special": "Oppilas laskee esineitä yhdestä viiteen ja yhdistää lukusymbolin "
            "määrään.",
        "equipment": "Helmitaulut, kymppiparitaulukot, lukukortit 1–9 narulla.",
        "safety": "Hipassa kävellään, ei juosta.",
        "accessibility": "Lukukortit isoina ja kohokuvioisina; hippa voidaan tehdä istuen "
            "korttien vaihtona.",
        "assessment_criteria": "Oppilas löytää kaikki kymppiparit välineiden kanssa ja osaa osan "
            "ulkoa.",
        "formative_ideas": "Sormilla vastaaminen ja taulukon täyttö.",
        "links": [],
        "licence": "cc-by", "tags": ["kymppiparit", "alkuopetus", "toiminnallinen"],
        "copied_from": None,
    },
    # Kruunupyy ------------------------------------------------------------------------------------
    {
        "key": "kruunupyy_forskola_kottar", "town": "Kruunupyy", "school": "Kronoby skola",
        "author": "Linda Forsman", "language": "sv",
        "title": "Vi räknar och sorterar kottar",
        "summary": "Förskolebarnen samlar kottar, sorterar dem efter storlek och räknar dem upp "
            "till tio. Till sist bygger vi ett stapeldiagram av kottar på marken.",
        "subjects": ["matematiikka"], "grades": ["esi"], "duration": 45,
        "competences": ["L1", "L7"],
        "learning_outcome": "Jag kan räkna tio kottar och sortera dem i stora och små.",
        "key_points": ["Man räknar varje kotte en gång och pekar samtidigt.",
            "Sortera betyder att lägga lika saker i samma grupp.",
            "Den längsta raden har flest kottar."],
        "objectives": [("Jag utforskar",
             "Jag utforskar och verkar i min omgivning: barnen övar att räkna, jämföra och "
             "sortera föremål i naturen och att uttrycka resultatet.")],
        "keywords": [("sortera", "Lägga saker som är lika i samma grupp."),
            ("flest", "Den grupp som har mest."),
            ("jämföra", "Titta efter vad som är lika och olika.")],
        "misconceptions": [("Raden som är längst har alltid flest kottar.",
             "Stora kottar tar mer plats. Räkna kottarna eller lägg dem i rutor så ser du "
             "vilken grupp som har flest.")],
        "phases": [
            {"kind": "introduction", "title": "Kottjakt", "duration": 10,
             "pupil_instructions": "<p>Gå med din kompis och samla tio kottar i korgen. Räkna "
             "högt när du lägger i dem.</p>",
             "teacher_notes": "<p>Gran- och tallkottar finns vid skogsbrynet. Kontrollera att "
             "varje par har ungefär tio.</p>"},
            {"kind": "activity", "title": "Stora och små", "duration": 15,
             "pupil_instructions": "<p>Sortera kottarna i två högar: stora och små. Räkna hur "
             "många det blir i varje hög.</p>",
             "teacher_notes": "<p>Fråga: Hur vet du att den här är stor? Låt barnen jämföra med "
             "kompisens kottar.</p>"},
            {"kind": "activity", "title": "Kottdiagram", "duration": 15,
             "pupil_instructions": "<p>Lägg kottarna i rutor på marken: en rad för stora, en för "
             "små. Vilken rad har flest?</p>",
             "teacher_notes": "<p>Rita rutorna med krita på asfalten eller lägg ut ett rep med "
             "knutar. Fotografera diagrammet.</p>"},
            {"kind": "closing", "title": "Tillbaka till skogen", "duration": 5,
             "pupil_instructions": "<p>Bär tillbaka kottarna till skogen och säg tack.</p>",
             "teacher_notes": "<p>Ett tillfälle att prata om att vi lånar av naturen.</p>"}],
        "differentiation_up": "Barnet sorterar också efter art (gran och tall) och räknar till "
            "tjugo.",
        "differentiation_down": "Barnet räknar fem kottar och sorterar med hjälp av två bildkort.",
        "support_general": "Vuxen visar räkningen med pekande och barnet härmar.",
        "support_intensified": "Barnet arbetar med en vuxen i en mindre grupp och räknar kottarna "
            "en i taget i en äggkartong.",
        "support_special": "Barnet lägger en kotte i varje fack i en äggkartong och upplever "
            "mängden genom att känna.",
        "equipment": "Korgar, krita eller rep, bildkort stor/liten, kamera.",
        "safety": "Vi håller oss innanför det överenskomna området vid skogsbrynet.",
        "accessibility": "Kottarna kan samlas ihop av en kompis och sorteras vid ett bord för "
            "barn som inte kan röra sig i terrängen.",
        "assessment_criteria": "Barnet räknar tio föremål korrekt och sorterar efter en egenskap.",
        "formative_ideas": "Foto av kottdiagrammet till barnets portfolio och samtal om vilken "
            "grupp som hade flest.",
        "links": [("Grunderna för förskoleundervisningens läroplan",
             "https://www.oph.fi/sv/utbildning-och-examina/grunderna-for-forskoleundervisningens-laroplan")],
        "licence": "cc-by", "tags": ["förskola", "räkna", "utomhus"], "copied_from": None,
    },
    {
        "key": "kruunupyy_job_interview", "town": "Kruunupyy", "school": "Kronoby högstadieskola",
        "author": "Jonas Granholm", "language": "sv",
        "title": "Job interview – vi övar arbetsintervju på engelska",
        "summary": "Eleverna i årskurs 9 förbereder och genomför en kort arbetsintervju på "
            "engelska för ett sommarjobb och ger varandra respons.",
        "subjects": ["englanti", "oppilaanohjaus"], "grades": ["9"], "duration": 90,
        "competences": ["L2", "L6"],
        "learning_outcome": "Jag kan presentera mina styrkor på engelska och svara på vanliga "
            "frågor i en arbetsintervju.",
        "key_points": ["Vanliga frågor: Tell me about yourself. Why do you want this job? What "
                "are your strengths?",
            "Använd exempel: I am responsible – I have looked after my neighbour's dog for two "
                "summers.",
            "Ögonkontakt, lugnt tempo och en egen fråga i slutet gör ett gott intryck."],
        "objectives": [("M7",
             "uppmuntra eleven att delta i olika kommunikationssituationer och använda "
             "strategier för att föra samtalet vidare"),
            ("M10", "handleda eleven att producera tal om vardagliga ämnen och om arbetslivet")],
        "keywords": [("strengths", "styrkor"), ("summer job", "sommarjobb"),
            ("experience", "erfarenhet")],
        "misconceptions": [("Man måste tala perfekt engelska för att klara en intervju.",
             "Det viktiga är att bli förstådd och ge konkreta exempel. Korta, tydliga meningar "
             "fungerar bättre än svåra ord.")],
        "phases": [
            {"kind": "introduction", "title": "Bra eller dåligt svar?", "duration": 15,
             "pupil_instructions": "<p>Titta på två korta intervjuer. Vilken sökande skulle du "
             "anställa? Varför? Skriv tre saker.</p>",
             "teacher_notes": "<p>Spela in två versioner med en kollega: en med korta, konkreta "
             "svar och en med ”I don't know”. Samla elevernas iakttagelser på tavlan.</p>"},
            {"kind": "activity", "title": "Mina styrkor", "duration": 25,
             "pupil_instructions": "<p>Välj en jobbannons (kiosk, gårdsarbete, simstrand, butik). "
             "Skriv svar på fem frågor och ett exempel för varje styrka.</p>",
             "teacher_notes": "<p>Studiehandledaren hjälper med styrkeorden. Annonserna är "
             "lokala och påhittade, till exempel ”Summer worker at Kronoby marina”.</p>"},
            {"kind": "activity", "title": "Intervjuer", "duration": 35,
             "pupil_instructions": "<p>Arbeta i grupper om tre: sökande, intervjuare och "
             "observatör. Byt roller efter varje intervju. Observatören fyller i "
             "responsblanketten.</p>",
             "teacher_notes": "<p>Varje intervju högst fem minuter. Gå runt och lyssna; betona "
             "innehåll och begriplighet, inte grammatikfel.</p>"},
            {"kind": "assessment", "title": "Självbedömning", "duration": 15,
             "pupil_instructions": "<p>Läs din respons. Skriv vad som gick bra och en sak du vill "
             "öva till nästa gång.</p>",
             "teacher_notes": "<p>Kan kopplas till TET-perioden; självbedömningen sparas i "
             "elevens portfolio.</p>"}],
        "differentiation_up": "Eleven skriver också ett kort personligt brev (cover letter) på "
            "engelska till samma annons.",
        "differentiation_down": "Eleven får färdiga meningsstarter och svarar på tre frågor.",
        "support_general": "Frågor och fraser på tavlan; ordlista med styrkeord.",
        "support_intensified": "Eleven förbereder svaren med lärare eller studiehandledare och "
            "övar intervjun först med en vuxen.",
        "support_special": "Eleven presenterar sig med namn och en sak hen tycker om att göra, "
            "med bildstöd.",
        "equipment": "Videoklipp, jobbannonser, responsblanketter, timer.",
        "safety": "",
        "accessibility": "Videoklippen textade; intervjun kan göras i ett lugnt grupprum.",
        "assessment_criteria": "Eleven svarar begripligt på frågorna, ger konkreta exempel och "
            "använder lämpliga fraser.",
        "formative_ideas": "Kamratrespons med blankett och egen självbedömning.",
        "links": [],
        "licence": "cc-by", "tags": ["engelska", "arbetsliv", "muntligt"], "copied_from": None,
    },
    # Turku ----------------------------------------------------------------------------------------
    {
        "key": "turku_kehorytmit", "town": "Turku", "school": "Puolalan koulu",
        "author": "Ilkka Räsänen", "language": "fi",
        "title": "Kehorytmit 4/4-tahdissa",
        "summary": "Neljäsluokkalaiset soittavat kehosoittimilla neljäsosia, kahdeksasosia ja "
            "taukoja, säveltävät ryhmänä neljän tahdin rytmin ja esittävät sen kaanonina.",
        "subjects": ["musiikki"], "grades": ["4"], "duration": 45, "competences": ["L2", "L6"],
        "learning_outcome": "Osaan soittaa kehollani neljän tahdin rytmin ja pysyä tahdissa, kun "
            "muut soittavat eri rytmiä.",
        "key_points": ["4/4-tahdissa on neljä iskua: yks, kaks, kol, nel.",
            "Neljäsosa = yksi isku (taa), kaksi kahdeksasosaa = yksi isku (ti-ti), tauko = "
                "hiljainen isku.",
            "Kaanonissa ryhmät aloittavat saman rytmin eri aikaan."],
        "objectives": [("T2",
             "rohkaista oppilasta kehittämään lauluun, soittamiseen ja kehon käyttöön liittyviä "
             "taitojaan musisoidessaan yhdessä"),
            ("T4", "kannustaa oppilasta improvisoimaan ja säveltämään rytmejä")],
        "keywords": [("tahti", "Musiikin jakso, jossa on tietty määrä iskuja."),
            ("tauko", "Hetki, jolloin ei soiteta, mutta syke jatkuu."),
            ("kaanon", "Sama musiikki alkaa eri ryhmillä eri aikaan.")],
        "misconceptions": [("Tauon aikana voi levätä, koska silloin ei tapahdu mitään.",
             "Syke jatkuu tauon aikana. Laske tauko mielessä tai näytä se kevyellä liikkeellä, "
             "niin tulet oikeaan aikaan takaisin.")],
        "phases": [
            {"kind": "introduction", "title": "Syke lattiaan", "duration": 5,
             "pupil_instructions": "<p>Kävele luokassa musiikin sykkeessä. Kun musiikki pysähtyy, "
             "jäädy.</p>",
             "teacher_notes": "<p>Tempo noin 100 iskua minuutissa. Vaihda tempoa kerran; "
             "huomaavatko oppilaat?</p>"},
            {"kind": "activity", "title": "Rytmikortit", "duration": 15,
             "pupil_instructions": "<p>Soita korttien rytmit: taa = taputus, ti-ti = reisiin, "
             "tauko = kädet auki. Opettaja näyttää kortteja yhä nopeammin.</p>",
             "teacher_notes": "<p>Kahdeksan korttia. Aloita neljällä taa-kortilla ja lisää ti-ti "
             "ja tauko vasta, kun syke on vakaa.</p>"},
            {"kind": "activity", "title": "Oma rytmi", "duration": 15,
             "pupil_instructions": "<p>Säveltäkää ryhmänä neljän tahdin rytmi korteista. "
             "Käyttäkää ainakin yhtä taukoa ja yhtä ti-ti-paria. Harjoitelkaa, kunnes kaikki "
             "osaavat.</p>",
             "teacher_notes": "<p>Neljä ryhmää. Pyydä ryhmää kirjoittamaan rytmi taululle "
             "rytmitavuin.</p>"},
            {"kind": "closing", "title": "Kaanon", "duration": 10,
             "pupil_instructions": "<p>Soitetaan yhden ryhmän rytmi kaanonina: ryhmät aloittavat "
             "kahden tahdin välein.</p>",
             "teacher_notes": "<p>Äänitä kaanon ja kuuntelkaa: kuuluuko yhteinen syke? Hyvä "
             "pohja seuraavan tunnin itsearviolle.</p>"}],
        "differentiation_up": "Oppilas lisää rytmiin kuusitoistaosat (ti-ri-ti-ri) tai soittaa "
            "rytmin rummulla.",
        "differentiation_down": "Oppilas soittaa sykettä (taa) koko ajan, kun muut soittavat "
            "rytmiä.",
        "support_general": "Rytmikortit taululla ja opettaja laskee sisääntulot.",
        "support_intensified": "Oppilas soittaa parin kanssa peilaten ja aloittaa aina "
            "ensimmäisessä ryhmässä.",
        "support_special": "Oppilas soittaa sykettä rummulla aikuisen kanssa ja pysähtyy tauoilla "
            "sovitusta merkistä.",
        "equipment": "Rytmikortit, taustamusiikki, äänityslaite.",
        "safety": "",
        "accessibility": "Kehosoiton voi tehdä istuen; kuulovammaiselle oppilaalle sykkeen voi "
            "näyttää valolla tai kosketuksella.",
        "assessment_criteria": "Oppilas soittaa rytmikortteja sykkeessä ja osallistuu oman ryhmän "
            "rytmin säveltämiseen.",
        "formative_ideas": "Äänitteen kuuntelu ja ryhmän oma arvio: pysyimmekö tahdissa?",
        "links": [],
        "licence": "cc-by", "tags": ["rytmi", "kehosoitto", "musiikki"], "copied_from": None,
    },
    {
        "key": "turku_et_oikeudenmukaisuus", "town": "Turku", "school": "Luostarivuoren koulu",
        "author": "Sari Peltola", "language": "fi",
        "title": "Mikä on reilua? Oikeudenmukaisuuden kolme mallia",
        "summary": "Yhdeksäsluokkalaiset jakavat kuvitteellisen luokkaretken rahat kolmella "
            "tavalla – tasan, tarpeen mukaan ja ansion mukaan – ja perustelevat, mikä jako on "
            "oikeudenmukaisin.",
        "subjects": ["elamankatsomustieto"], "grades": ["9"], "duration": 45,
        "competences": ["L2", "L7"],
        "learning_outcome": "Osaan selittää, mitä tasajako, tarveperiaate ja ansioperiaate "
            "tarkoittavat, ja perustella oman kantani.",
        "key_points": ["Tasajako: jokainen saa saman verran.",
            "Tarveperiaate: eniten saa se, joka tarvitsee eniten.",
            "Ansioperiaate: enemmän saa se, joka on tehnyt enemmän."],
        "objectives": [("T5",
             "ohjata oppilasta ymmärtämään etiikan peruskäsitteitä ja eettisen ajattelun "
             "merkitystä"),
            ("T9",
             "ohjata oppilasta pohtimaan oikeudenmukaisuutta yhteiskunnassa ja perustelemaan "
             "näkemyksiään")],
        "keywords": [("oikeudenmukaisuus",
             "Se, että hyödyt ja velvollisuudet jaetaan perustellusti."),
            ("tarveperiaate", "Jaetaan sen mukaan, kuka tarvitsee."),
            ("ansioperiaate", "Jaetaan sen mukaan, kuka on ansainnut.")],
        "misconceptions": [("Reilu tarkoittaa aina, että kaikki saavat saman.",
             "Joskus tasajako jättää jonkun ulkopuolelle: jos kaikki saavat 20 €, mutta retki "
             "maksaa yhdelle 50 € pitkän matkan takia. Reiluus riippuu tilanteesta ja "
             "perusteluista.")],
        "phases": [
            {"kind": "introduction", "title": "Pizza neljälle", "duration": 5,
             "pupil_instructions": "<p>Neljä kaverusta tilaa pizzan. Yksi maksoi puolet, yksi ei "
             "ole syönyt koko päivänä. Miten pizza pitäisi jakaa?</p>",
             "teacher_notes": "<p>Nopea kättennosto kolmen vaihtoehdon välillä; jätä auki.</p>"},
            {"kind": "activity", "title": "Luokkaretken kassa", "duration": 20,
             "pupil_instructions": "<p>Ryhmänne jakaa 600 € viiden oppilaan kesken kolmella "
             "tavalla. Lukekaa roolikortit (kuka keräsi rahaa myyjäisissä, kenellä on pitkä "
             "koulumatka, kenen perhe on pienituloinen). Kirjatkaa jaot taulukkoon.</p>",
             "teacher_notes": "<p>Roolikortit ovat keksittyjä; älä käytä luokan oppilaiden "
             "tilanteita. Taulukkopohja ohjaa laskemaan summat oikein.</p>"},
            {"kind": "discussion", "title": "Väittely", "duration": 15,
             "pupil_instructions": "<p>Asettukaa luokan nurkkiin sen periaatteen mukaan, jota "
             "pidätte reiluimpana. Jokainen nurkka esittää kaksi perustelua ja yhden "
             "vastaväitteen muille.</p>",
             "teacher_notes": "<p>Muistuta keskustelusäännöistä: kritisoi ajatusta, älä ihmistä. "
             "Ohjaa kohti yhdistelmiä, kuten Pohjoismaisessa hyvinvointivaltiossa.</p>"},
            {"kind": "closing", "title": "Oma kanta", "duration": 5,
             "pupil_instructions": "<p>Kirjoita kolme lausetta: mikä jako on mielestäsi reiluin "
             "ja miksi? Mainitse yksi vastaperuste.</p>",
             "teacher_notes": "<p>Arvioi perustelun laatua, ei mielipidettä.</p>"}],
        "differentiation_up": "Oppilas vertaa jakoperiaatteita suomalaiseen verotukseen ja "
            "sosiaaliturvaan ja kirjoittaa lyhyen esseen.",
        "differentiation_down": "Oppilas jakaa rahat kahdella tavalla (tasan ja tarpeen mukaan) "
            "valmiissa taulukossa.",
        "support_general": "Käsitteet taululla esimerkein ja roolikortit luettavissa ääneen.",
        "support_intensified": "Oppilas työskentelee aikuisen tukemassa ryhmässä; väittelyssä hän "
            "voi esittää perustelun kirjoitettuna.",
        "support_special": "Oppilas jakaa konkreettisia esineitä kahdella tavalla ja kertoo, "
            "kumpi tuntuu reilummalta.",
        "equipment": "Roolikortit, taulukkopohjat, nurkkakyltit.",
        "safety": "",
        "accessibility": "Nurkkiin siirtymisen sijaan voi äänestää korteilla paikaltaan.",
        "assessment_criteria": "Oppilas selittää kolme periaatetta ja perustelee kantansa ottaen "
            "huomioon vastaperusteen.",
        "formative_ideas": "Alkuäänestyksen ja loppukirjoituksen vertailu.",
        "links": [],
        "licence": "cc-by-nd", "tags": ["etiikka", "oikeudenmukaisuus", "väittely"],
        "copied_from": None,
    },
    {
        "key": "turku_kotitalous_aamupala", "town": "Turku", "school": "Luostarivuoren koulu",
        "author": "Anu Vuorinen", "language": "fi",
        "title": "Aamupala lautasmallilla: puuro ja marjasmoothie",
        "summary": "Seitsemäsluokkalaiset valmistavat ryhmissä kaurapuuron ja marjasmoothien, "
            "kattavat aamupalapöydän ja arvioivat aamupalaa lautasmallin avulla.",
        "subjects": ["kotitalous"], "grades": ["7"], "duration": 90, "competences": ["L3", "L6"],
        "learning_outcome": "Osaan valmistaa kaurapuuron ja smoothien ohjeen mukaan ja koota "
            "monipuolisen aamupalan.",
        "key_points": ["Monipuolisessa aamupalassa on viljaa, maitotuotetta tai kasvijuomaa ja "
                "marjoja tai hedelmiä.",
            "Puuron suhde: 1 dl kaurahiutaleita, 2 dl vettä, ripaus suolaa per annos.",
            "Kädet pestään ennen ruoanvalmistusta ja raakojen aineiden käsittelyn jälkeen."],
        "objectives": [("T2",
             "ohjata oppilasta suunnittelemaan ja valmistamaan ruokaa ja käyttämään työvälineitä "
             "turvallisesti"),
            ("T6",
             "ohjata oppilasta toimimaan hygieenisesti ja ottamaan vastuuta yhteisestä työstä")],
        "keywords": [("lautasmalli", "Kuva, joka näyttää, miten ateria kootaan monipuoliseksi."),
            ("hygienia", "Puhtaus, joka estää ruokamyrkytyksiä."),
            ("työnjako", "Sovitaan, kuka tekee mitäkin.")],
        "misconceptions": [("Aamupalan voi jättää väliin, koska koululounas on pian.",
             "Ilman aamupalaa verensokeri laskee ja keskittyminen heikkenee aamupäivällä. "
             "Pienikin aamupala auttaa.")],
        "phases": [
            {"kind": "introduction", "title": "Mitä söit aamulla?", "duration": 10,
             "pupil_instructions": "<p>Merkitse nimettömästi taululle, mitä söit aamulla. "
             "Verrataan lautasmalliin.</p>",
             "teacher_notes": "<p>Ole hienotunteinen: aamupalan syömättä jättämiseen voi olla "
             "monia syitä. Käy läpi tunnin työnjako ja hygienia.</p>"},
            {"kind": "activity", "title": "Valmistus", "duration": 40,
             "pupil_instructions": "<p>Ryhmä tekee neljälle: puuro (4 dl kaurahiutaleita, 8 dl "
             "vettä, ripaus suolaa) ja smoothie (3 dl pakastemarjoja, 1 banaani, 4 dl "
             "maustamatonta jogurttia tai kauragurttia). Noudata työnjakoa.</p>",
             "teacher_notes": "<p>Puuro kiehuu yli herkästi: keskilämpö ja sekoitus. Tarkista "
             "allergiat etukäteen ja pidä kauragurtti vaihtoehtona.</p>"},
            {"kind": "activity", "title": "Kattaminen ja ruokailu", "duration": 25,
             "pupil_instructions": "<p>Kattakaa pöytä: lautaset, lusikat, lasit, serviettit. "
             "Syökää yhdessä ja keskustelkaa: mikä aamupala sopisi kiireiseen aamuun?</p>",
             "teacher_notes": "<p>Ruokailu on osa opetusta; ohjaa pöytätapoihin luontevasti.</p>"},
            {"kind": "assessment", "title": "Tiskit ja itsearvio", "duration": 15,
             "pupil_instructions": "<p>Tiskatkaa ja siivotkaa keittiö tarkistuslistan mukaan. "
             "Arvioi omaa työskentelyäsi asteikolla 1–3: hygienia, yhteistyö, ajankäyttö.</p>",
             "teacher_notes": "<p>Tarkista keittiöt ennen kuin ryhmä lähtee; arvioi "
             "työskentelyä havainnoiden koko tunnin ajan.</p>"}],
        "differentiation_up": "Ryhmä laskee aamupalan hinnan per annos ja vertaa sitä kahvilan "
            "aamupalaan.",
        "differentiation_down": "Oppilas valmistaa smoothien kuvitetulla ohjeella ja mittaa "
            "aineet valmiiksi merkityillä mitoilla.",
        "support_general": "Työohje kuvin ja työvaiheet aikajärjestyksessä.",
        "support_intensified": "Oppilaalla on oma lyhyempi tehtävälista ja aikuinen tarkistaa "
            "vaiheet.",
        "support_special": "Oppilas harjoittelee käsienpesun, mittaamisen ja tehosekoittimen "
            "turvallisen käytön vaiheittain aikuisen kanssa.",
        "equipment": "Kattilat, mittavälineet, tehosekoittimet, kaurahiutaleet, pakastemarjat, "
            "banaanit, jogurtti ja kauragurtti, astiat.",
        "safety": "Kuuma liesi ja kiehuva puuro: kattilan kahva käännetään sisäänpäin. "
            "Tehosekoittimen kansi paikalleen ennen käynnistystä, lusikkaa ei laiteta terän "
            "lähelle. Allergiat tarkistetaan etukäteen.",
        "accessibility": "Matala työtaso pyörätuolia käyttävälle; ohjeet kuvin ja isolla fontilla.",
        "assessment_criteria": "Oppilas noudattaa ohjetta, työskentelee hygieenisesti ja "
            "turvallisesti ja osallistuu yhteistyöhön.",
        "formative_ideas": "Havainnointi työn aikana, itsearvio ja keittiöiden tarkistuslista.",
        "links": [("Ruokavirasto: lasten ja nuorten ruokasuositukset",
             "https://www.ruokavirasto.fi/teemat/terveytta-edistava-ruokavalio/")],
        "licence": "cc-by", "tags": ["aamupala", "ruoanvalmistus", "hygienia"], "copied_from": None,
    },
    # Nousiainen -----------------------------------------------------------------------------------
    {
        "key": "nousiainen_esi_elainjumppa", "town": "Nousiainen",
        "school": "Nousiaisten päiväkodin esiopetus",
        "author": "Raili Kauppinen", "language": "fi",
        "title": "Eläinjumppa ja tasapainorata",
        "summary": "Esioppilaat liikkuvat kuin eläimet ja kulkevat tasapainoradan, jossa "
            "harjoitellaan yhdellä jalalla seisomista, kapealla kulkemista ja hyppäämistä "
            "tasajalkaa.",
        "subjects": ["liikunta"], "grades": ["esi"], "duration": 45, "competences": ["L3", "L2"],
        "learning_outcome": "Osaan kulkea kapealla penkillä, seistä yhdellä jalalla ja hypätä "
            "tasajalkaa.",
        "key_points": ["Kädet sivuille auttavat pysymään tasapainossa.",
            "Katse eteenpäin, ei jalkoihin.", "Odotan vuoroani jonossa."],
        "objectives": [("Kasvan ja liikun",
             "Kasvan, liikun ja kehityn: harjoitellaan tasapaino- ja liikkumistaitoja "
             "monipuolisesti ja iloisesti sekä toimitaan turvallisesti ryhmässä.")],
        "keywords": [("tasapaino", "Pysyt pystyssä etkä kaadu."),
            ("tasajalkaa", "Molemmat jalat yhdessä, hypätessä ja alastulossa.")],
        "misconceptions": [("Tasapainossa pysyy paremmin, kun menee nopeasti.",
             "Hitaasti on helpompaa: ehdit korjata asentoa. Nopeus tulee harjoittelun myötä.")],
        "phases": [
            {"kind": "introduction", "title": "Eläinjumppa", "duration": 10,
             "pupil_instructions": "<p>Liiku kuin opettajan sanoma eläin: karhu kävelee neljällä "
             "raajalla, sammakko hyppää, flamingo seisoo yhdellä jalalla, käärme matelee.</p>",
             "teacher_notes": "<p>Vaihda eläintä noin 30 sekunnin välein. Flamingo on tunnin "
             "tavoitteen kannalta tärkein; laske ääneen viiteen.</p>"},
            {"kind": "activity", "title": "Tasapainorata", "duration": 25,
             "pupil_instructions": "<p>Kulje rata: penkki (kapea silta), kivipolku (vanteet), "
             "hypyt tasajalkaa kolmen vanteen läpi, flamingoseisonta tyynyllä. Palaa jonon "
             "loppuun.</p>",
             "teacher_notes": "<p>Kaksi rataa rinnakkain vähentää jonottamista. Aikuinen penkin "
             "vieressä. Vaikeuta: penkin kapea puoli, helpota: leveä puoli tai käsi aikuisen "
             "kädessä.</p>"},
            {"kind": "closing", "title": "Lepo ja venyttely", "duration": 10,
             "pupil_instructions": "<p>Makaa selällään ja kuuntele rauhallista musiikkia. Venytä "
             "kuin kissa herätessään.</p>",
             "teacher_notes": "<p>Kysy lopuksi: mikä rata oli kivoin, mikä vaikein? Kirjaa "
             "havainnot lapsen esiopetuksen oppimissuunnitelmaan.</p>"}],
        "differentiation_up": "Lapsi kulkee penkin takaperin tai kantaa hernepussia pään päällä.",
        "differentiation_down": "Penkin sijasta lattiaan teipattu viiva; hyppy yhden vanteen yli.",
        "support_general": "Radan kuvat seinällä järjestyksessä ja aikuinen näyttää mallin.",
        "support_intensified": "Lapsi kulkee radan aikuisen kanssa kädestä pitäen ja saa "
            "ylimääräisiä toistoja ennen muita.",
        "support_special": "Rata muokataan lapsen liikkumisen mukaan, esimerkiksi konttausosuus "
            "ja tasapainoilu istuen pallon päällä; fysioterapeutin ohjeet huomioidaan.",
        "equipment": "Voimistelupenkit, vanteet, tasapainotyynyt, hernepussit, patjat, musiikki.",
        "safety": "Patjat penkin ympärillä. Rata kuljetaan yksi kerrallaan ja sukkasillaan "
            "liukuminen estetään: paljain jaloin tai tossuissa.",
        "accessibility": "Jokaisella rataosuudella on helpompi vaihtoehto vierellä, ja rata "
            "kuvataan kuvakorteilla.",
        "assessment_criteria": "Lapsi kulkee penkin, seisoo yhdellä jalalla viisi sekuntia ja "
            "hyppää tasajalkaa.",
        "formative_ideas": "Havainnointi ja lapsen oma kertomus vaikeimmasta osuudesta.",
        "links": [("Liikkuva varhaiskasvatus", "https://www.liikkuvavarhaiskasvatus.fi/")],
        "licence": "cc-by", "tags": ["liikunta", "tasapaino", "esiopetus"], "copied_from": None,
    },
    {
        "key": "nousiainen_veden_olomuodot", "town": "Nousiainen", "school": "Henrikin koulu",
        "author": "Mari Ojala", "language": "fi",
        "title": "Jäätä, vettä ja höyryä – veden olomuodot",
        "summary": "Toisluokkalaiset tutkivat, miten jääpala sulaa eri paikoissa, ja havainnoivat "
            "höyryn tiivistymistä. He kirjaavat ennusteet ja tulokset tutkimuskorttiin.",
        "subjects": ["ymparistooppi"], "grades": ["2"], "duration": 45, "competences": ["L1", "L4"],
        "learning_outcome": "Osaan kertoa veden kolme olomuotoa ja mikä saa jään sulamaan ja "
            "veden höyrystymään.",
        "key_points": ["Vesi voi olla kiinteää (jää), nestettä (vesi) tai kaasua (vesihöyry).",
            "Lämpö sulattaa jään ja höyrystää veden; kylmä jäädyttää.",
            "Kylmään pintaan osuva höyry muuttuu takaisin vesipisaroiksi."],
        "objectives": [("T5", "ohjata oppilasta tekemään havaintoja ja pienimuotoisia tutkimuksia"),
            ("T12",
             "ohjata oppilasta tutkimaan luonnonilmiöitä, kuten veden olomuotojen muutoksia")],
        "keywords": [("olomuoto", "Millaisena aine on: kiinteänä, nesteenä vai kaasuna."),
            ("sulaminen", "Jää muuttuu vedeksi."),
            ("tiivistyminen", "Höyry muuttuu vesipisaroiksi.")],
        "misconceptions": [("Kattilan päällä näkyvä valkoinen ”savu” on vesihöyryä.",
             "Vesihöyry on näkymätöntä. Valkoinen pilvi on pieniä vesipisaroita, jotka "
             "syntyvät, kun höyry jäähtyy ilmassa.")],
        "phases": [
            {"kind": "introduction", "title": "Missä jää sulaa nopeimmin?", "duration": 10,
             "pupil_instructions": "<p>Ryhmäsi saa kolme jääpalaa. Ne laitetaan ikkunalaudalle, "
             "pulpetille ja villasukkaan. Arvaa, mikä sulaa ensin, ja piirrä arvauksesi "
             "korttiin.</p>",
             "teacher_notes": "<p>Samankokoiset jääpalat lautasilla. Villasukka yllättää: se "
             "hidastaa sulamista, koska eristää.</p>"},
            {"kind": "activity", "title": "Höyrykoe", "duration": 15,
             "pupil_instructions": "<p>Katso, kun opettaja pitää kylmää kattilan kantta kuuman "
             "veden yllä. Mitä kannen alle ilmestyy? Piirrä.</p>",
             "teacher_notes": "<p>Vedenkeitin opettajan pöydällä, oppilaat vähintään metrin "
             "päässä. Kannen alle tiivistyy pisaroita; yhdistä tämä sateeseen.</p>"},
            {"kind": "discussion", "title": "Tulokset", "duration": 15,
             "pupil_instructions": "<p>Tarkistakaa jääpalat. Mikä sulaa nopeimmin? Oliko "
             "arvauksesi oikea? Miksi villasukka hidasti sulamista?</p>",
             "teacher_notes": "<p>Kirjaa tulokset yhteiseen taulukkoon. Hyvä yhteys: miksi "
             "talvella puetaan villasukat.</p>"},
            {"kind": "closing", "title": "Kolme olomuotoa", "duration": 5,
             "pupil_instructions": "<p>Näytä kehollasi: jää (jäykkä), vesi (valuva), höyry "
             "(leijuva).</p>",
             "teacher_notes": "<p>Nopea tarkistus: kutsu olomuotoja satunnaisessa "
             "järjestyksessä.</p>"}],
        "differentiation_up": "Oppilas suunnittelee oman kokeen: sulaako jää nopeammin suolan vai "
            "sokerin kanssa?",
        "differentiation_down": "Tutkimuskortissa valmiit kuvat, joista ympyröidään arvaus ja "
            "tulos.",
        "support_general": "Kuvitettu tutkimuskortti ja sanat jää–vesi–höyry taululla.",
        "support_intensified": "Oppilas toimii ryhmässä aikuisen kanssa ja kertoo havaintonsa "
            "suullisesti.",
        "support_special": "Oppilas tunnustelee jäätä ja vettä ja yhdistää ne kuviin kylmä – "
            "märkä.",
        "equipment": "Jääpalat, lautaset, villasukat, vedenkeitin, kattilan kansi, tutkimuskortit.",
        "safety": "Kuuma vesi ja höyry ovat vain opettajan käsissä; oppilaat seuraavat "
            "turvaetäisyydeltä.",
        "accessibility": "Tutkimuskortti myös suurennettuna; höyrykoe näytetään "
            "dokumenttikameralla.",
        "assessment_criteria": "Oppilas nimeää kolme olomuotoa ja kertoo, mikä muuttaa olomuotoa.",
        "formative_ideas": "Ennusteen ja tuloksen vertailu sekä kehoilla näyttäminen.",
        "links": [],
        "licence": "cc-by", "tags": ["vesi", "tutkiminen", "olomuodot"], "copied_from": None,
    },
    {
        "key": "nousiainen_tet_vahvuudet", "town": "Nousiainen", "school": "Valpperin koulu",
        "author": "Harri Lindroos", "language": "fi",
        "title": "Omat vahvuudet ja TET-paikan valinta",
        "summary": "Oppilaat tunnistavat omia vahvuuksiaan vahvuuskorttien ja kaverin palautteen "
            "avulla ja etsivät vahvuuksiin sopivan TET-paikan kotiseudulta.",
        "subjects": ["oppilaanohjaus"], "grades": ["8", "9"], "duration": 45,
        "competences": ["L1", "L6"],
        "learning_outcome": "Osaan nimetä kolme vahvuuttani ja kertoa, millaisessa työpaikassa "
            "voisin käyttää niitä.",
        "key_points": ["Vahvuus voi olla taito (piirtäminen) tai luonteenpiirre (sinnikkyys).",
            "Kaveri näkee usein vahvuuksia, joita et itse huomaa.",
            "TET-paikkaa haetaan soittamalla tai sähköpostilla hyvissä ajoin."],
        "objectives": [("T2",
             "ohjata oppilasta tunnistamaan omia vahvuuksiaan ja kehittämisen kohteitaan"),
            ("T6", "ohjata oppilasta tutustumaan työelämään ja ammatteihin lähiympäristössä")],
        "keywords": [("TET", "Työelämään tutustuminen, yleensä 1–2 viikkoa työpaikalla."),
            ("vahvuus", "Asia, jossa olet hyvä tai joka on sinulle luontaista.")],
        "misconceptions": [("TET-paikan pitää olla unelma-ammatti, muuten se on hyödytön.",
             "Jokaisessa työpaikassa oppii työelämän taitoja, kuten täsmällisyyttä ja "
             "asiakaspalvelua. Paikan voi valita myös kokeillakseen jotain uutta.")],
        "phases": [
            {"kind": "introduction", "title": "Vahvuuskortit", "duration": 10,
             "pupil_instructions": "<p>Valitse 40 kortista viisi, jotka kuvaavat sinua. "
             "Esimerkiksi: rehellinen, kekseliäs, rauhallinen, huolellinen.</p>",
             "teacher_notes": "<p>Kortteja voi käyttää myös sähköisesti. Kierrä ja auta niitä, "
             "joilla valinta on vaikea.</p>"},
            {"kind": "activity", "title": "Kaverin silmin", "duration": 15,
             "pupil_instructions": "<p>Kirjoita kahdelle ryhmäsi jäsenelle yksi vahvuus ja "
             "esimerkki: ”Olet kärsivällinen – autoit minua matikassa.” Lue omat lappusi.</p>",
             "teacher_notes": "<p>Muodosta ryhmät itse, jotta kaikki saavat palautetta. Kiellä "
             "pilailu ennen tehtävää.</p>"},
            {"kind": "activity", "title": "TET-paikka kartalle", "duration": 15,
             "pupil_instructions": "<p>Etsi koulun TET-paikkalistasta tai kunnan "
             "yrityshakemistosta kolme paikkaa, joissa voisit käyttää vahvuuksiasi. Kirjoita, "
             "miksi ne sopivat.</p>",
             "teacher_notes": "<p>Lista Nousiaisten ja lähikuntien (Masku, Mynämäki, Turku) "
             "TET-paikoista oppimisalustalla. Muistuta hakuaikataulusta.</p>"},
            {"kind": "closing", "title": "Yksi lause", "duration": 5,
             "pupil_instructions": "<p>Täydennä: ”Vahvuuteni ovat … ja siksi haen TET-paikkaa "
             "…”</p>",
             "teacher_notes": "<p>Lauseet tallentuvat oppilaan opinto-ohjauksen kansioon "
             "henkilökohtaista ohjauskeskustelua varten.</p>"}],
        "differentiation_up": "Oppilas kirjoittaa valmiin hakuviestin TET-paikalle ja "
            "harjoittelee puhelun parin kanssa.",
        "differentiation_down": "Oppilas valitsee kolme korttia ja yhden TET-paikan kuvitetusta "
            "listasta.",
        "support_general": "Vahvuussanat selityksineen ja esimerkkilauseet taululla.",
        "support_intensified": "Opinto-ohjaaja käy vahvuudet läpi oppilaan kanssa kahden kesken "
            "ja auttaa paikan etsinnässä.",
        "support_special": "TET suunnitellaan yhdessä huoltajan ja erityisopettajan kanssa "
            "tuettuna jaksona tutulla työpaikalla.",
        "equipment": "Vahvuuskortit, palautelaput, kannettavat, TET-paikkalista.",
        "safety": "",
        "accessibility": "Kortit myös sähköisinä ja kuvallisina; palautteen voi antaa suullisesti.",
        "assessment_criteria": "Oppilas nimeää vahvuutensa esimerkein ja perustelee "
            "TET-paikkavalintansa. Ei numeroarviointia.",
        "formative_ideas": "Kaverin palaute ja loppulause ohjauskeskustelun pohjaksi.",
        "links": [("Opintopolku: ammatit ja koulutus", "https://opintopolku.fi/")],
        "licence": "cc-by", "tags": ["tet", "vahvuudet", "opinto-ohjaus"], "copied_from": None,
    },
    # Jyväskylä ------------------------------------------------------------------------------------
    {
        "key": "jyvaskyla_kartta_ja_mittakaava", "town": "Jyväskylä", "school": "Kilpisen koulu",
        "author": "Olli Kettunen", "language": "fi",
        "title": "Kartta ja mittakaava: koulumatka Paikkatietoikkunassa",
        "summary": "Seitsemäsluokkalaiset mittaavat koulumatkansa Paikkatietoikkunassa, muuntavat "
            "karttamatkat mittakaavan avulla ja vertaavat peruskarttaa ja ilmakuvaa.",
        "subjects": ["maantieto"], "grades": ["7"], "duration": 45, "competences": ["L4", "L5"],
        "learning_outcome": "Osaan laskea mittakaavan avulla, kuinka pitkä matka on luonnossa, ja "
            "mitata matkan karttapalvelussa.",
        "key_points": ["Mittakaava 1:20 000 tarkoittaa, että 1 cm kartalla on 20 000 cm eli 200 m "
                "luonnossa.",
            "Mitä suurempi luku mittakaavan jälkimmäisenä on, sitä pienempi on kartan tarkkuus.",
            "Digitaalisessa kartassa mittakaava muuttuu, kun zoomaat."],
        "objectives": [("T3",
             "ohjata oppilasta kehittämään karttojen ja muiden maantieteellisten esitysten "
             "tulkitsemisen ja käyttämisen taitoja"),
            ("T8", "ohjata oppilasta käyttämään paikkatietoa ja tieto- ja viestintäteknologiaa")],
        "keywords": [("mittakaava", "Kertoo, kuinka paljon todellisuutta on pienennetty kartalla."),
            ("paikkatieto", "Tieto, johon liittyy sijainti, esim. koordinaatit."),
            ("ilmakuva", "Ylhäältä lentokoneesta tai dronesta otettu kuva.")],
        "misconceptions": [("1:50 000 on ”isompi” kartta kuin 1:20 000, koska luku on suurempi.",
             "Se on pienempimittakaavainen: sama alue näkyy pienempänä ja yksityiskohtia on "
             "vähemmän. Vertaa kahta tulostetta.")],
        "phases": [
            {"kind": "introduction", "title": "Arvaa matka", "duration": 5,
             "pupil_instructions": "<p>Arvaa, kuinka pitkä koulumatkasi on metreinä. Kirjoita "
             "arvaus ylös.</p>",
             "teacher_notes": "<p>Oppilaat, joiden kotiosoitetta ei haluta näyttää, mittaavat "
             "matkan koululta kaupungin kirjastoon.</p>"},
            {"kind": "activity", "title": "Mittakaavalaskut", "duration": 15,
             "pupil_instructions": "<p>Mittaa viivoittimella tulostetulta kartalta (1:20 000) "
             "kolme matkaa: koulu–Harju, koulu–Matkakeskus, koulu–Tuomiojärvi. Muunna "
             "metreiksi.</p>",
             "teacher_notes": "<p>Kertaa senttimetrien muunto: 1 cm = 200 m. Tulosten pitäisi "
             "olla noin 600 m, 1 km ja 2 km.</p>"},
            {"kind": "activity", "title": "Paikkatietoikkuna", "duration": 20,
             "pupil_instructions": "<p>Avaa Paikkatietoikkuna. Mittaa sama matka "
             "mittaustyökalulla. Vaihda taustakartaksi ilmakuva: mitä näet, mitä peruskartassa ei "
             "näy?</p>",
             "teacher_notes": "<p>Näytä mittaustyökalu heijastimelta. Ero viivoitinmittaukseen "
             "johtuu tien mutkista.</p>"},
            {"kind": "closing", "title": "Oliko arvaus oikea?", "duration": 5,
             "pupil_instructions": "<p>Vertaa arvaustasi mitattuun matkaan. Kuinka monta "
             "prosenttia heitit?</p>",
             "teacher_notes": "<p>Pieni prosenttilasku kertaa matematiikkaa; hyvä kytkentä "
             "seuraavaan tuntiin.</p>"}],
        "differentiation_up": "Oppilas tekee Paikkatietoikkunassa oman karttaesityksen koulun "
            "lähialueen lähiluonnosta ja tallentaa sen linkkinä.",
        "differentiation_down": "Laskut tehdään valmiilla muunnostaulukolla (1 cm = 200 m, 2 cm = "
            "400 m…).",
        "support_general": "Muunnosohje taululla ja kuvitettu ohje karttapalvelun käyttöön.",
        "support_intensified": "Oppilas mittaa parin tai aikuisen kanssa ja tekee yhden laskun "
            "kolmen sijaan.",
        "support_special": "Oppilas etsii kartalta koulun ja oman tutun paikan ja kulkee niiden "
            "välin sormella.",
        "equipment": "Tulostetut kartat 1:20 000, viivoittimet, kannettavat, Paikkatietoikkuna.",
        "safety": "",
        "accessibility": "Karttapalvelun zoomaus ja kontrastit; tulosteet myös A3-koossa.",
        "assessment_criteria": "Oppilas muuntaa karttamatkan todelliseksi matkaksi ja mittaa "
            "matkan karttapalvelulla.",
        "formative_ideas": "Arvauksen ja mittauksen vertailu; laskujen tarkistus pareittain.",
        "links": [("Paikkatietoikkuna", "https://kartta.paikkatietoikkuna.fi/")],
        "licence": "cc-by", "tags": ["kartat", "paikkatieto", "mittakaava"], "copied_from": None,
    },
    {
        "key": "jyvaskyla_colours_and_numbers", "town": "Jyväskylä", "school": "Keltinmäen koulu",
        "author": "Jenni Puustinen", "language": "fi",
        "title": "Colours and numbers – värit ja numerot leikkien",
        "summary": "Ekaluokkalaiset oppivat englanniksi värit ja numerot 1–10 laulun, liikkeen ja "
            "värikylpy-leikin avulla. Kirjoittamista ei vielä vaadita.",
        "subjects": ["englanti"], "grades": ["1"], "duration": 45, "competences": ["L2", "L4"],
        "learning_outcome": "Osaan sanoa englanniksi viisi väriä ja luvut yhdestä kymmeneen.",
        "key_points": ["Red, blue, yellow, green, black.", "One, two, three … ten.",
            "Kysymys: What colour is it? Vastaus: It's red."],
        "objectives": [("T3",
             "ohjata oppilasta havaitsemaan englannin kielen ja äidinkielen eroja ja "
             "yhtäläisyyksiä leikinomaisesti"),
            ("T6",
             "rohkaista oppilasta harjoittelemaan vuorovaikutusta kielellä leikkien ja laulujen "
             "avulla")],
        "keywords": [("colour", "Väri."), ("number", "Numero, luku.")],
        "misconceptions": [("Englannin sanat äännetään kuten ne kirjoitetaan, esim. ”blue” = "
             "blu-e.",
             "Englannissa kirjoitus ja ääntäminen eroavat. Kuuntele ja toista: blue kuulostaa "
             "”bluu”.")],
        "phases": [
            {"kind": "introduction", "title": "Hello song", "duration": 5,
             "pupil_instructions": "<p>Laula tervehdyslaulu ja vilkuta kaverille: Hello, hello, "
             "how are you?</p>",
             "teacher_notes": "<p>Sama aloituslaulu joka tunnilla luo rutiinin.</p>"},
            {"kind": "activity", "title": "Värikylpy", "duration": 15,
             "pupil_instructions": "<p>Kun opettaja sanoo värin, kosketa sen väristä esinettä "
             "luokassa: Touch something red!</p>",
             "teacher_notes": "<p>Aloita tutuista väreistä (red, blue). Lisää vaikeutta: Touch "
             "something green with your elbow!</p>"},
            {"kind": "activity", "title": "Number hop", "duration": 15,
             "pupil_instructions": "<p>Hyppää lattian numeroruudukossa opettajan sanomaan "
             "numeroon. Laskekaa yhdessä ääneen hypyt.</p>",
             "teacher_notes": "<p>Numerot 1–10 teipattuina lattiaan eri väreillä: yhdistä värit "
             "ja numerot (Jump to the red five!).</p>"},
            {"kind": "closing", "title": "Goodbye", "duration": 10,
             "pupil_instructions": "<p>Väritä kuva opettajan englanninkielisten ohjeiden mukaan: "
             "Colour the ball red. Laula lopuksi Goodbye song.</p>",
             "teacher_notes": "<p>Värityskuva kertoo, mitkä värisanat ovat hallussa; ei "
             "arvioida kirjoittamista.</p>"}],
        "differentiation_up": "Oppilas oppii lisäksi värit pink, orange, purple ja luvut 11–12.",
        "differentiation_down": "Harjoitellaan kolmea väriä ja lukuja 1–5.",
        "support_general": "Värikortit ja numerokortit taululla kuvan ja sanan kanssa.",
        "support_intensified": "Oppilas toimii kaverin kanssa ja vastaa ensin osoittamalla, "
            "sitten sanalla.",
        "support_special": "Oppilas yhdistää kaksi värisanaa oikeaan väriin ja näyttää lukumäärät "
            "sormilla.",
        "equipment": "Värikortit, maalarinteippi numeroruudukkoon, värityskuvat, laulut.",
        "safety": "Hypitään yksi kerrallaan ruudukossa; tilaa pulpettien ympärillä.",
        "accessibility": "Värisokealle oppilaalle värikorteissa myös kuvio; hyppäämisen voi "
            "korvata osoittamisella.",
        "assessment_criteria": "Oppilas ymmärtää ja sanoo viisi värisanaa ja luvut 1–10 leikin "
            "aikana.",
        "formative_ideas": "Värityskuva ja havainnointi leikeissä.",
        "links": [],
        "licence": "cc-by-sa", "tags": ["englanti", "alkuopetus", "laulu"], "copied_from": None,
    },
    {
        "key": "jyvaskyla_yhtalo_vaakamalli", "town": "Jyväskylä",
        "school": "Jyväskylän normaalikoulu",
        "author": "Aleksi Manninen", "language": "fi",
        "title": "Yhtälön ratkaiseminen vaakamallilla",
        "summary": "Kahdeksasluokkalaiset ratkaisevat ensimmäisen asteen yhtälöitä digitaalisella "
            "vaa'alla ja siirtävät samat vaiheet kynä–paperi-ratkaisuun.",
        "subjects": ["matematiikka"], "grades": ["8"], "duration": 45, "competences": ["L1", "L5"],
        "learning_outcome": "Osaan ratkaista yhtälön tekemällä saman toimituksen yhtälön "
            "molemmille puolille.",
        "key_points": ["Yhtälö on kuin tasapainossa oleva vaaka: molemmat puolet ovat yhtä suuret.",
            "Sama lisäys, vähennys, kerto- tai jakolasku tehdään kummallekin puolelle.",
            "Ratkaisu tarkistetaan sijoittamalla se alkuperäiseen yhtälöön."],
        "objectives": [("T10",
             "ohjata oppilasta ymmärtämään yhtälön käsite ja ratkaisemaan yhtälöitä "
             "algebrallisesti"),
            ("T4", "kannustaa oppilasta esittämään päättelyään ja ratkaisujaan muille")],
        "keywords": [("yhtälö",
             "Kaksi yhtä suurta lauseketta ja niiden välissä yhtäsuuruusmerkki."),
            ("tuntematon", "Kirjain, esim. x, jonka arvoa etsitään."),
            ("ratkaisu", "Luku, joka tekee yhtälöstä tosi.")],
        "misconceptions": [("Luku ”siirtyy toiselle puolelle ja vaihtaa merkkiä”, joten sen voi "
             "siirtää minne vain.",
             "Oikeasti molemmilta puolilta vähennetään sama luku. Kun teet vaiheen näkyväksi "
             "(−5 molemmille puolille), virheitä tulee vähemmän.")],
        "phases": [
            {"kind": "introduction", "title": "Mikä laatikossa?", "duration": 10,
             "pupil_instructions": "<p>Vaa'an vasemmalla puolella on laatikko ja 3 punnusta, "
             "oikealla 11 punnusta. Montako punnusta laatikossa on? Kerro, miten päättelit.</p>",
             "teacher_notes": "<p>Kirjaa päättelyt taululle ja muotoile niistä yhtälö x + 3 = "
             "11.</p>"},
            {"kind": "activity", "title": "Digivaaka", "duration": 15,
             "pupil_instructions": "<p>Ratkaise digitaalisella vaakasovelluksella: 2x + 3 = 11, "
             "3x + 2 = x + 10, 4x − 5 = 2x + 7. Kirjaa jokainen vaihe vihkoon.</p>",
             "teacher_notes": "<p>Vastaukset: 4, 4, 6. Negatiiviset luvut ovat vaakamallissa "
             "hankalia (ilmapallot); keskustele mallin rajoista.</p>"},
            {"kind": "activity", "title": "Ilman vaakaa", "duration": 15,
             "pupil_instructions": "<p>Ratkaise vihkoon: 5x − 4 = 3x + 8, 7 − 2x = 1, 3(x + 2) = "
             "21. Tarkista sijoittamalla.</p>",
             "teacher_notes": "<p>Vastaukset: 6, 3, 5. Kolmas yhtälö: kerro sulut auki tai jaa "
             "ensin kolmella – molemmat kelpaavat.</p>"},
            {"kind": "assessment", "title": "Virheen metsästys", "duration": 5,
             "pupil_instructions": "<p>Opettajan ratkaisussa on yksi virhe. Löydä se ja "
             "korjaa.</p>",
             "teacher_notes": "<p>Virhe: 2x = 10 → x = 8 (vähennetty jakamisen sijaan). Kerää "
             "vastaukset mobiilikyselyllä.</p>"}],
        "differentiation_up": "Keksi sanallinen tehtävä, joka johtaa yhtälöön 3x + 4 = 2x + 10, "
            "ja ratkaise se.",
        "differentiation_down": "Yksivaiheisia yhtälöitä (x + 7 = 12, 3x = 15) vaakamallilla ja "
            "konkreettisilla punnuksilla.",
        "support_general": "Vaiheiden muistilista: mitä teen, miksi, tarkistan.",
        "support_intensified": "Erityisopettaja ohjaa pienryhmää konkreettisella vaa'alla ja "
            "tehtävät on jaettu vaiheisiin.",
        "support_special": "Oppilas ratkaisee puuttuvan luvun laskuissa (□ + 3 = 8) konkreettisin "
            "välinein yksilöllisten tavoitteidensa mukaan.",
        "equipment": "Kannettavat tai tabletit, digitaalinen vaakasovellus, konkreettinen vaaka "
            "ja punnukset, vihot.",
        "safety": "",
        "accessibility": "Vaakasovellus toimii näppäimistöllä; tehtävät myös ääneen luettuina.",
        "assessment_criteria": "Oppilas ratkaisee kaksivaiheisen yhtälön perustellen vaiheet ja "
            "tarkistaa ratkaisun.",
        "formative_ideas": "Virheen metsästys mobiilikyselynä ja pareittain tarkistetut vaiheet.",
        "links": [],
        "licence": "cc-by", "tags": ["yhtälöt", "algebra", "matematiikka"], "copied_from": None,
    },
    {
        "key": "jyvaskyla_ruotsi_tukholmassa", "town": "Jyväskylä", "school": "Kilpisen koulu",
        "author": "Susanna Parviainen", "language": "fi",
        "title": "Vilse i Stockholm – tien kysyminen ruotsiksi",
        "summary": "Kahdeksasluokkalaiset harjoittelevat tien kysymistä ja neuvomista ruotsiksi "
            "Tukholman keskustan kartan avulla ja tekevät parin kanssa reittidialogin.",
        "subjects": ["ruotsi"], "grades": ["8"], "duration": 45, "competences": ["L2", "L4"],
        "learning_outcome": "Osaan kysyä tietä ruotsiksi ja neuvoa toista kartan avulla.",
        "key_points": ["Ursäkta, var ligger…? – Anteeksi, missä on…?",
            "Gå rakt fram, sväng till vänster / höger. – Mene suoraan, käänny vasemmalle / "
                "oikealle.",
            "Det ligger mitt emot / bredvid… – Se on vastapäätä / vieressä…"],
        "objectives": [("T6",
             "ohjata oppilasta harjoittelemaan vuorovaikutusta arkisissa tilanteissa"),
            ("T8", "ohjata oppilasta tulkitsemaan selkeää puhetta ja yksinkertaisia tekstejä")],
        "keywords": [("rakt fram", "Suoraan eteenpäin."),
            ("till vänster / till höger", "Vasemmalle / oikealle."), ("mitt emot", "Vastapäätä.")],
        "misconceptions": [("”Höger” tarkoittaa korkeaa, koska se muistuttaa englannin sanaa "
             "higher.",
             "Höger on oikea (suunta). Muistisääntö: höger = högra handen, oikea käsi.")],
        "phases": [
            {"kind": "introduction", "title": "Kuuntele reitti", "duration": 10,
             "pupil_instructions": "<p>Kuuntele neuvova dialogi ja piirrä reitti Tukholman "
             "karttaan T-Centralenilta Kuninkaanlinnaan.</p>",
             "teacher_notes": "<p>Kuunnellaan kahdesti. Tarkista yhdessä "
             "dokumenttikameralla.</p>"},
            {"kind": "activity", "title": "Suuntasanat liikkeellä", "duration": 10,
             "pupil_instructions": "<p>Seiso. Kun opettaja sanoo suunnan ruotsiksi, käänny tai "
             "astu: sväng till vänster, gå rakt fram, stanna!</p>",
             "teacher_notes": "<p>Nopea toisto; vaihda johtajaksi oppilas.</p>"},
            {"kind": "activity", "title": "Reittidialogi", "duration": 20,
             "pupil_instructions": "<p>Toinen valitsee kohteen kartalta (Skansen, Vasamuseet, "
             "Gamla stan), toinen neuvoo sinne ruotsiksi. Vaihtakaa rooleja. Kirjoittakaa yksi "
             "dialogi ja äänittäkää se.</p>",
             "teacher_notes": "<p>Äänitteet palautetaan oppimisalustalle. Kuuntele ainakin kolme "
             "ja anna suullinen palaute seuraavalla tunnilla.</p>"},
            {"kind": "closing", "title": "Kolme suuntaa", "duration": 5,
             "pupil_instructions": "<p>Kirjoita muistiin kolme suuntailmausta, joita käytit.</p>",
             "teacher_notes": "<p>Tarkista kirjoitusasut (vänster, höger).</p>"}],
        "differentiation_up": "Oppilas neuvoo reitin, jossa käytetään tunnelbanaa: Ta den gröna "
            "linjen mot…",
        "differentiation_down": "Dialogipohja aukkoineen; oppilas valitsee suuntasanan kuvasta.",
        "support_general": "Suuntasanat nuolikuvin taululla.",
        "support_intensified": "Oppilas harjoittelee dialogin ensin opettajan kanssa ja äänittää "
            "vain oman osuutensa.",
        "support_special": "Oppilas näyttää suunnat nuolikorteilla ja sanoo sanat vänster ja "
            "höger mallin mukaan.",
        "equipment": "Tukholman keskustan kartta, äänite, tabletit äänitykseen, nuolikortit.",
        "safety": "",
        "accessibility": "Kartta suurennettavana sähköisenä; dialogi myös tekstinä.",
        "assessment_criteria": "Oppilas kysyy ja neuvoo reitin ymmärrettävästi käyttäen vähintään "
            "kolmea suuntailmausta.",
        "formative_ideas": "Äänitteiden palaute ja loppukirjaus.",
        "links": [],
        "licence": "cc-by", "tags": ["ruotsi", "suunnat", "puhuminen"], "copied_from": None,
    },
    # Jämsä ----------------------------------------------------------------------------------------
    {
        "key": "jamsa_mainoskuvan_analyysi", "town": "Jämsä", "school": "Jämsän yläkoulu",
        "author": "Henna Lampinen", "language": "fi",
        "title": "Mainoskuva purettuna: mitä kuva haluaa minulta?",
        "summary": "Yhdeksäsluokkalaiset analysoivat mainoskuvien sommittelua, värejä ja "
            "kohderyhmää ja muokkaavat yhdestä mainoksesta vastamainoksen kuvankäsittelyllä.",
        "subjects": ["kuvataide"], "grades": ["9"], "duration": 90,
        "competences": ["L2", "L4", "L5"],
        "learning_outcome": "Osaan kertoa, miten mainoskuva yrittää vaikuttaa minuun, ja tehdä "
            "siitä oman vastamainoksen.",
        "key_points": ["Sommittelu ohjaa katsetta: tärkein asia on usein kolmasosalinjalla tai "
                "keskellä.",
            "Värit luovat tunnelmaa: punainen kiireen ja energian, sininen luotettavuuden.",
            "Vastamainos käyttää mainoksen omaa kuvakieltä paljastaakseen sen viestin."],
        "objectives": [("T3",
             "ohjata oppilasta tarkastelemaan kriittisesti mediakulttuurin ja mainonnan kuvia"),
            ("T6", "ohjata oppilasta käyttämään kuvallisen viestinnän keinoja vaikuttamisessa")],
        "keywords": [("sommittelu", "Kuvan osien järjestäminen kuva-alalle."),
            ("kohderyhmä", "Ihmiset, joille mainos on suunnattu."),
            ("vastamainos", "Mainoksen parodia, joka kyseenalaistaa sen viestin.")],
        "misconceptions": [("Mainokset eivät vaikuta minuun, koska tunnistan ne mainoksiksi.",
             "Tunnistaminen ei estä vaikutusta: mielikuvat, värit ja toistot jäävät mieleen. "
             "Analyysi auttaa huomaamaan keinot.")],
        "phases": [
            {"kind": "introduction", "title": "Kolme sekuntia", "duration": 10,
             "pupil_instructions": "<p>Katso mainoskuvaa kolme sekuntia. Kirjoita, mitä muistat "
             "ensimmäisenä ja mikä tunne kuvasta jäi.</p>",
             "teacher_notes": "<p>Valitse urheilujuoma- tai vaatemainos. Useimmat muistavat "
             "tuotteen ja kasvot – hyvä alku sommittelulle.</p>"},
            {"kind": "activity", "title": "Analyysi", "duration": 25,
             "pupil_instructions": "<p>Analysoi parin kanssa kaksi mainosta lomakkeella: "
             "sommittelu (piirrä katseen reitti), värit, teksti, kohderyhmä ja lupaus. Mitä "
             "mainos jättää kertomatta?</p>",
             "teacher_notes": "<p>Valmiit mainokset kansiossa; älä käytä oppilaiden omia "
             "somevirtoja. Tarkista, että lupaus muotoillaan yhdeksi lauseeksi.</p>"},
            {"kind": "activity", "title": "Vastamainos", "duration": 45,
             "pupil_instructions": "<p>Muokkaa yhdestä mainoksesta vastamainos "
             "kuvankäsittelyohjelmalla. Säilytä sommittelu ja värit, mutta muuta tekstiä tai "
             "kuvan osaa niin, että piilossa oleva viesti paljastuu.</p>",
             "teacher_notes": "<p>Muistuta tekijänoikeuksista: työt ovat opetuskäytössä eikä "
             "niitä julkaista verkossa. Tasot ja maskit kannattaa näyttää ennen työtä.</p>"},
            {"kind": "discussion", "title": "Näyttely", "duration": 10,
             "pupil_instructions": "<p>Kiertäkää katsomassa vastamainokset. Jätä kahdelle työlle "
             "kommentti: mikä keino toimi?</p>",
             "teacher_notes": "<p>Arvioi keskustelussa, osaako oppilas nimetä keinon eikä vain "
             "makuaan.</p>"}],
        "differentiation_up": "Oppilas analysoi myös videomainoksen ja vertaa liikkuvan kuvan "
            "keinoja still-kuvaan.",
        "differentiation_down": "Analyysilomakkeessa valmiit vaihtoehdot; vastamainoksessa "
            "muutetaan vain teksti.",
        "support_general": "Analyysin käsitteet kuvaesimerkein seinällä.",
        "support_intensified": "Oppilas tekee vastamainoksen valmiista pohjasta ja "
            "kuvankäsittelyn vaiheet ovat kuvaohjeena.",
        "support_special": "Oppilas erottaa kuvista mainokset ja valitsee mainoksesta sanan, "
            "jonka vaihtaa omaan.",
        "equipment": "Tulostetut ja digitaaliset mainokset, analyysilomakkeet, kannettavat, "
            "kuvankäsittelyohjelma.",
        "safety": "",
        "accessibility": "Kuvankäsittelyn voi tehdä myös leikkaa–liimaa-kollaasina; mainoksille "
            "kuvailutekstit.",
        "assessment_criteria": "Oppilas nimeää mainoksen keinot, perustelee tulkintansa ja "
            "käyttää keinoja omassa vastamainoksessaan.",
        "formative_ideas": "Kommentit näyttelyssä ja analyysilomakkeen palaute.",
        "links": [("Mediataitokoulu: mainonta", "https://www.mediataitokoulu.fi/")],
        "licence": "cc-by-nd", "tags": ["mainonta", "mediataito", "kuvankäsittely"],
        "copied_from": None,
    },
    # Keuruu ---------------------------------------------------------------------------------------
    {
        "key": "keuruu_laupias_samarialainen", "town": "Keuruu", "school": "Jukojärven koulu",
        "author": "Matti Hyvönen", "language": "fi",
        "title": "Kuka on lähimmäiseni? Laupias samarialainen tänään",
        "summary": "Viidesluokkalaiset tutustuvat vertaukseen laupiaasta samarialaisesta, "
            "pohtivat sen viestiä omassa arjessaan ja tekevät vertauksesta nykyaikaisen "
            "sarjakuvan.",
        "subjects": ["uskonto"], "grades": ["5"], "duration": 45, "competences": ["L2", "L7"],
        "learning_outcome": "Osaan kertoa vertauksen laupiaasta samarialaisesta ja selittää, mitä "
            "lähimmäisenrakkaus voi tarkoittaa koulussa.",
        "key_points": ["Vertaus on Luukkaan evankeliumissa (Luuk. 10:25–37).",
            "Samarialainen auttoi, vaikka juutalaiset ja samarialaiset eivät olleet väleissä.",
            "Lähimmäinen on kuka tahansa, joka tarvitsee apua."],
        "objectives": [("T2",
             "ohjata oppilasta tutustumaan opiskeltavan uskonnon pyhään kirjaan ja sen "
             "keskeisiin kertomuksiin"),
            ("T9",
             "ohjata oppilasta pohtimaan eettisiä kysymyksiä ja uskonnon eettisiä periaatteita "
             "omassa elämässään")],
        "keywords": [("vertaus", "Kertomus, jolla Jeesus opetti jotakin tärkeää."),
            ("samarialainen", "Samariassa asuva; juutalaiset pitivät samarialaisia vieraina."),
            ("lähimmäisenrakkaus", "Toisen ihmisen auttaminen ja hyvä kohtelu.")],
        "misconceptions": [("Lähimmäinen tarkoittaa vain perhettä ja ystäviä.",
             "Vertauksen ydin on, että autettava oli vieras. Lähimmäinen voi olla myös ihminen, "
             "jota et tunne.")],
        "phases": [
            {"kind": "introduction", "title": "Kuka auttaisi?", "duration": 5,
             "pupil_instructions": "<p>Pyöräilijä kaatuu koulumatkalla. Kolme ihmistä kulkee ohi. "
             "Mitä ajattelet heistä, jos kukaan ei pysähdy?</p>",
             "teacher_notes": "<p>Kysymys johdattaa vertaukseen; älä vielä kerro, mistä on "
             "kyse.</p>"},
            {"kind": "activity", "title": "Vertaus luetaan", "duration": 10,
             "pupil_instructions": "<p>Kuuntele vertaus ja numeroi kuvakortit "
             "tapahtumajärjestykseen.</p>",
             "teacher_notes": "<p>Lue lastenraamatusta tai selkokielisestä raamatunkäännöksestä. "
             "Kerro lyhyesti juutalaisten ja samarialaisten välisestä kiistasta.</p>"},
            {"kind": "activity", "title": "Sarjakuva tästä päivästä", "duration": 25,
             "pupil_instructions": "<p>Tee neljän ruudun sarjakuva, jossa vertaus tapahtuu "
             "Keuruulla tänään. Kuka kaatuu? Ketkä kulkevat ohi? Kuka auttaa yllättäen?</p>",
             "teacher_notes": "<p>Sarjakuvan voi tehdä myös sähköisellä sarjakuvatyökalulla. "
             "Ohjaa välttämään todellisia luokkatovereita hahmoina.</p>"},
            {"kind": "closing", "title": "Galleriakävely", "duration": 5,
             "pupil_instructions": "<p>Kierrä katsomassa kolme sarjakuvaa. Mikä niissä oli samaa "
             "kuin vertauksessa?</p>",
             "teacher_notes": "<p>Tunti sopii myös elämänkatsomustiedon ja muiden uskontojen "
             "oppilaille yhteiseksi eettiseksi pohdinnaksi.</p>"}],
        "differentiation_up": "Oppilas vertaa vertausta toisen uskonnon tai katsomuksen ohjeeseen "
            "toisten auttamisesta (kultainen sääntö).",
        "differentiation_down": "Sarjakuvassa kaksi ruutua valmiilla puhekuplilla, joihin oppilas "
            "täydentää sanan.",
        "support_general": "Vertauksen kuvakortit ja tärkeät sanat taululla.",
        "support_intensified": "Oppilas kertoo sarjakuvan idean ensin aikuiselle ja piirtää sen "
            "vaiheittain.",
        "support_special": "Oppilas järjestää kolme kuvakorttia ja kertoo, kuka auttoi.",
        "equipment": "Lastenraamattu, kuvakortit, sarjakuvapohjat tai tabletit.",
        "safety": "",
        "accessibility": "Vertaus myös äänitteenä; sarjakuvan voi tehdä valmiista hahmotarroista.",
        "assessment_criteria": "Oppilas kertoo vertauksen pääkohdat ja soveltaa sen viestiä omaan "
            "arkeen.",
        "formative_ideas": "Kuvakorttien järjestys ja galleriakävelyn havainnot.",
        "links": [],
        "licence": "cc-by-nc", "tags": ["raamattu", "etiikka", "sarjakuva"], "copied_from": None,
    },
    # Saarijärvi -----------------------------------------------------------------------------------
    {
        "key": "saarijarvi_aanne_ja_kirjain_r", "town": "Saarijärvi", "school": "Kolkanpään koulu",
        "author": "Liisa Tikkanen", "language": "fi",
        "title": "Rrrr! R-kirjain ja sen äänne",
        "summary": "Ekaluokkalaiset kuulevat ja tuottavat r-äänteen, etsivät sitä sanojen alusta, "
            "keskeltä ja lopusta ja kirjoittavat kirjaimen ja tavuja.",
        "subjects": ["aidinkieli"], "grades": ["1"], "duration": 45, "competences": ["L1", "L4"],
        "learning_outcome": "Osaan kuulla, onko sanassa r-äänne, ja kirjoittaa ison ja pienen "
            "R-kirjaimen.",
        "key_points": ["Yksi äänne, yksi kirjain: r-äänne kirjoitetaan r-kirjaimella.",
            "Äänne voi olla sanan alussa (rusina) tai keskellä (karhu, orava).",
            "Tavu: ra, re, ri, ro, ru, ry, rä, rö."],
        "objectives": [("T6",
             "ohjata oppilasta harjaantumaan peruslukutaidossa: äänteen ja kirjaimen "
             "vastaavuudessa ja tavujen yhdistämisessä"),
            ("T11", "ohjata oppilasta harjoittelemaan käsin kirjoittamista")],
        "keywords": [("äänne", "Se, mitä kuulemme ja sanomme."),
            ("kirjain", "Se, mitä kirjoitamme ja luemme."),
            ("tavu", "Sanan pala, jossa on aina vokaali.")],
        "misconceptions": [("Jos en vielä osaa sanoa täryärrää, en voi kirjoittaa R-kirjainta.",
             "Kirjaimen voi oppia tunnistamaan ja kirjoittamaan, vaikka äänne olisi vielä "
             "harjoittelussa. Moni oppii täryärrän vasta myöhemmin.")],
        "phases": [
            {"kind": "introduction", "title": "Moottoripyörä", "duration": 5,
             "pupil_instructions": "<p>Käynnistä moottoripyörä: rrrrr! Kuuntele opettajan sanoja. "
             "Jos kuulet r:n, aja moottoripyörällä paikallasi.</p>",
             "teacher_notes": "<p>Sanat: rusina, kala, karhu, omena, orava, tuoli, kurpitsa. "
             "Huomaa, kuka ei vielä erottele.</p>"},
            {"kind": "activity", "title": "Missä r on?", "duration": 15,
             "pupil_instructions": "<p>Katso kuvaa ja sano sana. Laita nappi nauhaan: alkuun, jos "
             "r kuuluu sanan alussa, keskelle, jos se kuuluu keskellä, tai pöydälle, jos r:ää ei "
             "ole.</p>",
             "teacher_notes": "<p>Kuvat: rusina, karhu, orava, varis, ruusu, sieni (ei r:ää). "
             "Suomen sanat päättyvät harvoin r:ään, joten loppupaikka jätetään pois.</p>"},
            {"kind": "activity", "title": "Kirjoitetaan", "duration": 20,
             "pupil_instructions": "<p>Kirjoita ilmaan, kaverin selkään ja lopuksi vihkoon rivi "
             "isoja R-kirjaimia ja rivi pieniä. Yhdistä tavuiksi: ra, ri, ru. Lue ne parille.</p>",
             "teacher_notes": "<p>Tarkista kynäote ja kirjaimen aloituskohta. Nopeat voivat "
             "kirjoittaa sanat RUSINA ja KARHU.</p>"},
            {"kind": "closing", "title": "R-saalis", "duration": 5,
             "pupil_instructions": "<p>Keksi yksi sana, jossa on r. Opettaja kirjoittaa sen "
             "taululle.</p>",
             "teacher_notes": "<p>Saalislista jää seinälle kirjainviikon ajaksi.</p>"}],
        "differentiation_up": "Oppilas kirjoittaa kolme r-sanaa kuvasanakirjasta ja lukee ne "
            "ääneen.",
        "differentiation_down": "Tunnistetaan vain alkuäänne; kirjoitetaan kirjain hiekkaan tai "
            "jauhoihin.",
        "support_general": "Kirjainkortti ja kuvavihjeet pöydällä.",
        "support_intensified": "Erityisopettaja harjoittelee pienryhmässä äänteen erottelua "
            "kuvakorteilla ja tavujen yhdistämistä.",
        "support_special": "Oppilas tunnistaa R-kirjaimen kolmen kirjaimen joukosta ja yhdistää "
            "sen omaan kuvaansa (rusina).",
        "equipment": "Kuvakortit, kahden laatikon nauhat ja napit, vihot, hiekkalaatikko tai "
            "jauhotarjotin.",
        "safety": "",
        "accessibility": "Kirjainkortit kohokuvioisina; puheterapeutin ohjeet r-äänteen "
            "harjoitteluun huomioidaan.",
        "assessment_criteria": "Oppilas tunnistaa r-äänteen sanasta ja kirjoittaa R-kirjaimen "
            "oikein aloittaen.",
        "formative_ideas": "Moottoripyöräreaktio, nauhan tarkistus ja R-saalis.",
        "links": [],
        "licence": "cc-by", "tags": ["lukeminen", "kirjaimet", "alkuopetus"], "copied_from": None,
    },
    # Äänekoski ------------------------------------------------------------------------------------
    {
        "key": "aanekoski_autonomian_aika", "town": "Äänekoski", "school": "Hietaman koulu",
        "author": "Janne Pulkkinen", "language": "fi",
        "title": "Vuodesta 1809 vuoteen 1917 – autonomian aika aikajanalla",
        "summary": "Kuudesluokkalaiset rakentavat luokan seinälle autonomian ajan aikajanan, "
            "tutkivat ryhmissä yhden tapahtuman ja päättelevät, miten Suomi muuttui Venäjän "
            "vallan aikana.",
        "subjects": ["historia"], "grades": ["6"], "duration": 90, "competences": ["L1", "L2"],
        "learning_outcome": "Osaan sijoittaa autonomian ajan tärkeimmät tapahtumat aikajanalle ja "
            "kertoa, miten yksi niistä muutti Suomea.",
        "key_points": ["Vuonna 1809 Suomesta tuli Venäjän keisarikunnan autonominen "
                "suuriruhtinaskunta.",
            "Suomella oli omat lait, senaatti ja vuodesta 1860 oma raha, markka.",
            "Suomen kieli sai virallisen aseman vähitellen 1863 alkaen."],
        "objectives": [("T4",
             "ohjata oppilasta sijoittamaan tapahtumia aikajanalle ja ymmärtämään ajanlaskun "
             "käsitteitä"),
            ("T6",
             "ohjata oppilasta tunnistamaan historiallisten tapahtumien syitä ja seurauksia")],
        "keywords": [("autonomia", "Itsehallinto: Suomi päätti monista omista asioistaan."),
            ("suuriruhtinaskunta", "Alue, jota hallitsi suuriruhtinas eli Venäjän keisari."),
            ("senaatti", "Suomen hallitus autonomian aikana.")],
        "misconceptions": [("Suomi oli autonomian aikana osa Venäjää samalla tavalla kuin mikä "
             "tahansa Venäjän lääni.",
             "Suomella oli omat lait, rahat, virkamiehet ja tulliraja. Siksi sanotaan, että "
             "Suomi oli autonominen.")],
        "phases": [
            {"kind": "introduction", "title": "Kenen kuningas?", "duration": 10,
             "pupil_instructions": "<p>Katso kolmea rahaa: riikintaaleri, rupla ja markka. Mitä "
             "ne kertovat siitä, kuka Suomea hallitsi?</p>",
             "teacher_notes": "<p>Kuvat rahoista riittävät. Muistuta Ruotsin vallan ajasta "
             "edelliseltä jaksolta.</p>"},
            {"kind": "activity", "title": "Tapahtumaryhmät", "duration": 40,
             "pupil_instructions": "<p>Ryhmänne tutkii yhden tapahtuman: Porvoon valtiopäivät "
             "1809, Helsinki pääkaupungiksi 1812, Kalevala 1835, markka 1860, kieliasetus 1863, "
             "suuret nälkävuodet 1867–1868 tai eduskuntauudistus 1906. Tehkää A4-kortti: mitä "
             "tapahtui, miksi ja mitä siitä seurasi.</p>",
             "teacher_notes": "<p>Seitsemän ryhmää. Anna kullekin 2–3 lähdettä oppikirjasta ja "
             "Yle Arkistosta. Ohjaa seuraus-kohtaan: se on tehtävän tärkein osa.</p>"},
            {"kind": "activity", "title": "Aikajana seinälle", "duration": 25,
             "pupil_instructions": "<p>Kiinnittäkää korttinne oikeaan kohtaan aikajanaa ja "
             "esitelkää se minuutissa. Kuulijat yhdistävät narulla syyn ja seurauksen toisen "
             "ryhmän korttiin, jos niillä on yhteys.</p>",
             "teacher_notes": "<p>Naru esim. kieliasetuksesta eduskuntauudistukseen tai "
             "nälkävuosista muuttoliikkeeseen. Aikajanan mittakaava: 10 vuotta = 20 cm.</p>"},
            {"kind": "assessment", "title": "Kolme kysymystä", "duration": 15,
             "pupil_instructions": "<p>Vastaa vihkoon: 1) Mikä vuosi aloitti autonomian ajan? 2) "
             "Mikä tapahtuma oli mielestäsi tärkein ja miksi? 3) Keksi yksi syy–seuraus-pari "
             "aikajanalta.</p>",
             "teacher_notes": "<p>Arvioi erityisesti perustelua ja syy–seuraus-parin "
             "osuvuutta.</p>"}],
        "differentiation_up": "Oppilas selvittää, miten Äänekosken seudun teollisuus (sahat, "
            "paperitehdas) syntyi autonomian lopulla.",
        "differentiation_down": "Ryhmäkortissa valmiit otsikot ja lauseenaloitukset; aikajanalla "
            "valmiit vuosiluvut.",
        "support_general": "Keskeiset käsitteet ja vuosiluvut taululla; lähteissä vaikeat sanat "
            "selitetty.",
        "support_intensified": "Oppilas työskentelee aikuisen tukemassa ryhmässä ja esittelee "
            "kortin yhdessä parin kanssa.",
        "support_special": "Oppilas järjestää kolme kuvaa (kuningas, keisari, itsenäinen Suomi) "
            "aikajärjestykseen.",
        "equipment": "Aikajananauha, A4-kortit, naru, kuvat rahoista, oppikirjat, kannettavat.",
        "safety": "",
        "accessibility": "Aikajana myös digitaalisena; lähteet kuunneltavina.",
        "assessment_criteria": "Oppilas sijoittaa tapahtumat aikajärjestykseen, kuvaa yhden "
            "tapahtuman syitä ja seurauksia ja perustelee näkemyksensä.",
        "formative_ideas": "Narujen perustelut esittelyssä ja kolmen kysymyksen vastaukset.",
        "links": [("Yle Arkisto", "https://yle.fi/aihe/yle-arkisto")],
        "licence": "cc-by", "tags": ["autonomia", "aikajana", "historia"], "copied_from": None,
    },
    # Copies adapted in another town ---------------------------------------------------------------
    {
        "key": "naantali_murtoluvut_piirakka", "town": "Naantali", "school": "Kuparivuoren koulu",
        "author": "Noora Lahtinen", "language": "fi",
        "title": "Murtoluvut pizza- ja piirakkapaloina",
        "summary": "Ruskon Vahdon koulun suunnitelmasta muokattu tunti: oppilaat mallintavat "
            "murtolukuja paperipizzoilla ja mustikkapiirakalla ja laskevat samannimisillä "
            "murtoluvuilla yhteen- ja vähennyslaskuja.",
        "subjects": ["matematiikka"], "grades": ["4"], "duration": 45, "competences": ["L1", "L3"],
        "learning_outcome": "Osaan näyttää murtoluvun kuvana ja laskea samannimisillä "
            "murtoluvuilla yhteen- ja vähennyslaskuja.",
        "key_points": ["Nimittäjä kertoo, moneenko yhtä suureen osaan kokonainen on jaettu, ja "
                "osoittaja, montako osaa otetaan.",
            "Mitä useampaan osaan pizza jaetaan, sitä pienempi yksi pala on: 1/8 < 1/4.",
            "Samannimisillä murtoluvuilla lasketaan vain osoittajat: 3/8 + 2/8 = 5/8."],
        "objectives": [("T9",
             "tukea oppilasta laajentamaan lukukäsitteen ymmärtämistä murtolukuihin"),
            ("T4",
             "kannustaa oppilasta esittämään ratkaisujaan konkreettisin välinein, piirroksin, "
             "suullisesti ja kirjallisesti")],
        "keywords": [("murtoluku", "Luku, joka kertoo osan kokonaisesta, esimerkiksi 3/4."),
            ("osoittaja", "Murtoviivan yläpuolella: montako osaa otetaan."),
            ("nimittäjä",
             "Murtoviivan alapuolella: moneenko yhtä suureen osaan kokonainen on jaettu.")],
        "misconceptions": [("1/8 on suurempi kuin 1/4, koska 8 on suurempi kuin 4.",
             "Laita palat päällekkäin: kahdeksasosa on puolet neljäsosasta. Suurempi nimittäjä "
             "tarkoittaa pienempiä paloja."),
            ("2/8 + 3/8 = 5/16.",
             "Palojen koko ei muutu, joten nimittäjäkään ei muutu. Kaksi kahdeksasosaa ja kolme "
             "kahdeksasosaa ovat yhteensä viisi kahdeksasosaa.")],
        "phases": [
            {"kind": "introduction", "title": "Mustikkapiirakka kahdeksalle", "duration": 10,
             "pupil_instructions": "<p>Mummo leipoi pellillisen mustikkapiirakkaa ja leikkasi sen "
             "kahdeksaan yhtä suureen palaan. Sinä söit 2 palaa ja siskosi 3. Kuinka suuri osa "
             "piirakasta on syöty? Kuinka paljon on jäljellä?</p>",
             "teacher_notes": "<p>Piirrä suorakulmainen pelti taululle ja jaa se kahdeksaan "
             "osaan. Vastaukset 5/8 ja 3/8 avaavat samannimisten murtolukujen laskut jo tunnin "
             "alussa.</p>"},
            {"kind": "activity", "title": "Paperipizzat", "duration": 20,
             "pupil_instructions": "<p>Leikkaa kolme paperipizzaa: neljään, kuuteen ja kahdeksaan "
             "osaan. Näytä paloilla murtoluvut 1/2, 3/4, 2/6, 3/8 ja 5/8. Järjestä lukukortit "
             "pienimmästä suurimpaan.</p>",
             "teacher_notes": "<p>Valmiiksi tulostetut ympyrät, joissa on jakoviivat, säästävät "
             "aikaa. Oikea järjestys: 2/6, 3/8, 1/2, 5/8, 3/4. Kun 2/6 ja 3/8 ovat vierekkäin, "
             "kysy, miten ne voi vertailla (palat päällekkäin).</p>"},
            {"kind": "activity", "title": "Lasketaan paloilla", "duration": 10,
             "pupil_instructions": "<p>Laske pizzapalojen avulla: 3/8 + 2/8, 5/6 − 2/6, 1/4 + 2/4 "
             "ja 7/8 − 4/8. Kirjoita vastaukset vihkoon ja piirrä kuva yhdestä laskusta.</p>",
             "teacher_notes": "<p>Vastaukset: 5/8, 3/6, 3/4, 3/8. Jos joku laskee nimittäjät "
             "yhteen, pyydä häntä näyttämään lasku paloilla.</p>"},
            {"kind": "assessment", "title": "Poistumislippu", "duration": 5,
             "pupil_instructions": "<p>Kirjoita lappuun: Kumpi on suurempi, 3/4 vai 3/8? Piirrä "
             "kuva perusteluksi.</p>",
             "teacher_notes": "<p>Lajittele liput kolmeen pinoon (osaa, melkein, ei vielä) ja "
             "muodosta niistä seuraavan tunnin ryhmät.</p>"}],
        "differentiation_up": "Vertaile erinimisiä murtolukuja ilman kuvaa: 2/3 ja 5/8, 3/4 ja "
            "7/10. Keksi oma piirakkatarina, jossa lasketaan 7/12 − 4/12.",
        "differentiation_down": "Käytä vain neljäsosia ja kahdeksasosia ja valmiiksi leikattuja "
            "paloja; vertaa ensin yksikkömurtolukuja 1/2, 1/4, 1/8.",
        "support_general": "Murtolukujen sanasto (osoittaja, nimittäjä) on kuvan kanssa taululla "
            "koko tunnin.",
        "support_intensified": "Erityisopettaja ohjaa pienryhmää, jossa tehdään samat tehtävät "
            "murtolukukakuilla ja laskut rajataan kahteen.",
        "support_special": "Oppilas tunnistaa ja nimeää puolikkaan, neljäsosan ja kokonaisen "
            "konkreettisista paloista yksilöllisen oppimäärän tavoitteiden mukaan.",
        "equipment": "Tulostetut ympyrät ja suorakulmiot (piirakkapellit), sakset, lukukortit, "
            "vihot; murtolukukakut tukiryhmälle.",
        "safety": "",
        "accessibility": "Ympyrät myös paksummalla paperilla ja valmiiksi leikattuina "
            "hienomotoriikan tueksi; tehtävät luettavissa ääneen.",
        "assessment_criteria": "Oppilas näyttää murtoluvun paloilla, järjestää viisi murtolukua "
            "oikein ja laskee samannimisten murtolukujen yhteen- ja vähennyslaskut.",
        "formative_ideas": "Poistumislippu, parin perustelujen kuunteleminen ja peukkuarvio "
            "tunnin alussa ja lopussa.",
        "links": [],
        "licence": "cc-by", "tags": ["murtoluvut", "toiminnallinen", "matematiikka"],
        "copied_from": "rusko_murtoluvut_pizza",
    },
    {
        "key": "raisio_scratch_saaristopeli", "town": "Raisio", "school": "Vaisaaren koulu",
        "author": "Iida Ketola", "language": "fi",
        "title": "Scratch-saaristopeli: vene ohjataan satamaan",
        "summary": "Ruskon labyrinttitehtävästä muokattu versio: oppilaat ohjelmoivat veneen, "
            "joka kulkee nuolinäppäimillä saariston läpi Raision satamaan ja palaa alkuun "
            "osuessaan kareen.",
        "subjects": ["matematiikka"], "grades": ["4", "5"], "duration": 90,
        "competences": ["L1", "L5"],
        "learning_outcome": "Osaan tehdä Scratchiin pelin, jossa vene liikkuu nuolinäppäimillä ja "
            "palaa alkuun, jos se osuu kareen.",
        "key_points": ["Tapahtuma, esimerkiksi ”kun painetaan nuoli oikealle”, käynnistää koodin.",
            "Ehto ”jos koskettaa väriä … niin” tarkistaa, osuiko vene kareen.",
            "Ikuisesti-silmukka tarkistaa ehdon koko ajan, ei vain kerran.",
            "Virheen löytää, kun kokeilee ohjelmaa pala kerrallaan."],
        "objectives": [("T14",
             "ohjata oppilasta laatimaan ohjelmia graafisessa ohjelmointiympäristössä"),
            ("T5", "tukea oppilasta kehittämään ongelmanratkaisutaitojaan")],
        "keywords": [("tapahtuma",
             "Asia, joka käynnistää koodin, esimerkiksi näppäimen painallus."),
            ("ehto", "Jos–niin-lohko: sisällä oleva koodi tehdään vain, kun ehto on totta."),
            ("silmukka", "Lohko, joka toistaa sisällään olevia käskyjä."),
            ("koordinaatit", "Luvut x ja y kertovat hahmon paikan näyttämöllä.")],
        "misconceptions": [("Jos peli ei toimi, koko ohjelma pitää tehdä alusta.",
             "Virhe on yleensä yhdessä lohkossa. Kokeile yksi osa kerrallaan ja katso, missä "
             "kohdassa hahmo toimii toisin kuin odotit.")],
        "phases": [
            {"kind": "introduction", "title": "Valmis saaristopeli", "duration": 10,
             "pupil_instructions": "<p>Pelaa opettajan saaristopeliä. Mieti parin kanssa: mitä "
             "tapahtuu, kun painat nuolta? Entä kun vene osuu kareen?</p>",
             "teacher_notes": "<p>Kirjaa havainnot taululle kolmeen sarakkeeseen: tapahtuma – "
             "mitä hahmo tekee – ehto. Sarakkeista tulee tunnin koodin runko.</p>"},
            {"kind": "activity", "title": "Tausta ja liikkuminen", "duration": 30,
             "pupil_instructions": "<p>Piirrä taustaksi saaristo: meri sinisellä, saaret ja karit "
             "ruskealla, satama vihreällä. Tee veneelle neljä koodia: kun painetaan nuolta, "
             "osoita nuolen suuntaan ja liiku 4 askelta. Vihreän lipun koodiin: mene kohtaan x: "
             "−210, y: 150.</p>",
             "teacher_notes": "<p>Saarten ja karien reunaviivan on oltava vähintään 10 px paksu, "
             "muuten vene liukuu läpi. Pienennä vene 40 %:iin.</p>"},
            {"kind": "activity", "title": "Seinä ja maali", "duration": 30,
             "pupil_instructions": "<p>Lisää vihreän lipun koodiin ikuisesti-silmukka. Sen "
             "sisään: jos koskettaa ruskeaa, sano ”Karilla!” ja mene alkuun. Jos koskettaa "
             "vihreää, sano ”Satamassa!” 2 sekuntia. Testaa ja korjaa.</p>",
             "teacher_notes": "<p>Yleisin virhe on ehto ilman silmukkaa, jolloin kari "
             "tarkistetaan vain kerran. Kysy ”Montako kertaa peli tarkistaa karit?” ennen kuin "
             "korjaat itse.</p>"},
            {"kind": "discussion", "title": "Pelitesti", "duration": 15,
             "pupil_instructions": "<p>Vaihda konetta parin kanssa ja pelaa hänen pelinsä. Kerro "
             "yksi asia, joka toimi, ja yksi parannusidea.</p>",
             "teacher_notes": "<p>Palautteen malli taululle: ”Pidin siitä, että… Voisit "
             "kokeilla…”.</p>"},
            {"kind": "closing", "title": "Tallennus", "duration": 5,
             "pupil_instructions": "<p>Tallenna projekti nimellä labyrintti_etunimi. Kirjoita "
             "oppimispäiväkirjaan, mikä lohko oli vaikein.</p>",
             "teacher_notes": "<p>Kirjaa oppilaiden ohjelmointitaidot koulun digitaitojen "
             "seurantaan. Projekteja ei jaeta julkisesti oppilaan koko nimellä.</p>"}],
        "differentiation_up": "Lisää peliin ajastin (muuttuja aika) ja toinen taso: kun maali "
            "saavutetaan, vaihda taustaa.",
        "differentiation_down": "Aloita valmiista pohjasta, jossa saaristo ja liikkuminen on "
            "tehty; oppilas lisää vain kariehdon.",
        "support_general": "Lohkojen kuvakortit pöydällä ja mallikoodi taululla koko tunnin.",
        "support_intensified": "Pari-ohjelmointi: kohtaava aikuinen tai tutoroppilas istuu "
            "vieressä, ja tehtävä jaetaan kolmeen tarkistuspisteeseen.",
        "support_special": "Oppilas ohjelmoi hahmon liikkumaan yhdellä näppäimellä ScratchJr:ssä "
            "tai tabletilla; tavoitteena tapahtuman ja liikkeen yhteys.",
        "equipment": "Kannettavat tai tabletit, joissa Scratch 3, valmis esimerkkipeli, "
            "heijastin, lohkojen kuvakortit.",
        "safety": "",
        "accessibility": "Lohkoja voi suurentaa zoomauspainikkeella; kieleksi valitaan suomi. "
            "Oppilas voi käyttää omaa hiirtä tai isoja näppäimiä.",
        "assessment_criteria": "Peli käynnistyy vihreästä lipusta, vene liikkuu neljään suuntaan, "
            "palaa alkuun karista ja ilmoittaa satamaan pääsystä. Oppilas osaa kertoa, miksi ehto "
            "on silmukan sisällä.",
        "formative_ideas": "Pelitestin palaute, tarkistuspisteet taululla (magneetti omalle "
            "nimelle) ja oppimispäiväkirjan merkintä.",
        "links": [("Perusopetuksen opetussuunnitelman perusteet",
             "https://www.oph.fi/fi/koulutus-ja-tutkinnot/perusopetuksen-opetussuunnitelman-perusteet")],
        "licence": "cc-by-sa", "tags": ["ohjelmointi", "scratch", "digitaidot"],
        "copied_from": "rusko_scratch_labyrintti",
    },
    {
        "key": "nousiainen_hyvan_mielen_tunti", "town": "Nousiainen", "school": "Valpperin koulu",
        "author": "Kaisa Rautio", "language": "fi",
        "title": "Hyvän mielen tunti: tunteet, liike ja kiitos",
        "summary": "Tutor 2.0 -mallin kautta Ruskosta kopioitu hyvinvointitunti: oppilaat "
            "nimeävät tunteita, kokeilevat rauhoittumiskeinoja ja antavat kaverille kehun "
            "kehukierroksella.",
        "subjects": ["monialainen", "ymparistooppi"], "grades": ["3", "4"], "duration": 45,
        "competences": ["L2", "L3"],
        "learning_outcome": "Osaan nimetä tunteita ja kokeilla keinoa, joka auttaa minua "
            "rauhoittumaan.",
        "key_points": ["Kaikki tunteet ovat sallittuja, mutta kaikki teot eivät.",
            "Rauhoittumiseen auttaa esimerkiksi hidas hengitys, liike tai puhuminen aikuiselle.",
            "Kiitos ja hyvä sana lisäävät koko luokan hyvää mieltä."],
        "objectives": [("T8",
             "kannustaa oppilasta edistämään hyvinvointia ja turvallisuutta toiminnassaan ja "
             "lähiympäristössään"),
            ("T12",
             "ohjata oppilasta harjoittelemaan tunteiden tunnistamista ja ilmaisemista sekä "
             "vuorovaikutustaitoja")],
        "keywords": [("tunne",
             "Olo, joka tulee ja menee, esimerkiksi ilo, suru, kiukku tai jännitys."),
            ("tunnemittari", "Asteikko, jolla näytetään, kuinka voimakas tunne on (1–5)."),
            ("rauhoittumiskeino",
             "Teko, joka auttaa, kun tunne on liian iso, esimerkiksi neliöhengitys.")],
        "misconceptions": [("Kiukku ja suru ovat huonoja tunteita, jotka pitää piilottaa.",
             "Tunteet kertovat, mikä on meille tärkeää. Tärkeää on, mitä tunteen kanssa tekee: "
             "sen voi sanoa ääneen ja rauhoittua ilman, että satuttaa ketään.")],
        "phases": [
            {"kind": "introduction", "title": "Tunnemittari", "duration": 5,
             "pupil_instructions": "<p>Laita magneetti tunnemittariin omalla kohdallasi. Nimeä "
             "mielessäsi, mikä tunne sinulla on nyt.</p>",
             "teacher_notes": "<p>Magneetit ilman nimiä, jos luokassa on arkoja. Huomaa "
             "mahdolliset 1:t ja juttele heidän kanssaan kahden kesken tunnin jälkeen.</p>"},
            {"kind": "activity", "title": "Tunnepantomiimi", "duration": 15,
             "pupil_instructions": "<p>Nosta kortti ja näytä tunne ilman sanoja. Ryhmä arvaa. "
             "Kerro sitten, missä kehossa tunne tuntuu.</p>",
             "teacher_notes": "<p>Kortit: ilo, ylpeys, jännitys, pettymys, kiukku, häpeä, "
             "helpotus, ikävä. Kirjaa ”missä tuntuu” -vastaukset ääriviivahahmoon taululle.</p>"},
            {"kind": "activity", "title": "Kolme rauhoittumiskeinoa", "duration": 15,
             "pupil_instructions": "<p>Kokeillaan yhdessä: neliöhengitys (4 sisään, 4 pidätä, 4 "
             "ulos, 4 odota), 20 tähtihyppyä ja tärinälepo. Valitse, mikä sopi sinulle "
             "parhaiten.</p>",
             "teacher_notes": "<p>Tee tähtihypyt viimeisenä, jos tilaa on vähän. Keinot "
             "tulostetaan luokan seinälle ”Rauhoittumisen nurkkaan”.</p>"},
            {"kind": "closing", "title": "Kehukierros", "duration": 10,
             "pupil_instructions": "<p>Istutaan piirissä. Sano vieressäsi istuvalle yksi kehu, "
             "joka kertoo teosta: ”Kiitos, että otit minut peliin.”</p>",
             "teacher_notes": "<p>Mallinna ensin itse kaksi tekoon perustuvaa kehua. Ulkonäköön "
             "liittyvät kehut vaihdetaan tekoihin.</p>"}],
        "differentiation_up": "Oppilas keksii luokalle neljännen rauhoittumiskeinon ja opettaa "
            "sen muille seuraavalla tunnilla.",
        "differentiation_down": "Pantomiimissa neljä perustunnetta kuvin; kehukierroksella valmis "
            "lauseenalku taululla.",
        "support_general": "Tunnekortit kuvin ja sanoin; opettaja mallintaa jokaisen vaiheen.",
        "support_intensified": "Oppilaalla on oma pieni tunnemittari pulpetissa ja sovittu "
            "merkki, jolla hän voi pyytää rauhoittumistaukoa.",
        "support_special": "Tunteita harjoitellaan kahden tunteen (hyvä olo – paha olo) "
            "kuvakorteilla, ja rauhoittumiskeinoksi harjoitellaan yksi, esimerkiksi painopeitto "
            "tai hengitysvisuaali.",
        "equipment": "Tunnemittari ja magneetit, tunnekortit, kehujen malliesimerkit taululla, "
            "ajastin.",
        "safety": "Tähtihypyt tehdään pulpettien välissä niin, ettei kukaan osu toiseen.",
        "accessibility": "Liikkeet voi tehdä myös istuen; hengitysharjoitus näytetään "
            "visuaalisena neliönä taululla.",
        "assessment_criteria": "Oppilas nimeää vähintään neljä tunnetta ja kertoo yhden itselleen "
            "sopivan rauhoittumiskeinon. Tuntia ei arvioida numerolla.",
        "formative_ideas": "Tunnemittari tunnin alussa ja lopussa; opettaja vertaa muutosta ja "
            "kirjaa yleiskuvan.",
        "links": [("MIELI ry: tunnetaitoja kouluun", "https://mieli.fi/materiaalit-ja-tyokalut/")],
        "licence": "cc-by", "tags": ["hyvinvointi", "tunnetaidot", "tutor2"],
        "copied_from": "rusko_hyvan_mielen_tunti",
    },
    {
        "key": "keuruu_kartta_ja_mittakaava", "town": "Keuruu", "school": "Keuruun yhteiskoulu",
        "author": "Reetta Kokkonen", "language": "fi",
        "title": "Kartta ja mittakaava: Keuruun keskusta Paikkatietoikkunassa",
        "summary": "Jyväskylän Kilpisen koulun suunnitelmasta muokattu tunti: oppilaat mittaavat "
            "matkoja Keuruun keskustassa, muuntavat karttamatkat mittakaavan avulla ja vertaavat "
            "peruskarttaa ja ilmakuvaa.",
        "subjects": ["maantieto"], "grades": ["7"], "duration": 45, "competences": ["L4", "L5"],
        "learning_outcome": "Osaan laskea mittakaavan avulla, kuinka pitkä matka on luonnossa, ja "
            "mitata matkan karttapalvelussa.",
        "key_points": ["Mittakaava 1:20 000 tarkoittaa, että 1 cm kartalla on 20 000 cm eli 200 m "
                "luonnossa.",
            "Mitä suurempi luku mittakaavan jälkimmäisenä on, sitä pienempi on kartan tarkkuus.",
            "Digitaalisessa kartassa mittakaava muuttuu, kun zoomaat."],
        "objectives": [("T3",
             "ohjata oppilasta kehittämään karttojen ja muiden maantieteellisten esitysten "
             "tulkitsemisen ja käyttämisen taitoja"),
            ("T8", "ohjata oppilasta käyttämään paikkatietoa ja tieto- ja viestintäteknologiaa")],
        "keywords": [("mittakaava", "Kertoo, kuinka paljon todellisuutta on pienennetty kartalla."),
            ("paikkatieto", "Tieto, johon liittyy sijainti, esim. koordinaatit."),
            ("ilmakuva", "Ylhäältä lentokoneesta tai dronesta otettu kuva.")],
        "misconceptions": [("1:50 000 on ”isompi” kartta kuin 1:20 000, koska luku on suurempi.",
             "Se on pienempimittakaavainen: sama alue näkyy pienempänä ja yksityiskohtia on "
             "vähemmän. Vertaa kahta tulostetta.")],
        "phases": [
            {"kind": "introduction", "title": "Arvaa matka", "duration": 5,
             "pupil_instructions": "<p>Arvaa, kuinka pitkä koulumatkasi on metreinä. Kirjoita "
             "arvaus ylös.</p>",
             "teacher_notes": "<p>Oppilaat, joiden kotiosoitetta ei haluta näyttää, mittaavat "
             "matkan koululta Keuruun vanhalle kirkolle.</p>"},
            {"kind": "activity", "title": "Mittakaavalaskut", "duration": 15,
             "pupil_instructions": "<p>Mittaa viivoittimella tulostetulta kartalta (1:20 000) "
             "kolme matkaa: koulu–vanha kirkko, koulu–rautatieasema, koulu–Keurusselän ranta. "
             "Muunna metreiksi.</p>",
             "teacher_notes": "<p>Kertaa senttimetrien muunto: 1 cm = 200 m. Mittaa matkat itse "
             "etukäteen ja kirjaa vastaukset vastausavaimeen.</p>"},
            {"kind": "activity", "title": "Paikkatietoikkuna", "duration": 20,
             "pupil_instructions": "<p>Avaa Paikkatietoikkuna. Mittaa sama matka "
             "mittaustyökalulla. Vaihda taustakartaksi ilmakuva: mitä näet, mitä peruskartassa ei "
             "näy?</p>",
             "teacher_notes": "<p>Näytä mittaustyökalu heijastimelta. Ero viivoitinmittaukseen "
             "johtuu tien mutkista.</p>"},
            {"kind": "closing", "title": "Oliko arvaus oikea?", "duration": 5,
             "pupil_instructions": "<p>Vertaa arvaustasi mitattuun matkaan. Kuinka monta "
             "prosenttia heitit?</p>",
             "teacher_notes": "<p>Pieni prosenttilasku kertaa matematiikkaa; hyvä kytkentä "
             "seuraavaan tuntiin.</p>"}],
        "differentiation_up": "Oppilas tekee Paikkatietoikkunassa oman karttaesityksen koulun "
            "lähialueen lähiluonnosta ja tallentaa sen linkkinä.",
        "differentiation_down": "Laskut tehdään valmiilla muunnostaulukolla (1 cm = 200 m, 2 cm = "
            "400 m…).",
        "support_general": "Muunnosohje taululla ja kuvitettu ohje karttapalvelun käyttöön.",
        "support_intensified": "Oppilas mittaa parin tai aikuisen kanssa ja tekee yhden laskun "
            "kolmen sijaan.",
        "support_special": "Oppilas etsii kartalta koulun ja oman tutun paikan ja kulkee niiden "
            "välin sormella.",
        "equipment": "Tulostetut kartat 1:20 000, viivoittimet, kannettavat, Paikkatietoikkuna.",
        "safety": "",
        "accessibility": "Karttapalvelun zoomaus ja kontrastit; tulosteet myös A3-koossa.",
        "assessment_criteria": "Oppilas muuntaa karttamatkan todelliseksi matkaksi ja mittaa "
            "matkan karttapalvelulla.",
        "formative_ideas": "Arvauksen ja mittauksen vertailu; laskujen tarkistus pareittain.",
        "links": [("Paikkatietoikkuna", "https://kartta.paikkatietoikkuna.fi/")],
        "licence": "cc-by", "tags": ["kartat", "paikkatieto", "mittakaava"],
        "copied_from": "jyvaskyla_kartta_ja_mittakaava",
    },
    {
        "key": "aanekoski_vahva_salasana", "town": "Äänekoski", "school": "Hietaman koulu",
        "author": "Tuula Hämäläinen", "language": "fi",
        "title": "Vahva salasana ja oma tieto verkossa",
        "summary": "Ruskon osaamismerkkitunnista muokattu tietoturvatunti: oppilaat keksivät "
            "muistettavan salalauseen, tunnistavat kalasteluviestin ja lajittelevat, mitä tietoa "
            "itsestä voi jakaa verkossa.",
        "subjects": ["ymparistooppi"], "grades": ["5", "6"], "duration": 45,
        "competences": ["L3", "L5"],
        "learning_outcome": "Osaan tehdä vahvan salasanan ja kertoa, mitä tietoja itsestäni en "
            "jaa verkossa.",
        "key_points": ["Pitkä salalause, esimerkiksi neljä sanaa ja numero, on vahvempi kuin "
                "lyhyt sotkuinen sana.",
            "Salasanaa ei kerrota kaverille, ei edes parhaalle.",
            "Kotiosoite, puhelinnumero ja henkilötunnus eivät kuulu julkisiin palveluihin."],
        "objectives": [("T8",
             "kannustaa oppilasta edistämään hyvinvointia ja turvallisuutta ja ohjata häntä "
             "toimimaan turvallisesti, vastuullisesti ja itseään suojellen"),
            ("T7",
             "ohjata oppilasta ymmärtämään arjen teknologisten sovellusten käyttöä ja "
             "toimintaperiaatteita")],
        "keywords": [("salalause",
             "Salasana, joka on tehty monesta sanasta, esimerkiksi ”sininen-hirvi-syö-7-puuroa”."),
            ("henkilötieto",
             "Tieto, josta sinut voi tunnistaa: nimi, osoite, kuva, puhelinnumero."),
            ("kalastelu",
             "Huijausviesti, joka yrittää saada sinut kertomaan salasanasi tai painamaan "
             "linkkiä.")],
        "misconceptions": [("Salasana on turvallinen, kun siinä on erikoismerkki, vaikka se on "
             "lyhyt (esim. Koira1!).",
             "Lyhyen salasanan kone arvaa nopeasti. Pituus ratkaisee eniten: neljän sanan "
             "salalause on paljon vaikeampi arvata ja helpompi muistaa.")],
        "phases": [
            {"kind": "introduction", "title": "Arvaa salasana", "duration": 10,
             "pupil_instructions": "<p>Opettaja näyttää kuvitteellisen oppilaan Insta-profiilin. "
             "Etsi profiilista vihjeitä, joista voisi arvata hänen salasanansa (lemmikin nimi, "
             "syntymävuosi, lempijoukkue).</p>",
             "teacher_notes": "<p>Käytä keksittyä profiilia (Aada, kissa Miuku, syntynyt 2015, "
             "lempijoukkue JYP). Oppilaat löytävät yleensä 3–4 vihjettä; kirjaa ne taululle.</p>"},
            {"kind": "activity", "title": "Salalauseen rakentaminen", "duration": 15,
             "pupil_instructions": "<p>Keksi neljä sanaa, jotka eivät liity toisiinsa, ja lisää "
             "numero. Kirjoita mallilause vihkoon, mutta älä käytä sitä oikeana salasanana. "
             "Kokeile opettajan näyttämällä mittarilla, kauanko arvaamiseen menisi.</p>",
             "teacher_notes": "<p>Näytä mittari vain heijastimelta omalla koneellasi; oppilaat "
             "eivät syötä salasanoja verkkosivuille. Muistuta, että oikea salasana keksitään "
             "kotona eikä sitä kirjoiteta vihkoon.</p>"},
            {"kind": "activity", "title": "Jaa vai älä jaa?", "duration": 15,
             "pupil_instructions": "<p>Lajittele parin kanssa 12 korttia kolmeen pinoon: voin "
             "jakaa kaikille, vain tutuille, en jaa kenellekään. Perustele yksi valinta toiselle "
             "parille.</p>",
             "teacher_notes": "<p>Kortit: lempiväri, koulun nimi, kotiosoite, kuva lomalta, "
             "puhelinnumero, henkilötunnus, salasana, lempibändi, kuva kaverista ilman lupaa… "
             "Erimielisyydet (koulun nimi, lomakuva) ovat hyviä keskustelun paikkoja.</p>"},
            {"kind": "assessment", "title": "Kalasteluviesti", "duration": 5,
             "pupil_instructions": "<p>Lue opettajan näyttämä viesti ”Voitit puhelimen! Kirjaudu "
             "tästä.” Etsi kolme merkkiä, joista huomaat huijauksen.</p>",
             "teacher_notes": "<p>Merkit: kiire, liian hyvä tarjous, outo lähettäjä tai linkki. "
             "Kirjaa osaaminen koulun digitaitojen seurantaan.</p>"}],
        "differentiation_up": "Oppilas selvittää, mitä kaksivaiheinen tunnistautuminen "
            "tarkoittaa, ja tekee siitä ohjeen nuoremmille.",
        "differentiation_down": "Lajittelussa kaksi pinoa (jaan, en jaa) ja kuusi korttia "
            "kuvineen.",
        "support_general": "Sanasto kuvineen taululla; korttien teksti luetaan ääneen "
            "pyydettäessä.",
        "support_intensified": "Pienryhmässä tehdään yhteinen salalause ja harjoitellaan "
            "muistisääntöä; lajittelu aikuisen kanssa.",
        "support_special": "Oppilas harjoittelee omien tunnustensa käyttöä turvallisesti "
            "kuvallisen ohjeen avulla ja tietää, keneltä kysyä apua.",
        "equipment": "Lajittelukortit (12 / pari), heijastin, opettajan kone, oppimisalustan "
            "kysely.",
        "safety": "Oikeita salasanoja ei kirjoiteta, näytetä eikä syötetä tunnilla mihinkään.",
        "accessibility": "Kortit myös sähköisinä ruudunlukijalle sopivina; kuvat tukevat tekstiä.",
        "assessment_criteria": "Oppilas tunnistaa vahvan salasanan, perustelee, miksi pituus on "
            "tärkeä, ja erottaa jaettavat ja jakamattomat tiedot.",
        "formative_ideas": "Lajittelun perustelut parille ja osaamismerkin kysely; väärät "
            "vastaukset käydään läpi seuraavan tunnin alussa.",
        "links": [("Tietosuojavaltuutetun toimisto: tietoa lapsille ja nuorille",
             "https://tietosuoja.fi/lapset-ja-nuoret")],
        "licence": "cc-by", "tags": ["tietoturva", "osaamismerkit", "digitaidot"],
        "copied_from": "rusko_tietoturva_salasanat",
    },
]
# fmt: on
