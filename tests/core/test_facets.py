"""The faceted-filter engine: OR within a facet, AND across facets, and each facet counted over
what the other chosen facets leave; whatever the address holds that is no value is ignored."""

import pytest
from django.http import QueryDict

from plans.models import Grade, LessonPlanPage, Subject
from portal.core.facets import Facet, Field, Link, Selection, TagFacet, Value
from tests.factories.plans import LessonPlanPageFactory


def params(**values):
    query = QueryDict(mutable=True)
    for name, value in values.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query


def taxonomy_facet(name, field_name, model, **options):
    values = [Value(item.slug, item.name, (item.pk,)) for item in model.objects.all()]
    return Facet(name, name, values, Link(LessonPlanPage._meta.get_field(field_name)), **options)


def facets(multiple=False):
    return [
        taxonomy_facet("aine", "subjects", Subject, multiple=multiple),
        taxonomy_facet("luokka", "grades", Grade, multiple=multiple, every=True),
        TagFacet("aihe", "aihe", LessonPlanPage.tags.through),
    ]


def counts(selection, queryset):
    return {
        name: {value.key: count for value, count in counted if count}
        for name, counted in selection.counts(queryset).items()
    }


@pytest.fixture
def plans(rusko):
    def plan(title, subject, grades, tags=()):
        made = LessonPlanPageFactory(
            parent=rusko, title=title, curriculum={"subjects": [subject], "grades": grades}
        )
        if tags:
            made.tags.add(*tags)
            made.save()
        return made

    plan("Murtoluvut", "matematiikka", ["4"], ["pizza"])
    plan("Kertotaulu", "matematiikka", ["3"])
    plan("Tarina", "aidinkieli", ["4"], ["pizza", "satu"])
    plan("Runo", "aidinkieli", ["5"], ["satu"])
    return LessonPlanPage.objects.all()


def titles(queryset):
    return {plan.title for plan in queryset}


@pytest.mark.django_db
def test_each_facet_is_counted_over_the_other_choices_only(plans):
    selection = Selection(facets(), params(aine="matematiikka", luokka="4"))
    assert titles(selection.filter(plans)) == {"Murtoluvut"}
    found = counts(selection, plans)
    # Subjects: the grade 4 is kept, the chosen subject is not: mathematics or mother tongue.
    assert found["aine"] == {"matematiikka": 1, "aidinkieli": 1}
    # Grades: mathematics is kept, the chosen grade is not.
    assert found["luokka"] == {"4": 1, "3": 1}
    # Tags: both choices are kept.
    assert found["aihe"] == {"pizza": 1}


@pytest.mark.django_db
def test_values_of_one_facet_join_with_or(plans):
    selection = Selection(facets(multiple=True), params(luokka=["4", "5"], aihe="satu"))
    assert titles(selection.filter(plans)) == {"Tarina", "Runo"}
    assert counts(selection, plans)["luokka"] == {"4": 1, "5": 1}
    # A facet that takes one value reads the last one, as request.GET.get does.
    single = Selection(facets(), params(luokka=["4", "5"]))
    assert [value.key for value in single.chosen["luokka"]] == ["5"]


@pytest.mark.django_db
def test_tags_are_counted_most_used_first_and_found_by_slug(plans):
    selection = Selection(facets(), params(aihe="satu"))
    assert titles(selection.filter(plans)) == {"Tarina", "Runo"}
    counted = selection.counts(plans)["aihe"]
    assert [(value.key, count) for value, count in counted] == [("pizza", 2), ("satu", 2)]
    assert counts(selection, plans)["aine"] == {"aidinkieli": 2}


@pytest.mark.django_db
def test_unknown_and_odd_values_are_ignored(plans, django_assert_num_queries):
    odd = ["\x00", "matematiikka\x00", "x" * 500, "", "tuntematon"]
    defined = facets(multiple=True)
    with django_assert_num_queries(1):  # the tag (the last value) looked up; no other query
        selection = Selection(defined, params(aine=odd, luokka=odd, aihe=odd))
    assert not selection.any()
    assert titles(selection.filter(plans)) == {"Murtoluvut", "Kertotaulu", "Tarina", "Runo"}
    assert counts(selection, plans)["aine"] == {"matematiikka": 2, "aidinkieli": 2}


@pytest.mark.django_db
def test_what_the_reader_sees(plans):
    selection = Selection(facets(), params(aine="matematiikka", luokka="5"))
    shown = {facet.name: facet for facet in selection.shown(selection.counts(plans))}
    subjects = {value.key: (value.count, value.selected) for value in shown["aine"].values}
    # A chosen value is listed even when nothing is left; other values only if they have items.
    assert subjects == {"matematiikka": (0, True), "aidinkieli": (1, False)}
    grades = {value.key: value.count for value in shown["luokka"].values}
    # ``every``: all the grades, in their order, with no items too.
    assert list(grades) == [grade.slug for grade in Grade.objects.all()]
    assert grades["4"] == 1 and grades["3"] == 1 and grades["5"] == 0


def test_a_value_counts_every_group_it_stands_for():
    network = Facet(
        "verkosto", "Verkosto", [Value("tutor", "Tutor", ("001", "002")), Value("muu", "Muu")],
        Field("town_path"),
    )  # fmt: skip
    assert network.tally({"001": 2, "002": 3, "003": 7}) == [
        (Value("tutor", "Tutor", ("001", "002")), 5),
        (Value("muu", "Muu"), 0),
    ]
    assert network.condition(network.values[:1]) == Field("town_path").filter(("001", "002"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "chosen",
    [
        {},
        {"aine": "matematiikka"},
        {"luokka": "4", "aihe": "pizza"},
        {"aine": ["matematiikka", "aidinkieli"], "luokka": ["4", "5"], "aihe": "satu"},
    ],
)
def test_one_query_tally_counts_as_a_query_per_facet_does(plans, chosen, django_assert_num_queries):
    selection = Selection(facets(multiple=True), params(**chosen))
    expected = counts(selection, plans)
    with django_assert_num_queries(1):
        tallied, total = selection.tally(plans)
    assert {
        name: {value.key: count for value, count in counted if count}
        for name, counted in tallied.items()
    } == expected
    assert total == selection.filter(plans).count()
