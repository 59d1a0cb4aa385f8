"""Tutor work in the admin: sessions with wagtail-modeladmin, the network report and the
competence survey as admin views."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.options import modeladmin_register

from networks.networks.roles import coordinated_networks
from networks.tutoring.competence import answer, answer_list, surveys_for
from networks.tutoring.imports import import_sessions
from networks.tutoring.modeladmin import TutorWorkGroup
from networks.tutoring.report import tutor_report


@hooks.register("register_admin_urls")
def tutor_report_urls():
    return [
        path("tutorointi/raportti/", tutor_report, name="tutor_report"),
        path("tutorointi/tuonti/", import_sessions, name="tutor_session_import"),
        path("osaamiskartoitus/", answer_list, name="competence_answers"),
        path("osaamiskartoitus/<int:survey_id>/", answer, name="competence_answer"),
    ]


class TutorReportMenuItem(MenuItem):
    def is_shown(self, request):
        return coordinated_networks(request.user).exists()


@hooks.register("register_admin_menu_item")
def tutor_report_menu_item():
    return TutorReportMenuItem(
        _("Tutor work report"),
        reverse("tutor_report"),
        name="tutor-report",
        icon_name="table",
        order=295,
    )


class CompetenceMenuItem(MenuItem):
    def is_shown(self, request):
        return surveys_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def competence_menu_item():
    return CompetenceMenuItem(
        _("Competence mapping"),
        reverse("competence_answers"),
        name="competence-mapping",
        icon_name="list-ul",
        order=296,
    )


modeladmin_register(TutorWorkGroup)
