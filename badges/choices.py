"""The badges a lesson plan's editor may name: those of the frameworks she may read."""

from django.db.models import Q

from badges.models import Badge, BadgeFrameworkPage
from portal.core.visibility import visible_pages


def badge_choices(user, form, field_name):
    """The plan editor's badge choices, grouped by framework: the plan's own town's
    frameworks first, then the others, the newest school year first in each. Badges the plan
    names already stay offered (and ticked) even if their framework is no longer readable,
    so saving the plan never drops them unseen."""
    # What the plan names already (as last saved), not what was posted.
    instance = form.instance
    selected = [badge.pk for badge in getattr(instance, field_name).all()] if instance.pk else []
    readable = visible_pages(user, BadgeFrameworkPage.objects.all()).values("pk")
    badges = (
        Badge.objects.filter(Q(framework__in=readable) | Q(pk__in=selected))
        .select_related("grade", "framework")
        .order_by("-framework__school_year", "framework__title", "grade__sort_order", "sort_order")
    )
    # Only these may be posted, too: a badge of a framework she may not read is refused.
    form.fields[field_name].queryset = badges
    town = getattr(form, "parent_page", None)
    town_path = town.path if town is not None else None
    groups = {}
    for badge in badges:
        groups.setdefault(badge.framework, []).append(
            (badge.pk, f"{badge.grade.name}: {badge.name}")
        )
    own = [item for item in groups.items() if town_path and item[0].path.startswith(town_path)]
    others = [item for item in groups.items() if item not in own]
    return [(framework.title, choices) for framework, choices in own + others]
