"""Which fields the API shows for each page type, and how the structured ones are written out.

The fields are listed here, by model, rather than in each model's ``api_fields``: the API is a
public window, and one whitelist beside its leak tests is easier to keep honest than fields
spread over the apps. A field is listed only when the page's public template shows it to an
anonymous reader; teacher notes, contact e-mail addresses, online meeting links, visibility and
ownership never are. Stream fields are written out block by block with the keys named below, so
a key added to a block later (a note for teachers, say) stays out until someone lists it.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from home.models import HomePage, StandardPage
from networks.networks.models import (
    CollectionPage,
    EventPage,
    NetworkIndexPage,
    NetworkPage,
    RegionPage,
)
from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    PracticeLibraryPage,
    PracticePage,
)
from plans.models import LessonPlanPage, PlanLibraryPage
from portal.core.visibility import public_pages_in_one_query
from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage


class TermField(serializers.Field):
    """A taxonomy term (subject, grade, competence, area, licence): its code and its names."""

    # What the OpenAPI description (portal.api.openapi) says of the field.
    schema = {"type": "object", "nullable": True}

    def __init__(self, key="slug", **kwargs):
        self.key = key
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if value is None:
            return None
        return {
            "code": getattr(value, self.key),
            "name_fi": value.name_fi,
            "name_sv": value.name_sv,
            "name_en": value.name_en,
        }


class LicenceField(TermField):
    """The licence with the address of its terms."""

    def to_representation(self, value):
        data = super().to_representation(value)
        if data is not None:
            data["url"] = value.url
        return data


def terms(source, key="slug"):
    """A list of taxonomy terms, read from the page's cached list (``subject_list`` …)."""
    return serializers.ListField(child=TermField(key=key), source=source, read_only=True)


def texts(source):
    """A list of strings, read from the page's ``source`` attribute."""
    return serializers.ListField(child=serializers.CharField(), source=source, read_only=True)


class HtmlField(serializers.Field):
    """Rich text as the HTML the public page shows (links to pages and documents expanded)."""

    schema = {"type": "string", "format": "html"}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return expand_db_html(value or "")


class TextListField(serializers.Field):
    """A stream of plain text blocks (key points, goals) as a list of strings."""

    schema = {"type": "array", "items": {"type": "string"}}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [str(block.value) for block in value]


def _plain(value):
    """A block value as JSON: rich text as expanded HTML, numbers and strings as they are."""
    if hasattr(value, "source"):
        return expand_db_html(value.source)
    return value


class StructListField(serializers.Field):
    """A stream of struct blocks as a list of objects with only the ``keys`` named."""

    schema = {"type": "array", "items": {"type": "object"}}

    def __init__(self, keys, **kwargs):
        self.keys = keys
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [{key: _plain(block.value.get(key)) for key in self.keys} for block in value]


class PhasesField(StructListField):
    """A plan's phases as a pupil sees them: never the notes for teachers."""

    def __init__(self, **kwargs):
        super().__init__(["kind", "title", "duration", "pupil_instructions"], **kwargs)


class ActivitiesField(serializers.Field):
    """An annual clock's activities in school-year order, naming only public practices (the
    page's own ``activity_list`` has left the others out)."""

    schema = {"type": "array", "items": {"type": "object"}}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="activity_list", **kwargs)

    def to_representation(self, value):
        keys = ["month", "week_start", "week_end", "title", "responsible", "audience", "notes"]
        return [
            {
                **{key: item[key] for key in keys},
                "practices": [{"id": page.pk, "title": page.title} for page in item["practices"]],
            }
            for item in value
        ]


class RowsField(serializers.Field):
    """Child rows (measures, follow-ups) with only the ``keys`` named."""

    schema = {"type": "array", "items": {"type": "object"}}

    def __init__(self, keys, **kwargs):
        self.keys = keys
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [{key: getattr(row, key) for key in self.keys} for row in value.all()]


class MunicipalityNameField(serializers.Field):
    """The municipality that owns the content, by name and code."""

    schema = {"type": "object", "nullable": True}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if value is None:
            return None
        return {"id": value.pk, "title": value.title, "code": value.municipality_code}


class BasedOnField(serializers.Field):
    """The page a copy was made from (schema.org isBasedOn), named only when everyone may read
    it: a public copy can have a private source, whose title is not the public's to know."""

    schema = {"type": "object", "nullable": True}

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        record = page.provenance
        if record is None or record.source_id is None:
            return None
        source = public_pages_in_one_query(Page.objects.filter(pk=record.source_id)).first()
        if source is None:
            return None
        return {"id": source.pk, "title": source.title, "html_url": source.full_url}


def _shared():
    """What every shared page (plan, practice, clock, development plan) shows about its origin:
    the municipality that owns it, its licence and the page it was copied from."""
    return [
        APIField("municipality", serializer=MunicipalityNameField()),
        APIField("licence", serializer=LicenceField()),
        APIField("based_on", serializer=BasedOnField()),
    ]


SUMMARY = [APIField("summary")]

PUBLIC_FIELDS = {
    LessonPlanPage: [
        *SUMMARY,
        APIField("subjects", serializer=terms("subject_list")),
        APIField("grades", serializer=terms("grade_list")),
        APIField("competences", serializer=terms("competence_list", key="code")),
        APIField("duration"),
        APIField("language"),
        APIField("school"),
        APIField("learning_outcome"),
        APIField("key_points", serializer=TextListField()),
        APIField("objectives", serializer=StructListField(["code", "text"])),
        APIField("keywords", serializer=StructListField(["word", "definition"])),
        APIField("misconceptions", serializer=StructListField(["misconception", "response"])),
        APIField("phases", serializer=PhasesField()),
        # The names the public page shows: the owner's and the co-authors'.
        APIField("authors", serializer=texts("author_names")),
        APIField("tags"),
        *_shared(),
    ],
    PracticePage: [
        *SUMMARY,
        APIField("area", serializer=TermField()),
        APIField("need", serializer=HtmlField()),
        APIField("steps", serializer=StructListField(["title", "text"])),
        APIField("roles"),
        APIField("timing"),
        APIField("evidence", serializer=HtmlField()),
        # The e-mail address is shown to signed-in readers only; the name and title to all.
        APIField("contact_name"),
        APIField("contact_title"),
        APIField("tags"),
        *_shared(),
    ],
    AnnualClockPage: [
        *SUMMARY,
        APIField("school_year"),
        APIField("introduction", serializer=HtmlField()),
        APIField("activities", serializer=ActivitiesField()),
        *_shared(),
    ],
    DevelopmentPlanPage: [
        *SUMMARY,
        APIField("vision", serializer=HtmlField()),
        APIField("strengths", serializer=HtmlField()),
        APIField("to_develop", serializer=HtmlField()),
        APIField("goals", serializer=HtmlField()),
        APIField(
            "measures",
            serializer=RowsField(["goal", "measure", "responsible", "schedule", "indicator"]),
        ),
        APIField(
            "followups",
            serializer=RowsField(
                ["year", "team_meetings", "plans_created", "plans_implemented", "notes"]
            ),
        ),
        *_shared(),
    ],
    MunicipalityPage: [
        *SUMMARY,
        APIField("municipality_code"),
        APIField("name_sv"),
        APIField("region_code"),
        APIField("region_fi"),
        APIField("region_sv"),
        APIField("introduction", serializer=HtmlField()),
    ],
    NetworkPage: [
        *SUMMARY,
        APIField("purpose", serializer=HtmlField()),
        APIField("goals", serializer=TextListField()),
        APIField("chair_start_year"),
        APIField("chair_end_year"),
    ],
    RegionPage: [
        *SUMMARY,
        APIField("description", serializer=HtmlField()),
        # The coordinator's e-mail address is for signed-in readers only.
        APIField("coordinator_name"),
        APIField("coordinator_title"),
        APIField("coordinator_school"),
    ],
    EventPage: [
        *SUMMARY,
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("location"),
        # The online meeting link is for signed-in readers only.
        APIField("description", serializer=HtmlField()),
        APIField("host_school"),
        APIField("themes"),
        APIField("audience"),
        APIField("participants"),
        APIField("feedback_score"),
        APIField("feedback"),
    ],
    CollectionPage: SUMMARY,
    HomePage: SUMMARY,
    StandardPage: SUMMARY,
    MunicipalityIndexPage: SUMMARY,
    NetworkIndexPage: SUMMARY,
    PlanLibraryPage: SUMMARY,
    PracticeLibraryPage: SUMMARY,
}


def public_fields(model):
    """The fields the API shows for ``model`` beyond Wagtail's own (none for a model not listed:
    a new page type shows its title and address until its public fields are chosen here)."""
    return list(PUBLIC_FIELDS.get(model, ()))
