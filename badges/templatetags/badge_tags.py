from django import template

from badges.models import Badge, BadgeFrameworkPage
from portal.core.visibility import visible_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def plan_badges(context, plan):
    """The competence badges ``plan`` teaches, of the frameworks its reader may open (a badge
    of a town's own or unpublished framework is not named to others):
    ``{% plan_badges page as badges %}``."""
    if plan.pk is None:
        return []
    request = context.get("request")
    user = getattr(request, "user", None)
    readable = visible_pages(user, BadgeFrameworkPage.objects.all()).values("pk")
    return list(
        Badge.objects.filter(plans=plan, framework__in=readable)
        .select_related("grade", "framework")
        .order_by("grade__sort_order", "name")
    )
