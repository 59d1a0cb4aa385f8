"""In a real browser, a town's badge framework and one of its badges pass axe at desktop and
phone width, in Finnish throughout."""

import pytest

from tests.badges.test_frameworks import badge_url, make_framework
from tests.browser import DESKTOP, axe_violations, english_on
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_390 = {"width": 390, "height": 844}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["desktop", "phone"])
def test_framework_and_badge_pages_pass_axe(browser, live_server, home_page, viewport):
    index = factories.MunicipalityIndexPageFactory(parent=home_page)
    rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
    framework = make_framework(rusko)
    plan = LessonPlanPageFactory(parent=rusko, title="Salalauseet")
    plan.badges = [framework.badges.get(code="3-tietoturva")]
    plan.save_revision().publish()

    context = browser.new_context(viewport=viewport, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(10_000)
    for url in (framework.url, badge_url(framework, "3-tietoturva")):
        response = page.goto(live_server.url + url)
        assert response.status == 200
        count, report = axe_violations(page)
        assert count == 0, report
        assert english_on(page) == []
    assert page.get_by_role("link", name="Salalauseet").is_visible()
    context.close()
