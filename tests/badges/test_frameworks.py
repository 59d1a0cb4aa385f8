"""A town's competence badge framework: made and checked in the admin, read by the public
with its badges and the plans that teach them, renewed for the next school year in one action
and copied by another town like any practice."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from badges.models import Badge, BadgeFrameworkPage, ScaleLevel
from plans.models import Grade, TransversalCompetence
from portal.sharing.models import Licence
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, make_teacher, plan_form

SCALE = ["Harjoittelen", "Osaan ohjattuna", "Osaan itsenäisesti", "Voin opettaa muita"]
BADGES = [
    ("3-tekstinkasittely", "3", "Tekstinkäsittelyn perusteet", ["L4", "L5"]),
    ("3-tietoturva", "3", "Vahva salasana", ["L3", "L5"]),
    ("9-tekoaly", "9", "Tekoäly oppimisen tukena", ["L1", "L5"]),
]


def make_framework(town, year=2025, previous=None, badges=BADGES, **fields):
    """A published framework of ``town`` for the school year starting in ``year``."""
    grades = {grade.slug: grade for grade in Grade.objects.all()}
    competences = {item.code: item for item in TransversalCompetence.objects.all()}
    framework = BadgeFrameworkPage(
        title=f"{town.title}n osaamismerkit {year}–{year + 1}",
        slug=f"osaamismerkit-{year}-{year + 1}",
        school_year=year,
        licence=Licence.objects.get(slug="cc-by"),
        visibility=fields.pop("visibility", "public"),
        previous_version=previous,
        **fields,
    )
    town.add_child(instance=framework)
    framework.scale = [ScaleLevel(name=name) for name in SCALE]
    rows = []
    for code, grade, name, codes in badges:
        badge = Badge(code=code, grade=grades[grade], name=name, description=f"Osaan: {name}.")
        badge.competences = [competences[item] for item in codes]
        rows.append(badge)
    framework.badges = rows
    framework.save()
    framework.save_revision().publish()
    return framework


def badge_url(framework, code):
    return f"{framework.url}merkit/{code}/"


def framework_form(title="Ruskon osaamismerkit 2025–2026", badges=BADGES, action=None):
    """What the framework's editor posts: its fields, the badges and the scale."""
    grades = {grade.slug: grade.pk for grade in Grade.objects.all()}
    competences = dict(TransversalCompetence.objects.values_list("code", "pk"))
    data = nested_form_data(
        {
            "title": title,
            "slug": "osaamismerkit-2025-2026",
            "summary": "",
            "school_year": "2025",
            "language": "fi",
            "introduction": "Merkit päivitetään lukuvuosittain.",
            "licence": str(Licence.objects.get(slug="cc-by").pk),
            "visibility": "public",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
            "badges": inline_formset(
                [
                    {
                        "code": code,
                        "grade": str(grades[grade]),
                        "name": name,
                        "description": f"Osaan: {name}.",
                    }
                    for code, grade, name, codes in badges
                ]
            ),
            "scale": inline_formset([{"name": name, "description": ""} for name in SCALE]),
        }
    )
    # A list in nested_form_data becomes numbered keys; the checkboxes post one key many times.
    for number, (_code, _grade, _name, codes) in enumerate(badges):
        data[f"badges-{number}-competences"] = [str(competences[item]) for item in codes]
    if action:
        data[action] = "1"
    return data


def add_url(town):
    return f"/admin/pages/add/badges/badgeframeworkpage/{town.pk}/"


@pytest.mark.django_db
def test_teacher_makes_a_framework_in_the_admin_and_it_is_published_through_moderation(
    client, rusko
):
    teacher = make_teacher(rusko, "tiina.rusko")
    client.force_login(teacher)
    editor = client.get(add_url(rusko)).content.decode()
    assert "Itsearviointiasteikko" in editor
    assert "Näkyvyys ja jakaminen" in editor

    response = client.post(add_url(rusko), framework_form(action="action-submit"))
    assert response.status_code == 302
    framework = BadgeFrameworkPage.objects.child_of(rusko).get()
    assert not framework.live
    # The competences of each badge, a many-to-many inside an inline, are kept in the
    # revision that moderation publishes.
    moderator = make_moderator(rusko, "mauri.moderaattori")
    framework.get_latest_revision().publish(user=moderator)
    framework.refresh_from_db()
    badge = framework.badges.get(code="3-tietoturva")
    assert sorted(badge.competences.values_list("code", flat=True)) == ["L3", "L5"]
    assert [level.name for level in framework.scale.all()] == SCALE

    client.logout()
    body = client.get(framework.url).content.decode()
    assert "Lukuvuosi 2025–2026" in body
    assert "Vahva salasana" in body


@pytest.mark.django_db
def test_two_badges_with_one_code_are_refused_with_a_finnish_error(client, rusko):
    client.force_login(make_teacher(rusko, "tiina.rusko"))
    twice = [*BADGES, ("3-tietoturva", "4", "Tietoturva 2", ["L5"])]
    response = client.post(add_url(rusko), framework_form(badges=twice))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Kehyksen toisella merkillä on jo koodi ”3-tietoturva”" in body
    assert "Kahdella merkillä on sama koodi" in body
    assert not BadgeFrameworkPage.objects.exists()


@pytest.mark.django_db
def test_public_reads_the_framework_by_grade_with_competences_and_scale(
    client, rusko, django_assert_max_num_queries
):
    framework = make_framework(rusko)
    client.get(framework.url)  # the site's caches warm up
    with django_assert_max_num_queries(11):
        response = client.get(framework.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Lukuvuosi 2025–2026" in body
    assert body.index('id="luokka-3"') < body.index("Vahva salasana") < body.index('id="luokka-9"')
    assert 'title="Tieto- ja viestintäteknologinen osaaminen">L5<' in body
    assert "Voin opettaa muita" in body
    assert badge_url(framework, "9-tekoaly") in body
    assert "Ota käyttöön omassa kunnassa" in body


@pytest.mark.django_db
def test_badge_page_lists_the_plans_the_reader_may_read_in_this_and_earlier_years(
    client, rusko, django_assert_max_num_queries
):
    earlier = make_framework(rusko, 2024)
    framework = make_framework(rusko, 2025, previous=earlier)
    this_year = LessonPlanPageFactory(parent=rusko, title="Salalauseet")
    last_year = LessonPlanPageFactory(parent=rusko, title="Salasanojen vahvuus")
    private = LessonPlanPageFactory(parent=rusko, title="Oma salainen tunti", visibility="private")
    other = LessonPlanPageFactory(parent=rusko, title="Tekstin muotoilu")
    for plan, badge in (
        (this_year, framework.badges.get(code="3-tietoturva")),
        (last_year, earlier.badges.get(code="3-tietoturva")),
        (private, framework.badges.get(code="3-tietoturva")),
        (other, framework.badges.get(code="3-tekstinkasittely")),
    ):
        plan.badges = [badge]
        plan.save_revision().publish()

    url = badge_url(framework, "3-tietoturva")
    client.get(url)
    with django_assert_max_num_queries(13):
        response = client.get(url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Vahva salasana" in body
    assert "Itsestä huolehtiminen ja arjen taidot" in body
    assert "Salalauseet" in body
    assert "Salasanojen vahvuus" in body
    assert "Oma salainen tunti" not in body
    assert "Tekstin muotoilu" not in body
    assert client.get(badge_url(framework, "ei-ole")).status_code == 404

    # The plan names the badge it teaches, linking to the badge's page.
    assert url in client.get(this_year.url).content.decode()


@pytest.mark.django_db
def test_plan_editor_offers_the_readable_badges_her_towns_first(client, rusko, masku):
    make_framework(masku)
    make_framework(rusko, visibility="municipality")
    hidden = make_framework(masku, 2026, visibility="municipality")
    teacher = make_teacher(rusko, "tiina.rusko")
    plan = LessonPlanPageFactory(parent=rusko, title="Salalauseet", owner=teacher)
    client.force_login(teacher)
    body = client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()
    assert body.index("Ruskon osaamismerkit 2025–2026") < body.index(
        "Maskun osaamismerkit 2025–2026"
    )
    assert "3. luokka: Vahva salasana" in body
    assert hidden.title not in body
    # Nor can a badge of a framework she may not read be posted.
    secret = hidden.badges.get(code="3-tietoturva")
    data = plan_form(plan, "action-save")
    data["badges"] = [str(secret.pk)]
    response = client.post(edit_url(plan), data)
    assert response.status_code == 200
    assert response.context["form"].errors["badges"]
    assert not plan.get_latest_revision_as_object().badges.all()


@pytest.mark.django_db
def test_next_school_year_is_made_from_the_last_in_one_action(client, rusko, masku_teacher):
    framework = make_framework(rusko)
    url = f"/admin/osaamismerkit/{framework.pk}/seuraava-lukuvuosi/"
    client.force_login(masku_teacher)
    client.post(url)
    assert BadgeFrameworkPage.objects.count() == 1

    client.force_login(make_teacher(rusko, "tiina.rusko"))
    # The town's pages list offers it beside the framework's other actions.
    listing = client.get(f"/admin/pages/{rusko.pk}/").content.decode()
    assert "Tee seuraavan lukuvuoden versio" in listing
    assert url in listing
    assert "2026–2027" in client.get(url).content.decode()
    response = client.post(url)
    draft = BadgeFrameworkPage.objects.get(previous_version=framework)
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert (draft.title, draft.school_year, draft.live) == (
        "Ruskon osaamismerkit 2026–2027",
        2026,
        False,
    )
    assert draft.slug == "osaamismerkit-2026-2027"
    assert sorted(draft.badges.values_list("code", flat=True)) == sorted(b[0] for b in BADGES)
    badge = draft.badges.get(code="9-tekoaly")
    assert sorted(badge.competences.values_list("code", flat=True)) == ["L1", "L5"]
    assert draft.scale.count() == len(SCALE)
    framework.refresh_from_db()
    assert framework.live
    # Once is enough: a second click names the draft already made.
    client.post(url)
    assert BadgeFrameworkPage.objects.count() == 2

    draft.save_revision().publish()
    client.logout()
    assert draft.url in client.get(framework.url).content.decode()
    newer = client.get(draft.url).content.decode()
    assert "Aiemmat lukuvuodet" in newer
    assert framework.url in newer


@pytest.mark.django_db
def test_another_town_copies_a_framework_like_any_practice(client, rusko, masku, masku_teacher):
    earlier = make_framework(rusko, year=2024)
    framework = make_framework(rusko, previous=earlier)
    client.force_login(masku_teacher)
    response = client.post(f"/kopioi/{framework.pk}/", {"kunta": masku.pk})
    assert response.status_code == 302
    copy = BadgeFrameworkPage.objects.child_of(masku).get()
    assert not copy.live
    assert sorted(copy.badges.values_list("code", flat=True)) == sorted(b[0] for b in BADGES)
    assert sorted(
        copy.badges.get(code="3-tekstinkasittely").competences.values_list("code", flat=True)
    ) == ["L4", "L5"]
    assert [level.name for level in copy.scale.all()] == SCALE
    # Masku's lineage starts with its copy: Rusko's earlier year is not Masku's.
    assert copy.previous_version is None
    assert copy.get_latest_revision_as_object().previous_version is None
    # The original's badges are its own still.
    assert Page.objects.get(pk=framework.pk).specific.badges.count() == len(BADGES)


def test_search_finds_a_framework_by_a_badge_in_any_form_and_not_a_town_only_one(client, rusko):
    """/haku/ finds a framework by its badges' names in another inflected form, with the
    kind "Osaamismerkkikehykset" to filter by; a town-only framework stays out."""
    framework = make_framework(rusko)
    hidden = make_framework(rusko, year=2026, visibility="municipality")
    response = client.get("/haku/", {"q": "tekstinkäsittelyä"})
    body = response.content.decode()
    assert response.status_code == 200
    assert f'href="{framework.url}"' in body
    assert f'href="{hidden.url}"' not in body
    only = client.get("/haku/", {"q": "salasana", "tyyppi": "osaamismerkit"}).content.decode()
    assert f'href="{framework.url}"' in only
