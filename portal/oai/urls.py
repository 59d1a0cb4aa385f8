from django.urls import path

from portal.oai import views

urlpatterns = [
    path("", views.endpoint, name="oai"),
    path("lrmi.xsd", views.lrmi_schema, name="oai_lrmi_schema"),
]
