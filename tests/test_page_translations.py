"""Swedish versions of pages (wagtail.contrib.simple_translation): made in the admin from the
Finnish page, moderated like any page, served under /sv/; an address the Swedish tree does not
hold shows the Finnish page, marked as Finnish; hreflang links the versions."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale, WorkflowPage

from home.models import StandardPage
from plans.models import LessonPlanPage, PlanLibraryPage
from portal.demo.translations import translate as make_version
from portal.municipalities.models import MunicipalityPage
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import action_url, make_moderator, make_teacher, plan_form

SWEDISH_TITLE = "Bråk med pizza på svenska"


def swedish():
    return Locale.objects.get(language_code="sv")


def translate(page, **fields):
    """The page's Swedish version, as "Translate" makes it, written and published."""
    return make_version(page, swedish(), **fields)


@pytest.fixture
def tree(home_page, municipality_index, rusko):
    """The front page, the municipality index and an about page in Swedish; Rusko and its plan
    in Finnish only."""
    plan = LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla", slug="murtoluvut")
    about = StandardPage(title="Tietoa palvelusta", slug="tietoa", summary="Mikä Opentori on.")
    home_page.add_child(instance=about)
    about.save_revision().publish()
    swedish_home = translate(home_page, title="Opentori", hero_title="Öppna planeringar")
    swedish_index = translate(municipality_index, title="Kommuner")
    swedish_about = translate(about, title="Om tjänsten", summary="Vad Opentori är.")
    with translation.override("fi"):
        urls = {"plan": plan.url, "town": rusko.url, "about": about.url}
    return {
        "plan": plan, "rusko": rusko, "about": about, "urls": urls, "home": swedish_home,
        "index": swedish_index, "swedish_about": swedish_about,
    }  # fmt: skip


@pytest.mark.django_db
def test_swedish_pages_are_served_and_finnish_ones_fill_in_under_sv(client, tree):
    about = client.get(f"/sv{tree['urls']['about']}").content.decode()
    assert "<h1>Om tjänsten</h1>" in about
    assert "Finns endast" not in about
    # The Swedish index lists the towns of the Finnish one.
    index = client.get("/sv/kunnat/").content.decode()
    assert "<h1>Kommuner</h1>" in index
    assert ">Rusko</a>" in index
    # Rusko has no Swedish version: its Finnish page, in the Swedish interface.
    town = client.get(f"/sv{tree['urls']['town']}")
    assert town.status_code == 200
    plan = client.get(f"/sv{tree['urls']['plan']}").content.decode()
    assert '<html lang="sv">' in plan
    assert '<h1 lang="fi">Murtoluvut pizzalla</h1>' in plan
    assert "Finns endast på finska" in plan
    # The menu and the breadcrumbs name the Swedish versions.
    assert ">Kommuner</a>" in plan
    assert client.get("/sv/ei-ole/").status_code == 404


@pytest.mark.django_db
def test_a_swedish_draft_is_not_served(client, tree):
    version = StandardPage.objects.get(pk=tree["swedish_about"].pk)
    version.title = "Utkast som ingen får se"
    version.save_revision()
    version.unpublish()
    answer = client.get(f"/sv{tree['urls']['about']}").content.decode()
    assert "Utkast" not in answer
    assert "Tietoa palvelusta" in answer


@pytest.mark.django_db
def test_versions_name_each_other_with_hreflang(client, tree):
    about = client.get(tree["urls"]["about"]).content.decode()
    assert f'hreflang="fi" href="http://testserver{tree["urls"]["about"]}"' in about
    assert f'hreflang="sv" href="http://testserver/sv{tree["urls"]["about"]}"' in about
    # A page with one version names none.
    plan = client.get(tree["urls"]["plan"]).content.decode()
    assert 'hreflang="sv" href' not in plan


@pytest.mark.django_db
def test_a_swedish_town_shares_its_finnish_towns_people_and_workflow(tree):
    rusko = tree["rusko"]
    version = translate(rusko, title="Rusko")
    finnish_workflow = WorkflowPage.objects.get(page=rusko).workflow
    assert WorkflowPage.objects.get(page=version).workflow == finnish_workflow
    groups = set(rusko.group_permissions.values_list("group", "permission"))
    assert set(version.group_permissions.values_list("group", "permission")) == groups
    # One town per number in each language.
    twin = MunicipalityPage(title="Toinen Rusko", slug="toinen-rusko", municipality_code="704")
    twin.locale = rusko.locale
    with pytest.raises(ValidationError):
        twin.clean()


@pytest.mark.django_db
def test_a_teacher_translates_her_plan_and_it_goes_through_moderation(client, tree):
    rusko = tree["rusko"]
    translate(rusko, title="Rusko")
    teacher = make_teacher(rusko, "riikka.rusko")
    moderator = make_moderator(rusko, "mikko.rusko")
    plan = LessonPlanPageFactory(parent=rusko, title="Jakolasku", slug="jakolasku", owner=teacher)
    with translation.override("fi"):
        plan_url = plan.url
    client.force_login(teacher)
    response = client.post(
        f"/admin/translation/submit/page/{plan.pk}/", {"locales": [swedish().pk]}
    )
    assert response.status_code == 302
    version = LessonPlanPage.objects.get(translation_key=plan.translation_key, locale=swedish())
    assert not version.live
    assert version.language == "sv"
    # The editor shows the Finnish original's texts to translate from.
    editor = client.get(f"/admin/pages/{version.pk}/edit/").content.decode()
    assert "Käännös sivusta ”Jakolasku”." in editor
    assert "Osaan kertoa, mitä murtoluku tarkoittaa" in editor
    original_editor = client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()
    assert "Käännös sivusta" not in original_editor
    # She writes it in Swedish and sends it to the town's moderators.
    version.title = SWEDISH_TITLE
    form = plan_form(version, "action-submit")
    response = client.post(f"/admin/pages/{version.pk}/edit/", {**form, "language": "fi"})
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.current_workflow_task_state is not None
    client.logout()
    assert SWEDISH_TITLE not in client.get(f"/sv{plan_url}").content.decode()
    client.force_login(moderator)
    response = client.post(action_url(version, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()
    version.refresh_from_db()
    assert version.live
    answer = client.get(f"/sv{plan_url}").content.decode()
    assert SWEDISH_TITLE in answer
    assert "Finns endast" not in answer


@pytest.mark.django_db
def test_no_one_translates_a_page_she_may_not_edit(client, tree, masku):
    """A teacher of another town cannot copy Rusko's plan into Swedish (a copy of a page she
    may not read would be hers)."""
    outsider = make_teacher(masku, "maija.masku")
    client.force_login(outsider)
    response = client.post(
        f"/admin/translation/submit/page/{tree['plan'].pk}/", {"locales": [swedish().pk]}
    )
    # Wagtail's admin answers a refusal by sending her back to the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not LessonPlanPage.objects.filter(locale=swedish()).exists()


@pytest.mark.django_db
def test_the_libraries_list_a_swedish_version_as_swedish(client, tree, home_page):
    home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    rusko = tree["rusko"]
    translate(rusko, title="Rusko")
    translate(tree["plan"], title=SWEDISH_TITLE)
    listed = client.get("/suunnitelmat/", {"kieli": "sv"}).content.decode()
    assert SWEDISH_TITLE in listed and "Murtoluvut pizzalla" not in listed
    every = client.get("/suunnitelmat/").content.decode()
    # Rusko is one town in the municipality facet, not two: its Swedish version is no town.
    assert every.count("kunta=rusko") == 1
