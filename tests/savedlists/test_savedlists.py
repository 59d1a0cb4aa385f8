"""Omat kokoelmat: a teacher keeps plans and practices in lists of her own, through the public
pages' "Tallenna omiin" control and /omat-kokoelmat/; nobody else sees or changes her lists."""

import pytest
from django.utils import translation

from portal.savedlists.models import SavedItem, SavedList
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher

pytestmark = pytest.mark.django_db

INDEX = "/omat-kokoelmat/"


def save_url(page):
    return f"/omat-kokoelmat/tallenna/{page.pk}/"


def detail_url(saved_list):
    return f"/omat-kokoelmat/{saved_list.pk}/"


@pytest.fixture
def plan(rusko):
    return LessonPlanPageFactory(parent=rusko, title="Murtoluvut pizzalla", slug="pizza")


@pytest.fixture
def practice(rusko):
    return factories.PracticePageFactory(parent=rusko, title="Välituntiliikunta", slug="liikunta")


@pytest.fixture
def teacher(rusko):
    return make_teacher(rusko, "tiina.rusko")


@pytest.fixture
def signed_in(client, teacher):
    client.force_login(teacher)
    return client


def url_of(page):
    with translation.override("fi"):
        return page.url


def test_a_teacher_saves_a_plan_into_a_new_list_and_finds_it_in_omat_kokoelmat(
    signed_in, plan, rusko
):
    page = signed_in.get(url_of(plan)).text
    assert "Tallenna omiin" in page
    assert f'action="{save_url(plan)}"' in page
    assert "Uuden listan nimi" in page  # no lists yet: only a name is asked for

    response = signed_in.post(save_url(plan), {"nimi": "  Syksyn tunnit  "})
    assert response.status_code == 302
    assert response["Location"] == url_of(plan) + "#tallenna"

    page = signed_in.get(url_of(plan)).text
    assert "Tallennettu listoihin" in page
    saved_list = SavedList.objects.get()
    assert f'<a href="{detail_url(saved_list)}">Syksyn tunnit</a>' in page

    index = signed_in.get(INDEX).text
    assert "Syksyn tunnit" in index
    assert "1 sivu" in index
    detail = signed_in.get(detail_url(saved_list)).text
    assert "Murtoluvut pizzalla" in detail
    assert "Tuntisuunnitelma" in detail
    assert rusko.title in detail


def test_a_practice_is_saved_into_an_existing_list_once(signed_in, teacher, practice, plan):
    saved_list = SavedList.objects.create(owner=teacher, name="Välkät")
    page = signed_in.get(url_of(practice)).text
    assert f'<option value="{saved_list.pk}" selected>Välkät</option>' in page
    for _ in range(2):
        response = signed_in.post(save_url(practice), {"lista": saved_list.pk, "nimi": ""})
        assert response.status_code == 302
    signed_in.post(save_url(plan), {"lista": saved_list.pk})
    assert [item.page_id for item in saved_list.items.all()] == [practice.pk, plan.pk]
    detail = signed_in.get(detail_url(saved_list)).text
    assert detail.index("Välituntiliikunta") < detail.index("Murtoluvut pizzalla")
    assert "Hyvä käytänne" in detail
    assert "2 sivua" in signed_in.get(INDEX).text


def test_a_signed_out_reader_is_offered_a_sign_in_that_leads_back(client, plan):
    page = client.get(url_of(plan)).text
    assert "Tallenna omiin" in page
    assert f'href="/admin/login/?next={url_of(plan)}">Kirjaudu sisään tallentaaksesi' in page
    assert save_url(plan) not in page
    response = client.post(save_url(plan), {"nimi": "Syksyn tunnit"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert client.get(INDEX)["Location"].startswith("/admin/login/?next=")
    assert not SavedList.objects.exists()


# Saving asks for a list or a name; naming and renaming ask for the name itself.
CHOOSE = "Valitse lista tai anna uudelle listalle nimi."


@pytest.mark.parametrize(
    ("data", "message", "message_when_saving"),
    [
        ({"nimi": "   "}, "Anna listalle nimi.", CHOOSE),
        ({"nimi": "x" * 101}, "Nimi voi olla enintään 100 merkkiä pitkä.", None),
        ({"nimi": "syksyn TUNNIT"}, "Sinulla on jo lista nimeltä ”syksyn TUNNIT”.", None),
    ],
)
def test_a_bad_name_is_refused_with_a_clear_message_everywhere(
    signed_in, teacher, plan, data, message, message_when_saving
):
    existing = SavedList.objects.create(owner=teacher, name="Syksyn tunnit")
    other = SavedList.objects.create(owner=teacher, name="Kevät")
    for url, extra, expected in (
        (INDEX, {}, message),
        (save_url(plan), {"lista": ""}, message_when_saving or message),
        (f"/omat-kokoelmat/{other.pk}/nimea/", {}, message),
    ):
        response = signed_in.post(url, {**data, **extra})
        assert response.status_code == 400, url
        assert expected in response.text, url
        assert 'aria-invalid="true"' in response.text
    assert sorted(SavedList.objects.values_list("name", flat=True)) == ["Kevät", "Syksyn tunnit"]
    assert not existing.items.exists()


def test_renaming_a_list_to_its_own_name_in_other_letters_is_fine(signed_in, teacher):
    saved_list = SavedList.objects.create(owner=teacher, name="syksy")
    response = signed_in.post(f"/omat-kokoelmat/{saved_list.pk}/nimea/", {"nimi": "Syksy"})
    assert response.status_code == 302
    assert "Listan ”syksy” nimi on nyt ”Syksy”." in signed_in.get(response["Location"]).text


def test_saving_into_someone_elses_list_or_nothing_is_refused(signed_in, plan, masku_teacher):
    foreign = SavedList.objects.create(owner=masku_teacher, name="Maijan lista")
    response = signed_in.post(save_url(plan), {"lista": foreign.pk})
    assert response.status_code == 400
    assert "Valitse jokin omista listoistasi." in response.text
    assert "Maijan lista" not in response.text
    response = signed_in.post(save_url(plan), {"lista": "", "nimi": ""})
    assert response.status_code == 400
    assert "Valitse lista tai anna uudelle listalle nimi." in response.text
    response = signed_in.post(save_url(plan), {"lista": "abc"})
    assert response.status_code == 400
    assert not SavedItem.objects.exists()


def test_the_messages_are_in_swedish_for_a_swedish_reader(signed_in, teacher, plan):
    SavedList.objects.create(owner=teacher, name="Höst")
    response = signed_in.post("/sv" + INDEX, {"nimi": "höst"})
    assert response.status_code == 400
    assert "Du har redan en lista som heter ”höst”." in response.text
    index = signed_in.get("/sv" + INDEX).text
    assert "<h1>Mina samlingar</h1>" in index
    response = signed_in.post("/sv" + save_url(plan), {"nimi": ""})
    assert "Välj en lista eller ge en ny lista ett namn." in response.text


def test_only_the_owner_sees_or_changes_a_list(client, teacher, plan, masku_teacher):
    saved_list = SavedList.objects.create(owner=teacher, name="Tiinan lista")
    item = SavedItem.objects.create(saved_list=saved_list, page=plan)
    client.force_login(masku_teacher)
    assert "Tiinan lista" not in client.get(INDEX).text
    base = detail_url(saved_list)
    assert client.get(base).status_code == 404
    assert client.get(base + "poista/").status_code == 404
    assert client.post(base + "poista/").status_code == 404
    assert client.post(base + "nimea/", {"nimi": "Minun"}).status_code == 404
    assert client.post(f"{base}poista-sivu/{item.pk}/").status_code == 404
    saved_list.refresh_from_db()
    assert saved_list.name == "Tiinan lista"
    assert saved_list.items.count() == 1


def test_a_teacher_renames_a_list_removes_a_page_and_deletes_the_list(
    signed_in, teacher, plan, practice
):
    saved_list = SavedList.objects.create(owner=teacher, name="Syksy")
    SavedItem.objects.create(saved_list=saved_list, page=plan, sort_order=0)
    kept = SavedItem.objects.create(saved_list=saved_list, page=practice, sort_order=1)
    base = detail_url(saved_list)

    response = signed_in.post(base + "nimea/", {"nimi": "Syksyn tunnit"})
    assert response["Location"] == base
    assert "<h1>Syksyn tunnit</h1>" in signed_in.get(base).text

    response = signed_in.post(f"{base}poista-sivu/{saved_list.items.first().pk}/")
    assert response["Location"] == base
    detail = signed_in.get(base).text
    assert "Sivu poistettiin listalta." in detail
    assert "Murtoluvut pizzalla" not in detail
    assert "Välituntiliikunta" in detail
    assert list(saved_list.items.all()) == [kept]

    confirm = signed_in.get(base + "poista/")
    assert "Poistetaanko lista ”Syksyn tunnit”?" in confirm.text
    response = signed_in.post(base + "poista/")
    assert response["Location"] == INDEX
    index = signed_in.get(INDEX).text
    assert "Lista ”Syksyn tunnit” poistettiin." in index
    assert "Sinulla ei ole vielä listoja." in index
    assert not SavedItem.objects.exists()
    assert signed_in.get(url_of(practice)).status_code == 200  # the page itself stays


def test_a_change_by_get_is_not_allowed(signed_in, teacher):
    saved_list = SavedList.objects.create(owner=teacher, name="Syksy")
    assert signed_in.get(detail_url(saved_list) + "nimea/").status_code == 405
    assert signed_in.get(detail_url(saved_list) + "poista-sivu/1/").status_code == 405


def test_a_page_she_can_no_longer_read_is_shown_without_its_title(
    signed_in, teacher, plan, practice, rusko
):
    secret = LessonPlanPageFactory(parent=rusko, title="Kokeen vastaukset")
    saved_list = SavedList.objects.create(owner=teacher, name="Syksy")
    for page in (plan, practice, secret):
        SavedItem.objects.create(saved_list=saved_list, page=page)
    secret.visibility = "private"
    secret.save_revision().publish()
    plan.unpublish()
    practice.delete()

    detail = signed_in.get(detail_url(saved_list)).text
    assert detail.count("Ei enää saatavilla") == 3
    for title in ("Kokeen vastaukset", "Murtoluvut pizzalla", "Välituntiliikunta"):
        assert title not in detail
    # What is gone can still be taken off the list.
    assert detail.count("Poista listalta") == 3


def test_a_page_open_to_teachers_is_shown_to_her(signed_in, teacher, rusko):
    for_teachers = LessonPlanPageFactory(
        parent=rusko, title="Opettajien tunti", visibility="teachers"
    )
    response = signed_in.post(save_url(for_teachers), {"nimi": "Opettajille"})
    assert response.status_code == 302
    assert "Opettajien tunti" in signed_in.get(detail_url(SavedList.objects.get())).text


def test_only_a_plan_or_practice_she_may_read_can_be_saved(signed_in, plan, rusko, home_page):
    private = LessonPlanPageFactory(parent=rusko, title="Kokeen vastaukset", visibility="private")
    plan.unpublish()
    for page_id in (private.pk, plan.pk, home_page.pk, 999_999):
        response = signed_in.post(f"/omat-kokoelmat/tallenna/{page_id}/", {"nimi": "Syksy"})
        assert response.status_code == 404
        assert "Kokeen vastaukset" not in response.text
    assert not SavedList.objects.exists()


def test_a_signed_in_header_links_to_omat_kokoelmat(signed_in, plan):
    assert '<a href="/omat-kokoelmat/">Omat kokoelmat</a>' in signed_in.get(url_of(plan)).text
    assert '<a href="/sv/omat-kokoelmat/">Mina samlingar</a>' in signed_in.get("/sv/haku/").text


def test_a_list_page_reads_a_fixed_number_of_queries(
    signed_in, teacher, rusko, django_assert_max_num_queries
):
    saved_list = SavedList.objects.create(owner=teacher, name="Syksy")
    for number in range(12):
        page = LessonPlanPageFactory(parent=rusko, title=f"Tunti {number}")
        SavedItem.objects.create(saved_list=saved_list, page=page, sort_order=number)
    signed_in.get(detail_url(saved_list))  # warm the fragments every page shares
    with django_assert_max_num_queries(14):
        response = signed_in.get(detail_url(saved_list))
    assert response.text.count("Tuntisuunnitelma") == 12
    with django_assert_max_num_queries(10):
        assert "12 sivua" in signed_in.get(INDEX).text


def test_the_list_pages_are_never_cached(signed_in, teacher):
    saved_list = SavedList.objects.create(owner=teacher, name="Syksy")
    for url in (INDEX, detail_url(saved_list)):
        response = signed_in.get(url)
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
        assert "X-Page-Cache" not in response


def test_the_admin_preview_shows_no_save_control(plan):
    preview = plan.make_preview_request()
    assert preview.status_code == 200
    assert "Murtoluvut pizzalla" in preview.rendered_content
    assert "Tallenna omiin" not in preview.rendered_content


def test_the_admin_preview_of_a_practice_shows_no_save_control(practice):
    preview = practice.make_preview_request()
    assert "Välituntiliikunta" in preview.rendered_content
    assert "Tallenna omiin" not in preview.rendered_content
