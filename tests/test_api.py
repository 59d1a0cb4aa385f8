"""The open read API (portal.api at /api/v2/): only what an anonymous reader may open, only the
fields the public pages show, its filters, its OpenAPI description and its limit per address.

Every private field of the public content carries the word SALAISUUS (teacher notes, contact
e-mail addresses, the online meeting link, a draft change), and every page or file the public
may not read carries KANARIA in its title: no answer of the API may contain either word.
"""

import json
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from portal.core.groups import page_collection, shared_collection
from portal.core.models import PortalDocument, PortalImage
from tests.core.media_helpers import materials
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory, phase

SECRET = "SALAISUUS"
CANARY = "KANARIA"
TYPES = [
    "plans.LessonPlanPage",
    "practices.PracticePage",
    "practices.AnnualClockPage",
    "practices.DevelopmentPlanPage",
    "municipalities.MunicipalityPage",
    "networks.NetworkPage",
    "networks.RegionPage",
    "networks.EventPage",
]


def plan(parent, word, **extra):
    """A lesson plan with the word in its title and a secret in its teacher notes."""
    return LessonPlanPageFactory(
        parent=parent,
        title=f"{word} murtoluvut",
        phases=[phase(f"{word} vaihe", 20, f"Oppilaalle {word}.", f"Opettajalle {SECRET}.")],
        **extra,
    )


def gif():
    data = BytesIO()
    Image.new("RGB", (2, 2)).save(data, "GIF")
    return data.getvalue()


def upload(model, collection, title):
    data, extension = (gif(), "gif") if model is PortalImage else (b"Liite.", "txt")
    return model.objects.create(
        title=title, file=ContentFile(data, name=f"tiedosto.{extension}"), collection=collection
    )


def fresh(page):
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.fixture
def world(home_page, rusko, masku, media_root):
    """Public content of every type, with secrets in its private fields, and hidden pages and
    files beside it."""
    public = plan(rusko, "AVOIN", curriculum={"subjects": ["matematiikka"], "grades": ["4"]})
    other = plan(masku, "TOINEN", curriculum={"subjects": ["historia"], "grades": ["7"]})
    practice = factories.PracticePageFactory(
        parent=rusko, title="AVOINkaytanne", contact_name="Kaisa Kontakti",
        contact_email=f"{SECRET.lower()}@example.fi",
    )  # fmt: skip
    clock = factories.AnnualClockPageFactory(parent=rusko, title="AVOINvuosikello")
    development = factories.DevelopmentPlanPageFactory(parent=rusko, title="AVOINohjelma")
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, title="AVOINverkosto")
    region = factories.RegionPageFactory(
        parent=network, coordinator_email=f"{SECRET.lower()}.alue@example.fi"
    )
    event = factories.EventPageFactory(
        parent=region, title="AVOINtapahtuma", online_url=f"https://example.fi/{SECRET}"
    )
    hidden = {
        "draft": plan(masku, "KANARIAluonnos", live=False),
        "private": plan(masku, "KANARIAyksityinen", visibility="private"),
        "teachers": plan(masku, "KANARIAopettajat", visibility="teachers"),
        "unpublished": plan(masku, "KANARIApoistettu"),
        "restricted": StandardPage(title="KANARIArajattu", slug="rajattu"),
    }
    home_page.add_child(instance=hidden["restricted"])
    PageViewRestriction.objects.create(
        page=hidden["restricted"], restriction_type=PageViewRestriction.LOGIN
    )
    hidden["unpublished"].unpublish()
    # A draft change of the public plan: the API serves the live revision only.
    draft = fresh(public)
    draft.title = f"{SECRET} muutos"
    draft.summary = f"Tiivistelmä {SECRET}."
    draft.save_revision()

    document = upload(PortalDocument, page_collection(rusko), "AVOINasiakirja")
    image = upload(PortalImage, page_collection(rusko), "AVOINkuva")
    shared = upload(PortalImage, shared_collection(), "AVOINyhteinen")
    private_document = upload(PortalDocument, page_collection(masku), "KANARIAmuistio")
    private_image = upload(PortalImage, page_collection(masku), "KANARIAkasvot")
    uses = [(public, document, image), (hidden["private"], private_document, private_image)]
    for page, *files in uses:
        page = fresh(page)
        page.materials = materials(*files)
        page.save()
    return {
        "public": public, "other": other, "practice": practice, "clock": clock,
        "development": development, "network": network, "region": region, "event": event,
        "hidden": hidden, "document": document, "image": image, "shared": shared,
        "private_document": private_document, "private_image": private_image,
    }  # fmt: skip


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, params, response.content[:500])
    return response.json()


def ids(data):
    return {item["id"] for item in data["items"]}


def assert_nothing_secret(response):
    text = response.content.decode()
    assert SECRET not in text and SECRET.lower() not in text, response.request
    assert CANARY not in text, response.request


@pytest.mark.django_db
def test_lists_show_every_public_page_and_nothing_hidden(client, world):
    data = get(client, "/api/v2/pages/", limit=20)
    shown = ids(data)
    for name in ("public", "other", "practice", "clock", "development", "network", "event"):
        assert world[name].pk in shown, name
    for page in world["hidden"].values():
        assert page.pk not in shown
    assert data["meta"]["total_count"] == len(shown)


@pytest.mark.django_db
@pytest.mark.parametrize("model", TYPES)
def test_every_type_lists_and_details_without_secrets(client, world, model):
    response = client.get("/api/v2/pages/", {"type": model, "fields": "*"})
    assert response.status_code == 200
    assert_nothing_secret(response)
    items = response.json()["items"]
    assert items, model
    for item in items:
        detail = client.get(f"/api/v2/pages/{item['id']}/")
        assert detail.status_code == 200
        assert_nothing_secret(detail)
        assert detail.json()["meta"]["type"] == model


@pytest.mark.django_db
def test_a_plan_shows_what_its_public_page_shows(client, world):
    data = get(client, f"/api/v2/pages/{world['public'].pk}/")
    assert data["title"] == "AVOIN murtoluvut"
    assert [subject["code"] for subject in data["subjects"]] == ["matematiikka"]
    assert [grade["code"] for grade in data["grades"]] == ["4"]
    assert data["competences"][0]["code"] == "L1"
    assert data["duration"] == 45
    assert data["learning_outcome"]
    assert data["key_points"] == ["Murtoluku kertoo osan kokonaisuudesta."]
    assert data["phases"] == [
        {
            "kind": "activity",
            "title": "AVOIN vaihe",
            "duration": 20,
            "pupil_instructions": "<p>Oppilaalle AVOIN.</p>",
        }
    ]
    assert data["licence"]["code"] == "cc-by"
    assert data["municipality"]["title"] == "Rusko"
    assert data["based_on"] is None
    assert {"first_published_at", "last_published_at"} <= set(data["meta"])
    for private in ("visibility", "owner", "teacher_notes", "co_authors", "materials"):
        assert private not in data
    assert "alias_of" not in data["meta"]


@pytest.mark.django_db
def test_private_contact_fields_are_left_out(client, world):
    practice = get(client, f"/api/v2/pages/{world['practice'].pk}/")
    assert practice["contact_name"] == "Kaisa Kontakti"
    assert "contact_email" not in practice
    event = get(client, f"/api/v2/pages/{world['event'].pk}/")
    assert "online_url" not in event and event["location"]
    region = get(client, f"/api/v2/pages/{world['region'].pk}/")
    assert "coordinator_email" not in region and region["coordinator_name"]
    # Nor can they be asked for.
    response = client.get(
        "/api/v2/pages/", {"type": "practices.PracticePage", "fields": "contact_email"}
    )
    assert response.status_code == 400


@pytest.mark.django_db
def test_hidden_pages_have_no_detail(client, world):
    for page in world["hidden"].values():
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 404
        assert_nothing_secret(response)


@pytest.mark.django_db
def test_a_signed_in_administrator_reads_the_same_open_api(client, world, django_user_model):
    admin = django_user_model.objects.create_superuser("paakayttaja", "p@example.fi", "x")
    client.force_login(admin)
    response = client.get("/api/v2/pages/", {"type": "plans.LessonPlanPage", "fields": "*"})
    assert_nothing_secret(response)
    assert ids(response.json()) == {world["public"].pk, world["other"].pk}
    assert client.get(f"/api/v2/pages/{world['hidden']['private'].pk}/").status_code == 404
    # A browser asking for HTML gets JSON too: no browsable API pages.
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["KANARIAyksityinen", "KANARIAluonnos", "KANARIArajattu", SECRET])
def test_search_finds_nothing_hidden(client, world, word):
    response = client.get("/api/v2/pages/", {"search": word, "fields": "*"})
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.django_db
def test_search_finds_public_content(client, world):
    found = ids(get(client, "/api/v2/pages/", search="AVOINkaytanne"))
    assert found == {world["practice"].pk}
    found = ids(get(client, "/api/v2/pages/", search="murtoluvut", kunta="rusko"))
    assert found == {world["public"].pk}


@pytest.mark.django_db
def test_media_only_when_everyone_may_read_them(client, world):
    images = client.get("/api/v2/images/", {"fields": "*"})
    documents = client.get("/api/v2/documents/", {"fields": "*"})
    for response in (images, documents):
        assert response.status_code == 200
        assert_nothing_secret(response)
    assert ids(images.json()) == {world["image"].pk, world["shared"].pk}
    assert ids(documents.json()) == {world["document"].pk}
    assert get(client, f"/api/v2/images/{world['image'].pk}/")["title"] == "AVOINkuva"
    assert get(client, f"/api/v2/documents/{world['document'].pk}/")["title"] == "AVOINasiakirja"
    assert client.get(f"/api/v2/images/{world['private_image'].pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{world['private_document'].pk}/").status_code == 404
    for endpoint, word in (("images", "KANARIAkasvot"), ("documents", "KANARIAmuistio")):
        assert get(client, f"/api/v2/{endpoint}/", search=word)["items"] == []


@pytest.mark.django_db
def test_filters(client, world, rusko):
    plans = {"type": "plans.LessonPlanPage"}
    assert ids(get(client, "/api/v2/pages/", **plans)) == {world["public"].pk, world["other"].pk}
    assert ids(get(client, "/api/v2/pages/", **plans, kunta="masku")) == {world["other"].pk}
    assert ids(get(client, "/api/v2/pages/", **plans, kunta=rusko.municipality_code)) == {
        world["public"].pk
    }
    assert ids(get(client, "/api/v2/pages/", aine="historia")) == {world["other"].pk}
    assert ids(get(client, "/api/v2/pages/", luokka="4")) == {world["public"].pk}
    assert ids(get(client, "/api/v2/pages/", aine="matematiikka", luokka="7")) == set()
    town = ids(get(client, "/api/v2/pages/", kunta="rusko", limit=20))
    assert town >= {world["practice"].pk, world["clock"].pk, world["development"].pk}
    assert world["other"].pk not in town


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"kunta": "ei-ole"},
        {"aine": "ei-ole"},
        {"luokka": "99"},
        {"type": "plans.EiOle"},
        {"type": "ei tyyppi"},
        {"visibility": "private"},
        {"type": "plans.LessonPlanPage", "duration": "pitkä"},
        {"limit": "paljon"},
        {"fields": "teacher_notes"},
        {"order": "visibility"},
        {"kunta": ""},
        {"child_of": "abc"},
        {"descendant_of": "999999"},
        {"offset": "-5"},
        {"search": "murtoluku", "search_operator": "xor"},
        {"search": "murtoluku", "order": "duration", "type": "plans.LessonPlanPage"},
    ],
)
def test_bad_filters_answer_400(client, world, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.django_db
def test_openapi_describes_the_endpoints(client, world):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    for path in ("pages", "images", "documents"):
        assert f"/api/v2/{path}/" in document["paths"]
        assert f"/api/v2/{path}/{{id}}/" in document["paths"]
    parameters = {p["name"] for p in document["paths"]["/api/v2/pages/"]["get"]["parameters"]}
    assert {"type", "kunta", "aine", "luokka", "search", "fields"} <= parameters
    plan = document["components"]["schemas"]["plans_LessonPlanPage"]["properties"]
    assert {"subjects", "grades", "phases", "licence", "based_on"} <= set(plan)
    assert "teacher_notes" not in json.dumps(document)


@pytest.mark.django_db
def test_too_many_requests_from_one_address_answer_429(client, world):
    rates = {"DEFAULT_THROTTLE_RATES": {"api": "3/min"}}
    with override_settings(REST_FRAMEWORK=rates):
        for _ in range(3):
            assert client.get("/api/v2/pages/").status_code == 200
        throttled = client.get("/api/v2/images/")
        assert throttled.status_code == 429
        assert throttled["Retry-After"]
        # Another address has its own count.
        assert client.get("/api/v2/pages/", REMOTE_ADDR="10.0.0.2").status_code == 200


@pytest.mark.django_db
def test_the_list_costs_the_same_whatever_the_number_of_pages(
    client, world, rusko, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as few:
        get(client, "/api/v2/pages/", limit=20)
    for number in range(10):
        plan(rusko, f"LISÄÄ{number}")
    with django_assert_max_num_queries(len(few)):
        data = get(client, "/api/v2/pages/", limit=20)
    assert len(data["items"]) == 20


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["images", "documents"])
@pytest.mark.parametrize(
    "params",
    [
        {"search": "kuva", "search_operator": "xor"},
        {"order": "file"},
        {"fields": "file"},
        {"id": "x"},
    ],
)
def test_bad_media_filters_answer_400(client, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.django_db
def test_find_redirects_to_public_pages_only(client, world):
    public, private = world["public"], world["hidden"]["private"]
    response = client.get("/api/v2/pages/find/", {"id": public.pk})
    assert response.status_code == 302
    assert f"/api/v2/pages/{public.pk}/" in response["Location"]
    assert client.get("/api/v2/pages/find/", {"id": private.pk}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": private.url}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"id": "abc"}).status_code == 400
    assert client.get("/api/v2/images/find/", {"id": "abc"}).status_code == 400
