"""The lesson plan's editor form."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.moderation.forms import ContentCheckedPageForm
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import municipality_groups


class LessonPlanForm(ContentCheckedPageForm):
    """Co-authors are chosen among the teachers and moderators of the plan's municipality (and
    those already named), never from every account in the country."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("co_authors")
        if field is not None:
            field.queryset = self.possible_co_authors()

    def possible_co_authors(self):
        User = get_user_model()
        town = (
            MunicipalityPage.objects.ancestor_of(self.parent_page, inclusive=True).last()
            if self.parent_page is not None
            else None
        )
        people = Q(groups__in=municipality_groups(town)) if town is not None else Q(pk__in=[])
        if self.instance.pk:
            people |= Q(pk__in=[person.pk for person in self.instance.co_authors.all()])
        return (
            User.objects.filter(people, is_active=True)
            .distinct()
            .order_by("first_name", "last_name", "username")
        )
