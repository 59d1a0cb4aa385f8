"""The co-author chooser: a search over the teachers of the municipalities the editor works in.

Wagtail's chooser modal (``ChooserViewSet``) in its multiple-choice mode, so the plan editor's
``MultipleChooserPanel`` adds several co-authors at once. The modal offers only active people
of the editor's own municipalities (every teacher for a site administrator); the plan's form
then accepts only the teachers and moderators of the plan's own municipality
(``plans.forms.LessonPlanForm``), so a crafted id is refused there too.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import (
    ChooseResultsView,
    ChooseView,
    ChosenMultipleView,
    ChosenView,
)
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from portal.core.numbers import is_id
from portal.municipalities.roles import addable_municipalities, municipality_groups

MAX_QUERY_LENGTH = 100


def display_name(person):
    return person.get_full_name() or person.get_username()


def colleagues(user):
    """The active people of the municipalities the user may add plans to."""
    people = get_user_model().objects.filter(is_active=True)
    if user.is_superuser:
        return people
    groups = [group for town in addable_municipalities(user) for group in municipality_groups(town)]
    return people.filter(groups__in=groups).distinct()


class PersonSearchForm(BaseFilterForm):
    """Search by first name, last name or user name; every word must match."""

    q = forms.CharField(
        label=_("Name"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search by name")}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        for word in query.split()[:5]:
            objects = objects.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(username__icontains=word)
            )
        return objects


class ColleagueListMixin:
    filter_form_class = PersonSearchForm
    ordering = ["first_name", "last_name", "username"]
    per_page = 20

    def get_object_list(self):
        return colleagues(self.request.user)

    @property
    def columns(self):
        # The name to choose by, and the user name that tells two namesakes apart.
        return [self.title_column, Column("username", label=_("User name"))]

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Name")
        column.accessor = display_name
        return column


class ColleagueChooseView(ColleagueListMixin, ChooseView):
    pass


class ColleagueChooseResultsView(ColleagueListMixin, ChooseResultsView):
    pass


class ColleagueChosenMixin:
    """Only a colleague can be chosen, so the answer names nobody else."""

    def get_chosen_response_data(self, item):
        return {**super().get_chosen_response_data(item), "title": display_name(item)}

    def get_object(self, pk):
        if not is_id(pk):
            raise get_user_model().DoesNotExist
        return colleagues(self.request.user).get(pk=pk)

    def get_objects(self, pks):
        ids = [pk for pk in pks if is_id(pk)]
        return colleagues(self.request.user).filter(pk__in=ids)


class ColleagueChosenView(ColleagueChosenMixin, ChosenView):
    pass


class ColleagueChosenMultipleView(ColleagueChosenMixin, ChosenMultipleView):
    pass


class PersonChooser(BaseChooser):
    """The chosen co-author shown by name, as in the modal."""

    def get_display_title(self, instance):
        return display_name(instance)


class CoAuthorChooserViewSet(ChooserViewSet):
    model = "core.User"
    icon = "user"
    choose_one_text = _("Choose a co-author")
    choose_another_text = _("Choose another co-author")
    choose_view_class = ColleagueChooseView
    choose_results_view_class = ColleagueChooseResultsView
    chosen_view_class = ColleagueChosenView
    chosen_multiple_view_class = ColleagueChosenMultipleView
    base_widget_class = PersonChooser
    # Only the plan editor uses it; other user fields keep their own widgets.
    register_widget = False


co_author_chooser_viewset = CoAuthorChooserViewSet("co_author_chooser", url_prefix="kanssatekijat")
CoAuthorChooserWidget = co_author_chooser_viewset.widget_class
