from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from wagtail.admin.views import account as wagtail_account

from accounts import service, throttling
from accounts.forms import AcceptInvitationForm, InvitationForm, ReleaseLockoutForm
from accounts.models import Invitation
from portal.municipalities.roles import moderated_municipalities

LISTED = 200


def _report(request, outcome):
    if outcome.sent:
        messages.success(
            request,
            ngettext(
                "Invitation sent to %(addresses)s.",
                "Invitations sent to %(count)d addresses: %(addresses)s.",
                len(outcome.sent),
            )
            % {"count": len(outcome.sent), "addresses": ", ".join(outcome.sent)},
        )
    if outcome.resent:
        messages.success(
            request,
            ngettext(
                "Sent again to %(addresses)s; the earlier link no longer works.",
                "Sent again to %(count)d addresses; the earlier links no longer work: "
                "%(addresses)s.",
                len(outcome.resent),
            )
            % {"count": len(outcome.resent), "addresses": ", ".join(outcome.resent)},
        )
    if outcome.unsent:
        messages.error(
            request,
            ngettext(
                "The mail server did not take the invitation to %(addresses)s. The invitation "
                "is kept: send it again later.",
                "The mail server did not take the invitations to %(count)d addresses: "
                "%(addresses)s. The invitations are kept: send them again later.",
                len(outcome.unsent),
            )
            % {"count": len(outcome.unsent), "addresses": ", ".join(outcome.unsent)},
        )
    if outcome.members:
        messages.info(
            request,
            ngettext(
                "Already a teacher of the municipality, not invited: %(addresses)s.",
                "Already teachers of the municipality, not invited: %(addresses)s.",
                len(outcome.members),
            )
            % {"addresses": ", ".join(outcome.members)},
        )


def invitations(request):
    """The moderator's invitations: send new ones and follow those sent to her towns."""
    towns = moderated_municipalities(request.user)
    if not towns.exists():
        raise PermissionDenied
    form = InvitationForm(request.POST or None, towns=towns)
    if request.method == "POST" and form.is_valid():
        outcome = service.invite(
            request,
            town=form.cleaned_data["town"],
            addresses=form.cleaned_data["emails"],
            invited_by=request.user,
        )
        _report(request, outcome)
        return redirect("accounts_invitations")
    now = timezone.now()
    pending = Q(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now)
    listed = (
        Invitation.objects.filter(town__in=towns)
        .select_related("town", "invited_by", "accepted_by")
        .annotate(
            waiting=Case(
                When(pending, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("waiting", "-created_at")[:LISTED]
    )
    return render(
        request,
        "accounts/admin/invitations.html",
        {
            "form": form,
            "invitations": listed,
            "towns": towns,
            "page_title": _("Invite teachers"),
            "header_title": _("Invite teachers"),
            "header_icon": "mail",
        },
    )


@require_POST
def revoke(request, pk):
    invitation = get_object_or_404(
        Invitation.objects.filter(town__in=moderated_municipalities(request.user)), pk=pk
    )
    if invitation.is_usable:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        messages.success(
            request,
            _("The invitation of %(address)s was revoked; its link no longer works.")
            % {"address": invitation.email},
        )
    return redirect("accounts_invitations")


def _unusable(request, invitation):
    if invitation is None:
        reason = _("This invitation link is not valid. Check that the whole link was copied.")
    elif invitation.state == Invitation.State.ACCEPTED:
        reason = _("This invitation has already been used. Sign in with the account it made.")
    elif invitation.state == Invitation.State.REVOKED:
        reason = _("This invitation was revoked. Ask your municipality's moderator for a new one.")
    else:
        reason = _("This invitation has expired. Ask your municipality's moderator for a new one.")
    return render(
        request,
        "accounts/accept_invitation.html",
        {"refusal": reason, "login_url": reverse("wagtailadmin_login")},
        status=404 if invitation is None else 410,
    )


@never_cache
@sensitive_post_parameters("password1", "password2")
def accept_invitation(request, token):
    """The invitation link: a new teacher makes her account; someone who already has one
    signs in and joins the municipality."""
    invitation = Invitation.objects.for_token(token)
    if invitation is None or not invitation.is_usable:
        return _unusable(request, invitation)
    context = {"invitation": invitation, "town": invitation.town}
    account = service.account_for(invitation.email)
    if account is not None:
        return _join_with_account(request, invitation, account, context)
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        user = service.create_account(invitation, form)
        if user is None:
            return _unusable(request, Invitation.objects.get(pk=invitation.pk))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request,
            _("Welcome to Opentori! You are now a teacher of %(town)s.")
            % {"town": invitation.town.title},
        )
        return redirect("wagtailadmin_home")
    context["form"] = form
    return render(request, "accounts/accept_invitation.html", context)


def _join_with_account(request, invitation, account, context):
    context["existing"] = True
    if not request.user.is_authenticated:
        context["login_url"] = f"{reverse('wagtailadmin_login')}?next={request.path}"
        return render(request, "accounts/accept_invitation.html", context)
    if request.user.pk != account.pk:
        context["refusal"] = _(
            "This invitation is for %(address)s, but you are signed in with another account. "
            "Sign out and open the link again."
        ) % {"address": invitation.email}
        return render(request, "accounts/accept_invitation.html", context, status=403)
    if request.method == "POST":
        if not service.accept(invitation, request.user):
            return _unusable(request, Invitation.objects.get(pk=invitation.pk))
        messages.success(
            request,
            _("You are now a teacher of %(town)s.") % {"town": invitation.town.title},
        )
        return redirect("wagtailadmin_home")
    return render(request, "accounts/accept_invitation.html", context)


class PasswordResetView(wagtail_account.PasswordResetView):
    """Wagtail's password-reset form with a limit on the mail it sends: over the limit
    (``PASSWORD_RESET_RATES``) no mail goes and the form says, with 429, to try again later.
    The limits count every request alike, so the answer tells nothing about the accounts."""

    def post(self, request, *args, **kwargs):
        if not throttling.password_reset_limited(request):
            return super().post(request, *args, **kwargs)
        form = self.get_form()
        form.is_valid()
        form.add_error(
            None,
            _(
                "Too many password reset requests. No message was sent this time: "
                "try again in an hour."
            ),
        )
        return self.render_to_response(self.get_context_data(form=form), status=429)


def _require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def lockouts(request):
    """Sign-in failures within the cool-off time, and the lockouts they make, for a site
    administrator to lift."""
    _require_superuser(request)
    return render(
        request,
        "accounts/admin/lockouts.html",
        {
            "rows": throttling.recent_failures(),
            "name_limit": settings.AXES_FAILURE_LIMIT,
            "address_limit": settings.SIGN_IN_ADDRESS_FAILURE_LIMIT,
            "minutes": throttling.cooloff_minutes(),
            "page_title": _("Sign-in lockouts"),
            "header_title": _("Sign-in lockouts"),
            "header_icon": "lock",
        },
    )


@require_POST
def release_lockout(request):
    _require_superuser(request)
    form = ReleaseLockoutForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a user name or an address to release."))
        return redirect("accounts_lockouts")
    username, address = form.cleaned_data["username"], form.cleaned_data["address"]
    if form.cleaned_data["scope"] == ReleaseLockoutForm.NAME:
        throttling.release(username=username)
        message = _("The failed sign-ins of %(name)s were forgotten: the name can sign in again.")
    else:
        throttling.release(address=address)
        message = _(
            "The failed sign-ins from %(address)s were forgotten: the address can sign in again."
        )
    messages.success(request, message % {"name": username, "address": address})
    return redirect("accounts_lockouts")
