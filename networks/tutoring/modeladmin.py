"""Tutor sessions in the admin, with wagtail-modeladmin: a list, a form and exports.

modeladmin fits here (the design card's choice): a plain model with a filtered list, a short
form and CSV/XLSX export, all in Wagtail's own look. Who sees what is decided here and in
networks.models.tutoring: a tutor her own sessions, a moderator her towns' sessions.
"""

from django import forms
from django.contrib.admin import display
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import CreateView, IndexView

from networks.networks.roles import coordinated_networks
from networks.tutoring.exports import spreadsheet_text
from networks.tutoring.models import (
    CompetenceSurvey,
    TeamPlanning,
    TrainingPlan,
    TutorSession,
    is_tutor,
    recent_terms,
    school_year_of,
    term_label,
    tutor_towns,
    visible_sessions,
)
from portal.municipalities.roles import moderated_municipalities


class OwnChoicesForm(WagtailAdminModelForm):
    """A form whose ``field`` offers only what ``choices(user)`` gives the signed-in user; on a
    new object, the only choice is chosen already."""

    field = "town"
    choices = staticmethod(tutor_towns)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.user = for_user
        field = self.fields[self.field]
        field.queryset = self.choices(for_user) if for_user else field.queryset.none()
        if not self.instance.pk and not self.is_bound:
            only = list(field.queryset[:2])
            if len(only) == 1:
                self.initial[self.field] = only[0].pk


class TutorSessionForm(OwnChoicesForm):
    """Only her own municipalities to choose from."""


class SessionPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return is_tutor(user) or moderated_municipalities(user).exists()

    def user_can_create(self, user):
        return is_tutor(user) and tutor_towns(user).exists()

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return user.is_superuser or (obj.tutor_id == user.pk and is_tutor(user))

    def user_can_delete_obj(self, user, obj):
        return self.user_can_edit_obj(user, obj)


class SessionCreateView(CreateView):
    def get_instance(self):
        instance = super().get_instance()
        instance.tutor = self.request.user
        return instance


class FilteredIndexView(IndexView):
    """A list filtered only by its own filters (``list_filter``).

    modeladmin passes every other parameter of the address on to the database as a lookup,
    into related models too (``?tutor__password__startswith=…``), and fails with a server
    error on a value it cannot read (``?town=x``, ``?date=x``, ``?is_open=x``). Here a
    parameter no filter of the list reads, or a value a filter cannot read, answers 400.
    """

    def get_filters(self, request):
        filter_specs, has_filters, remaining, use_distinct = super().get_filters(request)
        if remaining:
            raise BadRequest("Not a filter of this list")
        return filter_specs, has_filters, remaining, use_distinct

    def get_queryset(self, request=None):
        try:
            return super().get_queryset(request)
        except IncorrectLookupParameters as error:
            raise BadRequest("A filter value this list cannot read") from error


class SessionIndexView(FilteredIndexView):
    """The list, and its CSV/XLSX exports with formula-like text kept as text."""

    def get_preprocess_function(self, field, value, export_format):
        function = super().get_preprocess_function(field, value, export_format)
        if not isinstance(value, str):
            return function
        return lambda text: spreadsheet_text(function(text) if function else text)


class TutorSessionAdmin(ModelAdmin):
    model = TutorSession
    menu_label = _("Tutor sessions")
    menu_icon = "time"
    permission_helper_class = SessionPermissionHelper
    create_view_class = SessionCreateView
    index_view_class = SessionIndexView
    index_template_name = "tutoring/session_index.html"
    edit_handler = ObjectList(TutorSession.panels, base_form_class=TutorSessionForm)
    list_display = ("date", "school", "kind", "theme", "minutes", "teachers_reached")
    list_filter = ("kind", "theme")
    search_fields = ("school", "note")
    list_export = ("date", "tutor_name", "town", "school", "kind", "theme", "minutes",
                   "teachers_reached", "note")  # fmt: skip
    export_filename = "tutortunnit"

    def get_list_display(self, request):
        """A moderator also sees whose session it is and where; a tutor knows."""
        if request.user.is_superuser or moderated_municipalities(request.user).exists():
            return ("date", "tutor_name", "town", *self.list_display[1:])
        return self.list_display

    def get_queryset(self, request):
        return (
            visible_sessions(request.user).select_related("town", "tutor").order_by("-date", "-pk")
        )


class SurveyForm(OwnChoicesForm):
    """A coordinator's surveys belong to the networks she coordinates."""

    field = "network"
    choices = staticmethod(coordinated_networks)


class SurveyPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return coordinated_networks(user).exists()

    user_can_create = user_can_list

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return coordinated_networks(user).filter(pk=obj.network_id).exists()

    def user_can_delete_obj(self, user, obj):
        # Answers are kept with their survey: close a survey instead of deleting it.
        return self.user_can_edit_obj(user, obj) and not obj.answers.exists()


class CompetenceSurveyAdmin(ModelAdmin):
    model = CompetenceSurvey
    menu_label = _("Competence surveys")
    menu_icon = "list-ul"
    permission_helper_class = SurveyPermissionHelper
    index_view_class = FilteredIndexView
    edit_handler = ObjectList(CompetenceSurvey.panels, base_form_class=SurveyForm)
    list_display = ("title", "network", "state", "created_at")
    list_filter = ("is_open",)

    @display(description=_("open for answers"))
    def state(self, survey):
        # In words: a bare boolean would be drawn with Django admin's icons, which the portal
        # does not install.
        return pgettext("survey", "Open") if survey.is_open else pgettext("survey", "Closed")

    def get_queryset(self, request):
        return CompetenceSurvey.objects.filter(
            network__in=coordinated_networks(request.user)
        ).select_related("network")


class TeamPlanningForm(OwnChoicesForm):
    """A moderator's own towns, and the recent terms."""

    choices = staticmethod(moderated_municipalities)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms = recent_terms()
        if self.instance.term and self.instance.term not in terms:
            terms.append(self.instance.term)
        self.fields["term"].widget.choices = [(term, term_label(term)) for term in terms]
        if not self.instance.pk and not self.is_bound:
            self.initial["term"] = terms[0]

    def clean_term(self):
        term = self.cleaned_data["term"]
        if term not in dict(self.fields["term"].widget.choices):
            raise forms.ValidationError(_("Choose a term from the list."))
        return term


class TeamPlanningPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return moderated_municipalities(user).exists()

    user_can_create = user_can_list

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return moderated_municipalities(user).filter(pk=obj.town_id).exists()

    user_can_delete_obj = user_can_edit_obj


class TeamPlanningAdmin(ModelAdmin):
    model = TeamPlanning
    menu_label = _("Team planning follow-up")
    menu_icon = "calendar-alt"
    permission_helper_class = TeamPlanningPermissionHelper
    index_view_class = FilteredIndexView
    edit_handler = ObjectList(TeamPlanning.panels, base_form_class=TeamPlanningForm)
    list_display = ("term_name", "town", "school", "meetings", "implemented")
    list_filter = ("term",)

    def get_queryset(self, request):
        return TeamPlanning.objects.filter(
            town__in=moderated_municipalities(request.user)
        ).select_related("town")


class TrainingPlanForm(OwnChoicesForm):
    """The tutor's own towns; this school year or the next; one plan a year."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        years = [school_year_of(today), school_year_of(today.replace(year=today.year + 1))]
        if self.instance.school_year and self.instance.school_year not in years:
            years.append(self.instance.school_year)
        self.fields["school_year"].widget.choices = [(year, year) for year in years]
        if not self.instance.pk and not self.is_bound:
            self.initial["school_year"] = years[0]

    def clean_school_year(self):
        year = self.cleaned_data["school_year"]
        if year not in dict(self.fields["school_year"].widget.choices):
            raise forms.ValidationError(_("Choose a school year from the list."))
        tutor = self.instance.tutor if self.instance.pk else self.user
        taken = TrainingPlan.objects.filter(tutor=tutor, school_year=year)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("You have a training plan for this school year already: edit that one.")
            )
        return year


class TrainingPlanPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return is_tutor(user) or moderated_municipalities(user).exists()

    def user_can_create(self, user):
        return is_tutor(user) and tutor_towns(user).exists()

    def user_can_inspect_obj(self, user, obj):
        return (
            user.is_superuser
            or obj.tutor_id == user.pk
            or moderated_municipalities(user).filter(pk=obj.town_id).exists()
        )

    def user_can_edit_obj(self, user, obj):
        return user.is_superuser or (obj.tutor_id == user.pk and is_tutor(user))

    user_can_delete_obj = user_can_edit_obj


class TrainingPlanCreateView(CreateView):
    def get_instance(self):
        instance = super().get_instance()
        instance.tutor = self.request.user
        return instance


class TrainingPlanAdmin(ModelAdmin):
    model = TrainingPlan
    menu_label = _("Training plans")
    menu_icon = "doc-full"
    permission_helper_class = TrainingPlanPermissionHelper
    index_view_class = FilteredIndexView
    create_view_class = TrainingPlanCreateView
    inspect_view_enabled = True
    inspect_view_fields = ("school_year", "town", "needs", "goals", "trainings", "follow_up")
    edit_handler = ObjectList(TrainingPlan.panels, base_form_class=TrainingPlanForm)
    list_display = ("school_year", "tutor_name", "town", "updated_at")
    list_filter = ("school_year",)

    def get_queryset(self, request):
        user = request.user
        plans = TrainingPlan.objects.select_related("tutor", "town")
        if user.is_superuser:
            return plans
        return plans.filter(Q(tutor=user) | Q(town__in=moderated_municipalities(user)))


class TutorWorkGroup(ModelAdminGroup):
    menu_label = _("Tutor work")
    menu_icon = "group"
    menu_order = 290
    items = (TutorSessionAdmin, TrainingPlanAdmin, CompetenceSurveyAdmin, TeamPlanningAdmin)
