import datetime

import factory
import wagtail_factories
from django.utils import timezone

from networks.networks.models import (
    CollectionPage,
    EventPage,
    NetworkIndexPage,
    NetworkPage,
    RegionPage,
)
from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    PracticeArea,
    PracticeLibraryPage,
    PracticePage,
)
from portal.municipalities import register
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage
from portal.sharing.models import Licence

REGISTER_CODES = sorted(register.municipalities())


def licence(slug="cc-by"):
    return Licence.objects.get(slug=slug)


class MunicipalityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kunnat"
    slug = "kunnat"

    class Meta:
        model = MunicipalityIndexPage


def free_municipality_code():
    taken = set(MunicipalityPage.objects.values_list("municipality_code", flat=True))
    return next(code for code in REGISTER_CODES if code not in taken)


class MunicipalityPageFactory(wagtail_factories.PageFactory):
    """A municipality from the national register: the first one not yet in the database,
    unless a code is given."""

    municipality_code = factory.LazyFunction(free_municipality_code)
    title = factory.LazyAttribute(lambda o: register.municipalities()[o.municipality_code].name_fi)

    class Meta:
        model = MunicipalityPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verkostot"
    slug = "verkostot"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Verkosto {n}")
    summary = "Kuntien yhteistyöverkosto."
    purpose = "<p>Jakaa hyviä käytänteitä kuntien kesken.</p>"

    class Meta:
        model = NetworkPage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Alue {n}")
    coordinator_name = "Esimerkki Koordinaattori"
    coordinator_title = "tutoropettaja, aluekoordinaattori"
    coordinator_email = "esimerkki.koordinaattori@example.fi"

    class Meta:
        model = RegionPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tutoropettajatapaaminen {n}")
    kind = EventPage.Kind.MEETING
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location = "Jyväskylän kaupungintalo"

    class Meta:
        model = EventPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hyvä käytänne {n}")
    summary = "Käytänne, joka on toiminut koulussamme."
    area = factory.LazyFunction(lambda: PracticeArea.objects.get(slug="digi"))
    licence = factory.LazyFunction(licence)
    visibility = "public"
    need = "<p>Opettajat tarvitsevat yhteisen tavan.</p>"

    class Meta:
        model = PracticePage


def activity(month, title, **extra):
    return (
        "activity",
        {
            "month": str(month),
            "title": title,
            "week_start": extra.get("week_start"),
            "week_end": extra.get("week_end"),
            "responsible": extra.get("responsible", "rehtori"),
            "audience": extra.get("audience", "opettajat"),
            "practices": extra.get("practices", []),
            "notes": extra.get("notes", ""),
        },
    )


class AnnualClockPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vuosikello {n}")
    school_year = "2025–2026"
    licence = factory.LazyFunction(licence)
    visibility = "public"
    activities = factory.LazyFunction(
        lambda: [
            activity(8, "Lukuvuoden suunnittelu"),
            activity(9, "Tuen palaverit", week_start=36, week_end=38),
            activity(1, "Arviointikeskustelut"),
        ]
    )

    class Meta:
        model = AnnualClockPage


class DevelopmentPlanPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Digitalisaatio-ohjelma {n}")
    licence = factory.LazyFunction(licence)
    visibility = "public"
    vision = "<p>Jokainen oppilas oppii digitaitoja tavoitteellisesti.</p>"

    class Meta:
        model = DevelopmentPlanPage


class CollectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kokoelma {n}")

    class Meta:
        model = CollectionPage


class PracticeLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Käytänteet"
    slug = "kaytanteet"

    class Meta:
        model = PracticeLibraryPage
