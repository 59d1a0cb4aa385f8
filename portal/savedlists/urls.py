from django.urls import path

from portal.savedlists import views

app_name = "savedlists"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:list_id>/", views.detail, name="detail"),
    path("<int:list_id>/nimea/", views.rename, name="rename"),
    path("<int:list_id>/poista/", views.delete, name="delete"),
    path("<int:list_id>/poista-sivu/<int:item_id>/", views.remove_item, name="remove_item"),
    path("tallenna/<int:page_id>/", views.save_page, name="save_page"),
]
