"""Settings for Opentori.

These are the production settings: every value is the secure one unless the environment says
otherwise. ``dev`` and ``test`` relax them for a developer's machine and for the test suite.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or list(default)


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Application definition

INSTALLED_APPS = [
    # The ground and the layers just above it (portal.core imports no other app of ours).
    "portal.core",
    "portal.moderation",
    "portal.municipalities",
    "portal.sharing",
    # One app per topic.
    "portal.savedlists",
    "accounts",
    "home",
    "networks.networks",
    "networks.practices",
    "plans",
    "networks.tutoring",
    "badges",
    "search.text",
    "search.page",
    # OAI-PMH for harvesters such as the national library of open educational resources.
    "portal.oai",
    # The demo content and its loader (manage.py load_demo).
    "portal.demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    # The open read API (portal.api) at /api/v2/. DRF itself is not an app here: the API
    # answers in JSON only, and DRF's browsable HTML pages (its templates) stay out.
    "wagtail.api.v2",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Sign-in lockouts (django-axes) and the Content-Security-Policy checks (django-csp).
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (the admin's own, looser one under /admin/) and Permissions-Policy,
    # on every response, static files included.
    "portal.core.middleware.ContentSecurityPolicyMiddleware",
    "portal.core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers' pages from the cache (portal/core/cache.py): a hit stops here.
    "portal.core.cache.AnonymousPageCacheMiddleware",
    # The site a request is for, from the cache (Wagtail's lookup is a query on every request).
    "portal.core.cache.SiteFromCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A request with NUL (%00) anywhere a view reads answers 400 (in the reader's language).
    "portal.core.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: PostgreSQL in production (DATABASE_URL); SQLite is the embedded default.

DATABASES = {
    # An empty DATABASE_URL means the embedded default, as an unset one does.
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Behind a pooler in transaction mode (PgBouncer's pool_mode = transaction) a connection's
# session state does not last between transactions: no server-side cursors (Django's iterator())
# and no prepared statements (psycopg 3 prepares a query it has run five times).
if env_bool("DATABASE_TRANSACTION_POOLING", False):
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = None
# A streaming replica of the primary takes anonymous reading (portal/db_routers.py); every write
# and every signed-in editor's request uses the primary. In tests it mirrors the primary.
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {
        **dj_database_url.parse(
            env("DATABASE_REPLICA_URL"),
            conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
            conn_health_checks=True,
        ),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["portal.db_routers.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
        "portal.db_routers.ReplicaReadsMiddleware",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, local memory otherwise.

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's backend, keeping one redis-py client (portal/core/redis_cache.py).
            "BACKEND": "portal.core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "opentori",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Passwords

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first, then Swedish and English.

LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
# The project's own catalogues, then the Wagtail messages its catalogues leave untranslated.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static files and media

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Every file under MEDIA_URL goes through the checked view (portal.core.media): an image or a
# document is served only to those who may read a page that uses it. Open ones may be cached this
# many seconds; with MEDIA_X_ACCEL_REDIRECT (e.g. "/protected-media/", an nginx ``internal``
# location aliasing MEDIA_ROOT) the view checks and nginx sends the bytes.
MEDIA_PUBLIC_MAX_AGE = int(env("MEDIA_PUBLIC_MAX_AGE", str(24 * 60 * 60)))
MEDIA_X_ACCEL_REDIRECT = env("MEDIA_X_ACCEL_REDIRECT")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Object storage for media (S3-compatible) is switched on by naming a bucket; it needs the
# django-storages[s3] package installed in that deployment.
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False

# Uploads: a size limit everywhere, and a type allow-list for documents.

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The upload form decodes the whole image: a broken or truncated file gets a form error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.core.images.PortalImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "txt", "csv", "epub",
]  # fmt: skip
WAGTAILDOCS_SERVE_METHOD = "serve_view"
FILE_UPLOAD_PERMISSIONS = 0o640

# Wagtail

WAGTAIL_SITE_NAME = "Opentori"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.SignInForm"
# The address that e-mails link to (moderation, invitations): set it to the portal's public
# address. Unset, it is the first allowed host over HTTPS, and on one's own machine (no allowed
# hosts) the development server's.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL") or next(
    (f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"),
    "http://127.0.0.1:8000",
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.moderation.finish.publish_approved"
# Pages in Finnish, Swedish and English: a Swedish version of a page is a page of its own in the
# Swedish tree (wagtail.contrib.simple_translation makes it as a draft copy, which then goes
# through the town's moderation like any page). An address under /sv/ that the Swedish tree
# does not hold shows the Finnish page (BasePage.route), marked as Finnish.
WAGTAIL_I18N_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

# Search: PostgreSQL full text search through Wagtail's database backend, in Finnish (Swedish
# and English pages in their own language: search.backend); Wagtail's SQLite FTS5 backend on
# the embedded default. An OpenSearch/Elasticsearch cluster is used instead when
# OPENSEARCH_URL is set (README: Search).

WAGTAILSEARCH_BACKENDS = {
    "default": (
        {"BACKEND": "search.text.backend", "SEARCH_CONFIG": "finnish"}
        if DATABASES["default"]["ENGINE"].endswith("postgresql")
        else {"BACKEND": "search.text.sqlite"}
    )
}
if env("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [env("OPENSEARCH_URL")],
        "INDEX_PREFIX": "opentori_",
        "TIMEOUT": 5,
        "OPTIONS": {},
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "default": {"type": "finnish"},
                    }
                }
            }
        },
    }

# A CDN in front of the portal is purged on publish when FRONTEND_CACHE_PURGE_URL is set.
if env("FRONTEND_CACHE_PURGE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# Security: HTTPS everywhere, strict cookies, no framing by other sites.

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SAMESITE = "Lax"
# No page may be framed; Wagtail's preview views allow their own same-origin frame themselves.
X_FRAME_OPTIONS = "DENY"

# E-mail

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Opentori <noreply@opentori.fi>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Each background task logs its start and end; only failures are worth reading.
        "django_tasks": {"level": "WARNING"},
    },
}

PORTAL_NAME = _("Opentori")

AUTH_USER_MODEL = "core.User"
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.PortalDocument"
LOGIN_URL = "wagtailadmin_login"

# Sign-in throttling (django-axes; accounts.throttling). Five failures with one user name from
# one address lock that name there: a teacher who mistypes rarely gets near five, and a guesser
# gets ten tries an hour against passwords of at least twelve characters. Thirty failures from
# one address with any names lock the address: a school's teachers often share one address, so
# that limit is higher, yet spraying many names from one address stops. A name is not locked
# everywhere by failures alone, so that nobody can lock a teacher out by typing her name.
# The lock lasts 30 minutes from the last failure, and a site administrator can lift it under
# Settings, "Sign-in lockouts" (Kirjautumisestot).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.throttling.SignInAttempts"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = 5
SIGN_IN_ADDRESS_FAILURE_LIMIT = 30
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_address"
# No log of successful sign-ins (addresses and browsers of every teacher): only failures are kept,
# for the cool-off time.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# The client's address: REMOTE_ADDR unless TRUSTED_PROXY_COUNT reverse proxies stand in front of
# the portal, each appending the address it saw to X-Forwarded-For. 0 (no proxy) is the safe
# default: a header a client may write itself is not believed. Behind one proxy (nginx, a load
# balancer) set 1; a wrong count lets clients choose their address, or lumps them together.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

# The open read API (portal.api): at most API_RATE requests per client address (counted as
# above), "120/min" by default. Its views read no sign-in themselves; Wagtail's admin API keeps
# DRF's default authentication, which it needs for the editor's own permissions.
REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_RATES": {"api": env("API_RATE", "120/min")},
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}

# OAI-PMH (portal.oai) at /oai/. The repository identifier is the host part of every record's
# identifier (oai:<it>:suunnitelma/123): set it once to the portal's domain and never change it,
# or harvesters see every record as new. A list gives OAI_PAGE_SIZE records (and
# OAI_IDENTIFIERS_PAGE_SIZE headers) a response; a resumption token lasts OAI_TOKEN_SECONDS.
OAI_REPOSITORY_IDENTIFIER = env("OAI_REPOSITORY_IDENTIFIER", "opentori.fi")
OAI_REPOSITORY_NAME = env("OAI_REPOSITORY_NAME", "Opentori")
OAI_ADMIN_EMAIL = env("OAI_ADMIN_EMAIL", "tuki@opentori.fi")
OAI_PAGE_SIZE = int(env("OAI_PAGE_SIZE", "100"))
OAI_IDENTIFIERS_PAGE_SIZE = int(env("OAI_IDENTIFIERS_PAGE_SIZE", "500"))
OAI_TOKEN_SECONDS = int(env("OAI_TOKEN_SECONDS", str(24 * 60 * 60)))
# Requests per client address (counted as the sign-in limits count them); over it, 503 with
# Retry-After, as the protocol asks of a busy repository.
OAI_RATE = env("OAI_RATE", "120/m")

# Password-reset mail (accounts.views.PasswordResetView): at most 5 requests an hour for one
# e-mail address and 20 an hour from one client address. Over either limit no mail is sent and
# the form answers 429 "try again later"; every request is counted whether the e-mail address has
# an account or not, so the answer reveals nothing about the accounts. The counts live in the
# cache: with REDIS_URL they are shared by every worker, without it each process counts alone.
PASSWORD_RESET_RATES = {"email": "5/h", "address": "20/h"}

# Content-Security-Policy (django-csp 4; portal.core.middleware). The public pages load scripts,
# styles, images and fonts from the portal only: no inline script or style, no eval. Images may
# also come from the hosts in CSP_IMAGE_HOSTS (an object storage bucket serving media).
CSP_IMAGE_HOSTS = env_list("CSP_IMAGE_HOSTS")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *CSP_IMAGE_HOSTS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "upgrade-insecure-requests": not DEBUG,
    }
}
# Wagtail's admin writes inline scripts and styles of its own (no eval) and frames its previews:
# under its PATH_PREFIXES it gets this policy instead. A preview keeps the public policy, framed
# by the admin only (portal.core.middleware), so what a moderator reviews runs no script.
ADMIN_CONTENT_SECURITY_POLICY = {
    "PATH_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *CSP_IMAGE_HOSTS],
        "frame-ancestors": [SELF],
    },
}
# Features no page of the portal uses are switched off for it and anything it might frame.
PERMISSIONS_POLICY = [
    "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "geolocation",
    "gyroscope", "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
    "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
]  # fmt: skip
