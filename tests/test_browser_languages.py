"""/sv/ in a real browser: Swedish and Finnish content side by side passes axe-core (WCAG 2.1
AA, the language attributes included), at desktop and phone widths."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from networks.practices.models import PracticeLibraryPage
from plans.models import PlanLibraryPage
from portal.demo.translations import translate as make_version
from tests.browser import axe_violations
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_swedish_pages_with_finnish_and_swedish_content_pass_axe(live_server, home_page, page):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    kronoby = factories.MunicipalityPageFactory(parent=index, municipality_code="288")
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    finnish = LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla", slug="murtoluvut")
    swedish = LessonPlanPageFactory(parent=kronoby, title="Bråk med pizza", slug="brak",
                                    language="sv")  # fmt: skip
    practice = factories.PracticePageFactory(parent=rusko, title="Tutorvälitunnit")
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    home_page.add_child(instance=PracticeLibraryPage(title="Käytänteet", slug="kaytanteet"))
    # The front page and the municipality index in Swedish, as "Translate" makes them.
    sv_locale = Locale.objects.get(language_code="sv")
    for original, title in ((home_page, "Opentori"), (index, "Kommuner")):
        make_version(original, sv_locale, title=title)
    with translation.override("fi"):
        paths = [finnish.url, swedish.url, practice.url, kronoby.url, index.url]
    paths = [f"/sv{path}" for path in paths]
    paths += ["/sv/", "/sv/suunnitelmat/", "/sv/suunnitelmat/?kieli=sv", "/sv/kaytanteet/",
              "/sv/haku/?q=pizza"]  # fmt: skip
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "sv"
        count, report = axe_violations(page)
        assert count == 0, f"{path}\n{report}"
    page.goto(live_server.url + f"/sv{paths[0][3:]}")
    assert page.locator("h1").get_attribute("lang") == "fi"
    assert page.get_by_text("Finns endast på finska").is_visible()
