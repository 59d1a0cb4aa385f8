"""The lesson plan's editor form."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.moderation.forms import ContentCheckedPageForm
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import municipality_groups

NOT_A_COLLEAGUE = _("Only teachers of the plan's municipality can be its co-authors.")
CHOSEN_TWICE = _("%(name)s is chosen twice as a co-author.")


class LessonPlanForm(ContentCheckedPageForm):
    """Co-authors are chosen among the teachers and moderators of the plan's municipality (and
    those already named), never from every account in the country."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        links = self.formsets.get("co_author_links")
        if links is not None:
            people = self.possible_co_authors()
            for form in links.forms:
                field = form.fields["person"]
                field.queryset = people
                field.error_messages["invalid_choice"] = NOT_A_COLLEAGUE

    def possible_co_authors(self):
        User = get_user_model()
        town = (
            MunicipalityPage.objects.ancestor_of(self.parent_page, inclusive=True).last()
            if self.parent_page is not None
            else None
        )
        people = Q(groups__in=municipality_groups(town)) if town is not None else Q(pk__in=[])
        if self.instance.pk:
            named = [link.person_id for link in self.instance.co_author_links.all()]
            people |= Q(pk__in=named)
        return User.objects.filter(people, is_active=True).distinct()

    def clean(self):
        cleaned_data = super().clean()
        links = self.formsets.get("co_author_links")
        if links is not None:
            seen = set()
            for form in links.forms:
                person = form.cleaned_data.get("person") if form.is_valid() else None
                if person is None or form.cleaned_data.get("DELETE"):
                    continue
                if person.pk in seen:
                    name = person.get_full_name() or person.get_username()
                    form.add_error("person", ValidationError(CHOSEN_TWICE % {"name": name}))
                seen.add(person.pk)
        return cleaned_data
