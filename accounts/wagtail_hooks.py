from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.urls import admin_urlpatterns
from portal.municipalities.roles import moderated_municipalities


@hooks.register("register_admin_urls")
def register_invitation_urls():
    return admin_urlpatterns


class InvitationsMenuItem(MenuItem):
    def is_shown(self, request):
        return moderated_municipalities(request.user).exists()


@hooks.register("register_admin_menu_item")
def invitations_menu_item():
    return InvitationsMenuItem(
        _("Invite teachers"),
        reverse("accounts_invitations"),
        name="invitations",
        icon_name="mail",
        order=850,
    )


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        _("Sign-in lockouts"),
        reverse("accounts_lockouts"),
        name="sign-in-lockouts",
        icon_name="lock",
        order=650,
    )
