"""A badge framework's versions: the school years before it that it was made from, and the
newer ones made from it, within its own town."""

from django.utils.functional import cached_property

from plans.models import LessonPlanPage
from portal.core.visibility import visible_pages

# A lineage is walked in memory; a town keeps a framework for a school year at a time.
LONGEST_LINEAGE = 50


class BadgeLineage:
    """The versions of ``framework`` its reader (``user``) may open, and the plans that teach
    one of its badges in any of its school years up to this one."""

    def __init__(self, framework, user):
        self.framework = framework
        self.user = user

    @cached_property
    def _previous_of(self):
        """Each framework of the town and the one it was made from, in one query. A copy from
        another town keeps its source's link, but its versions are its own town's only."""
        if self.framework.pk is None:
            return {}
        model = type(self.framework)
        return dict(
            model.objects.sibling_of(self.framework).values_list("pk", "previous_version_id")
        )

    @cached_property
    def earlier_ids(self):
        ids = []
        current = self.framework.previous_version_id
        while current in self._previous_of and current not in ids and len(ids) < LONGEST_LINEAGE:
            ids.append(current)
            current = self._previous_of[current]
        return ids

    @cached_property
    def newer_ids(self):
        ids, frontier = [], [self.framework.pk]
        while frontier and len(ids) < LONGEST_LINEAGE:
            frontier = [
                pk
                for pk, previous in self._previous_of.items()
                if previous in frontier and pk not in ids and pk != self.framework.pk
            ]
            ids.extend(frontier)
        return ids

    def _readable(self, ids):
        if not ids:
            return []
        model = type(self.framework)
        pages = model.objects.filter(pk__in=ids).only("title", "school_year", "url_path", "path")
        return list(visible_pages(self.user, pages).order_by("-school_year"))

    def earlier_readable(self):
        """The earlier school years' versions the reader may open, newest first."""
        return self._readable(self.earlier_ids)

    def newer_readable(self):
        """The newer school years' versions the reader may open, newest first."""
        return self._readable(self.newer_ids)

    def plans_teaching(self, code):
        """The lesson plans the reader may open that name the badge ``code`` in this school
        year's version or an earlier one, by title."""
        frameworks = [self.framework.pk, *self.earlier_ids]
        plans = LessonPlanPage.objects.filter(
            badges__code=code, badges__framework_id__in=frameworks
        ).distinct()
        return list(visible_pages(self.user, plans).order_by("title"))
