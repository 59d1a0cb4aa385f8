"""Sending and accepting invitations."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation
from portal.municipalities.roles import teacher_group


@dataclass
class Outcome:
    sent: list = field(default_factory=list)
    resent: list = field(default_factory=list)
    members: list = field(default_factory=list)


def account_for(email):
    """The account that already uses the address, if any (addresses compare without case)."""
    User = get_user_model()
    return (
        User.objects.filter(email__iexact=email).first()
        or User.objects.filter(username__iexact=email).first()
    )


def _send(request, invitation, token):
    link = request.build_absolute_uri(reverse("accept_invitation", args=[token]))
    inviter = invitation.invited_by
    context = {
        "invitation": invitation,
        "link": link,
        "inviter": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
    }
    send_mail(
        render_to_string("accounts/email/invitation_subject.txt", context).strip(),
        render_to_string("accounts/email/invitation.txt", context),
        None,
        [invitation.email],
    )


@transaction.atomic
def invite(request, *, town, addresses, invited_by):
    """Invite each address to the town's teachers; a waiting invitation is replaced by a new
    one (the old link stops working); people already in the town are only reported."""
    group = teacher_group(town)
    outcome = Outcome()
    now = timezone.now()
    for address in addresses:
        account = account_for(address)
        if account is not None and account.groups.filter(pk=group.pk).exists():
            outcome.members.append(address)
            continue
        waiting = Invitation.objects.pending().filter(town=town, email=address)
        replaced = waiting.update(revoked_at=now)
        invitation, token = Invitation.issue(email=address, town=town, invited_by=invited_by)
        _send(request, invitation, token)
        (outcome.resent if replaced else outcome.sent).append(address)
    return outcome


@transaction.atomic
def accept(invitation, user):
    """Use the invitation up: the user joins the town's teachers. Locks the row, so two
    requests with the same link cannot both use it."""
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not locked.is_usable:
        return False
    user.groups.add(teacher_group(locked.town))
    locked.accepted_at = timezone.now()
    locked.accepted_by = user
    locked.save(update_fields=["accepted_at", "accepted_by"])
    return True


@transaction.atomic
def create_account(invitation, form):
    """A new account for the invited address, in the town's teacher group."""
    User = get_user_model()
    user = User.objects.create_user(
        username=invitation.email,
        email=invitation.email,
        password=form.cleaned_data["password1"],
        first_name=form.cleaned_data["first_name"],
        last_name=form.cleaned_data["last_name"],
    )
    if not accept(invitation, user):
        transaction.set_rollback(True)
        return None
    return user
