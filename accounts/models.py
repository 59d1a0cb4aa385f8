"""Invitations: the only way a teacher gets an account.

A town's moderator (or a site administrator) invites a work e-mail address. The e-mail carries
a link with a random token; only its SHA-256 digest is stored, so a copy of the database gives
no working links. The link expires and works once: it creates the account (or, for someone who
already has one, adds the membership) in the town's teacher group.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VALID_DAYS = 14


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )

    def for_token(self, token):
        """The invitation the link's token belongs to, whatever its state, or None."""
        if not token or len(token) > 100:
            return None
        return self.select_related("town").filter(token_hash=token_digest(token)).first()


class Invitation(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    email = models.EmailField(_("work e-mail address"))
    town = models.ForeignKey(
        "municipalities.MunicipalityPage",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["town", "email"])]

    def __str__(self):
        return f"{self.email} → {self.town}"

    @classmethod
    def issue(cls, *, email, town, invited_by):
        """A new invitation and the token of its link (shown once, in the e-mail only)."""
        token = secrets.token_urlsafe(32)
        now = timezone.now()
        days = getattr(settings, "OPENTORI_INVITATION_VALID_DAYS", VALID_DAYS)
        invitation = cls.objects.create(
            email=email.strip().lower(),
            town=town,
            invited_by=invited_by,
            token_hash=token_digest(token),
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        return invitation, token

    @property
    def state(self):
        if self.accepted_at:
            return self.State.ACCEPTED
        if self.revoked_at:
            return self.State.REVOKED
        if self.expires_at <= timezone.now():
            return self.State.EXPIRED
        return self.State.PENDING

    def get_state_display(self):
        return self.State(self.state).label

    @property
    def is_usable(self):
        return self.state == self.State.PENDING
