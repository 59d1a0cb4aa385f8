"""Helpers that speak the domain: people in their roles, the plan editor's form and the
moderation actions, through the admin's own URLs."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from networks.networks.roles import ensure_network_groups
from networks.tutoring.models import TUTORS_GROUP, CompetenceAnswer, CompetenceScore, term_of
from portal.sharing.models import Licence


def make_teacher(town, username, **names):
    """A user in the town's teacher group, created with the town."""
    user = get_user_model().objects.create_user(
        username=username, password="salasana-123456", email=f"{username}@example.fi", **names
    )
    user.groups.add(Group.objects.get(name=f"{town.title}: opettajat"))
    return user


def make_moderator(town, username):
    user = make_teacher(town, username)
    user.groups.set([Group.objects.get(name=f"{town.title}: moderaattorit")])
    return user


def phase_data(instructions):
    return (
        "phase",
        {
            "kind": "activity",
            "title": "Taikinan jakaminen",
            "duration": "20",
            "pupil_instructions": rich_text(f"<p>{instructions}</p>"),
            "teacher_notes": rich_text("<p>Varaa jauhoja.</p>"),
        },
    )


def plan_form(plan, action, instructions="Jaa taikina kuuteen yhtä suureen osaan.", co_authors=()):
    """What the plan's edit form posts: every field, with the editor's chosen action and the
    co-authors chosen (user ids, as the chooser posts them)."""
    empty = ["key_points", "objectives", "keywords", "misconceptions", "materials"]
    texts = [
        "differentiation_up", "differentiation_down", "support_general",
        "support_intensified", "support_special", "equipment", "safety", "accessibility",
        "assessment_criteria", "formative_ideas", "school", "seo_title", "search_description",
    ]  # fmt: skip
    data = nested_form_data(
        {
            "title": plan.title,
            "slug": plan.slug,
            "summary": plan.summary,
            "duration": "45",
            "language": "fi",
            "learning_outcome": "Osaan jakaa kokonaisuuden yhtä suuriin osiin.",
            "phases": streamfield([phase_data(instructions)]),
            "licence": str(Licence.objects.get(slug="cc-by").pk),
            "visibility": "public",
            "tags": "murtoluvut",
            "comments": inline_formset([]),
            "co_author_links": inline_formset([{"person": str(pk)} for pk in co_authors]),
            **{name: streamfield([]) for name in empty},
            **dict.fromkeys(texts, ""),
        }
    )
    data[action] = "1"
    return data


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def action_url(page, action):
    state = page.current_workflow_task_state
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"


def submit(client, page, **kwargs):
    return client.post(edit_url(page), plan_form(page, "action-submit", **kwargs))


def make_tutor(town, username):
    tutor = make_teacher(town, username)
    tutor.groups.add(Group.objects.get(name=TUTORS_GROUP))
    return tutor


def make_coordinator(network, username):
    user = get_user_model().objects.create_user(username=username, password="salasana-123456")
    user.groups.add(ensure_network_groups(network))
    return user


def answers(survey, town, scores, count):
    """``count`` anonymous answers from ``town``, each with ``scores`` for the areas."""
    for _number in range(count):
        given = CompetenceAnswer.objects.create(
            survey=survey, term=term_of(timezone.localdate()), town=town
        )
        for area, score in zip(survey.areas.all(), scores, strict=True):
            CompetenceScore.objects.create(answer=given, area=area, score=score)
