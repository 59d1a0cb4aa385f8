from django import template

from portal.savedlists.lists import lists_with_page

register = template.Library()


@register.simple_tag(takes_context=True)
def save_control(context, page):
    """What the save control shows a signed-in reader: her lists (the latest changed first,
    chosen) and those that already hold the page. Never kept in any cache: a signed-in reader's
    pages are rendered for her alone (``portal.core.cache``)."""
    lists = list(lists_with_page(context["request"].user, page))
    return {
        "lists": lists,
        "chosen": lists[0].pk if lists else None,
        "saved_in": [saved_list for saved_list in lists if saved_list.has_page],
    }
