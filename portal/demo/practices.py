"""Demo practices (data/practices.toml): good practices under their towns, annual clocks,
development plans and the copies made between towns."""

import datetime
from uuid import uuid4

from django.contrib.auth.models import Group
from django.utils.text import slugify
from wagtail.blocks import StreamValue

from networks.practices.models import (
    AnnualClockPage,
    DevelopmentPlanPage,
    FollowUp,
    Measure,
    PracticeArea,
    PracticeLibraryPage,
    PracticePage,
)
from portal.demo.pages import (
    DAY,
    HELSINKI,
    backdate,
    backdate_copies,
    block,
    demo_period,
    ensure_child_page,
    ensure_section,
    moment,
    published_since,
    read,
    stream,
)
from portal.demo.people import account, person
from portal.municipalities.roles import TEACHERS
from portal.sharing.copying import copy_to_municipality
from portal.sharing.models import CopyRecord, Licence


def load_library(home):
    return ensure_section(home, PracticeLibraryPage, read("practices")["library"])


def practice_fields(entry, areas, licences):
    contact = entry["contact"]
    return {
        "title": entry["title"],
        "summary": entry["summary"],
        "language": entry.get("language", "fi"),
        "area": areas[entry["area"]],
        "licence": licences[entry["licence"]],
        "need": entry["need"],
        "steps": stream(
            block("step", {"title": step["title"], "text": f"<p>{step['text']}</p>"})
            for step in entry["steps"]
        ),
        "roles": entry["roles"],
        "timing": entry["timing"],
        "materials": stream(
            block("link", {"title": link["title"], "url": link["url"]})
            for link in entry["materials"]
        ),
        "evidence": entry["evidence"],
        "contact_name": person(contact["name"]),
        "contact_title": contact.get("title", ""),
        "contact_email": contact.get("email", ""),
    }


def load_practices(entries, towns):
    areas = {area.slug: area for area in PracticeArea.objects.all()}
    licences = {licence.slug: licence for licence in Licence.objects.all()}
    practices = {}
    for entry in entries:
        practice, _created = ensure_child_page(
            towns[entry["town"]],
            PracticePage,
            slugify(entry["title"])[:80],
            prepare=lambda page, tags=entry["tags"]: page.tags.add(*tags),
            **practice_fields(entry, areas, licences),
        )
        practices[entry["key"]] = practice
    return practices


def activity(item, practices):
    return block(
        "activity",
        {
            "month": str(item["month"]),
            "week_start": item["week_start"],
            "week_end": item["week_end"],
            "title": item["title"],
            "responsible": item["responsible"],
            "audience": item["audience"],
            "practices": [practices[key].pk for key in item["practices"] if key in practices],
            "notes": item["notes"],
        },
    )


def load_clock(entry, town, practices):
    clock, _created = ensure_child_page(
        town,
        AnnualClockPage,
        slugify(entry["title"])[:80],
        title=entry["title"],
        summary=entry["summary"],
        language=entry.get("language", "fi"),
        school_year=entry["school_year"],
        licence=Licence.objects.get(slug=entry["licence"]),
        activities=stream(activity(item, practices) for item in entry["activities"]),
    )
    return clock


def load_development_plan(entry, town):
    plan, _created = ensure_child_page(
        town,
        DevelopmentPlanPage,
        slugify(entry["title"])[:80],
        title=entry["title"],
        summary=entry["summary"],
        language=entry.get("language", "fi"),
        licence=Licence.objects.get(slug=entry["licence"]),
        vision=entry["vision"],
        strengths=entry["strengths"],
        to_develop=entry["to_develop"],
        goals=entry["goals"],
        measures=[Measure(**measure) for measure in entry["measures"]],
        followups=[FollowUp(**followup) for followup in entry["followups"]],
    )
    return plan


def town_teacher(town):
    """An invented teacher of the town who made the demo's copies (cannot sign in)."""
    user, created = account(read("people")["town_teacher"], town=town.title, slug=town.slug)
    if created:
        user.groups.add(Group.objects.get(name=TEACHERS.format(title=town.title)))
    return user


def load_copies(pages, towns):
    """The copies of practices and annual clocks (``pages``, by key) made between towns."""
    for entry in read("practices")["copies"]:
        source, town = pages[entry["page"]], towns[entry["town"]]
        if CopyRecord.objects.filter(source=source, municipality=town).exists():
            continue
        copy = copy_to_municipality(source, town, town_teacher(town))
        copy.get_latest_revision().publish()


# The step Rusko adds to its badges practice after Masku has copied it.
NEW_STEP = {
    "title": "Kevään katselmus",
    "text": "<p>Koulun TVT-vastaava käy toukokuussa merkkien kertymän läpi opettajien kanssa ja "
    "sopii, mitä taitoja syksyllä vahvistetaan.</p>",
}


def update_an_original(pages, towns):
    """Rusko publishes its badges practice again after Masku copied it, so Masku's teachers see
    "Alkuperäinen on päivittynyt" on the dashboard and in the copy's editor (run after the
    demo's dates are set: the new version must be the newest). Done once."""
    source = PracticePage.objects.get(pk=pages["t2_osaamismerkit"].pk)
    if not CopyRecord.objects.filter(source=source, municipality=towns["Masku"]).exists():
        return
    version = source.get_latest_revision_as_object()
    if any(block.value["title"] == NEW_STEP["title"] for block in version.steps):
        return
    version.need += "<p>Syksystä alkaen merkit kirjataan myös oppilaan omaan portfolioon.</p>"
    steps = [
        *version.steps.get_prep_value(),
        {"type": "step", "id": str(uuid4()), "value": NEW_STEP},
    ]
    version.steps = StreamValue(PracticePage.steps.field.stream_block, steps, is_lazy=True)
    version.save_revision(user=source.owner).publish()


def load(towns):
    """Practices, annual clocks and development plans under their towns, by key."""
    data = read("practices")
    practices = load_practices(data["practices"], towns)
    pages = dict(practices)
    for entry in data["clocks"]:
        pages[entry["key"]] = load_clock(entry, towns[entry["town"]], practices)
    for entry in data["development_plans"]:
        pages[entry["key"]] = load_development_plan(entry, towns[entry["town"]])
    return pages


def school_year_start(clock, start):
    """August 1 of the annual clock's school year ("2025–2026"), or ``start`` if it names none."""
    year = clock.school_year[:4]
    return datetime.datetime(int(year), 8, 1, tzinfo=HELSINKI) if year.isdigit() else start


def date_new(began):
    """The practices, annual clocks and development plans published by this load, dated over the
    demo's two school years: an annual clock in the first weeks of its school year, the copies
    some days or weeks after their sources."""
    start, now = demo_period()
    for model in (PracticePage, DevelopmentPlanPage):
        for page in published_since(model, began).filter(copy_record__isnull=True):
            backdate(page, moment(page.url_path, start + 7 * DAY, now))
    for clock in published_since(AnnualClockPage, began).filter(copy_record__isnull=True):
        # Written when the school year starts (or when the demo's past starts, if later).
        first_day = max(start, min(now, school_year_start(clock, start)))
        backdate(clock, moment(clock.url_path, first_day, min(now, first_day + 45 * DAY)))
    for model in (PracticePage, AnnualClockPage, DevelopmentPlanPage):
        backdate_copies(model, began, now)
