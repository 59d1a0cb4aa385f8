from django import template
from wagtail import hooks

from portal.sharing.copying import adoption

register = template.Library()


@register.inclusion_tag("sharing/sharing_panel.html", takes_context=True)
def sharing_panel(context, page):
    """Licence, origin, adoption and the copy button of a shareable page.

    Other apps add buttons of their own with the ``sharing_panel_actions`` hook: a function of
    the page that returns ``(label, url)`` pairs (lesson plans add "Make a lesson plan from
    this" to practices).
    """
    count, towns = adoption(page)
    return {
        "request": context["request"],
        "page": page,
        "licence": page.licence,
        "provenance": page.provenance,
        "adoption_count": count,
        "adoption_towns": towns,
        "can_be_copied": page.allows_changed_versions,
        "more_actions": [
            action for hook in hooks.get_hooks("sharing_panel_actions") for action in hook(page)
        ],
    }
