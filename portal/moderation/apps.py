from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "portal.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        from wagtail import signals
        from wagtail.models import TaskState, WorkflowState

        from portal.moderation.notifications import WAGTAIL_NOTIFIERS, coordinator_notifier

        signals.task_submitted.connect(
            coordinator_notifier,
            sender=TaskState,
            dispatch_uid="moderation_network_coordinators_notified",
        )
        # Connected under Wagtail's own dispatch uids before wagtail.admin is ready (this app
        # comes first in INSTALLED_APPS): a receiver is connected once per uid, so Wagtail's
        # notifiers are left out and these write the e-mails instead.
        for uid, (signal_name, notifier_class) in WAGTAIL_NOTIFIERS.items():
            sender = TaskState if signal_name.startswith("task_") else WorkflowState
            getattr(signals, signal_name).connect(
                notifier_class(), sender=sender, dispatch_uid=uid, weak=False
            )
