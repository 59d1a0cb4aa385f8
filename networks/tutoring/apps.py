from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TutoringConfig(AppConfig):
    name = "networks.tutoring"
    label = "tutoring"
    verbose_name = _("Tutor work")
