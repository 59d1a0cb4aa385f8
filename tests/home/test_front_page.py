"""The front page: the newest open plans, the way into the plan library by subject and grade,
and the good practices the editors raise ("Nostetut käytänteet"), in Finnish and on /sv/."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage, HomePageFeaturedPractice
from networks.practices.models import PracticeLibraryPage
from plans.models import LessonPlanPage, PlanLibraryPage
from portal.sharing.models import CopyRecord
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory


def plan(parent, title, days_ago, subjects=("matematiikka",), grades=("4",), **fields):
    page = LessonPlanPageFactory(
        parent=parent,
        title=title,
        curriculum={"subjects": list(subjects), "grades": list(grades)},
        **fields,
    )
    when = timezone.now() - datetime.timedelta(days=days_ago)
    LessonPlanPage.objects.filter(pk=page.pk).update(first_published_at=when)
    return page


@pytest.fixture
def libraries(home_page):
    plans = home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
    practices = home_page.add_child(
        instance=PracticeLibraryPage(title="Käytänteet", slug="kaytanteet")
    )
    return plans, practices


@pytest.fixture
def plans(libraries, rusko, masku):
    made = [plan(rusko, f"Avoin suunnitelma {n}", days_ago=n) for n in range(1, 9)]
    made.append(plan(masku, "Syksyn merkit", 0, subjects=("biologia",), grades=("1", "2")))
    plan(rusko, "Yksityinen luonnos", 0, visibility="private")
    plan(rusko, "Vain opettajille", 0, visibility="teachers")
    plan(rusko, "Ruskon omat", 0, visibility="municipality")
    plan(rusko, "Julkaisematon", 0, live=False)
    return made


def newest_titles(body):
    section = body.split('id="newest-plans-title"')[1].split("</section>")[0]
    return re.findall(r'<h3 class="card__title"[^>]*><a href="[^"]+">([^<]+)</a>', section)


@pytest.mark.django_db
def test_newest_plans_are_the_six_latest_open_ones_with_subject_and_town(client, plans):
    body = client.get("/").content.decode()
    assert newest_titles(body) == [
        "Syksyn merkit",
        "Avoin suunnitelma 1",
        "Avoin suunnitelma 2",
        "Avoin suunnitelma 3",
        "Avoin suunnitelma 4",
        "Avoin suunnitelma 5",
    ]
    for hidden in ("Yksityinen luonnos", "Vain opettajille", "Ruskon omat", "Julkaisematon"):
        assert hidden not in body
    assert "Biologia\n              · 1. luokka, 2. luokka\n              · Masku" in body
    assert "Matematiikka\n              · 4. luokka\n              · Rusko" in body
    assert '<a href="/suunnitelmat/">Kaikki tuntisuunnitelmat</a>' in body


@pytest.mark.django_db
def test_an_unchanged_copy_is_not_news(client, plans, masku):
    origin = plans[1]  # "Avoin suunnitelma 1"
    copy = plan(masku, origin.title, 0)
    CopyRecord.objects.create(
        source=origin, source_title=origin.title, copy=copy, municipality=masku
    )
    titles = newest_titles(client.get("/").content.decode())
    assert titles.count("Avoin suunnitelma 1") == 1
    assert titles[:2] == ["Syksyn merkit", "Avoin suunnitelma 1"]


@pytest.mark.django_db
def test_subject_and_grade_links_open_the_filtered_library(client, plans):
    body = client.get("/").content.decode()
    assert "Tuntisuunnitelmat oppiaineittain ja vuosiluokittain" in body
    # Private, teachers-only, town-only and unpublished plans are not counted.
    maths = re.search(
        r'<a href="([^"]+)">Matematiikka <span class="entry-list__count">\((\d+)\)', body
    )
    assert maths.group(1) == "/suunnitelmat/?aine=matematiikka"
    assert maths.group(2) == "8"
    grade = re.search(
        r'<a href="([^"]+)">2\. luokka <span class="entry-list__count">\((\d+)\)', body
    )
    assert grade.group(1) == "/suunnitelmat/?luokka=2"
    assert grade.group(2) == "1"
    assert "Vuosiluokat 1–2" in body
    assert ">Kemia <" not in body  # a subject without open plans leads nowhere

    for link, count in ((maths.group(1), 8), (grade.group(1), 1)):
        library = client.get(link)
        assert library.status_code == 200
        assert library.context["page_obj"].paginator.count == count


@pytest.mark.django_db
def test_editor_features_practices_and_only_open_ones_show(admin_client, client, libraries, rusko):
    home = HomePage.objects.get(locale__language_code="fi")
    shown = factories.PracticePageFactory(parent=rusko, title="Välkkärit", summary="Välitunnit.")
    hidden = factories.PracticePageFactory(
        parent=rusko, title="Salainen malli", visibility="private"
    )
    draft = factories.PracticePageFactory(parent=rusko, title="Keskeneräinen malli", live=False)

    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "hero_title": home.hero_title,
            "hero_text": home.hero_text,
            "featured_practices": inline_formset(
                [{"practice": shown.pk}, {"practice": hidden.pk}, {"practice": draft.pk}]
            ),
            "highlights": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 302
    assert home.featured_practices.count() == 3

    body = client.get("/").content.decode()
    section = body.split('id="featured-practices-title"')[1].split("</section>")[0]
    assert "Nostetut käytänteet" in body
    with translation.override("fi"):
        assert f'href="{shown.url}">Välkkärit</a>' in section
    assert "Digi · Rusko" in section
    assert "Salainen malli" not in body and "Keskeneräinen malli" not in body
    assert '<a href="/kaytanteet/">Kaikki käytänteet</a>' in section


@pytest.mark.django_db
def test_only_a_practice_can_be_featured_and_only_once(admin_client, libraries, rusko, plans):
    home = HomePage.objects.get(locale__language_code="fi")
    practice = factories.PracticePageFactory(parent=rusko, title="Välkkärit")

    def post(rows):
        data = nested_form_data(
            {
                "title": home.title,
                "slug": home.slug,
                "hero_title": home.hero_title,
                "featured_practices": inline_formset(rows),
                "highlights": inline_formset([]),
                "action-publish": "publish",
            }
        )
        return admin_client.post(f"/admin/pages/{home.pk}/edit/", data)

    not_a_practice = post([{"practice": plans[0].pk}])
    assert not_a_practice.status_code == 200
    twice = post([{"practice": practice.pk}, {"practice": practice.pk}])
    assert twice.status_code == 200
    assert not home.featured_practices.exists()


@pytest.mark.django_db
def test_swedish_front_page_puts_swedish_plans_first(client, plans, municipality_index):
    kronoby = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="288")
    plan(kronoby, "Bråk med pizza", 30, language="sv")
    finnish = client.get("/").content.decode()
    assert "Bråk med pizza" not in newest_titles(finnish)
    client.cookies.clear()
    response = client.get("/sv/")
    swedish = response.content.decode()
    assert response.status_code == 200
    assert newest_titles(swedish)[0] == "Bråk med pizza"
    assert "Lektionsplaneringar efter läroämne och årskurs" in swedish
    assert "Årskurs 1–2" in swedish
    assert "Matematik <span" in swedish
    assert 'href="/sv/suunnitelmat/?aine=matematik' not in swedish
    assert 'href="/sv/suunnitelmat/?aine=matematiikka"' in swedish
    assert "Kronoby" in swedish


@pytest.mark.django_db
def test_front_page_queries_do_not_grow_with_the_content(client, libraries, rusko, masku):
    def count():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries)

    home = HomePage.objects.get(locale__language_code="fi")
    first = factories.PracticePageFactory(parent=rusko, title="Ensimmäinen")
    HomePageFeaturedPractice.objects.create(home_page=home, practice=first)
    plan(rusko, "Yksi suunnitelma", 1)
    count()  # what the process keeps for good (content types, the default locale) read once
    few = count()
    for number in range(12):
        plan(masku if number % 2 else rusko, f"Suunnitelma {number}", number + 2)
    for number in range(5):
        practice = factories.PracticePageFactory(parent=masku, title=f"Käytänne {number}")
        HomePageFeaturedPractice.objects.create(home_page=home, practice=practice)
    many = count()
    with CaptureQueriesContext(connection) as kept:
        client.get("/")  # the lists kept in the cache since the request before
    print(f"front page, lists cached: {len(kept)} queries")
    assert len(kept) <= 10
    print(f"front page, empty cache: {few} queries with 1 plan, {many} with 13")
    assert many <= few <= 30
