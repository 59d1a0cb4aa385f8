"""The relevance set: real queries in inflected Finnish (and Swedish) over the demo content.

Every query names the page that must be among the first three results; ``also`` names other
pages that are right answers too (copies of the same plan, pages on the same subject). The
test prints success@3 (the named page in the top three) and precision@3 (right answers among
the top three results).
"""

import re
from html import unescape

import pytest

from search.text.finnish import available

# (query, the page that must be in the top three, other right answers)
RELEVANCE_SET = [
    ("murtoluvuilla", "Murtoluvut pizzapaloina", ["Murtoluvut pizza- ja piirakkapaloina"]),
    ("murtoluvun", "Murtoluvut pizza- ja piirakkapaloina", ["Murtoluvut pizzapaloina"]),
    ("vuosikelloon", "Ruskon perusopetuksen vuosikello",
     ["Meidän koulun vuosikello – ja kestävät teot joka kuukaudelle",
      "Jyväskylän tutoropettajatoiminnan vuosikello",
      "Tutor 2.0 -koulutus: käytänteet ja vuosikello omaan kuntaan"]),
    ("hyvinvoinnin", "Hyvän mielen tunti: tunteet, liike ja kiitos", []),
    ("kiusaamista", "Kiusaamisen ehkäisyn ja selvittämisen malli", []),
    ("kouluvaltauksissa", "Kouluvaltaukset",
     ["Kouluvaltaus Jämsänkosken koulussa", "Kouluvaltaus Keuruun yhteiskoulussa",
      "Kouluvaltaus Kolkanpään koulussa"]),
    ("osaamiskartoituksen", "Osaamiskartoitukset", []),
    ("tutortuntien seurannasta", "Sähköinen tutortuntien seuranta", []),
    ("yhtälöitä", "Yhtälön ratkaiseminen vaakamallilla", []),
    ("salasanojen", "Vahva salasana ja oma tieto verkossa", []),
    ("lähimetsässä", "Lähimetsä ekosysteeminä: tuottajat, kuluttajat ja hajottajat", []),
    ("mittakaavalla", "Kartta ja mittakaava: koulumatka Paikkatietoikkunassa",
     ["Kartta ja mittakaava: Keuruun keskusta Paikkatietoikkunassa"]),
    ("teollistumisen", "Teollistuminen: tehtaan pilli muutti arjen", []),
    ("autonomian ajasta", "Vuodesta 1809 vuoteen 1917 – autonomian aika aikajanalla", []),
    ("indikaattoreilla", "Hapan vai emäksinen? Punakaaliliuos indikaattorina", []),
    ("Ohmin lakia", "Virtapiiri ja Ohmin laki mittaamalla", []),
    ("unipäiväkirjaan", "Uni ja ruutuaika: oma unipäiväkirja", []),
    ("lähteiden luotettavuudesta", "Uutinen vai huijaus? Lähteen luotettavuus somessa", []),
    ("väripyörän", "Värien sekoittaminen: oma väripyörä", []),
    ("kangaskasseja", "Vanhasta paidasta kangaskassi", []),
    ("tavuja", "Loruista rytmiä: tavut taputtaen", []),
    ("satujen", "Sadussa on alku, keskikohta ja loppu", []),
    ("oppimissuunnitelmaa", "Oppimissuunnitelman laatiminen yhdessä oppilaan ja huoltajan kanssa",
     []),
    ("aluekoordinaattoreille", "Aluekoordinaattorimalli",
     ["Aluekoordinaattoreiden osaamisen hyödyntäminen koko verkostossa"]),
    ("tuen palavereissa", "Tuen palaverit lukukauden alussa", []),
    ("luokkahenkeä", "Luokkahengen rakentaminen ensimmäisinä kouluviikkoina", []),
    ("kouluttautumissuunnitelmien",
     "Tarvelähtöinen kouluttautuminen ja tutoropettajien kouluttautumissuunnitelmat",
     ["Jyväskylän tutoropettajatoiminnan vuosikello"]),
    ("käskyjonoilla", "Ohjelmoidaan kaveria: suuntanuolet ja käskyjonot", []),
    ("kymppiparien", "Kymppiparit helmitaululla ja liikkuen", []),
    ("aamupalan", "Aamupala lautasmallilla: puuro ja marjasmoothie", []),
    ("kottarna", "Vi räknar och sorterar kottar", []),
    ("lagförslaget", "Hur blir ett lagförslag lag? Ett rollspel om riksdagen", []),
    ("arbetsintervjun", "Job interview – vi övar arbetsintervju på engelska", []),
    ("faddrarna", "Fadderelever för förskolan och årskurs 1", []),
    ("lektionsplaneringen", "Gemensam lektionsplanering i Opentunti", []),
]  # fmt: skip

TITLE = re.compile(r'class="result__title"[^>]*><a href="[^"]*">([^<]*)</a>')


@pytest.mark.django_db
@pytest.mark.skipif(not available(), reason="Voikko's Finnish dictionary is not installed")
def test_relevance_set(client, full_demo, capsys):
    assert len(RELEVANCE_SET) >= 25
    missed, precisions = [], []
    for query, must, also in RELEVANCE_SET:
        body = client.get("/haku/", {"q": query}).content.decode()
        top = [unescape(title) for title in TITLE.findall(body)[:3]]
        right = {must, *also}
        precisions.append(sum(title in right for title in top) / 3)
        if must not in top:
            missed.append(f"{query!r}: wanted {must!r}, got {top}")
    found = len(RELEVANCE_SET) - len(missed)
    with capsys.disabled():
        print(
            f"\nRelevance set: {len(RELEVANCE_SET)} queries; success@3 {found}/"
            f"{len(RELEVANCE_SET)} = {found / len(RELEVANCE_SET):.2f}; precision@3 "
            f"{sum(precisions) / len(precisions):.2f} (most queries have one right answer, "
            f"so 0.33 is their most)"
        )
    assert not missed, "\n".join(missed)
