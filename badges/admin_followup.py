"""The admin of the completion follow-up: hooks registered on import (badges.wagtail_hooks).

The menu "Competence badges" holds the teacher's screens (record a class's completions, her
own reports), the figures for those who follow them and the roles the moderators name. Other
screens of the badges may add their items with the hook ``register_badges_menu_item``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from badges.followup import roles, views
from badges.followup.access import follows_figures, reporting_towns, role_towns


@hooks.register("register_admin_urls")
def register_follow_up_urls():
    return [
        path("osaamismerkit/seuranta/kirjaa/", views.record, name="badge_follow_up_record"),
        path("osaamismerkit/seuranta/omat/", views.my_reports, name="badge_follow_up_mine"),
        path(
            "osaamismerkit/seuranta/<int:report_id>/",
            views.edit,
            name="badge_follow_up_edit",
        ),
        path(
            "osaamismerkit/seuranta/raportti/",
            views.follow_up_report,
            name="badge_follow_up_report",
        ),
        path("osaamismerkit/seuranta/roolit/", roles.follow_up_roles, name="badge_follow_up_roles"),
        path(
            "osaamismerkit/seuranta/roolit/<int:role_id>/poista/",
            roles.remove_follow_up_role,
            name="badge_follow_up_role_remove",
        ),
    ]


class TeacherMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(reporting_towns(request.user))


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return follows_figures(request.user)


class RolesMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(role_towns(request.user))


@hooks.register("register_badges_menu_item")
def record_menu_item():
    return TeacherMenuItem(
        _("Record completions"),
        reverse("badge_follow_up_record"),
        name="badge-record",
        icon_name="edit",
        order=100,
    )


@hooks.register("register_badges_menu_item")
def mine_menu_item():
    return TeacherMenuItem(
        _("My reports"),
        reverse("badge_follow_up_mine"),
        name="badge-mine",
        icon_name="user",
        order=110,
    )


@hooks.register("register_badges_menu_item")
def report_menu_item():
    return FiguresMenuItem(
        _("Follow-up"),
        reverse("badge_follow_up_report"),
        name="badge-report",
        icon_name="table",
        order=200,
    )


@hooks.register("register_badges_menu_item")
def roles_menu_item():
    return RolesMenuItem(
        _("Who follows"),
        reverse("badge_follow_up_roles"),
        name="badge-roles",
        icon_name="group",
        order=300,
    )


badges_menu = Menu(register_hook_name="register_badges_menu_item", construct_hook_name=None)


@hooks.register("register_admin_menu_item")
def badges_menu_item():
    return SubmenuMenuItem(
        _("Competence badges"), badges_menu, name="badges", icon_name="pick", order=297
    )
