from django import template

from badges.models import Badge, BadgeFrameworkPage
from portal.core.cache import fragment
from portal.core.visibility import visible_pages

register = template.Library()


def _readable_badges(plan, user):
    """``plan``'s badges (as in memory: a preview shows its draft's) of the frameworks ``user``
    may open."""
    chosen = [badge.pk for badge in plan.badges.all()]
    if not chosen:
        return []
    readable = visible_pages(user, BadgeFrameworkPage.objects.all()).values("pk")
    return list(
        Badge.objects.filter(pk__in=chosen, framework__in=readable)
        .select_related("grade", "framework")
        .order_by("grade__sort_order", "name")
    )


@register.simple_tag(takes_context=True)
def plan_badges(context, plan):
    """The competence badges ``plan`` teaches, of the frameworks its reader may open (a badge
    of a town's own or unpublished framework is not named to others):
    ``{% plan_badges page as badges %}``. What an anonymous reader sees of a live plan is kept
    until the content changes, like the rest of its page."""
    if plan.pk is None:
        return []
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return fragment("plan-badges", plan.pk, build=lambda: _readable_badges(plan, None))
    return _readable_badges(plan, user)
