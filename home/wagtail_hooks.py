from wagtail.contrib.settings.registry import register_setting

from home.models import PortalSettings

register_setting(PortalSettings, icon="cog")
