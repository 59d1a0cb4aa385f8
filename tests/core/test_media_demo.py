"""The demo's images and documents are in their town's collection or the shared one, and are as
open as the plan that uses them."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from plans.models import LessonPlanPage
from portal.core.groups import page_collection, shared_collection
from portal.core.models import PortalDocument, PortalImage
from portal.municipalities.models import MunicipalityPage
from tests.core.media_helpers import client_for
from tests.helpers import make_teacher


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.mark.django_db
def test_demo_uploads_are_in_their_towns_collection_and_open_as_their_plan(full_demo, client):
    rusko = MunicipalityPage.objects.get(title="Rusko")
    pizza = PortalImage.objects.get(title="Paperipizza kuuteen osaan")
    cards = PortalDocument.objects.get(title="Murtolukukortit (tulostettava)")
    template = PortalDocument.objects.get(title="Tuntisuunnitelman pohja")
    plan = LessonPlanPage.objects.get(title="Murtoluvut pizzapaloina", copy_record=None)

    assert pizza.collection == cards.collection == page_collection(rusko)
    assert template.collection == shared_collection()
    text = client.get(plan.url).content.decode()
    assert cards.url in text
    assert "/media/images/paperipizza" in text
    assert client.get(cards.url).status_code == 200  # the plan is open to everyone
    assert client.get(pizza.file.url).status_code == 200
    assert client.get(template.url).status_code == 200  # the shared collection
    masku = MunicipalityPage.objects.get(title="Masku")
    rusko_chooser = client_for(make_teacher(rusko, "testi.rusko")).get("/admin/images/chooser/")
    masku_chooser = client_for(make_teacher(masku, "testi.masku")).get("/admin/images/chooser/")
    assert "Paperipizza" in rusko_chooser.content.decode()
    assert "Paperipizza" not in masku_chooser.content.decode()


@pytest.mark.django_db
def test_running_the_demo_loader_again_adds_no_uploads(full_demo):
    before = (PortalImage.objects.count(), PortalDocument.objects.count())
    call_command("load_demo", "--no-admin", verbosity=0)

    assert (PortalImage.objects.count(), PortalDocument.objects.count()) == before
