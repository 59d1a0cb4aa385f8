"""Demo content of the home app: the front page and the service's own information pages."""

from wagtail.models import Site

from home.models import HomePage, HomePageHighlight, PortalSettings, StandardPage
from portal.demo.pages import ensure_child_page, heading, paragraph, stream

ABOUT_BODY = stream(
    heading("Joukkovoimaa arjesta"),
    paragraph(
        "<p>Opentori on avoin julkaisupalvelu suomalaisille opettajille ja kuntien "
        "verkostoille. Opettaja suunnittelee tuntinsa itselleen, ja jos hän niin haluaa, "
        "suunnitelma on moderoinnin jälkeen heti muiden opettajien ja oppilaiden "
        "käytettävissä. Erillistä alustaa tai ylimääräistä työtä ei tarvita.</p>"
    ),
    paragraph(
        "<p>Ajatus on syntynyt Ruskossa. Kunta kokeili kaupallista oppimisympäristöä, joka "
        "osoittautui liian raskaaksi, ja ryhtyi yhdessä opettajien kanssa ideoimaan uutta. "
        "Syntyi Opentunti-suunnittelutyökalu, jota on käytetty Ruskon lisäksi Naantalissa, "
        "Raisiossa, Mynämäellä, Maskussa, Paraisilla, Turussa ja Kruunupyyssä.</p>"
    ),
    heading("Mitä palvelussa on"),
    paragraph(
        "<ul><li><b>Tuntisuunnitelmat</b>, jotka on merkitty opetussuunnitelman "
        "oppiaineisiin, vuosiluokkiin ja laaja-alaisen osaamisen tavoitteisiin L1–L7.</li>"
        "<li><b>Hyvät käytänteet</b> Tutor 2.0 -mallin neljältä osa-alueelta: oppilaan tuki, "
        "hyvinvointi, OPS ja digi.</li>"
        "<li><b>Vuosikellot</b>, joihin koulu tai kunta kirjaa lukuvuoden toistuvat "
        "tehtävät kuukausittain.</li>"
        "<li><b>Kuntien verkostot</b> alueineen, koordinaattoreineen ja "
        "käytännekokoelmineen.</li></ul>"
    ),
    heading("Kopioi malli omaan kuntaasi"),
    paragraph(
        "<p>Neljä Varsinais-Suomen kuntaa – Rusko, Nousiainen, Masku ja Mynämäki – "
        "kehittivät alueellisen tutoroinnin mallin, jossa yhden kunnan hyvä toimintamalli "
        "viedään nopeasti kaikkien kuntien arkeen. Opentorissa toinen kunta voi tarkastella "
        "mallia ja ottaa sen omaan käyttöönsä yhdellä toiminnolla. Kopio säilyttää tiedon "
        "alkuperästään, ja alkuperäinen näyttää, kuinka moni kunta on ottanut sen "
        "käyttöön.</p>"
    ),
    heading("Kenelle"),
    paragraph(
        "<p>Opettajat kirjoittavat ja jakavat, kuntien moderaattorit hyväksyvät "
        "julkaisut, ja verkostojen koordinaattorit kokoavat alueensa käytänteet. Kaikki "
        "avoimeksi julkaistu sisältö on luettavissa kaikille opettajille, oppilaille ja "
        "huoltajille ilman kirjautumista.</p>"
    ),
)

ACCESSIBILITY_BODY = stream(
    paragraph(
        "<p>Tämä saavutettavuusseloste koskee Opentori-palvelua. Haluamme, että "
        "mahdollisimman moni voi käyttää palvelua. Palvelua koskee laki digitaalisten "
        "palvelujen tarjoamisesta (306/2019), joka edellyttää, että julkisten verkkopalvelujen "
        "on oltava saavutettavia. Palvelun saavutettavuutta arvioidaan WCAG 2.1 -ohjeiston "
        "AA-tason mukaisesti.</p>"
    ),
    heading("Miten olemme arvioineet saavutettavuuden"),
    paragraph(
        "<p>Palvelun saavutettavuutta arvioidaan jatkuvasti osana kehitystyötä: jokainen "
        "muutos testataan automaattisella axe-core-tarkastuksella, ja sivuja tarkastellaan "
        "näppäimistöllä, ruudunlukijalla sekä 320 pikselin levyisellä näytöllä. Seloste on "
        "laadittu palvelun kehittäjien oman arvion perusteella.</p>"
    ),
    heading("Saavutettavuuden tila"),
    paragraph("<p>Palvelu täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset osittain.</p>"),
    heading("Sisältö, joka ei ole saavutettavaa"),
    paragraph(
        "<ul><li>Käyttäjien lataamat asiakirjat (esimerkiksi PDF-tiedostot) eivät aina ole "
        "saavutettavia. Pyydämme sisällön tuottajia julkaisemaan materiaalin myös "
        "verkkosivuna aina kun mahdollista.</li>"
        "<li>Osassa käyttäjien lisäämiä kuvia voi puuttua kuvaava teksti. Palvelu "
        "tarkistaa vaihtoehtoisen tekstin ennen julkaisua.</li>"
        "<li>Upotetuissa videoissa ei välttämättä ole tekstitystä.</li></ul>"
    ),
    heading("Anna palautetta saavutettavuudesta"),
    paragraph(
        "<p>Huomasitko puutteen? Kerro siitä meille osoitteeseen "
        '<a href="mailto:saavutettavuus@opentori.fi">saavutettavuus@opentori.fi</a>. '
        "Vastaamme 14 vuorokauden kuluessa.</p>"
    ),
    heading("Valvontaviranomainen"),
    paragraph(
        "<p>Jos huomaat saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole "
        "tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit "
        "tehdä ilmoituksen saavutettavuutta valvovalle viranomaiselle. Ohjeet löytyvät "
        "osoitteesta saavutettavuusvaatimukset.fi.</p>"
    ),
)

PRIVACY_BODY = stream(
    paragraph(
        "<p>Tässä tietosuojaselosteessa kerrotaan, miten Opentori käsittelee "
        "henkilötietoja EU:n yleisen tietosuoja-asetuksen (2016/679) ja tietosuojalain "
        "(1050/2018) mukaisesti.</p>"
    ),
    heading("Rekisterinpitäjä ja yhteystiedot"),
    paragraph(
        "<p>Rekisterinpitäjä on palvelua ylläpitävä Opentori-yhteistyö. Tietosuojaa "
        "koskevat kysymykset: "
        '<a href="mailto:tietosuoja@opentori.fi">tietosuoja@opentori.fi</a>.</p>'
    ),
    heading("Mitä tietoja käsittelemme"),
    paragraph(
        "<ul><li>Kirjautuvien käyttäjien nimi, työsähköpostiosoite, kunta, koulu ja "
        "rooli palvelussa (opettaja, moderaattori, koordinaattori).</li>"
        "<li>Käyttäjän kirjoittamat sisällöt ja niiden muokkaushistoria.</li>"
        "<li>Palvelun tekniset lokit tietoturvan ylläpitämiseksi.</li></ul>"
        "<p>Palveluun ei tallenneta oppilaiden henkilötietoja. Julkaisua edeltävä "
        "automaattinen tarkastus estää henkilötunnusten, puhelinnumeroiden ja oppilaiden "
        "sähköpostiosoitteiden julkaisemisen.</p>"
    ),
    heading("Käsittelyn tarkoitus ja peruste"),
    paragraph(
        "<p>Tietoja käsitellään opetuksen suunnittelun, sisältöjen julkaisun ja "
        "moderoinnin sekä kuntien välisen yhteistyön järjestämiseksi. Käsittely perustuu "
        "yleisen edun mukaisen tehtävän hoitamiseen ja käyttäjän työtehtäviin "
        "(tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta).</p>"
    ),
    heading("Evästeet"),
    paragraph(
        "<p>Palvelu käyttää vain toiminnan kannalta välttämättömiä evästeitä: istunto- "
        "ja suojausevästeitä kirjautuneille käyttäjille sekä kielivalinnan muistavaa "
        "evästettä. Palvelussa ei ole analytiikka- eikä mainosevästeitä, eikä se lataa "
        "sisältöä muilta palvelimilta.</p>"
    ),
    heading("Säilytysaika ja luovutukset"),
    paragraph(
        "<p>Käyttäjätiedot säilytetään niin kauan kuin käyttäjätili on voimassa. "
        "Tietoja ei luovuteta eikä siirretä EU- tai ETA-alueen ulkopuolelle.</p>"
    ),
    heading("Rekisteröidyn oikeudet"),
    paragraph(
        "<p>Sinulla on oikeus saada pääsy tietoihisi, oikaista ne ja pyytää niiden "
        "poistamista tai käsittelyn rajoittamista. Voit tehdä valituksen "
        "tietosuojavaltuutetun toimistolle, jos katsot, että henkilötietojasi käsitellään "
        "lainvastaisesti.</p>"
    ),
)


def load():
    """Fill the front page and create the service's information pages, once."""
    home = HomePage.objects.first()
    site = Site.objects.get(is_default_site=True)

    about, _ = ensure_child_page(
        home,
        StandardPage,
        "tietoa-palvelusta",
        title="Tietoa palvelusta",
        summary="Mikä Opentori on, kenelle se on tehty ja miten se syntyi.",
        search_description="Mikä Opentori on, kenelle se on tehty ja miten se syntyi.",
        show_in_menus=True,
        body=ABOUT_BODY,
    )
    accessibility, _ = ensure_child_page(
        home,
        StandardPage,
        "saavutettavuusseloste",
        title="Saavutettavuusseloste",
        summary="Opentorin saavutettavuuden tila ja palautekanava.",
        search_description="Opentorin saavutettavuuden tila ja palautekanava.",
        body=ACCESSIBILITY_BODY,
    )
    privacy, _ = ensure_child_page(
        home,
        StandardPage,
        "tietosuojaseloste",
        title="Tietosuojaseloste",
        summary="Miten Opentori käsittelee henkilötietoja.",
        search_description="Miten Opentori käsittelee henkilötietoja.",
        body=PRIVACY_BODY,
    )

    # The front page is filled once; after that it belongs to the editors.
    if not home.hero_text:
        home.hero_title = "Avoimet tuntisuunnitelmat ja hyvät käytänteet"
        home.hero_text = (
            "Opettajien suunnitelmat ja kuntien hyvät käytänteet, vuosikellot ja "
            "digitaaliset ohjelmat yhdessä paikassa. Lue, hae ja ota malli omaan kuntaasi "
            "käyttöön minuuteissa."
        )
        home.summary = "Avoin julkaisupalvelu suomalaisille opettajille ja kuntien verkostoille."
        home.highlights = [
            HomePageHighlight(
                highlighted_page=about,
                text="Opentunnin ajatus: opettajan oma suunnittelutyö kaikkien käyttöön.",
            )
        ]
        home.save_revision().publish()

    portal_settings = PortalSettings.for_site(site)
    if not portal_settings.contact_email:
        portal_settings.portal_name = "Opentori"
        portal_settings.tagline = "Avoimet suunnitelmat ja käytänteet kouluille"
        portal_settings.contact_email = "tuki@opentori.fi"
        portal_settings.accessibility_page = accessibility
        portal_settings.privacy_page = privacy
        portal_settings.save()
    return home
