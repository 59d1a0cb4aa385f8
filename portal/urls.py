from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from plans import views as plan_views
from portal.core import admin_guards, health, media
from portal.sharing import views as sharing_views
from search.page import views as search_views

urlpatterns = [
    # Checks Wagtail's admin leaves out, in front of the admin's own URLs.
    *admin_guards.urlpatterns,
    # Wagtail's password-reset form with a limit on the mail it sends.
    path(
        "admin/password_reset/",
        account_views.PasswordResetView.as_view(),
        name="accounts_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Documents and every file under MEDIA_URL are served to those who may read them (the
    # document's own view checks in a hook; the media view checks images, renditions and files).
    re_path(r"^documents/(\d+)/(.*)$", media.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve, name="media"),
    path("health/", health.health, name="health"),
    # The open read API (portal.api): public pages, images and documents, and its description.
    path("api/v2/", include(("portal.api.urls", "wagtailapi"))),
    # OAI-PMH 2.0 (portal.oai): the open content for harvesters, and its LRMI format's schema.
    path("oai/", include("portal.oai.urls")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

urlpatterns += i18n_patterns(
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}, name="sitemap"),
    path("haku/", search_views.search, name="search"),
    path("haku/ehdotukset/", search_views.suggestions, name="search_suggestions"),
    # A signed-in teacher's own lists of plans and practices (portal.savedlists).
    path("omat-kokoelmat/", include("portal.savedlists.urls")),
    path("kutsu/<str:token>/", account_views.accept_invitation, name="accept_invitation"),
    path("kopioi/<int:page_id>/", sharing_views.copy_page, name="copy_page"),
    path(
        "suunnittele/<int:page_id>/",
        plan_views.start_plan_from_practice,
        name="plan_from_practice",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
