from django import template

from home.models import FooterLink

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_links(context):
    portal_settings = context["settings"]["home"]["PortalSettings"]
    return list(
        FooterLink.objects.filter(settings=portal_settings)
        .select_related("page")
        .order_by("sort_order")
    )
