from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Site

from home.models import FooterLink
from portal.visibility import public_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The same page in each language the portal speaks, for the language switcher."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children that editors have marked for the menu (once per request)."""
    request = context["request"]
    if not hasattr(request, "_main_navigation"):
        site = Site.find_for_request(request)
        request._main_navigation = (
            list(public_pages(site.root_page.get_children()).in_menu()) if site else []
        )
    return request._main_navigation


@register.simple_tag(takes_context=True)
def footer_links(context):
    portal_settings = context["settings"]["home"]["PortalSettings"]
    return list(
        FooterLink.objects.filter(settings=portal_settings)
        .select_related("page")
        .order_by("sort_order")
    )
