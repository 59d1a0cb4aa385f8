from django import template
from wagtail import hooks
from wagtail.models import Page

from portal.core.cache import fragment
from portal.core.visibility import public_pages_in_one_query
from portal.sharing.copying import adoption, mark_copies
from portal.sharing.models import Licence

register = template.Library()


@register.simple_tag
def mark_copied(items, through=""):
    """Read in one query which of a list's pages are copies, and from which town (for
    ``copy_label`` on each card): ``{% mark_copied plans %}``, or for search results, whose
    page is an attribute, ``{% mark_copied results "page" %}``. Renders nothing."""
    mark_copies([getattr(item, through, None) if through else item for item in items])
    return ""


@register.inclusion_tag("sharing/copy_label.html")
def copy_label(page):
    """The small "Copy (Rusko)" label of a copy on a card (after ``mark_copied``)."""
    return {"town": getattr(page, "copied_from_town", None)}


@register.inclusion_tag("sharing/sharing_panel.html", takes_context=True)
def sharing_panel(context, page):
    """Licence, origin, adoption and the copy button of a shareable page.

    The origin and the adoption are the same for every reader (only what is open to everyone is
    named), so they are kept until the content changes; a preview reads them afresh. Other apps
    add buttons of their own with the ``sharing_panel_actions`` hook: a function of the page
    that returns ``(label, url)`` pairs (lesson plans add "Make a lesson plan from this" to
    practices).
    """
    request = context["request"]
    if getattr(request, "is_preview", False):
        facts = _public_facts(page, request)
    else:
        facts = fragment(
            "sharing-panel",
            page.pk,
            request.get_host(),
            build=lambda: _public_facts(page, request),
        )
    return {
        "request": request,
        "page": page,
        "licence": Licence.of(page.licence_id),
        **facts,
        "can_be_copied": page.allows_changed_versions,
        "more_actions": [
            action for hook in hooks.get_hooks("sharing_panel_actions") for action in hook(page)
        ],
    }


def _public_facts(page, request):
    count, towns = adoption(page)
    return {
        "provenance": _provenance(page, request),
        "adoption_count": count,
        "adoption_towns": [{"name": town.title, "up_to_date": town.up_to_date} for town in towns],
    }


def _provenance(page, request):
    """What the copy says of its origin; the source is named only while everyone may read it
    (a copy can be opened while its source stays private)."""
    record = page.provenance
    if record is None:
        return None
    source_open = (
        record.source_id is not None
        and public_pages_in_one_query(Page.objects.filter(pk=record.source_id)).exists()
    )
    return {
        "source_url": record.source.get_url(request) if source_open else None,
        "source_title": record.source_title,
        "source_municipality": getattr(record.source_municipality, "title", ""),
    }
