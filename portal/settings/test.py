"""Test settings: fast and deterministic. The database comes from DATABASE_URL (PostgreSQL)."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")

from .dev import *  # noqa: F403
from .dev import ADMIN_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, STORAGES

DEBUG = False
# The production policies, upgrade-insecure-requests included: browsers do not upgrade requests
# to localhost, where the live server of browser tests answers.
for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = not DEBUG
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,
    # Like production's manifest: a page that names a missing static file fails the test.
    "staticfiles": {"BACKEND": "tests.static_storage.StrictStaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_AUTOREFRESH = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The live server used by browser tests runs in its own thread: close its connections after
# each request so the test database can be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# The anonymous page cache is tested on its own (tests/core/test_page_cache.py); elsewhere every
# request renders, so what a test asserts about a page is about its rendering.
PAGE_CACHE = False
