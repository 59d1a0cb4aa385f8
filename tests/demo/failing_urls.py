"""A test-only URLconf: the portal's own URLs and one that always fails, to see the 500 page."""

from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("A fault for the test of the error page")


urlpatterns = [path("kaatuu/", fail), *portal_urlpatterns]
