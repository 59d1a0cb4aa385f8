"""Development settings: the production settings, relaxed for one person's machine."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-secret-key-not-for-production-use-0123456789")

from .base import *  # noqa: F403
from .base import (
    ADMIN_CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY,
    STORAGES,
    env_bool,
    env_list,
)

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A developer's server speaks plain HTTP: no upgrade of its requests to HTTPS while DEBUG.
for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = not DEBUG
