"""Sending and accepting invitations."""

import logging
import smtplib
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation
from portal.municipalities.roles import teacher_group

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    sent: list = field(default_factory=list)
    resent: list = field(default_factory=list)
    members: list = field(default_factory=list)
    # Kept but not delivered: the mail server did not take them.
    unsent: list = field(default_factory=list)


def account_for(email):
    """The account that already uses the address, if any (addresses compare without case)."""
    User = get_user_model()
    return (
        User.objects.filter(email__iexact=email).first()
        or User.objects.filter(username__iexact=email).first()
    )


def _send(request, invitation, token):
    """Mail the link; False when the mail server does not take it (the invitation is kept)."""
    link = request.build_absolute_uri(reverse("accept_invitation", args=[token]))
    inviter = invitation.invited_by
    context = {
        "invitation": invitation,
        "link": link,
        "inviter": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
    }
    try:
        send_mail(
            render_to_string("accounts/email/invitation_subject.txt", context).strip(),
            render_to_string("accounts/email/invitation.txt", context),
            None,
            [invitation.email],
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not mail the invitation %s", invitation.pk)
        return False
    return True


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
        if not _send(request, invitation, token):
            outcome.unsent.append(address)
            continue
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
    """A new account for the invited address, in the town's teacher group; None when the link
    was used meanwhile. The invitation's row is locked first, so requests that use one link at
    the same time wait for each other and only the first makes an account."""
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not locked.is_usable or account_for(locked.email) is not None:
        return None
    try:
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=locked.email,
                email=locked.email,
                password=form.cleaned_data["password1"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
            )
    except IntegrityError:
        return None
    accept(locked, user)
    return user
