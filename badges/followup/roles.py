"""The town's moderators name who follows the badge figures: principals and ICT leads for a
school, the digitalisation expert for the whole town."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from badges.followup.access import role_towns
from badges.models import FollowUpRole
from portal.municipalities.models import School
from portal.municipalities.roles import municipality_groups

SCHOOL_ROLES = {FollowUpRole.Role.PRINCIPAL, FollowUpRole.Role.ICT_LEAD}


class RoleForm(forms.Form):
    user = forms.ModelChoiceField(
        queryset=None,
        label=_("Person"),
        help_text=_("A teacher or moderator of the municipality."),
        error_messages={"required": _("Choose the person.")},
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("", "—"), *FollowUpRole.Role.choices],
        error_messages={"required": _("Choose the role.")},
    )
    school = forms.ModelChoiceField(
        queryset=None,
        label=_("School"),
        required=False,
        help_text=_("For a principal or ICT lead. Leave empty for the digitalisation expert."),
    )

    def __init__(self, *args, towns, **kwargs):
        super().__init__(*args, **kwargs)
        groups = [group for town in towns for group in municipality_groups(town)]
        self.fields["user"].queryset = (
            get_user_model()
            .objects.filter(groups__in=groups, is_active=True)
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
        self.fields["user"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["school"].queryset = (
            School.objects.filter(municipality__in=towns)
            .select_related("municipality")
            .order_by("municipality__title", "sort_order")
        )
        if len(towns) > 1:
            self.fields["school"].label_from_instance = lambda school: (
                f"{school.name} ({school.municipality.title})"
            )
        self.towns = towns

    def clean(self):
        cleaned = super().clean()
        role, school = cleaned.get("role"), cleaned.get("school")
        if role in SCHOOL_ROLES and school is None:
            self.add_error(
                "school", gettext("A principal or ICT lead follows a school: choose it.")
            )
        if role == FollowUpRole.Role.DIGITAL_LEAD and school is not None:
            self.add_error(
                "school",
                gettext("The digitalisation expert follows the whole municipality: leave empty."),
            )
        return cleaned

    def town(self):
        school = self.cleaned_data.get("school")
        if school is not None:
            return school.municipality
        user_groups = set(self.cleaned_data["user"].groups.values_list("pk", flat=True))
        return next(
            town for town in self.towns if user_groups & {g.pk for g in municipality_groups(town)}
        )


def follow_up_roles(request):
    towns = role_towns(request.user)
    if not towns:
        raise PermissionDenied
    form = RoleForm(request.POST or None, towns=towns)
    if request.method == "POST" and form.is_valid():
        try:
            FollowUpRole.objects.create(
                user=form.cleaned_data["user"],
                role=form.cleaned_data["role"],
                school=form.cleaned_data["school"],
                municipality=form.town(),
            )
            messages.success(request, gettext("The role was added."))
        except IntegrityError:
            messages.info(request, gettext("The person has this role already."))
        return redirect("badge_follow_up_roles")
    roles = (
        FollowUpRole.objects.filter(municipality__in=towns)
        .select_related("user", "school", "municipality")
        .order_by("municipality__title", "school__name", "role")
    )
    return TemplateResponse(
        request,
        "badges/followup/roles.html",
        {
            "roles": roles,
            "form": form,
            "page_title": _("Who follows the badges"),
            "header_title": _("Who follows the badges"),
            "header_icon": "group",
        },
    )


@require_POST
def remove_follow_up_role(request, role_id):
    towns = role_towns(request.user)
    role = get_object_or_404(FollowUpRole, pk=role_id, municipality__in=towns)
    role.delete()
    messages.success(request, gettext("The role was removed."))
    return redirect("badge_follow_up_roles")
