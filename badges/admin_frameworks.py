"""The admin of badge frameworks: hooks registered on import (badges.wagtail_hooks)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from badges import views
from badges.choices import badge_choices
from badges.models import BadgeFrameworkPage
from badges.versions import can_make_next_version


@hooks.register("register_admin_urls")
def register_framework_urls():
    return [
        path(
            "osaamismerkit/<int:page_id>/seuraava-lukuvuosi/",
            views.next_version,
            name="badges_next_version",
        )
    ]


def next_version_button(page, user, *args, **kwargs):
    """ "Make the next school year's version" beside a framework's other actions."""
    if page.specific_class is BadgeFrameworkPage and can_make_next_version(page, user):
        yield Button(
            _("Make the next school year's version"),
            reverse("badges_next_version", args=[page.pk]),
            icon_name="copy",
            priority=65,
        )


hooks.register("register_page_header_buttons", next_version_button)
hooks.register("register_page_listing_more_buttons", next_version_button)
hooks.register("lesson_plan_badge_choices", badge_choices)
