"""Leak matrix: what is not open to everyone never reaches an anonymous reader.

Canary pages each carry a word of their own in the title, summary and body: drafts, private,
town-only and teachers-only pages, a submission the town's moderator sent back, a page
waiting for moderation, an unpublished page, draft changes on top of public pages, and copies
that are drafts or private. Every public surface is requested as an anonymous reader (the
pages themselves, the pupil view, the libraries, collections, the town, network and home
pages, search in Finnish and Swedish, the sitemap, the iCalendar feeds, the Atom and RSS news
feeds of the libraries, towns and network (filtered too), OAI-PMH's harvests and records, the
admin's previews,
the copy views, the copy counts, and the addresses an API or a feed would have) and its body
and Location header are read for every canary. Public controls prove that the same requests
do show what is open, so that "0 leaks" means something.

Documents and images are canaries too: the files used by the town-only, private, draft and
teachers-only plans and one nobody uses, each with secret words in its title, its file name and
its bytes. Their own addresses (the document's, its file under /media/, an image's original and
rendition) must answer 404, to an anonymous reader and (but for the teachers-only plan's image,
which every signed-in teacher reads) to a teacher of another town, whose admin choosers, lists,
searches and edit, usage and delete views must not show them either. A public plan's document
and image and a shared image are the controls: they are served.
"""

import re
from dataclasses import dataclass, field
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from PIL import Image
from wagtail.models import Locale, Page, PageViewRestriction, WorkflowState

from home.models import HomePageHighlight
from networks.networks.models import CollectionItem, NetworkMembership
from plans.models import PlanLibraryPage
from portal.core.groups import page_collection, shared_collection
from portal.core.models import PortalDocument, PortalImage
from portal.demo.translations import translate as make_version
from portal.oai.records import kind_of_model
from portal.sharing.copying import copy_to_municipality
from tests.core.media_helpers import materials
from tests.factories import networks as factories
from tests.factories.networks import activity
from tests.factories.plans import LessonPlanPageFactory, phase
from tests.helpers import action_url, make_moderator, make_teacher, submit

# The copy counts an anonymous reader would see if draft or private copies were counted.
LEAKED_COUNTS = [f"Käytössä {n} kunnassa" for n in range(2, 6)] + [
    f"kopioitu {n} kertaa" for n in range(2, 6)
]

# The words of the public controls, which the surfaces must show.
PLAN_WORD, PRACTICE_WORD = "KONTROLLIsuunnitelma", "KONTROLLIkaytanne"


@dataclass
class Canary:
    """A page (or a draft change of one) that an anonymous reader must never see."""

    kind: str
    words: list[str]
    page: Page | None
    # The address of a page that is not public at all is a secret too; a draft change of a
    # public page keeps its public address.
    secret_address: bool = True
    # What a copy count would show if it counted this copy (checked on count surfaces only).
    count_markers: list[str] = field(default_factory=list)
    # A document or an image: its own addresses, which must answer 404 (label, address).
    media: list[tuple[str, str]] = field(default_factory=list)
    # The admin's addresses for it, which another town's teacher must not get it from.
    admin_addresses: list[str] = field(default_factory=list)
    # Secret from a teacher of another town as well as from an anonymous reader.
    cross_town: bool = True
    # Open to the teachers of the network: read by a member town's teacher, by no one else.
    network: bool = False


class Canaries(list):
    """The canaries of the world, in the order they were made."""

    def add(self, kind, page, *extra_words, **options):
        """A canary for ``page``: the KANARIA word of its title, and ``extra_words``."""
        word = re.search(r"KANARIA\w+", page.title).group()
        self.append(Canary(kind, [word, *extra_words], page, **options))
        return page

    def add_media(self, kind, obj, words, page=None, **options):
        """A document or an image (``words``: of its title, file name and bytes) used by
        ``page``, if any."""
        self.append(
            Canary(
                kind,
                words,
                page,
                secret_address=False,
                media=media_addresses(obj),
                admin_addresses=admin_addresses(obj),
                **options,
            )
        )
        return obj


@dataclass
class Surface:
    """An address an anonymous reader may request."""

    label: str
    url: str
    params: dict = field(default_factory=dict)
    # Its own page's address may come back in a login redirect (?next=...): not a leak.
    own: Page | None = None
    # A search echoes its query: the query is taken out of the answer before reading it.
    query: str = ""
    # A copy count: only this part of the answer is read, and count markers too.
    extract: object = None
    # What the answer must show (the public controls).
    expect: list[str] = field(default_factory=list)
    # A search for a canary word must find nothing.
    finds_nothing: bool = False
    # The status the answer must have (a file's own address: 404 for a secret, 200 for a control).
    status: int | None = None
    # A 404 page links to the address asked for (its language switcher): taken out before reading.
    echoes_address: bool = False


def answer_text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    # iCalendar folds long lines: unfold them so that no word is split.
    text = body.decode(errors="replace").replace("\r\n ", "").replace("\n ", "")
    return f"{text}\n{response.get('Location', '')}"


def between(start, end):
    """Read only the part of the answer from ``start`` to the next ``end``."""

    def extract(text):
        begin = text.find(start)
        if begin < 0:
            return ""
        stop = text.find(end, begin + len(start))
        return text[begin : stop if stop >= 0 else len(text)]

    return extract


def adoption_of(text):
    return between('<p class="sharing__adoption">', "</p>")(text)


def fresh(page):
    """A page as stored, apart from the object in hand (a factory page has no revision, so
    ``get_latest_revision_as_object`` would hand back the same object)."""
    return type(page).objects.get(pk=page.pk)


def plan_with(parent, word, slug, **extra):
    """A lesson plan whose title, summary, phases and teacher notes carry the word."""
    return LessonPlanPageFactory(
        parent=parent,
        title=f"{word} murtoluvut",
        slug=slug,
        summary=f"Tiivistelmä {word} pizzasta.",
        phases=[phase(f"{word} vaihe", 20, f"Oppilaalle {word}.", f"Opettajalle {word}.")],
        **extra,
    )


def practice_with(parent, word, slug, **extra):
    return factories.PracticePageFactory(
        parent=parent,
        title=f"{word} käytänne",
        slug=slug,
        summary=f"Tiivistelmä {word}.",
        need=f"<p>Tarve {word}.</p>",
        **extra,
    )


# --- Documents and images ------------------------------------------------------------------------

# The files of the hidden plans, and one nobody uses: (kind, the plan that uses it or None,
# document or image, the secret words of its title, its file name and its bytes, whether it is
# secret from another town's teachers too).
MEDIA_CANARIES = [
    ("document of a town-only plan", "town-only plan", "document",
     "KANARIAmuistio", "KANARIAnimilista", "KANARIAarvosanat", True),
    ("image of a town-only plan", "town-only plan", "image",
     "KANARIAluokkakuva", "KANARIAkasvot", "KANARIAkuvasisus", True),
    ("document of a private plan", "private plan", "document",
     "KANARIApoytakirja", "KANARIAhenkilotiedot", "KANARIAhetu", True),
    ("image of a draft plan", "draft plan", "image",
     "KANARIAretkikuva", "KANARIAretkipaikka", "KANARIAsijainti", True),
    ("unused document of a town", None, "document",
     "KANARIAkeskenerainen", "KANARIAtyoversio", "KANARIAvedos", True),
    ("image of a teachers-only plan", "teachers-only plan", "image",
     "KANARIAopehuone", "KANARIAtaulu", "KANARIAliitu", False),
]  # fmt: skip


def gif_with(word):
    """A small GIF whose bytes carry ``word`` (a GIF is stored as uploaded, comment and all)."""
    output = BytesIO()
    Image.new("RGB", (64, 48), "white").save(output, "GIF", comment=word.encode())
    return output.getvalue()


def upload_with(kind, collection, title_word, file_word, content_word):
    """A document or an image whose title, file name and bytes carry the words."""
    if kind == "document":
        data, model, extension = f"Liite: {content_word}.".encode(), PortalDocument, "txt"
    else:
        data, model, extension = gif_with(content_word), PortalImage, "gif"
    return model.objects.create(
        title=f"{title_word} liite",
        file=ContentFile(data, name=f"{file_word}.{extension}"),
        collection=collection,
    )


def media_addresses(obj):
    """(label, address) of a document's or an image's own files."""
    if isinstance(obj, PortalDocument):
        return [("document", obj.url), ("document's file", f"/media/{obj.file.name}")]
    return [
        ("image original", obj.file.url),
        ("image rendition", obj.get_rendition("width-40").url),
    ]


def admin_addresses(obj):
    """The admin's edit, usage, delete and chooser views of a document or an image."""
    if isinstance(obj, PortalDocument):
        return [
            f"/admin/documents/{view}/{obj.pk}/" for view in ("edit", "usage", "delete", "chooser")
        ]
    return [
        f"/admin/images/{obj.pk}/",
        f"/admin/images/usage/{obj.pk}/",
        f"/admin/images/{obj.pk}/delete/",
        f"/admin/images/chooser/{obj.pk}/",
    ]


def use_in(page, document=None, image=None):
    """The page as stored, its materials now using the document and the image."""
    page = fresh(page)
    page.materials = materials(document, image)
    page.save()


def _media_canaries(canaries, masku):
    """The hidden plans' files and an unused one, in Masku's collection."""
    plans = {canary.kind: canary.page for canary in canaries}
    used = {}
    for kind, plan_kind, media_kind, *words, cross_town in MEDIA_CANARIES:
        obj = upload_with(media_kind, page_collection(masku), *words)
        canaries.add_media(kind, obj, words, plans.get(plan_kind), cross_town=cross_town)
        if plan_kind:
            used.setdefault(plan_kind, {})[media_kind] = obj
    for plan_kind, files in used.items():
        use_in(plans[plan_kind], files.get("document"), files.get("image"))


def _media_controls(plan, rusko):
    """A public plan's document and image, and an unused image of the shared collection."""
    collection = page_collection(rusko)
    document = upload_with(
        "document", collection, "KONTROLLIasiakirja", "kontrolliliite", "KONTROLLIsisalto"
    )
    image = upload_with("image", collection, "KONTROLLIkuva", "kontrollikuva", "KONTROLLIpikselit")
    use_in(plan, document, image)
    shared = upload_with(
        "image", shared_collection(), "KONTROLLIyhteinen", "yhteinen", "KONTROLLIyhteiset"
    )
    return {"document": document, "image": image, "shared image": shared}


def _places(home_page):
    """The libraries, and a network with a region."""
    plan_library = PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat")
    home_page.add_child(instance=plan_library)
    practice_library = factories.PracticeLibraryPageFactory(parent=home_page)
    network_index = factories.NetworkIndexPageFactory(parent=home_page)
    network = factories.NetworkPageFactory(parent=network_index, title="Verkosto", slug="verkosto")
    region = factories.RegionPageFactory(parent=network, title="Alue", slug="alue")
    return {
        "plan_library": plan_library,
        "practice_library": practice_library,
        "network": network,
        "region": region,
    }


def _public_controls(rusko, rusko_teacher, network, region):
    """Public controls: what the surfaces must show. (plan, practice, collection)"""
    plan = plan_with(rusko, PLAN_WORD, "kontrolli-suunnitelma", owner=rusko_teacher)
    practice = practice_with(rusko, PRACTICE_WORD, "kontrolli-kaytanne")
    factories.EventPageFactory(parent=network, title="KONTROLLItapahtuma")
    factories.EventPageFactory(parent=region, title="KONTROLLIaluetapahtuma")
    collection = factories.CollectionPageFactory(parent=network, title="Kokoelma", slug="kokoelma")
    return plan, practice, collection


def _hidden_plans(canaries, masku):
    """Lesson plans: draft, private, town-only, teachers-only, and one that was public, then
    unpublished."""
    canaries.add("draft plan", plan_with(masku, "KANARIAluonnos", "sivu-1", live=False))
    private_plan = canaries.add(
        "private plan",
        plan_with(masku, "KANARIAyksityinen", "sivu-2", visibility="private"),
        "KANARIAtagi salainen",
    )
    private_plan.tags.add("KANARIAtagi salainen")
    private_plan.save_revision().publish()
    canaries.add(
        "town-only plan", plan_with(masku, "KANARIAkunta", "sivu-3", visibility="municipality")
    )
    canaries.add(
        "teachers-only plan", plan_with(masku, "KANARIAopettajat", "sivu-4", visibility="teachers")
    )
    unpublished = canaries.add("unpublished plan", plan_with(masku, "KANARIApoistettu", "sivu-5"))
    unpublished.unpublish()


def _submitted_plans(canaries, masku, masku_teacher, masku_moderator):
    """Submitted through the admin: one sent back by the town's moderator, one still waiting."""
    admin = Client()
    admin.force_login(masku_teacher)
    rejected = canaries.add(
        "rejected plan",
        plan_with(masku, "KANARIAhylatty", "sivu-6", live=False, owner=masku_teacher),
    )
    assert submit(admin, rejected, instructions="KANARIAhylatty ohje").status_code == 302
    waiting = canaries.add(
        "plan waiting for moderation",
        plan_with(masku, "KANARIAodottaa", "sivu-7", live=False, owner=masku_teacher),
    )
    assert submit(admin, waiting, instructions="KANARIAodottaa ohje").status_code == 302
    admin.force_login(masku_moderator)
    rejected.refresh_from_db()
    admin.post(action_url(rejected, "reject"), {"comment": "Lisää tavoitteet."})
    assert WorkflowState.objects.filter(
        object_id=str(rejected.pk), status=WorkflowState.STATUS_NEEDS_CHANGES
    ).exists()
    assert not rejected.live and not waiting.live


def _draft_changes_of_plans(canaries, masku, masku_teacher):
    """Drafts not yet approved: one that would open a private plan to everyone, and changes
    on top of a public plan (the public page shows only what was approved)."""
    opening = canaries.add(
        "private plan with a public draft",
        plan_with(masku, "KANARIAnakyvyys", "sivu-8", visibility="private"),
    )
    draft = fresh(opening)
    draft.visibility = "public"
    draft.save_revision(user=masku_teacher)

    public_plan = LessonPlanPageFactory(parent=masku, title="Julkinen suunnitelma", slug="sivu-9")
    draft = fresh(public_plan)
    draft.title = "KANARIAmuutos murtoluvut"
    draft.summary = "Tiivistelmä KANARIAmuutos."
    draft.phases = [phase("KANARIAmuutos vaihe", 20, "Oppilaalle KANARIAmuutos.")]
    draft.save_revision(user=masku_teacher)
    canaries.add("draft change of a public plan", draft, secret_address=False)


def _swedish_canaries(canaries, home_page, municipality_index, masku):
    """Swedish versions ("Translate" in the admin): a draft Swedish version of a public plan,
    and a published Swedish version of a private plan, which stays private."""
    swedish = Locale.objects.get(language_code="sv")

    def translate(page, **fields):
        return make_version(page, swedish, **fields)

    for page in (home_page, municipality_index, masku):
        translate(page)
    public_plan = LessonPlanPageFactory(parent=masku, title="Julkinen kieliversio", slug="sivu-30")
    draft = translate(public_plan, publish=False, title="KANARIAsvenska bråk",
                      summary="Sammanfattning KANARIAsvenska.")  # fmt: skip
    canaries.add("draft Swedish version of a public plan", draft, secret_address=False)
    private = plan_with(masku, "KANARIAsekretess", "sivu-31", visibility="private")
    version = translate(private, title="KANARIAsvensktprivat bråk")
    canaries.add("Swedish version of a private plan", version)


def _hidden_practices(canaries, rusko):
    """Practices, an annual clock and a development plan that are not public. (The draft and
    the town-only practice, which the public clock names.)"""
    draft_practice = canaries.add(
        "draft practice", practice_with(rusko, "KANARIAkaytanneluonnos", "sivu-10", live=False)
    )
    town_practice = canaries.add(
        "town-only practice",
        practice_with(rusko, "KANARIAkaytannekunta", "sivu-11", visibility="municipality"),
    )
    canaries.add(
        "teachers-only practice",
        practice_with(rusko, "KANARIAkaytanneopettajat", "sivu-12", visibility="teachers"),
    )
    canaries.add(
        "private annual clock",
        factories.AnnualClockPageFactory(
            parent=rusko,
            title="KANARIAvuosikello",
            slug="sivu-13",
            visibility="private",
            activities=[activity(9, "KANARIAkellotehtava")],
        ),
        "KANARIAkellotehtava",
    )
    canaries.add(
        "private development plan",
        factories.DevelopmentPlanPageFactory(
            parent=rusko,
            title="KANARIAohjelma",
            slug="sivu-14",
            visibility="private",
            summary="Tiivistelmä KANARIAohjelma.",
            vision="<p>Visio KANARIAohjelma.</p>",
        ),
    )
    return draft_practice, town_practice


def _public_clock(canaries, rusko, practices):
    """A public clock that names related practices: only the public ones may be shown. Its
    draft change is a canary."""
    clock = factories.AnnualClockPageFactory(
        parent=rusko,
        title="KONTROLLIvuosikello",
        slug="kontrolli-vuosikello",
        activities=[activity(9, "KONTROLLIkellotehtava", practices=practices)],
    )
    draft = fresh(clock)
    draft.title = "KANARIAkellomuutos vuosikello"
    draft.activities = [activity(10, "KANARIAkellomuutos tehtävä")]
    draft.save_revision()
    canaries.add("draft change of a public annual clock", draft, secret_address=False)
    return clock


def _network_canaries(canaries, places, municipality_index, rusko, masku):
    """A network's draft event, region event and collection, and a draft member town."""
    network, region = places["network"], places["region"]
    canaries.add(
        "draft network event",
        factories.EventPageFactory(
            parent=network,
            title="KANARIAtapahtuma",
            slug="sivu-15",
            live=False,
            summary="KANARIAtapahtuma",
        ),
    )
    canaries.add(
        "draft region event",
        factories.EventPageFactory(
            parent=region, title="KANARIAaluetapahtuma", slug="sivu-16", live=False
        ),
    )
    canaries.add(
        "draft collection",
        factories.CollectionPageFactory(
            parent=network, title="KANARIAkokoelma", slug="sivu-17", live=False
        ),
    )
    draft_town = canaries.add(
        "draft municipality",
        factories.MunicipalityPageFactory(
            parent=municipality_index,
            municipality_code="202",
            title="KANARIAkotikunta",
            slug="sivu-18",
            live=False,
        ),
    )
    for town in (rusko, masku, draft_town):
        NetworkMembership.objects.create(network=network, municipality=town)


def _network_content(canaries, network, rusko, masku):
    """Open to the teachers of the network: Masku's plan to every network of Masku, Rusko's
    practice to the one network chosen."""
    canaries.add(
        "plan for the teachers of the network",
        plan_with(masku, "KANARIAverkostolle", "sivu-40", visibility="network"),
        network=True,
    )
    canaries.add(
        "practice for the teachers of one network",
        practice_with(
            rusko,
            "KANARIAjasenkunnille",
            "sivu-41",
            visibility="network",
            visibility_network=network,
        ),
        network=True,
    )


def _public_copies(sources, masku, masku_teacher):
    """One public copy in Masku of each source: it counts."""
    for source, _kind in sources:
        copy = copy_to_municipality(source, masku, masku_teacher)
        copy.save_revision().publish()


def _draft_copies(canaries, sources, nousiainen, nousiainen_teacher):
    """A draft copy in Nousiainen of each source must not raise the count, nor show its town."""
    for source, kind in sources:
        copy = copy_to_municipality(source, nousiainen, nousiainen_teacher)
        copy.title = copy.draft_title = f"KANARIAkopioluonnos{kind}"
        copy.summary = copy.title
        copy.save()
        copy.save_revision()
        canaries.add(f"draft copy of a public {kind}", copy, count_markers=[nousiainen.title])


def _private_copies(canaries, sources, lieto, lieto_teacher):
    """A private copy in Lieto of each source must not raise the count, nor show its town."""
    for source, kind in sources:
        copy = copy_to_municipality(source, lieto, lieto_teacher)
        copy.title = f"KANARIAkopioyksityinen{kind}"
        copy.summary = copy.title
        copy.visibility = "private"
        copy.save_revision().publish()
        copy.refresh_from_db()
        canaries.add(f"private copy of a public {kind}", copy, count_markers=[lieto.title])


def _closed_town(canaries, municipality_index, practice):
    """A town behind a sign-in: its public plan and its public copy are not open either."""
    aura = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="019")
    PageViewRestriction.objects.create(page=aura, restriction_type=PageViewRestriction.LOGIN)
    canaries.add("public plan in a closed town", plan_with(aura, "KANARIAsuljettukunta", "sivu-20"))
    copy = copy_to_municipality(practice, aura, make_teacher(aura, "aila.aura"))
    copy.title = "KANARIAkopiosuljettukunta"
    copy.save_revision().publish()
    copy.refresh_from_db()
    canaries.add("public copy in a closed town", copy, count_markers=[aura.title])
    return aura


def _open_copy_of_a_private_plan(canaries, rusko, rusko_teacher):
    """A public copy of a private plan: the copy may be read, its private source may not."""
    source = canaries.add(
        "private source of a public copy",
        plan_with(rusko, "KANARIAlahde", "sivu-19", visibility="private", owner=rusko_teacher),
    )
    open_copy = copy_to_municipality(source, rusko, rusko_teacher)
    open_copy.title = "Avoin kopio"
    open_copy.slug = "avoin-kopio"
    open_copy.summary = "Avoin kopio."
    open_copy.visibility = "public"
    open_copy.phases = [phase("Avoin vaihe", 20, "Avoin ohje.")]
    open_copy.save_revision().publish()
    open_copy.refresh_from_db()
    return open_copy


def _editors_lists(home_page, collection, pages):
    """Editors' lists that point at everything: the home page's highlights and a collection."""
    for number, page in enumerate(pages):
        HomePageHighlight.objects.create(
            home_page=home_page, highlighted_page=page, sort_order=number
        )
        CollectionItem.objects.create(collection=collection, page=page, sort_order=number)


@pytest.fixture
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.fixture
def world(home_page, municipality_index, rusko, masku, masku_teacher, media_root):
    """The canaries, the public controls and the surfaces that show them."""
    nousiainen = factories.MunicipalityPageFactory(
        parent=municipality_index, municipality_code="538"
    )
    lieto = factories.MunicipalityPageFactory(parent=municipality_index, municipality_code="423")
    rusko_teacher = make_teacher(rusko, "riikka.rusko")
    nousiainen_teacher = make_teacher(nousiainen, "niina.nousiainen")
    lieto_teacher = make_teacher(lieto, "leo.lieto")
    masku_moderator = make_moderator(masku, "mikko.moderaattori")
    places = _places(home_page)
    plan, practice, collection = _public_controls(
        rusko, rusko_teacher, places["network"], places["region"]
    )

    canaries = Canaries()
    _hidden_plans(canaries, masku)
    _submitted_plans(canaries, masku, masku_teacher, masku_moderator)
    _draft_changes_of_plans(canaries, masku, masku_teacher)
    _swedish_canaries(canaries, home_page, municipality_index, masku)
    draft_practice, town_practice = _hidden_practices(canaries, rusko)
    clock = _public_clock(canaries, rusko, [practice, draft_practice, town_practice])
    _network_canaries(canaries, places, municipality_index, rusko, masku)
    _network_content(canaries, places["network"], rusko, masku)
    sources = [(practice, "kaytanne"), (plan, "suunnitelma")]
    _public_copies(sources, masku, masku_teacher)
    _draft_copies(canaries, sources, nousiainen, nousiainen_teacher)
    _private_copies(canaries, sources, lieto, lieto_teacher)
    aura = _closed_town(canaries, municipality_index, practice)
    open_copy = _open_copy_of_a_private_plan(canaries, rusko, rusko_teacher)
    _editors_lists(home_page, collection, [plan, practice, clock, *(c.page for c in canaries)])

    _media_canaries(canaries, masku)

    controls = {"plan": plan, "practice": practice, "clock": clock, "open_copy": open_copy}
    controls["media"] = _media_controls(plan, rusko)
    places["collection"] = collection
    places["towns"] = [rusko, masku, nousiainen, lieto, aura]
    return list(canaries), controls, places


def _library_surfaces(places):
    """The home page and the libraries, with their filters."""
    plan_library = places["plan_library"].url
    return [
        Surface("home page", "/", expect=[PLAN_WORD, PRACTICE_WORD]),
        Surface("plan library", plan_library, expect=[PLAN_WORD]),
        Surface(
            "plan library, most used",
            plan_library,
            {"jarjestys": "kaytetyimmat"},
            expect=[PLAN_WORD],
        ),
        Surface("plan library, private tag", plan_library, {"aihe": "kanariatagi-salainen"}),
        Surface("practice library", places["practice_library"].url, expect=[PRACTICE_WORD]),
        Surface("plan library, the draft town", plan_library, {"kunta": "sivu-18"}),
    ]


def _network_surfaces(places, clock):
    """The municipality and network indexes, the network's pages and the calendars."""
    network, region = places["network"], places["region"]
    return [
        Surface("municipality index", "/kunnat/", expect=["Rusko", "Masku"]),
        Surface(
            "municipality index, the network",
            "/kunnat/",
            {"verkosto": network.slug},
            expect=["Rusko", "Masku"],
        ),
        Surface("network index", "/verkostot/", expect=[network.title]),
        Surface("network page", network.url, expect=["KONTROLLItapahtuma", "Kokoelma"]),
        Surface("region page", region.url, expect=["KONTROLLIaluetapahtuma"]),
        Surface("collection page", places["collection"].url, expect=[PLAN_WORD, PRACTICE_WORD]),
        Surface("network iCal", f"{network.url}kalenteri/", expect=["KONTROLLItapahtuma"]),
        Surface("region iCal", f"{region.url}kalenteri/", expect=["KONTROLLIaluetapahtuma"]),
        Surface("annual clock page", clock.url, expect=["KONTROLLIkellotehtava", PRACTICE_WORD]),
        Surface("annual clock iCal", f"{clock.url}kalenteri/", expect=["KONTROLLIkellotehtava"]),
        Surface(
            "annual clock iCal, another year",
            f"{clock.url}kalenteri/",
            {"lukuvuosi": "2030"},
            expect=["KONTROLLIkellotehtava"],
        ),
    ]


def _site_surfaces(canaries, controls):
    """The open copy, the sitemaps, robots.txt, and where an API or a feed would be."""
    plan, practice = controls["plan"], controls["practice"]
    return [
        Surface("public copy of a private plan", controls["open_copy"].url, expect=["Avoin"]),
        Surface("sitemap", "/sitemap.xml", expect=[plan.url, practice.url]),
        Surface("sitemap in Swedish", "/sv/sitemap.xml", expect=[plan.url]),
        Surface("robots.txt", "/robots.txt"),
        # The open API (portal.api) shows the controls with every field, and nothing else.
        # No RSS or Atom feed is mounted at the root (the news feeds live below their pages:
        # _feed_surfaces): the usual addresses must answer 404 and show nothing. The admin's
        # own API needs a sign-in.
        *_api_surfaces(canaries, controls),
        Surface(
            "admin API",
            "/admin/api/main/pages/",
            {"search": "KANARIAyksityinen"},
            query="KANARIAyksityinen",
        ),
        Surface("feed", "/feed/"),
        Surface("RSS", "/rss/"),
        Surface("Atom", "/atom/"),
        Surface("syöte", "/syote/"),
    ]


def _api_surfaces(canaries, controls):
    """The open API's lists (every field of every type), details and search."""
    plan, practice = controls["plan"], controls["practice"]
    every_field = {"fields": "*", "limit": "20"}
    surfaces = [
        Surface(
            f"API list of {model}",
            "/api/v2/pages/",
            {**every_field, "type": model},
            expect=[word] if word else [],
        )
        for model, word in (
            ("plans.LessonPlanPage", PLAN_WORD),
            ("practices.PracticePage", PRACTICE_WORD),
            ("practices.AnnualClockPage", "KONTROLLIkellotehtava"),
            ("practices.DevelopmentPlanPage", ""),
            ("networks.EventPage", "KONTROLLItapahtuma"),
            ("networks.NetworkPage", ""),
        )
    ]
    surfaces += [
        Surface("API pages", "/api/v2/pages/", {"limit": "20"}),
        Surface("API page of the public plan", f"/api/v2/pages/{plan.pk}/", expect=[PLAN_WORD]),
        Surface(
            "API page of the open copy", f"/api/v2/pages/{controls['open_copy'].pk}/", status=200
        ),
        Surface("API images", "/api/v2/images/", every_field,
                expect=["KONTROLLIkuva", "KONTROLLIyhteinen"]),
        Surface("API documents", "/api/v2/documents/", every_field, expect=["KONTROLLIasiakirja"]),
        Surface("API search for a control", "/api/v2/pages/", {"search": PRACTICE_WORD},
                query=PRACTICE_WORD, expect=[practice.url]),
    ]  # fmt: skip
    surfaces += [
        Surface(f"API page of the {canary.kind}", f"/api/v2/pages/{canary.page.pk}/")
        for canary in canaries
        if canary.page
    ]
    surfaces += [
        Surface(f"API search for {word}", "/api/v2/pages/", {"search": word}, query=word)
        for word in ("KANARIAyksityinen", "KANARIAmuutos", "KANARIAluonnos")
    ]
    return surfaces


def _oai_surfaces(canaries, controls):
    """OAI-PMH: whole harvests in both formats, the sets' names, and each canary asked for by
    the identifier it would have (a tombstone or no record at all, never its metadata)."""
    every = [
        Surface(f"OAI {verb} {prefix}", "/oai/", {"verb": verb, "metadataPrefix": prefix},
                expect=[PLAN_WORD, PRACTICE_WORD] if verb == "ListRecords" else [])
        for verb in ("ListRecords", "ListIdentifiers")
        for prefix in ("oai_dc", "lrmi")
    ]  # fmt: skip
    every.append(Surface("OAI ListSets", "/oai/", {"verb": "ListSets"}))
    plan = controls["plan"]
    every.append(
        Surface("OAI record of the public plan", "/oai/",
                {"verb": "GetRecord", "metadataPrefix": "lrmi",
                 "identifier": f"oai:opentori.fi:suunnitelma/{plan.pk}"}, expect=[PLAN_WORD])
    )  # fmt: skip
    for canary in canaries:
        kind = canary.page and kind_of_model(type(canary.page.specific))
        if kind is None:
            continue
        for prefix in ("oai_dc", "lrmi"):
            identifier = f"oai:opentori.fi:{kind.slug}/{canary.page.pk}"
            every.append(
                Surface(f"OAI record of the {canary.kind} ({prefix})", "/oai/",
                        {"verb": "GetRecord", "metadataPrefix": prefix,
                         "identifier": identifier})
            )  # fmt: skip
    return every


def _feed_surfaces(places):
    """The news feeds, Atom and RSS, in Finnish and Swedish: the libraries' (also filtered by
    the private plan's tag and by the draft town), every town's (the closed town's asks for a
    sign-in) and the network's."""
    plan_library, network = places["plan_library"].url, places["network"]
    feeds = [
        ("plan library", plan_library, {}, [PLAN_WORD]),
        ("plan library, private tag", plan_library, {"aihe": "kanariatagi-salainen"}, []),
        ("plan library, the draft town", plan_library, {"kunta": "sivu-18"}, []),
        ("practice library", places["practice_library"].url, {}, [PRACTICE_WORD]),
        ("network", network.url, {}, [PLAN_WORD, PRACTICE_WORD, "KONTROLLItapahtuma"]),
    ]
    for town in places["towns"]:
        expect = [PLAN_WORD, PRACTICE_WORD] if town.slug == "rusko" else []
        feeds.append((f"town {town.title}", town.url, {}, expect))
    return [
        Surface(f"{kind} feed of the {label}", f"{prefix}{url}syote/{kind}/", params, expect=expect)
        for label, url, params, expect in feeds
        for kind in ("atom", "rss")
        for prefix in ("", "/sv")
    ]


def _town_surfaces(towns):
    """Every town's page, in Finnish and in Swedish: Rusko's lists its public controls."""
    surfaces = []
    for town in towns:
        expect = [PLAN_WORD, PRACTICE_WORD] if town.slug == "rusko" else []
        surfaces.append(Surface(f"town page {town.title}", town.url, expect=expect))
        surfaces.append(
            Surface(f"town page {town.title} in Swedish", f"/sv{town.url}", expect=expect)
        )
    return surfaces


def _count_surfaces(controls, places):
    """The copy counts: one public copy in Masku, whatever the drafts and private copies."""
    plan, practice = controls["plan"], controls["practice"]
    surfaces = [
        Surface(
            f"copy count on {source.title}",
            source.url,
            extract=adoption_of,
            expect=["Käytössä 1 kunnassa", "Masku"],
        )
        for source in (practice, plan)
    ]
    surfaces.append(
        Surface(
            "copy count in the plan library",
            places["plan_library"].url,
            extract=between(f'href="{plan.url}"', "</li>"),
            expect=["kopioitu 1 kerran"],
        )
    )
    rusko = places["towns"][0]
    surfaces += [
        Surface(
            f"copy count of {source.title} on the town page",
            rusko.url,
            extract=between(f'href="{source.url}"', "</li>"),
            expect=["kopioitu 1 kerran"],
        )
        for source in (practice, plan)
    ]
    return surfaces


def _search_surfaces(prefix, search_words, controls):
    """Search in one language: nothing for a canary word, the controls found."""
    surfaces = []
    for word in search_words:
        surfaces.append(
            Surface(
                f"search{prefix} {word}",
                f"{prefix}/haku/",
                {"q": word},
                query=word,
                finds_nothing=True,
            )
        )
        surfaces.append(
            Surface(
                f"search suggestions{prefix} {word}",
                f"{prefix}/haku/ehdotukset/",
                {"q": word},
                query=word,
            )
        )
    # Filters alone list every page of a kind, newest first.
    for kind in ("suunnitelma", "kaytanne", "vuosikello", "kehittamissuunnitelma"):
        surfaces.append(
            Surface(f"search{prefix} all of {kind}", f"{prefix}/haku/", {"tyyppi": kind})
        )
    for word, page in ((PLAN_WORD, controls["plan"]), (PRACTICE_WORD, controls["practice"])):
        surfaces.append(
            Surface(
                f"search{prefix} {word}",
                f"{prefix}/haku/",
                {"q": word},
                query=word,
                expect=[page.url],
            )
        )
    return surfaces


def _addresses_of(page):
    """(label, address) of everything that shows a page, or its draft, or lets it be used."""
    url = page.url
    addresses = [
        ("page", url),
        ("page in Swedish", f"/sv{url}"),
        ("copy view", f"/kopioi/{page.pk}/"),
        ("plan from practice view", f"/suunnittele/{page.pk}/"),
        ("admin preview", f"/admin/pages/{page.pk}/edit/preview/"),
        ("admin draft view", f"/admin/pages/{page.pk}/view_draft/"),
    ]
    if page.latest_revision_id:
        addresses.append(
            (
                "admin revision view",
                f"/admin/pages/{page.pk}/revisions/{page.latest_revision_id}/view/",
            )
        )
    if page.specific_class.__name__ == "LessonPlanPage":
        addresses.append(("pupil view", f"{url}oppilaalle/"))
    if page.specific_class.__name__ in ("AnnualClockPage", "NetworkPage", "RegionPage"):
        addresses.append(("iCal", f"{url}kalenteri/"))
    return addresses


def _own_address_surfaces(canaries, controls):
    """Every canary's own addresses, and those of the public controls."""
    pages = [controls["plan"], controls["practice"], controls["clock"]]
    own_pages = {page.pk: page for page in [*pages, *(c.page for c in canaries if c.page)]}
    return [
        Surface(f"{label} of {page.title}", address, own=page)
        for page in own_pages.values()
        for label, address in _addresses_of(page)
    ]


def _media_control_surfaces(controls):
    """The public plan's document and image and the shared image: served to everyone."""
    media = controls["media"]
    document, image, shared = media["document"], media["image"], media["shared image"]
    return [
        Surface("public plan's document", document.url, expect=["KONTROLLIsisalto"], status=200),
        Surface(
            "public plan's document file",
            f"/media/{document.file.name}",
            expect=["KONTROLLIsisalto"],
            status=200,
        ),
        Surface("public plan's image", image.file.url, expect=["KONTROLLIpikselit"], status=200),
        Surface("public plan's image rendition", image.get_rendition("width-40").url, status=200),
        Surface("shared image", shared.file.url, expect=["KONTROLLIyhteiset"], status=200),
    ]


def _media_surfaces(canaries, controls):
    """Every file's own addresses (404 for the canaries), and the admin's media search."""
    surfaces = [
        Surface(f"{label} of the {canary.kind}", address, status=404, echoes_address=True)
        for canary in canaries
        for label, address in canary.media
    ]
    surfaces += [
        Surface(f"admin {kind} chooser search", f"/admin/{kind}/chooser/results/", {"q": word},
                query=word)
        for kind, word in (("images", "KANARIAluokkakuva"), ("documents", "KANARIAmuistio"))
    ]  # fmt: skip
    return [*surfaces, *_media_control_surfaces(controls)]


def surfaces_of(canaries, controls, places):
    search_words = [word for canary in canaries for word in canary.words]
    return [
        *_library_surfaces(places),
        *_network_surfaces(places, controls["clock"]),
        *_site_surfaces(canaries, controls),
        *_town_surfaces(places["towns"]),
        *_feed_surfaces(places),
        *_oai_surfaces(canaries, controls),
        *_count_surfaces(controls, places),
        *_search_surfaces("", search_words, controls),
        *_search_surfaces("/sv", search_words, controls),
        *_own_address_surfaces(canaries, controls),
        *_media_surfaces(canaries, controls),
    ]


def markers_of(canary, surface):
    found = list(canary.words)
    if canary.secret_address and (surface.own is None or surface.own.pk != canary.page.pk):
        found.append(canary.page.url)
    found += [address for _label, address in canary.media]
    if surface.extract is not None:
        found += canary.count_markers
        if canary.count_markers:
            found += LEAKED_COUNTS
    return found


def readable_text(surface, response):
    """The part of the answer that is read: without the echoed query, only what is extracted."""
    text = answer_text(response)
    if surface.echoes_address:
        text = text.replace(surface.url, "")
    if surface.query:
        text = re.sub(re.escape(surface.query), "", text, flags=re.IGNORECASE)
    if surface.extract is not None:
        text = surface.extract(text)
    return text


def leaks_on(canaries, surface, response, text, where):
    """Every canary marker in ``text``, and pages a search for a canary word finds."""
    folded = text.casefold()
    leaks = [
        f"{canary.kind}: {marker!r} on {where}"
        for canary in canaries
        for marker in markers_of(canary, surface)
        if marker.casefold() in folded
    ]
    if surface.finds_nothing and response.context and response.context.get("page_obj"):
        found = response.context["page_obj"].paginator.count
        if found:
            leaks.append(f"search finds {found} page(s) for a canary word: {where}")
    return leaks


def print_matrix(canaries, surfaces, requests, leaks, missing):
    print(f"\nLeak matrix: {len(canaries)} canaries × {len(surfaces)} surfaces")
    print(f"{requests} requests, {len(leaks)} leaks")
    for leak in leaks:
        print(f"  LEAK {leak}")
    for entry in missing:
        print(f"  MISSING {entry}")


def status_problems(surface, response, where):
    """(leaks, missing): a secret file that was served, a control that was not."""
    if surface.status is None or response.status_code == surface.status:
        return [], []
    if surface.status == 404:
        return [f"served with {response.status_code}: {where}"], []
    return [], [f"status {response.status_code}, not {surface.status}: {where}"]


def run_matrix(client, canaries, surfaces):
    """Request every surface; (leaks, missing, requests)."""
    leaks, missing, requests = [], [], 0
    for surface in surfaces:
        response = client.get(surface.url, surface.params)
        requests += 1
        text = readable_text(surface, response)
        where = f"{surface.label} ({surface.url} {surface.params or ''}, {response.status_code})"
        leaks += leaks_on(canaries, surface, response, text, where)
        missing += [f"{word!r} not on {where}" for word in surface.expect if word not in text]
        status_leaks, status_missing = status_problems(surface, response, where)
        leaks += status_leaks
        missing += status_missing
    return leaks, missing, requests


def no_word_hides_in_another(canaries):
    """No canary word hides inside another, so each leak is blamed on the right canary."""
    all_words = [word.casefold() for canary in canaries for word in canary.words]
    return [a for a in all_words for b in all_words if a != b and a in b] == []


@pytest.mark.django_db
def test_no_canary_reaches_an_anonymous_reader(world, capsys):
    canaries, controls, places = world
    assert no_word_hides_in_another(canaries)
    surfaces = surfaces_of(canaries, controls, places)
    leaks, missing, requests = run_matrix(Client(), canaries, surfaces)
    with capsys.disabled():
        print_matrix(canaries, surfaces, requests, leaks, missing)
    assert leaks == []
    assert missing == []


def _cross_town_surfaces(media_canaries, controls):
    """What a teacher of another town may ask for: the files' own addresses, the admin's views
    of them, its lists, choosers and searches; her own town's, the shared and the teachers-only
    plan's files are the controls."""
    surfaces = [
        Surface(f"{label} of the {canary.kind}", address, status=404, echoes_address=True)
        for canary in media_canaries
        for label, address in canary.media
    ]
    surfaces += [
        Surface(f"admin view of the {canary.kind}", address)
        for canary in media_canaries
        for address in canary.admin_addresses
    ]
    media = controls["media"]
    surfaces += [
        Surface("admin images", "/admin/images/"),
        Surface("admin documents", "/admin/documents/"),
        Surface("image chooser", "/admin/images/chooser/",
                expect=["KONTROLLIkuva", "KONTROLLIyhteinen"]),
        Surface("document chooser", "/admin/documents/chooser/", expect=["KONTROLLIasiakirja"]),
        Surface("her town's image", media["image"].file.url, status=200),
    ]  # fmt: skip
    for word in (word for canary in media_canaries for word in canary.words):
        for address in ("/admin/images/", "/admin/documents/"):
            surfaces.append(Surface(f"admin search {word}", address, {"q": word}, query=word))
            surfaces.append(
                Surface(
                    f"chooser search {word}", f"{address}chooser/results/", {"q": word}, query=word
                )
            )
    return surfaces


def _network_content_surfaces(network_canaries, places):
    """Where the content open to the teachers of the network could show to a signed-in
    teacher: its own addresses, search, the libraries, towns and network (pages and feeds),
    the API, OAI-PMH and the sitemap."""
    surfaces = []
    for canary in network_canaries:
        page = canary.page
        surfaces += [
            Surface(f"{label} of the {canary.kind}", address, own=page)
            for label, address in _addresses_of(page)
        ]
        surfaces.append(Surface(f"API page of the {canary.kind}", f"/api/v2/pages/{page.pk}/"))
        kind = kind_of_model(type(page.specific))
        surfaces.append(
            Surface(f"OAI record of the {canary.kind}", "/oai/",
                    {"verb": "GetRecord", "metadataPrefix": "lrmi",
                     "identifier": f"oai:opentori.fi:{kind.slug}/{page.pk}"})
        )  # fmt: skip
        for word in canary.words:
            surfaces += [
                Surface(f"search {word}", "/haku/", {"q": word}, query=word, finds_nothing=True),
                Surface(f"API search {word}", "/api/v2/pages/", {"search": word}, query=word),
            ]
    rusko, masku = places["towns"][:2]
    lists = [
        ("plan library", places["plan_library"].url),
        ("practice library", places["practice_library"].url),
        ("network", places["network"].url),
        ("town Rusko", rusko.url),
        ("town Masku", masku.url),
    ]
    for label, url in lists:
        surfaces.append(Surface(label, url))
        surfaces.append(Surface(f"atom feed of the {label}", f"{url}syote/atom/"))
    surfaces += [
        Surface("sitemap", "/sitemap.xml"),
        Surface("OAI ListRecords", "/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}),
    ]
    return surfaces


def _member_surfaces(network_canaries):
    """A member town's teacher reads the pages and finds them in search."""
    surfaces = []
    for canary in network_canaries:
        page, word = canary.page, canary.words[0]
        surfaces.append(Surface(f"page of the {canary.kind}", page.url, expect=[word], status=200))
        surfaces.append(
            Surface(f"search {word}", "/haku/", {"q": word}, query=word, expect=[page.url])
        )
    return surfaces


@pytest.mark.django_db
def test_no_canary_reaches_another_towns_teacher(world, capsys, django_user_model):
    """Rusko's teacher asks for Masku's hidden files (she may read the teachers-only plan's
    image, which is the control that her requests are answered at all). What is open to the
    teachers of the network reaches her, Rusko being a member town, and no teacher of
    Nousiainen, which is in no network."""
    canaries, controls, places = world
    media_canaries = [canary for canary in canaries if canary.media and canary.cross_town]
    surfaces = _cross_town_surfaces(media_canaries, controls)
    teachers_only = next(canary for canary in canaries if canary.media and not canary.cross_town)
    surfaces += [
        Surface(f"{label} of the {teachers_only.kind}", address, status=200)
        for label, address in teachers_only.media
    ]
    client = Client()
    client.force_login(django_user_model.objects.get(username="riikka.rusko"))
    leaks, missing, requests = run_matrix(client, media_canaries, surfaces)
    with capsys.disabled():
        print("\nAnother town's teacher:", end="")
        print_matrix(media_canaries, surfaces, requests, leaks, missing)
    assert leaks == []
    assert missing == []

    network_canaries = [canary for canary in canaries if canary.network]
    assert len(network_canaries) == 2
    # Rusko's teacher reads them; Nousiainen's teacher sees none of them anywhere.
    _leaks, missing, _requests = run_matrix(client, [], _member_surfaces(network_canaries))
    assert missing == []
    client.force_login(django_user_model.objects.get(username="niina.nousiainen"))
    surfaces = _network_content_surfaces(network_canaries, places)
    leaks, missing, requests = run_matrix(client, network_canaries, surfaces)
    with capsys.disabled():
        print("\nA teacher of a town in no network:", end="")
        print_matrix(network_canaries, surfaces, requests, leaks, missing)
    assert leaks == []
    assert missing == []
