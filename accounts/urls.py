from django.urls import path

from accounts import views

admin_urlpatterns = [
    path("kutsut/", views.invitations, name="accounts_invitations"),
    path("kutsut/<int:pk>/peru/", views.revoke, name="accounts_revoke_invitation"),
    path("kirjautumisestot/", views.lockouts, name="accounts_lockouts"),
    path("kirjautumisestot/vapauta/", views.release_lockout, name="accounts_release_lockout"),
]
