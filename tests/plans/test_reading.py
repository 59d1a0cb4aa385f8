"""Reading a plan: its page names its authors, when it was published and updated and its tags
(each a link to the library filtered by it), offers printing and copying its address, and
suggests up to four related open plans, never a private, town-only or draft one."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import strip_tags

from home.models import PortalSettings
from plans.models import LessonPlanPage, PlanCoAuthor, PlanLibraryPage
from portal.sharing.models import CopyRecord
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import make_teacher


def publish(page, when=None):
    """Publish the page's current state as a revision (at ``when``, if given)."""
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    if when is not None:
        LessonPlanPage.objects.filter(pk=page.pk).update(first_published_at=when)
        page.refresh_from_db()
    return page


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def facts(body):
    """The plan's facts list as the reader sees it: each term and its text."""
    listed = re.search(r'<dl class="facts">(.*?)</dl>', body, re.S)[1]
    pairs = re.findall(r"<dt[^>]*>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", listed, re.S)
    return {strip_tags(term).strip(): " ".join(strip_tags(text).split()) for term, text in pairs}


def related_titles(body):
    """The titles of the related plans' cards, in order."""
    section = re.search(r'<section class="related-plans".*?</section>', body, re.S)
    if section is None:
        return []
    return re.findall(r'<h3 class="card__title"[^>]*><a href="[^"]+">([^<]+)</a>', section[0])


@pytest.fixture
def library(home_page):
    return home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))


@pytest.fixture
def authors(rusko):
    return {
        "owner": make_teacher(rusko, "riikka.rusko", first_name="Riikka", last_name="Rantanen"),
        "colleague": make_teacher(rusko, "matti.rusko", first_name="Matti", last_name="Mäkelä"),
        "nameless": make_teacher(rusko, "nimeton@rusko.fi"),
    }


@pytest.fixture
def plan(rusko, authors):
    plan = LessonPlanPageFactory(
        parent=rusko, slug="murtoluvut", title="Murtoluvut pizzalla", owner=authors["owner"]
    )
    plan.co_author_links.add(PlanCoAuthor(person=authors["colleague"]))
    plan.co_author_links.add(PlanCoAuthor(person=authors["nameless"]))
    plan.tags.add("murtoluvut", "Pizza")
    return publish(plan)


@pytest.mark.django_db
def test_the_page_names_the_authors_the_dates_and_links_the_tags_to_the_library(
    client, library, plan
):
    published = timezone.make_aware(datetime.datetime(2026, 3, 5, 10, 0))
    LessonPlanPage.objects.filter(pk=plan.pk).update(first_published_at=published)
    plan.refresh_from_db()
    body = html(client, plan.url)

    shown = facts(body)
    # An account without a name is known by its e-mail address: not named on the page.
    assert shown["Tekijät"] == "Riikka Rantanen, Matti Mäkelä"
    assert "nimeton@rusko.fi" not in re.search(r'<dl class="facts">.*?</dl>', body, re.S)[0]
    assert shown["Julkaistu"] == "5.3.2026"
    assert '<time datetime="2026-03-05">5.3.2026</time>' in body
    today = timezone.localdate()
    assert shown["Päivitetty"] == f"{today.day}.{today.month}.{today.year}"
    assert shown["Avainsanat"] == "murtoluvut Pizza"

    tags = dict(re.findall(r'<li><a href="([^"]+\?aihe=[^"]+)">([^<]+)</a></li>', body))
    assert tags == {
        "/suunnitelmat/?aihe=murtoluvut": "murtoluvut",
        "/suunnitelmat/?aihe=pizza": "Pizza",
    }
    # The link finds the plan in the library, and only the plans with that tag.
    LessonPlanPageFactory(parent=plan.get_parent(), title="Jakolasku ilman pizzaa")
    filtered = html(client, "/suunnitelmat/?aihe=pizza")
    assert "Murtoluvut pizzalla" in filtered
    assert "Jakolasku ilman pizzaa" not in filtered


@pytest.mark.django_db
def test_one_named_author_and_no_update_and_tags_without_a_library(client, rusko, authors):
    plan = LessonPlanPageFactory(parent=rusko, slug="yksin", owner=authors["owner"])
    plan.tags.add("syksy")
    plan = publish(plan)
    body = html(client, plan.url)
    shown = facts(body)
    assert shown["Tekijä"] == "Riikka Rantanen"
    assert "Julkaistu" in shown
    assert "Päivitetty" not in shown  # published once, today
    # No plan library to filter by the tag: the tag is named, not linked.
    assert "<li>syksy</li>" in body
    assert "?aihe=" not in body


@pytest.mark.django_db
def test_print_and_copy_link_need_javascript_and_copy_the_full_address(client, library, plan):
    body = html(client, plan.url)
    assert '<div class="plan-tools" data-plan-tools hidden>' in body
    assert ">Tulosta</button>" in body and ">Kopioi linkki</button>" in body
    assert 'data-copy-link="http://localhost/kunnat/rusko/murtoluvut/"' in body
    assert 'data-copied="Linkki kopioitu"' in body
    assert re.search(r'<p class="plan-tools__status" role="status" data-plan-tools-status>', body)
    assert re.search(r'<script src="/static/js/plan-actions[.0-9a-f]*\.js" defer>', body)
    # On paper the plan says where it is.
    assert '<dd class="print-only">http://localhost/kunnat/rusko/murtoluvut/</dd>' in body


@pytest.fixture
def neighbours(rusko, masku, plan):
    """Plans around ``plan`` (mathematics, grade 4): some related, some never to be shown."""
    older = timezone.now() - datetime.timedelta(days=30)
    long_ago = older - datetime.timedelta(days=90)

    def make(title, subjects=("matematiikka",), grades=("4",), parent=rusko, when=older, **kw):
        page = LessonPlanPageFactory(
            parent=parent, title=title, curriculum={"subjects": subjects, "grades": grades}, **kw
        )
        return publish(page, when) if page.live else page

    made = {
        "same grade, old": make("Murtolukujen vertailu", when=older - datetime.timedelta(days=9)),
        "same grade, new": make("Murtoluvut liikunnassa", parent=masku),
        "other grade, newest": make("Prosentit arjessa", grades=("7",), when=timezone.now()),
        "other grade, older": make("Desimaaliluvut", grades=("6",)),
        "other grade, oldest": make("Yhteenlasku", grades=("1",), when=long_ago),
        "other subject": make("Syksyn merkit", subjects=("biologia",)),
        "private": make("Salainen murtolukuluonnos", visibility="private"),
        "teachers": make("Murtoluvut opettajille", visibility="teachers"),
        "town": make("Ruskon murtoluvut", visibility="municipality"),
        "draft": make("Keskeneräiset murtoluvut", live=False),
    }  # fmt: skip
    copy = make(plan.title, parent=masku)
    CopyRecord.objects.create(source=plan, source_title=plan.title, copy=copy, municipality=masku)
    made["unchanged copy"] = copy
    return made


@pytest.mark.django_db
def test_related_plans_share_the_subject_same_grade_first_and_are_all_open(
    client, library, plan, neighbours
):
    titles = related_titles(html(client, plan.url))
    assert titles == [
        "Murtoluvut liikunnassa",  # subject and grade, newer
        "Murtolukujen vertailu",  # subject and grade, older
        "Prosentit arjessa",  # the subject only, newest
        "Desimaaliluvut",
    ]
    body = html(client, plan.url)
    for hidden in ("Salainen", "opettajille", "Ruskon murtoluvut", "Keskeneräiset", "Syksyn"):
        assert hidden not in body
    # A card names the plan's subject, grade and town.
    assert "Matematiikka · 4. luokka · Masku" in body


@pytest.mark.django_db
def test_a_copy_does_not_suggest_its_origin_nor_the_origin_its_copies(
    client, library, plan, neighbours
):
    copy = neighbours["unchanged copy"]
    assert "Murtoluvut pizzalla" not in related_titles(html(client, plan.url))
    assert "Murtoluvut pizzalla" not in related_titles(html(client, copy.url))
    # A copy kept under its origin's title is not suggested for a third plan either.
    third = neighbours["same grade, old"]
    assert related_titles(html(client, third.url)).count("Murtoluvut pizzalla") == 1


@pytest.mark.django_db
def test_a_plan_without_subjects_suggests_nothing(client, library, rusko, neighbours):
    lonely = publish(
        LessonPlanPageFactory(parent=rusko, curriculum={"subjects": [], "grades": ["4"]})
    )
    body = html(client, lonely.url)
    assert related_titles(body) == []
    assert "related-plans" not in body


@pytest.mark.django_db
def test_reading_costs_the_same_queries_however_many_related_plans(
    client, django_assert_max_num_queries, site, library, plan, rusko
):
    """Cold, the authors, tags and related plans cost a fixed handful of queries; kept, none:
    the page stays within the render budget (tests/core/test_render_budget.py)."""
    PortalSettings.for_site(site)

    def cold_and_kept():
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            assert client.get(plan.url).status_code == 200
        # A query string: rendered afresh (no page cache), with the fragments kept.
        with CaptureQueriesContext(connection) as kept:
            assert client.get(plan.url + "?lukija=1").status_code == 200
        return len(cold), len(kept)

    def plans(numbers):
        for number in numbers:
            page = LessonPlanPageFactory(parent=rusko, title=f"Murtoluvut {number}")
            page.tags.add(f"aihe-{number}")

    plans(range(2))
    few = cold_and_kept()
    plans(range(2, 8))
    many = cold_and_kept()
    print(f"plan page queries (cold, kept): {few} with 2 related plans, {many} with 8")
    assert many == few
    assert many[1] <= 12
    # Cold, the whole page (the site's settings, menus and facts all read afresh) stays bounded.
    cache.clear()
    with django_assert_max_num_queries(40):
        body = html(client, plan.url)
    assert len(related_titles(body)) == 4
    assert facts(body)["Tekijät"] == "Riikka Rantanen, Matti Mäkelä"


@pytest.mark.django_db
def test_a_preview_shows_the_drafts_tags_and_authors(rf, library, plan, authors):
    draft = plan.get_latest_revision_as_object()
    draft.tags.add("luonnos")
    draft.co_author_links.add(
        PlanCoAuthor(person=make_teacher(plan.get_parent().specific, "uusi", first_name="Uuno",
                                         last_name="Uusi"))
    )  # fmt: skip
    body = draft.make_preview_request().render().content.decode()
    assert "luonnos" in body
    assert "Uuno Uusi" in body
