"""``/api/v2/``: the endpoints of Wagtail's router and the OpenAPI description."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from portal.api.openapi import OpenAPIView
from portal.api.views import (
    PublicDocumentsAPIViewSet,
    PublicImagesAPIViewSet,
    PublicPagesAPIViewSet,
)

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)

urlpatterns = [
    path("openapi.json", OpenAPIView.as_view(), name="api_openapi"),
    *router.get_urlpatterns(),
]
