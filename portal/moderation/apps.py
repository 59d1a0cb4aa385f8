from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "portal.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from portal.moderation.notifications import coordinator_notifier

        task_submitted.connect(
            coordinator_notifier,
            sender=TaskState,
            dispatch_uid="moderation_network_coordinators_notified",
        )
