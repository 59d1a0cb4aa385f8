"""Who may report a class's badges and who sees the figures.

A town's teachers and moderators report for the town's schools. The figures are seen by the
town's moderators (every school of the town), a principal or ICT lead (their school) and the
town's digitalisation expert (the whole town); a teacher sees the reports she made.
"""

from django.db.models import Q

from badges.models import BadgeFrameworkPage, CompletionReport, FollowUpRole
from portal.municipalities.roles import addable_municipalities, moderated_municipalities


def _remembered(user, name, find):
    """``find(user)``, worked out once per request: the admin menu asks on every page."""
    key = f"_badge_follow_up_{name}"
    if not hasattr(user, key):
        setattr(user, key, find(user))
    return getattr(user, key)


def reporting_towns(user):
    """The towns whose classes the user may report: those whose teachers or moderators she is
    among (every town for superusers)."""
    return _remembered(user, "towns", addable_municipalities)


def reporting_frameworks(user):
    """The published badge frameworks of the user's towns, newest school year first."""
    towns = reporting_towns(user)
    if not towns:
        return BadgeFrameworkPage.objects.none()
    query = Q()
    for town in towns:
        query |= Q(path__startswith=town.path, depth=town.depth + 1)
    return (
        BadgeFrameworkPage.objects.live()
        .filter(query)
        .order_by("-school_year", "title")
        .select_related("locale")
    )


def framework_town(framework, towns):
    """The town among ``towns`` that owns the framework page."""
    return next((town for town in towns if framework.path.startswith(town.path)), None)


def editable_reports(user):
    """The reports the user may open and change: those of her towns."""
    towns = reporting_towns(user)
    if user.is_superuser:
        return CompletionReport.objects.all()
    return CompletionReport.objects.filter(municipality__in=[town.pk for town in towns])


def visible_reports(user):
    """The reports whose figures the user follows, or none: moderators see their towns, a
    role with a school that school, a role without one its whole town."""
    if not user.is_authenticated or not user.is_active:
        return CompletionReport.objects.none()
    if user.is_superuser:
        return CompletionReport.objects.all()
    query = Q(municipality__in=moderated_municipalities(user).values("pk"))
    for role in FollowUpRole.objects.filter(user=user):
        if role.school_id is None:
            query |= Q(municipality_id=role.municipality_id)
        else:
            query |= Q(municipality_id=role.municipality_id, school_id=role.school_id)
    return CompletionReport.objects.filter(query)


def follows_figures(user):
    """Whether the user has any figures to follow (the report's menu item)."""
    return _remembered(user, "follows", _follows_figures)


def _follows_figures(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser or FollowUpRole.objects.filter(user=user).exists():
        return True
    return moderated_municipalities(user).exists()


def role_towns(user):
    """The towns whose follow-up roles the user manages: the towns she moderates."""
    return _remembered(user, "role_towns", lambda u: list(moderated_municipalities(u)))
