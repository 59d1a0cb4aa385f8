""" "Teachers of the network": what a town opens to the teachers and moderators of the towns it
shares a network with, kept in step as towns join and leave, and chosen in the editor."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from networks.networks.models import NetworkMembership
from networks.practices.models import PracticePage
from portal.sharing import models as sharing
from portal.sharing.copying import copy_to_municipality
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import edit_url, make_moderator, make_teacher, plan_form

SECRET = "VERKOSTOSALAISUUS"


@pytest.fixture
def towns(municipality_index, rusko, masku):
    """Tutor 2.0 (Rusko, Masku), OPPIVA (Masku, Lieto), and Nousiainen in no network; a
    teacher of each town and Masku's moderator."""
    index = factories.NetworkIndexPageFactory(parent=municipality_index.get_parent())
    tutor = factories.NetworkPageFactory(parent=index, title="Tutor 2.0", slug="tutor")
    oppiva = factories.NetworkPageFactory(parent=index, title="OPPIVA", slug="oppiva")
    lieto = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="423")
    nousiainen = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="538"
    )
    for network, town in ((tutor, rusko), (tutor, masku), (oppiva, masku), (oppiva, lieto)):
        NetworkMembership.objects.create(network=network, municipality=town)
    teachers = {
        "Rusko": make_teacher(rusko, "riikka.rusko"),
        "Masku": make_moderator(masku, "mikko.masku"),
        "Lieto": make_teacher(lieto, "leo.lieto"),
        "Nousiainen": make_teacher(nousiainen, "niina.nousiainen"),
    }
    return {
        "tutor": tutor,
        "oppiva": oppiva,
        "rusko": rusko,
        "masku": masku,
        "lieto": lieto,
        "nousiainen": nousiainen,
        "teachers": teachers,
    }


def practice(town, slug, network=None):
    return factories.PracticePageFactory(
        parent=town,
        title=f"{SECRET} {slug}",
        slug=slug,
        visibility="network",
        visibility_network=network,
    )


def readers(page, teachers):
    """The towns whose teacher reads the page (its address answers with its content)."""
    found = []
    for town, teacher in teachers.items():
        client = Client()
        client.force_login(teacher)
        response = client.get(page.url)
        if response.status_code == 200 and SECRET in response.content.decode():
            found.append(town)
    return found


def publish_members(network, towns):
    """The network's coordinators publish it with these member towns (as in the editor)."""
    network = type(network).objects.get(pk=network.pk)
    kept = {membership.municipality_id: membership for membership in network.memberships.all()}
    network.memberships = [
        kept.get(town.pk) or NetworkMembership(municipality=town) for town in towns
    ]
    network.save_revision().publish()


@pytest.mark.django_db
def test_the_towns_of_its_networks_read_it_and_no_one_else(towns):
    every_network = practice(towns["masku"], "kaikki")
    one_network = practice(towns["masku"], "tutor", towns["tutor"])
    teachers = towns["teachers"]
    assert readers(every_network, teachers) == ["Rusko", "Masku", "Lieto"]
    assert readers(one_network, teachers) == ["Rusko", "Masku"]
    anonymous = Client().get(every_network.url)
    assert anonymous.status_code == 302
    assert SECRET not in anonymous.content.decode()
    restriction = PageViewRestriction.objects.get(page=one_network)
    assert restriction.restriction_type == PageViewRestriction.GROUPS


@pytest.mark.django_db
def test_publishing_the_network_with_other_members_rewrites_its_readers(towns, monkeypatch):
    one_network = practice(towns["masku"], "tutor", towns["tutor"])
    ruskos = practice(towns["rusko"], "ruskon", None)
    teachers = towns["teachers"]
    # Lieto joins Tutor 2.0, Rusko leaves it.
    publish_members(towns["tutor"], [towns["masku"], towns["lieto"]])
    assert readers(one_network, teachers) == ["Masku", "Lieto"]
    # Rusko is in no network now: its own page is read by its own town only.
    assert readers(ruskos, teachers) == ["Rusko"]
    # Publishing it again with the same members rewrites nothing.
    written = []
    monkeypatch.setattr(sharing, "sync_view_restriction", lambda page, *a: written.append(page))
    publish_members(towns["tutor"], [towns["masku"], towns["lieto"]])
    assert written == []


@pytest.mark.django_db
def test_a_town_leaving_or_joining_directly_rewrites_its_readers(towns):
    every_network = practice(towns["masku"], "kaikki")
    teachers = towns["teachers"]
    NetworkMembership.objects.filter(network=towns["oppiva"], municipality=towns["lieto"]).delete()
    assert readers(every_network, teachers) == ["Rusko", "Masku"]
    NetworkMembership.objects.create(network=towns["oppiva"], municipality=towns["nousiainen"])
    assert readers(every_network, teachers) == ["Rusko", "Masku", "Nousiainen"]


@pytest.mark.django_db
def test_only_a_live_network_reads_and_a_deleted_one_closes_what_chose_it(towns):
    one_network = practice(towns["masku"], "oppiva", towns["oppiva"])
    every_network = practice(towns["masku"], "kaikki")
    teachers = towns["teachers"]
    towns["oppiva"].unpublish()
    assert readers(one_network, teachers) == ["Masku"]
    assert readers(every_network, teachers) == ["Rusko", "Masku"]
    towns["oppiva"].save_revision().publish()
    assert readers(one_network, teachers) == ["Masku", "Lieto"]
    towns["oppiva"].delete()
    # Not opened to Masku's other network, which its author did not choose.
    assert readers(one_network, teachers) == ["Masku"]
    assert PracticePage.objects.get(pk=one_network.pk).visibility == "municipality"
    assert readers(every_network, teachers) == ["Rusko", "Masku"]


@pytest.mark.django_db
def test_a_draft_visibility_does_not_apply_until_it_is_published(towns):
    page = practice(towns["masku"], "tutor", towns["tutor"])
    teachers = towns["teachers"]
    draft = PracticePage.objects.get(pk=page.pk)
    draft.visibility_network = towns["oppiva"]
    revision = draft.save_revision()
    assert readers(page, teachers) == ["Rusko", "Masku"]
    revision.publish()
    assert readers(page, teachers) == ["Masku", "Lieto"]


@pytest.mark.django_db
def test_a_copy_into_a_town_of_no_network_is_made_but_not_published_so(towns, admin_user):
    """Copying is never refused for the source's visibility; the copy's own town alone would
    read it, and publishing it asks for another visibility."""
    source = practice(towns["masku"], "tutor", towns["tutor"])
    copy = copy_to_municipality(source, towns["nousiainen"], admin_user)
    assert not copy.live and copy.visibility == "network"
    with pytest.raises(ValidationError, match="Kunta ei kuulu yhteenkään verkostoon"):
        copy.save_revision().publish()
    copy = PracticePage.objects.get(pk=copy.pk)
    copy.visibility = "municipality"
    copy.save_revision().publish()
    assert readers(copy, towns["teachers"]) == ["Nousiainen"]


def latest(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def network_plan_form(plan, network, visibility="network"):
    data = plan_form(plan, "action-save")
    data.update(visibility=visibility, visibility_network=str(network.pk) if network else "")
    return data


@pytest.mark.django_db
def test_the_editor_offers_the_towns_networks_and_refuses_others(towns):
    masku, rusko = towns["masku"], towns["rusko"]
    teacher = make_teacher(rusko, "raili.rusko")
    plan = LessonPlanPageFactory(parent=rusko, owner=teacher, title="Murtoluvut", slug="m")
    client = Client()
    client.force_login(teacher)
    with translation.override("fi"):
        page = client.get(edit_url(plan)).content.decode()
        assert "Verkoston opettajat" in page
        assert "Tutor 2.0</option>" in page and "OPPIVA</option>" not in page

        refused = client.post(edit_url(plan), network_plan_form(plan, towns["oppiva"]))
        assert refused.status_code == 200
        assert "Kunta ei kuulu tähän verkostoon" in refused.content.decode()
        assert latest(plan).visibility_network_id is None

        saved = client.post(edit_url(plan), network_plan_form(plan, towns["tutor"]))
        assert saved.status_code == 302
        draft = latest(plan)
        assert (draft.visibility, draft.visibility_network_id) == ("network", towns["tutor"].pk)

        # A network chosen under another level is not kept.
        client.post(edit_url(plan), network_plan_form(plan, towns["tutor"], "teachers"))
        draft = latest(plan)
        assert (draft.visibility, draft.visibility_network_id) == ("teachers", None)

    lonely = make_teacher(towns["nousiainen"], "noora.nousiainen")
    alone = LessonPlanPageFactory(parent=towns["nousiainen"], owner=lonely, slug="yksin")
    client.force_login(lonely)
    with translation.override("fi"):
        refused = client.post(edit_url(alone), network_plan_form(alone, None))
    assert "Kunta ei kuulu yhteenkään verkostoon" in refused.content.decode()
    assert masku.pk  # Masku's own networks are not offered to Nousiainen either
