from django import template
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models import FooterLink
from portal.core.cache import fragment

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's links (the accessibility statement, the privacy notice and the editors'
    own links) as label and address, kept until the content or the settings change."""
    request = context["request"]
    site = Site.find_for_request(request)
    portal_settings = context["settings"]["home"]["PortalSettings"]
    return fragment(
        "footer-links", getattr(site, "pk", None), build=lambda: _links(portal_settings, request)
    )


def _links(portal_settings, request):
    links = []
    for page, label in (
        (portal_settings.accessibility_page, _("Accessibility statement")),
        (portal_settings.privacy_page, _("Privacy notice")),
    ):
        if page:
            links.append({"label": label, "url": page.get_url(request)})
    for link in (
        FooterLink.objects.filter(settings=portal_settings)
        .select_related("page")
        .order_by("sort_order")
    ):
        url = link.page.get_url(request) if link.page else link.url
        links.append({"label": link.label, "url": url})
    return links
