from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home pages")

    def ready(self):
        # The site's name, contact and footer links are on every page: a change forgets the
        # cached pages and fragments.
        from django.db.models.signals import post_delete, post_save

        from home.models import FooterLink, PortalSettings
        from portal.core.cache import bump_content_version

        for model in (PortalSettings, FooterLink):
            for signal in (post_save, post_delete):
                signal.connect(bump_content_version, sender=model, dispatch_uid=f"home.{model}")
