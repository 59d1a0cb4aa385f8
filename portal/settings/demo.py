"""Demo settings (`make demo`): the development settings with debugging off, so the demo shows
the portal as its users see it: the portal's own error pages, static files with hashed names
served by WhiteNoise from ``STATIC_ROOT`` (``make demo`` runs ``collectstatic`` first: without
DEBUG, ``runserver`` serves no static file of its own).

Images and documents need nothing more: every file under ``MEDIA_URL`` is served by the portal's
checked view (``portal.core.media``), with or without DEBUG, here as in production.
"""

from .dev import *  # noqa: F403
from .dev import (
    ADMIN_CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY,
    STORAGES,
    env_bool,
    env_list,
)

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
STORAGES = {
    **STORAGES,
    # As in production: hashed names that browsers may keep for a year, and compressed copies.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The demo's server speaks plain HTTP (dev's HTTP settings stay): no upgrade of its requests.
# New dictionaries: the ones imported belong to the other settings modules too.
CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY = (
    {**policy, "DIRECTIVES": {**policy["DIRECTIVES"], "upgrade-insecure-requests": False}}
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY)
)
