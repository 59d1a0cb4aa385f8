"""The search report in the admin's Reports menu (search.page.report)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.page.report import may_read, search_report


@hooks.register("register_admin_urls")
def search_report_urls():
    return [path("raportit/haut/", search_report, name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read(request.user)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches"), reverse("search_report"), name="searches", icon_name="search", order=700
    )
