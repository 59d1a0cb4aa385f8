"""The plan library and the teacher's dashboard panel."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import PlanLibraryPage
from portal.sharing.models import CopyRecord, Licence
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher


@pytest.fixture
def library(home_page, rusko, masku):
    def plan(parent, title, subjects, grades, competences, **extra):
        page = LessonPlanPageFactory(
            parent=parent,
            title=title,
            curriculum={"subjects": subjects, "grades": grades, "competences": competences},
            **extra,
        )
        return page

    no_derivatives = Licence.objects.get(slug="cc-by-nd")
    made = {
        "murtoluvut": plan(rusko, "Murtoluvut", ["matematiikka"], ["4"], ["L1"]),
        "kertotaulu": plan(rusko, "Kertotaulu", ["matematiikka"], ["2", "3"], ["L1", "L5"]),
        "tarina": plan(masku, "Tarinan rakenne", ["aidinkieli"], ["4"], ["L4"]),
        "suljettu": plan(masku, "Suljettu", ["englanti"], ["7"], ["L2"], licence=no_derivatives),
    }
    made["murtoluvut"].tags.add("pizza")
    made["murtoluvut"].save_revision().publish()
    LessonPlanPageFactory(parent=rusko, title="Luonnos", live=False)
    library = PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat")
    home_page.add_child(instance=library)
    return made


def facet(response, name):
    found = next(f for f in response.context["facets"] if f.name == name)
    return {value.key: value.count for value in found.values}


def titles(response):
    return {plan.title for plan in response.context["plans"]}


@pytest.mark.django_db
def test_library_lists_open_plans_with_counts(client, library):
    response = client.get("/suunnitelmat/")
    assert titles(response) == {"Murtoluvut", "Kertotaulu", "Tarinan rakenne", "Suljettu"}
    assert facet(response, "aine") == {"matematiikka": 2, "aidinkieli": 1, "englanti": 1}
    assert facet(response, "luokka")["4"] == 2
    assert facet(response, "osaaminen")["L1"] == 2
    assert facet(response, "kunta") == {"rusko": 2, "masku": 2}
    assert facet(response, "lisenssi") == {"cc-by": 3, "cc-by-nd": 1}
    assert facet(response, "aihe") == {"pizza": 1}


@pytest.mark.django_db
def test_filters_combine(client, library):
    response = client.get("/suunnitelmat/", {"luokka": "4", "aine": "matematiikka"})
    assert titles(response) == {"Murtoluvut"}
    assert facet(response, "aine") == {"matematiikka": 1, "aidinkieli": 1}
    response = client.get("/suunnitelmat/", {"osaaminen": "L5"})
    assert titles(response) == {"Kertotaulu"}
    response = client.get("/suunnitelmat/", {"kunta": "masku", "lisenssi": "cc-by-nd"})
    assert titles(response) == {"Suljettu"}
    empty = client.get("/suunnitelmat/", {"aine": "englanti", "luokka": "2"})
    assert titles(empty) == set()
    assert "Poista" in empty.content.decode()


@pytest.mark.django_db
def test_most_used_sort_puts_copied_plans_first(client, library, masku, masku_teacher):
    client.force_login(masku_teacher)
    client.post(f"/kopioi/{library['tarina'].pk}/", {"kunta": masku.pk})
    client.logout()
    # A draft copy is not counted; a published one is.
    response = client.get("/suunnitelmat/", {"jarjestys": "kaytetyimmat"})
    assert response.context["plans"][0].title == "Kertotaulu"
    copy = CopyRecord.objects.get(source=library["tarina"]).copy.specific
    copy.save_revision().publish()
    response = client.get("/suunnitelmat/", {"jarjestys": "kaytetyimmat"})
    assert response.context["plans"][0].pk == library["tarina"].pk
    assert client.get("/suunnitelmat/", {"jarjestys": "x", "sivu": "x"}).status_code == 200


@pytest.mark.django_db
def test_library_and_plan_query_counts_do_not_grow(client, library, rusko):
    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    plan_url = library["murtoluvut"].url
    before = (count("/suunnitelmat/"), count(plan_url))
    for number in range(15):
        extra = LessonPlanPageFactory(parent=rusko, title=f"Lisäsuunnitelma {number}")
        extra.tags.add(f"aihe-{number}", "yhteinen")
        extra.save_revision().publish()
    murtoluvut = library["murtoluvut"]
    murtoluvut.tags.add(*[f"tagi-{n}" for n in range(10)])
    murtoluvut.save_revision().publish()
    after = (count("/suunnitelmat/"), count(plan_url))
    assert after == before, f"library and plan page: {before} queries before, {after} after"
    assert before[0] <= 12, f"library: {before[0]} queries"
    assert before[1] <= 12, f"plan page: {before[1]} queries"


@pytest.mark.django_db
def test_dashboard_offers_a_new_plan_and_lists_my_plans(client, rusko, masku):
    teacher = make_teacher(rusko, "riikka.rusko")
    mine = LessonPlanPageFactory(parent=rusko, title="Oma suunnitelma", owner=teacher)
    co_authored = LessonPlanPageFactory(parent=rusko, title="Yhteinen suunnitelma")
    co_authored.co_authors.add(teacher)
    co_authored.save()
    LessonPlanPageFactory(parent=rusko, title="Toisen suunnitelma")
    client.force_login(teacher)
    body = client.get("/admin/").content.decode()
    assert f"/admin/pages/add/plans/lessonplanpage/{rusko.pk}/" in body
    assert f"/admin/pages/add/plans/lessonplanpage/{masku.pk}/" not in body
    assert f"/admin/pages/{mine.pk}/edit/" in body
    assert f"/admin/pages/{co_authored.pk}/edit/" in body
    assert "Toisen suunnitelma" not in body


def library_queries(rf, page, params):
    """The queries of the library's own work (its context), and of the whole page."""
    request = rf.get(page.url, params)
    page.serve(request).render()  # what is cached between requests is cached
    with CaptureQueriesContext(connection) as own:
        context = page.get_context(request)
    with CaptureQueriesContext(connection) as whole:
        page.serve(request).render()
    return len(own), len(whole), context


@pytest.mark.django_db
def test_library_costs_at_most_twelve_queries_however_many_plans(rf, library, rusko, masku):
    page = PlanLibraryPage.objects.get()
    cases = [
        {},
        {"sivu": "2"},
        {"aine": "matematiikka", "luokka": "4", "aihe": "pizza"},
        {"jarjestys": "kaytetyimmat"},
    ]
    before = [library_queries(rf, page, case)[:2] for case in cases]
    # Ten times the plans, each with subjects, grades and tags.
    for number in range(40):
        extra = LessonPlanPageFactory(
            parent=rusko if number % 2 else masku,
            title=f"Lisäsuunnitelma {number}",
            curriculum={"subjects": ["matematiikka"], "grades": ["3", "4"], "competences": ["L1"]},
        )
        extra.tags.add(f"aihe-{number}", "pizza")
        extra.save_revision().publish()
    after = [library_queries(rf, page, case)[:2] for case in cases]
    assert after == before, f"queries (the library's, the page's) before {before}, after {after}"
    assert max(own for own, _whole in before) <= 12, before
    _own, _whole, context = library_queries(rf, page, {"sivu": "3"})
    assert context["page_obj"].paginator.count == 44
    assert len(context["plans"]) == 44 - 2 * 20


@pytest.mark.django_db
def test_cards_name_their_subjects_and_grades_in_curriculum_order(client, library):
    body = " ".join(client.get("/suunnitelmat/", {"aine": "matematiikka"}).content.decode().split())
    assert "Matematiikka · 2. luokka, 3. luokka" in body
