"""The anonymous page cache: what it keeps, what it never keeps, and when it forgets."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from home.models import PortalSettings
from portal.core.cache import may_be_stored
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory, phase
from tests.helpers import make_teacher

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def page_cache(site):
    # The site's settings exist, as they do after the first request of a running portal.
    PortalSettings.for_site(site)
    with override_settings(PAGE_CACHE=True):
        yield


@pytest.fixture
def practice(rusko):
    return factories.PracticePageFactory(parent=rusko, title="Välituntiliikunta", slug="liikunta")


def test_an_anonymous_reader_gets_the_second_request_from_the_cache_without_queries(
    client, practice
):
    first = client.get(practice.url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as captured:
        second = client.get(practice.url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert len(captured) <= 1
    assert second.content == first.content


def test_a_cached_page_says_who_may_keep_it_and_for_how_long(client, practice):
    for response in (client.get(practice.url), client.get(practice.url)):
        assert "public" in response["Cache-Control"]
        assert "max-age=60" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
        assert "Content-Security-Policy" in response
        assert not response.cookies


def test_a_published_edit_is_seen_on_the_next_request(client, practice):
    client.get(practice.url)
    practice.title = "Liikkuva välitunti"
    practice.save_revision().publish()
    response = client.get(practice.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Liikkuva välitunti" in response.text


def test_an_unpublished_page_is_gone_on_the_next_request(client, practice):
    assert client.get(practice.url).status_code == 200
    practice.unpublish()
    assert client.get(practice.url).status_code == 404


def test_a_visibility_change_closes_the_page_on_the_next_request(client, practice):
    assert client.get(practice.url).status_code == 200
    practice.visibility = "teachers"
    practice.save_revision().publish()
    response = client.get(practice.url)
    assert response.status_code != 200
    assert "Välituntiliikunta" not in response.text


def test_a_moved_or_deleted_page_leaves_the_lists_that_showed_it(client, rusko, masku, practice):
    assert "Välituntiliikunta" in client.get(rusko.url).text
    practice.move(masku, pos="last-child")
    assert "Välituntiliikunta" not in client.get(rusko.url).text
    assert "Välituntiliikunta" in client.get(masku.url).text
    practice.refresh_from_db()
    practice.delete()
    assert "Välituntiliikunta" not in client.get(masku.url).text


def test_a_signed_in_teacher_never_gets_a_cached_page_nor_leaves_one(client, rusko, practice):
    teacher = make_teacher(rusko, "tiina.rusko")
    client.force_login(teacher)
    response = client.get(practice.url)
    assert "X-Page-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get(practice.url)["X-Page-Cache"] == "miss"
    client.force_login(teacher)
    assert "X-Page-Cache" not in client.get(practice.url)


def test_a_restricted_page_is_never_stored(client, rusko):
    restricted = factories.PracticePageFactory(parent=rusko, visibility="teachers")
    teacher = make_teacher(rusko, "tiina.rusko")
    assert client.get(restricted.url).status_code != 200
    client.force_login(teacher)
    assert client.get(restricted.url).status_code == 200
    client.logout()
    client.cookies.clear()
    response = client.get(restricted.url)
    assert response.status_code != 200
    assert "X-Page-Cache" not in response


def test_a_query_string_or_a_post_is_answered_by_the_view(client, practice):
    client.get(practice.url)
    assert "X-Page-Cache" not in client.get(practice.url + "?sivu=2")
    assert "X-Page-Cache" not in client.post(practice.url)


def test_a_page_that_sets_a_cookie_is_not_stored(rf, practice):
    request = rf.get(practice.url)
    request.cacheable_page = practice
    response = HttpResponse("Välituntiliikunta")
    assert may_be_stored(request, response)
    response.set_cookie("csrftoken", "abc")
    assert not may_be_stored(request, response)


def test_what_only_teachers_see_never_reaches_an_anonymous_reader(client, rusko):
    plan = LessonPlanPageFactory(
        parent=rusko,
        phases=[phase("Pizzatehtävä", 45, "Piirrä pizza.", "Opettajan vinkki: kysy nimittäjää.")],
    )
    teacher = make_teacher(rusko, "tiina.rusko")
    client.force_login(teacher)
    assert "Opettajan vinkki" in client.get(plan.url).text
    client.logout()
    client.cookies.clear()
    for _ in range(2):
        assert "Opettajan vinkki" not in client.get(plan.url).text
    client.force_login(teacher)
    assert "Opettajan vinkki" in client.get(plan.url).text


def test_nothing_is_kept_while_a_replica_may_still_answer_with_the_old_content(client, practice):
    client.get(practice.url)
    practice.title = "Liikkuva välitunti"
    with override_settings(CACHE_SETTLE_SECONDS=60):
        practice.save_revision().publish()
        for _ in range(2):
            response = client.get(practice.url)
            assert response["X-Page-Cache"] == "miss"
            assert "Liikkuva välitunti" in response.text
