"""schema.org JSON-LD for a municipality's shared models: a good practice as a HowTo, an annual
clock and a development plan as a CreativeWork.

Only what the public page shows to everyone goes in: the text is kept once for every reader,
so the contact's e-mail (shown to signed-in readers only) stays out.
"""

from django.utils.html import strip_tags

from portal.core.linked_data import (
    SCHEMA_ORG,
    absolute,
    organization,
    public_source_url,
    publication_dates,
    without_empty,
)
from portal.sharing.models import Licence

# The first month of the school year: August to December fall in the year the clock starts.
FIRST_MONTH = 8


def _text(rich_text):
    """The words of a rich-text field or block, without its markup."""
    return strip_tags(getattr(rich_text, "source", rich_text) or "").strip()


def shared_work(page, request, schema_type, fallback_description=""):
    """What every shared model says of itself: its address, name and description, the
    municipality that wrote and published it, when, in which language, under which licence and,
    for a copy, the open page it was made from."""
    town = page.municipality
    owner = organization(town, request, "GovernmentOrganization") if town else None
    licence = Licence.of(page.licence_id)
    return {
        "@context": SCHEMA_ORG,
        "@type": schema_type,
        "@id": absolute(request, page.url),
        "url": absolute(request, page.url),
        "name": page.title,
        "description": page.summary or page.search_description or fallback_description,
        # Shared models carry no language of their own: like search, read them as Finnish.
        "inLanguage": page.search_language(),
        "author": owner,
        "publisher": owner,
        "license": licence.url if licence else None,
        **publication_dates(page),
        "isBasedOn": public_source_url(page.provenance, request),
    }


def how_to(practice, request):
    """A good practice as a HowTo: its steps in order, its area of the Tutor 2.0 model and its
    tags."""
    data = shared_work(practice, request, "HowTo", _text(practice.need))
    data.update(
        {
            "about": {
                "@type": "DefinedTerm",
                "name": practice.area.name,
                "termCode": practice.area.slug,
                "inDefinedTermSet": {"@type": "DefinedTermSet", "name": "Tutor 2.0"},
            },
            "keywords": [tag.name for tag in practice.tags.all()],
            "step": [
                without_empty(
                    {
                        "@type": "HowToStep",
                        "position": position,
                        "name": step.value["title"],
                        "text": _text(step.value["text"]),
                    }
                )
                for position, step in enumerate(practice.steps, start=1)
            ],
        }
    )
    return without_empty(data)


def annual_clock(clock, request):
    """An annual clock as a CreativeWork whose parts are its activities in school-year order,
    each at its anchor on the page and, when the school year is known, in its month (ISO 8601
    ``2025-09``)."""
    page_url = absolute(request, clock.url)
    first_year = clock.first_year()
    data = shared_work(clock, request, "CreativeWork", _text(clock.introduction))
    if first_year is not None:
        data["temporalCoverage"] = f"{first_year}-{FIRST_MONTH:02d}/{first_year + 1}-07"
    data["hasPart"] = [
        without_empty(
            {
                "@type": "CreativeWork",
                "name": activity["title"],
                "url": f"{page_url}#{activity['anchor']}" if page_url else None,
                "temporalCoverage": _month(first_year, activity["month"]),
                "audience": (
                    {"@type": "Audience", "audienceType": activity["audience"]}
                    if activity["audience"]
                    else None
                ),
                "description": activity["notes"],
            }
        )
        for activity in clock.activity_list
    ]
    return without_empty(data)


def _month(first_year, month):
    if first_year is None:
        return None
    year = first_year if month >= FIRST_MONTH else first_year + 1
    return f"{year}-{month:02d}"


def development_plan(plan, request):
    """A development plan (an ICT or digital programme) as a CreativeWork."""
    return without_empty(shared_work(plan, request, "CreativeWork", _text(plan.vision)))
