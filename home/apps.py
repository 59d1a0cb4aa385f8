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
            post_save.connect(bump_unless_made, sender=model, dispatch_uid=f"home.{model}.s")
            post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"home.{model}.d")


def bump_unless_made(sender, instance, created=False, **kwargs):
    """A saved setting or footer link changes every page; settings made with their defaults
    (``PortalSettings.for_site`` makes them on a site's first request) change nothing."""
    from home.models import PortalSettings
    from portal.core.cache import bump_content_version

    if created and isinstance(instance, PortalSettings) and _has_defaults(instance):
        return
    bump_content_version()


def _has_defaults(settings):
    made = type(settings)(site_id=settings.site_id)
    fields = [f.attname for f in settings._meta.concrete_fields if not f.primary_key]
    return all(getattr(settings, name) == getattr(made, name) for name in fields)
