"""Writing a plan in the admin: a new plan starts with the town's usual licence, who may read it
is under "Näkyvyys ja jakaminen" and its address under "Hakukoneet", a title already in use
never ends in a slug error, and a phase's images need an alt text and are shown to pupils."""

import datetime
import html
import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from plans.models import LessonPlanPage
from portal.sharing.models import Licence
from tests.factories.plans import LessonPlanPageFactory, phase
from tests.helpers import edit_url, make_teacher, plan_form

ALT = "Koivu, jonka lehdet ovat keltaiset"


def add_url(town):
    return f"/admin/pages/add/plans/lessonplanpage/{town.pk}/"


def new_plan_form(title, slug, action="action-submit", images=None):
    """What the editor posts for a new plan with one phase, optionally with images in it as
    (image, alt text, caption) triples."""
    data = plan_form(SimpleNamespace(title=title, slug=slug, summary=""), action)
    prefix = "phases-0-value-images"
    images = images or []
    data[f"{prefix}-count"] = str(len(images))
    for number, (image, alt_text, caption) in enumerate(images):
        item = f"{prefix}-{number}"
        data.update(
            {
                f"{item}-deleted": "",
                f"{item}-order": str(number),
                f"{item}-id": "",
                f"{item}-value-image-image": str(image.pk),
                f"{item}-value-image-alt_text": alt_text,
                f"{item}-value-caption": caption,
            }
        )
    return data


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chosen_licence(page_html):
    selected = page_html.select_one("select#id_licence option[selected]")
    return selected["value"] if selected else ""


def tab_name(link):
    """A tab's name, without the count of errors in it."""
    return link.find(string=True, recursive=False).strip()


def tab_names(page_html):
    return [tab_name(link) for link in page_html.select("a[role=tab]")]


def tab(page_html, name):
    """The panel of the editor's tab called ``name``."""
    label = next(link for link in page_html.select("a[role=tab]") if tab_name(link) == name)
    return page_html.select_one(label["href"])


@pytest.fixture
def teacher(rusko):
    return make_teacher(rusko, "riikka.rusko")


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Koivu", file=get_test_image_file())


# --- The licence ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_plan_starts_with_the_first_licence_of_the_list(client, rusko, teacher):
    client.force_login(teacher)
    first = Licence.objects.order_by("sort_order", "slug").first()
    assert chosen_licence(soup(client.get(add_url(rusko)))) == str(first.pk)


@pytest.mark.django_db
def test_a_new_plan_starts_with_the_licence_the_towns_plans_use_most(client, rusko, masku, teacher):
    share_alike = Licence.objects.get(slug="cc-by-sa")
    for number in range(2):
        LessonPlanPageFactory(parent=rusko, title=f"Jaettu {number}", licence=share_alike)
    LessonPlanPageFactory(parent=rusko, title="Nimeä", licence=Licence.objects.get(slug="cc-by"))
    # Another town's habits do not count.
    for number in range(3):
        LessonPlanPageFactory(
            parent=masku, title=f"Masku {number}", licence=Licence.objects.get(slug="cc-by-nd")
        )
    client.force_login(teacher)
    assert chosen_licence(soup(client.get(add_url(rusko)))) == str(share_alike.pk)


@pytest.mark.django_db
def test_a_draft_without_a_licence_is_not_given_one(client, rusko, teacher):
    draft = LessonPlanPageFactory(parent=rusko, owner=teacher, live=False, licence=None)
    client.force_login(teacher)
    assert chosen_licence(soup(client.get(edit_url(draft)))) == ""


# --- The tabs ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_plans_tabs_group_readers_and_search_engines(client, rusko, teacher):
    plan = LessonPlanPageFactory(parent=rusko, owner=teacher, live=False)
    client.force_login(teacher)
    page_html = soup(client.get(edit_url(plan)))
    assert tab_names(page_html) == [
        "Mitä",
        "Tavoitteet",
        "Kulku",
        "Tuki",
        "Arviointi",
        "Materiaalit",
        "Näkyvyys ja jakaminen",
        "Hakukoneet",
    ]
    sharing = tab(page_html, "Näkyvyys ja jakaminen")
    assert sharing.select("input[name=visibility]")
    assert sharing.select_one("select[name=licence]")
    assert "Kanssatekijät" in sharing.get_text()
    search_engines = tab(page_html, "Hakukoneet")
    for name in ("slug", "seo_title", "search_description"):
        assert search_engines.select_one(f"[name={name}]"), name
    assert not search_engines.select("[name=visibility]")
    assert tab(page_html, "Materiaalit").select_one("[name=tags]")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["practice", "clock", "plan"])
def test_practices_clocks_and_development_plans_have_the_same_tabs(admin_client, tree, kind):
    page_html = soup(admin_client.get(edit_url(tree[kind])))
    assert tab_names(page_html) == ["Sisältö", "Näkyvyys ja jakaminen", "Hakukoneet"]
    assert tab(page_html, "Näkyvyys ja jakaminen").select("input[name=visibility]")
    assert tab(page_html, "Hakukoneet").select_one("[name=slug]")
    assert not tab(page_html, "Sisältö").select("[name=licence]")


# --- A title already in use -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_title_of_her_own_draft_offers_the_draft(client, rusko, teacher):
    """A draft of another day (one saved moments ago is the same form's autosave, which
    tests/moderation/test_create_race.py follows)."""
    draft = LessonPlanPageFactory(
        parent=rusko,
        owner=teacher,
        live=False,
        title="Syksyn merkit",
        slug="syksyn-merkit",
        latest_revision_created_at=timezone.now() - datetime.timedelta(days=1),
    )
    client.force_login(teacher)
    response = client.post(
        add_url(rusko), new_plan_form("Syksyn merkit", "syksyn-merkit", "action-save")
    )
    page_html = soup(response)
    error = page_html.find(string=lambda text: "Sinulla on jo luonnos" in text).parent
    assert " ".join(error.get_text(" ").split()) == (
        "Sinulla on jo luonnos nimeltä ”Syksyn merkit” – jatka sitä . "
        "Jos tämä on eri suunnitelma, anna sille toinen nimi."
    )
    link = page_html.find("a", string="jatka sitä")
    assert link["href"] == edit_url(draft)
    assert "syksyn-merkit" not in " ".join(page_html.select_one(".messages").stripped_strings)
    assert LessonPlanPage.objects.filter(title="Syksyn merkit").count() == 1
    # Every word she wrote is still in the form.
    assert page_html.select_one("#id_learning_outcome").get_text().strip()


@pytest.mark.django_db
@pytest.mark.parametrize("whose", ["colleague", "own published"])
def test_a_title_used_by_another_page_gets_the_next_free_address(client, rusko, teacher, whose):
    owner = make_teacher(rusko, "raili.rusko") if whose == "colleague" else teacher
    other = LessonPlanPageFactory(
        parent=rusko, owner=owner, live=True, title="Syksyn merkit", slug="syksyn-merkit"
    )
    LessonPlanPageFactory(parent=rusko, owner=owner, live=False, slug="syksyn-merkit-2")
    client.force_login(teacher)
    response = client.post(
        add_url(rusko), new_plan_form("Syksyn merkit", "syksyn-merkit", "action-save")
    )
    assert response.status_code == 302
    new = LessonPlanPage.objects.get(title="Syksyn merkit", owner=teacher, live=False)
    assert new.slug == "syksyn-merkit-3"
    other.refresh_from_db()
    assert other.slug == "syksyn-merkit" and other.live
    with translation.override("fi"):
        assert client.get(other.url).status_code == 200


@pytest.mark.django_db
def test_a_published_plans_address_changes_only_by_her_choice(client, rusko, teacher):
    plan = LessonPlanPageFactory(parent=rusko, owner=teacher, title="Murtoluvut", slug="murtoluvut")
    LessonPlanPageFactory(parent=rusko, title="Syksyn merkit", slug="syksyn-merkit")
    client.force_login(teacher)
    data = plan_form(SimpleNamespace(title="Murtoluvut", slug="syksyn-merkit", summary=""), "x")
    data.pop("x")
    page_html = soup(client.post(edit_url(plan), data))
    assert (
        "Lyhytnimi ”syksyn-merkit” on jo toisen sivun käytössä (Rusko). Valitse toinen, "
        "esimerkiksi ”syksyn-merkit-2”." in page_html.get_text(" ")
    )
    plan.refresh_from_db()
    assert plan.slug == "murtoluvut"


# --- Images in a phase ------------------------------------------------------------------------


@pytest.mark.django_db
def test_submitting_a_phase_image_without_alt_text_is_refused_in_finnish(
    client, rusko, teacher, image
):
    client.force_login(teacher)
    data = new_plan_form("Syksyn merkit", "syksyn-merkit", images=[(image, " ", "Pihan koivu")])
    response = client.post(add_url(rusko), data)
    assert response.status_code == 200
    # The editor shows a block's errors from the JSON it is built from.
    message = "Kirjoita kuvalle vaihtoehtoinen teksti: kerro, mitä kuvassa näkyy."
    assert json.dumps(message) in html.unescape(response.content.decode())
    assert not LessonPlanPage.objects.filter(title="Syksyn merkit").exists()


@pytest.mark.django_db
def test_a_draft_keeps_an_image_whose_alt_text_is_still_missing(client, rusko, teacher, image):
    client.force_login(teacher)
    data = new_plan_form(
        "Syksyn merkit", "syksyn-merkit", "action-save", images=[(image, "", "Pihan koivu")]
    )
    assert client.post(add_url(rusko), data).status_code == 302
    draft = LessonPlanPage.objects.get(title="Syksyn merkit").get_latest_revision_as_object()
    [item] = draft.phases[0].value["images"]
    assert item["image"].pk == image.pk and item["caption"] == "Pihan koivu"


@pytest.mark.django_db
def test_a_phase_image_with_alt_text_goes_to_moderation(client, rusko, teacher, image):
    client.force_login(teacher)
    data = new_plan_form("Syksyn merkit", "syksyn-merkit", images=[(image, ALT, "Pihan koivu")])
    assert client.post(add_url(rusko), data).status_code == 302
    plan = LessonPlanPage.objects.get(title="Syksyn merkit")
    assert plan.workflow_in_progress
    [item] = plan.get_latest_revision_as_object().phases[0].value["images"]
    assert item["image"].contextual_alt_text == ALT


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["", "oppilaalle/"])
def test_phase_images_are_shown_with_their_alt_text_in_several_sizes(client, rusko, image, view):
    with_image = phase("Retki koulun pihalle", 25, "Etsikää kolme syksyn merkkiä.")
    with_image[1]["images"] = [
        {"image": {"image": image, "alt_text": ALT}, "caption": "Pihan koivu"}
    ]
    plan = LessonPlanPageFactory(parent=rusko, title="Syksyn merkit", phases=[with_image])
    with translation.override("fi"):
        url = plan.url + view
    page_html = soup(client.get(url))
    figure = page_html.select_one("li .phase-image")
    img = figure.select_one("img")
    assert img["alt"] == ALT
    assert figure.select_one("figcaption").get_text(strip=True) == "Pihan koivu"
    widths = {
        candidate.split()[-1]
        for source in figure.select("source")
        for candidate in source["srcset"].split(",")
    }
    assert len(widths) > 1, widths
