"""The "Tallenna omiin" control and the anonymous page cache: the plan page stays cacheable for
anonymous readers, and what a signed-in teacher's control shows never reaches anyone else."""

import pytest
from django.test import override_settings
from django.utils import translation

from home.models import PortalSettings
from portal.savedlists.models import SavedItem, SavedList
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = pytest.mark.django_db


def test_the_plan_page_stays_cached_for_anonymous_readers_and_her_lists_stay_hers(
    client, site, rusko
):
    PortalSettings.for_site(site)
    plan = LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla")
    teacher = make_teacher(rusko, "tiina.rusko")
    saved_list = SavedList.objects.create(owner=teacher, name="Tiinan salainen lista")
    SavedItem.objects.create(saved_list=saved_list, page=plan)
    with translation.override("fi"):
        url = plan.url
    with override_settings(PAGE_CACHE=True):
        first = client.get(url)
        assert first["X-Page-Cache"] == "miss"
        assert "Kirjaudu sisään tallentaaksesi" in first.text
        assert not first.cookies  # no CSRF cookie: the control asks nothing of a reader
        assert client.get(url)["X-Page-Cache"] == "hit"

        client.force_login(teacher)
        mine = client.get(url)
        assert "X-Page-Cache" not in mine
        assert "Tiinan salainen lista" in mine.text
        assert "public" not in mine.get("Cache-Control", "")

        client.logout()
        client.cookies.clear()
        again = client.get(url)
        assert again["X-Page-Cache"] == "hit"
        assert "Tiinan salainen lista" not in again.text
