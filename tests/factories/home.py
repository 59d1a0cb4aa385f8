import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Opentori"
    hero_title = "Avoimet tuntisuunnitelmat ja hyvät käytänteet"
    hero_text = "Opettajien suunnitelmat ja kuntien hyvät käytänteet yhdessä paikassa."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tietosivu {n}")
    summary = "Lyhyt kuvaus sivun sisällöstä."
    body = wagtail_factories.StreamFieldFactory({"paragraph": wagtail_factories.CharBlockFactory})

    class Meta:
        model = StandardPage
