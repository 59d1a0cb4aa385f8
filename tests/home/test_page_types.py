"""Editors can create each page type only where it belongs, through the admin's own forms."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from networks.networks.models import NetworkIndexPage
from networks.practices.models import PracticeLibraryPage
from plans.models import PlanLibraryPage
from portal.municipalities.models import MunicipalityIndexPage


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_lives_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                PlanLibraryPage,
                PracticeLibraryPage,
                NetworkIndexPage,
                MunicipalityIndexPage,
            },
        )
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


@pytest.mark.django_db
def test_there_is_only_one_home_page(home_page):
    assert not HomePage.can_create_at(Page.objects.get(depth=1))


@pytest.mark.django_db
def test_editor_creates_and_publishes_a_standard_page_in_the_admin(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Yhteystiedot",
            "slug": "yhteystiedot",
            "summary": "Keneen voit olla yhteydessä.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Kirjoita meille osoitteeseen tuki@opentori.fi.</p>"))]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home_page.pk}/", data)
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="yhteystiedot")
    assert page.live

    public = admin_client.get("/yhteystiedot/")
    assert public.status_code == 200
    assert "Kirjoita meille osoitteeseen" in public.content.decode()


@pytest.mark.django_db
def test_a_standard_page_without_a_title_is_refused_in_finnish(admin_client, home_page):
    data = nested_form_data(
        {"title": "", "slug": "nimeton", "body": streamfield([]), "action-publish": "publish"}
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home_page.pk}/", data)
    assert response.status_code == 200
    assert "Tämä kenttä on pakollinen" in response.content.decode()
    assert not StandardPage.objects.filter(slug="nimeton").exists()
