"""Cross-site scripting, for good: a teacher, a site administrator and an event's editor type 64
attack strings (and seven hostile link addresses) into the admin's own forms (a lesson plan's
title, summary, texts, StreamField blocks and rich text, a practice, an event, an image's title
and alt text, a document's title, link addresses), the moderator reviews and approves them, and
Chromium shows every screen where they land: the admin's editor, preview, comparison, history,
listings and dashboards, and the public pages, libraries and search. No dialog opens, no element
an attack string would make exists (each carries a marker of its own), and no link, frame or
form of the page leads to a javascript:, vbscript: or data: address."""

import json
from io import BytesIO
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from networks.practices.models import PracticeArea, PracticePage
from plans.models import LessonPlanPage, PlanLibraryPage
from portal.core.models import PortalDocument, PortalImage
from portal.sharing.models import Licence
from tests.browser import sign_in
from tests.factories import networks as factories
from tests.factories.plans import LessonPlanPageFactory
from tests.helpers import action_url, edit_url, make_moderator, make_teacher, plan_form

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "salasana-123456"
MARK = "xssmark"

# {m} is the payload's own marker: an element the payload would make carries it as id or class.
PAYLOADS = [
    '<script id="{m}">alert(1)</script>',
    '<img id="{m}" src=x onerror=alert(2)>',
    '<svg id="{m}" onload=alert(3)>',
    '<a id="{m}" href="javascript:alert(4)">linkki</a>',
    '"><img id="{m}" src=x onerror=alert(5)>',
    '\'><svg id="{m}" onload=alert(6)>',
    '" autofocus onfocus="alert(7)" id="{m}',
    "' autofocus onfocus='alert(8)' id='{m}",
    '</title><script id="{m}">alert(9)</script>',
    '</textarea><img id="{m}" src=x onerror=alert(10)>',
    '</script><script id="{m}">alert(11)</script>',
    '--><img id="{m}" src=x onerror=alert(12)>',
    ']]><img id="{m}" src=x onerror=alert(13)>',
    '{{ 7|add:7 }}<b id="{m}">',
    '{% now "Y" %}<i id="{m}">',
    '{% debug %}<u id="{m}">',
    '{{ request.META }}<s id="{m}">',
    "{{constructor.constructor('alert(18)')()}}<q id=\"{m}\">",
    '${alert(19)}<em id="{m}">',
    '\uff1cscript id="{m}"\uff1ealert(20)\uff1c/script\uff1e',
    '<scr\u200bipt id="{m}">alert(21)</scr\u200bipt><b id="{m}">',
    '\u202e<img id="{m}" src=x onerror=alert(22)>',
    '&lt;img id="{m}" src=x onerror=alert(23)&gt;',
    "%3Cimg%20id%3D%22{m}%22%20src%3Dx%20onerror%3Dalert(24)%3E",
    '\\x3cimg id="{m}" src=x onerror=alert(25)\\x3e',
    '<iframe id="{m}" srcdoc="<script>alert(26)</script>"></iframe>',
    '<iframe id="{m}" src="javascript:alert(27)"></iframe>',
    '<object id="{m}" data="data:text/html,<script>alert(28)</script>"></object>',
    '<embed id="{m}" src="javascript:alert(29)">',
    '<div id="{m}" style="background:url(javascript:alert(30))">',
    '<div id="{m}" style="width:expression(alert(31))">',
    "<style id=\"{m}\">@import 'javascript:alert(32)';</style>",
    '<link id="{m}" rel=stylesheet href="data:text/css,body{display:none}">',
    '<meta id="{m}" http-equiv="refresh" content="0;url=javascript:alert(34)">',
    '<base id="{m}" href="javascript:alert(35)//">',
    '<form id="{m}" action="javascript:alert(36)"><button>x</button></form>',
    '<input id="{m}" autofocus onfocus=alert(37)>',
    '<details id="{m}" open ontoggle=alert(38)>',
    '<body id="{m}" onload=alert(39)>',
    '<video id="{m}"><source onerror=alert(40)></video>',
    '<audio id="{m}" src=x onerror=alert(41)>',
    '<marquee id="{m}" onstart=alert(42)>',
    '<svg><script id="{m}">alert(43)</script></svg>',
    '<svg><a id="{m}" xlink:href="javascript:alert(44)"><text>x</text></a></svg>',
    '<math><mtext><table><mglyph><style><img id="{m}" src=x onerror=alert(45)>',
    '<noscript><p title="</noscript><img id={m} src=x onerror=alert(46)>">',
    '<img id="{m}" srcset=",,,,x" onerror=alert(47)>',
    '<img src=x:alert(48) onerror=eval(src) id="{m}">',
    '<a id="{m}" href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0OSk8L3NjcmlwdD4=">d</a>',
    '<a id="{m}" href=" JaVaScRiPt:alert(50)">x</a>',
    '<x id="{m}" contenteditable onblur=alert(51)>x</x>',
    '<select id="{m}" autofocus onfocus=alert(52)></select>',
    '<textarea id="{m}" autofocus onfocus=alert(53)></textarea>',
    '<!--<img src="--><img id="{m}" src=x onerror=alert(54)//">',
    '<object id="{m}" type="text/x-scriptlet" data="javascript:alert(55)"></object>',
    'javascript:alert(56)//<b id="{m}">',
    '<img id="{m}" src="x" onerror="alert(57)"',
    '<p class="{m}" onclick="alert(58)">',
    '<svg id="{m}"><animate onbegin=alert(59) attributeName=x dur=1s>',
    '<img id="{m}" src=x onerror=alert&#40;60&#41;>',
    '<a id="{m}" href="&#106;avascript:alert(61)">x</a>',
    '\\"><script id="{m}">alert(62)</script>',
    '</style><script id="{m}">alert(63)</script>',
    '<isindex id="{m}" type=image src=1 onerror=alert(64)>',
]
ATTACKS = [payload.replace("{m}", f"{MARK}{number:02d}") for number, payload in
           enumerate(PAYLOADS, 1)]  # fmt: skip
# Link addresses typed into the rich text editor's link dialog.
HOSTILE_LINKS = [
    "javascript:alert(101)",
    "JaVaScRiPt:alert(102)",
    "  javascript:alert(103)",
    "java\tscript:alert(104)",
    "data:text/html,<script>alert(105)</script>",
    "vbscript:msgbox(106)",
    "javascript&colon;alert(107)",
]
# A link address the URL field accepts (no space) that still tries to break out of href="".
BREAKOUT_URL = f'https://example.fi/?q="><svg/id={MARK}90/onload=alert(90)>'
TAG = f"<svg/id={MARK}91/onload=alert(91)>"

# What the browser is asked on every screen: the payloads' elements, and links, frames and forms
# that lead to script (as the browser resolves the address).
INSPECT = """
() => {
  const marks = [...document.querySelectorAll('[id*="xssmark"], [class*="xssmark"]')]
    .map((element) => element.outerHTML.slice(0, 160));
  const targets = [];
  const attributes = {A: "href", AREA: "href", IFRAME: "src", FRAME: "src", EMBED: "src",
                      OBJECT: "data", FORM: "action", BASE: "href"};
  const linking = "a, area, iframe, frame, embed, object, form, base, [formaction]";
  for (const element of document.querySelectorAll(linking)) {
    const name = element.hasAttribute("formaction") ? "formaction" : attributes[element.tagName];
    const value = name && element.getAttribute(name);
    if (!value) continue;
    let scheme = "";
    try { scheme = new URL(value, location.href).protocol; } catch (error) { continue; }
    if (/^(javascript|vbscript|data):$/i.test(scheme) && /alert|msgbox/i.test(value)) {
      targets.push(element.outerHTML.slice(0, 160));
    }
  }
  return {marks, targets};
}
"""


def draftail(paragraphs, links=()):
    """Rich text as the Draftail editor posts it: the texts as typed, and links made with the
    link dialog (text, address)."""
    blocks = [
        {"key": f"p{i}", "type": "unstyled", "depth": 0, "text": text,
         "inlineStyleRanges": [], "entityRanges": []}
        for i, text in enumerate(paragraphs)
    ]  # fmt: skip
    entities = {}
    for number, (text, url) in enumerate(links):
        blocks.append(
            {"key": f"l{number}", "type": "unstyled", "depth": 0, "text": text,
             "inlineStyleRanges": [],
             "entityRanges": [{"offset": 0, "length": len(text), "key": number}]}
        )  # fmt: skip
        entities[str(number)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
    return json.dumps({"blocks": blocks, "entityMap": entities})


def rich_attacks(first, count):
    """A rich text of `count` attack strings typed from `first` on, with the hostile links."""
    chosen = (ATTACKS * 2)[first : first + count]
    return draftail(chosen, [(f"linkki {n}", url) for n, url in enumerate(HOSTILE_LINKS)])


def every_attack():
    return "\n".join(ATTACKS)


def png():
    buffer = BytesIO()
    Image.new("RGB", (40, 30), "#0b4f8a").save(buffer, "PNG")
    return SimpleUploadedFile("kuva.png", buffer.getvalue(), content_type="image/png")


def posted(response, what):
    """A saved form answers with a redirect; anything else shows the form's errors."""
    if response.status_code != 302:
        form = response.context and response.context.get("form")
        errors = form.errors if form is not None else response.content.decode()[:2000]
        pytest.fail(f"{what}: {response.status_code} {errors}")
    return response


def upload_media(admin):
    collection = str(Collection.get_first_root_node().pk)
    posted(
        admin.post(
            "/admin/images/add/",
            {"title": ATTACKS[0] + ATTACKS[6], "file": png(),
             "description": ATTACKS[1] + ATTACKS[4], "credit": ATTACKS[7],
             "collection": collection},
        ),
        "image",
    )  # fmt: skip
    posted(
        admin.post(
            "/admin/documents/add/",
            {"title": ATTACKS[2] + ATTACKS[5],
             "file": SimpleUploadedFile("ohje.txt", b"Ohje.", content_type="text/plain"),
             "collection": collection},
        ),
        "document",
    )  # fmt: skip
    return PortalImage.objects.get(), PortalDocument.objects.get()


def plan_data(plan, image, document):
    data = plan_form(plan, "action-submit")
    data.update(
        {
            "title": f"Murtoluvut {ATTACKS[0]}",
            "summary": "Murtoluvut leipomalla. " + " ".join(ATTACKS[3:7]),
            "school": ATTACKS[8],
            "learning_outcome": every_attack(),
            "differentiation_up": every_attack(),
            "equipment": every_attack(),
            "assessment_criteria": every_attack(),
            "tags": f"murtoluvut, {TAG}",
        }
    )
    data.update(
        nested_form_data(
            {
                "key_points": streamfield([("point", attack) for attack in ATTACKS]),
                "keywords": streamfield(
                    [("keyword", {"word": "murtoluku", "definition": a}) for a in ATTACKS[:20]]
                ),
                "objectives": streamfield(
                    [("objective", {"code": "T2", "text": attack}) for attack in ATTACKS[20:40]]
                ),
                "misconceptions": streamfield(
                    [("misconception", {"misconception": ATTACKS[9], "response": every_attack()})]
                ),
                "phases": streamfield(
                    [
                        (
                            "phase",
                            {
                                "kind": "activity",
                                "title": ATTACKS[n],
                                "duration": "20",
                                "pupil_instructions": rich_attacks(n * 16, 32),
                                "teacher_notes": rich_attacks(n * 16 + 8, 32),
                            },
                        )
                        for n in range(4)
                    ]
                ),
                "materials": streamfield(
                    [
                        ("link", {"title": ATTACKS[10], "url": BREAKOUT_URL, "licence": ""}),
                        (
                            "document",
                            {"title": ATTACKS[11], "document": str(document.pk), "licence": ""},
                        ),
                        (
                            "image",
                            {
                                "title": ATTACKS[12],
                                "licence": "",
                                "image": {"image": str(image.pk), "alt_text": ATTACKS[13]},
                            },
                        ),
                    ]
                ),
            }
        )
    )
    return data


STEPS = range(30, 34)


def practice_data(practice):
    return nested_form_data(
        {
            "title": f"Välituntiliikunta {ATTACKS[14]}",
            "slug": practice.slug,
            "summary": "Välituntiliikunta kaikille. " + " ".join(ATTACKS[15:19]),
            "area": str(practice.area_id),
            "language": "fi",
            "need": rich_attacks(20, 44),
            "steps": streamfield(
                [("step", {"title": ATTACKS[n], "text": rich_attacks(n, 20)}) for n in STEPS]
            ),
            "roles": ATTACKS[34],
            "timing": ATTACKS[35],
            "materials": streamfield([("link", {"title": ATTACKS[36], "url": BREAKOUT_URL})]),
            "evidence": rich_attacks(40, 24),
            "contact_name": ATTACKS[36][:120],
            "contact_title": ATTACKS[37][:120],
            "contact_email": "",
            "tags": TAG,
            "licence": str(Licence.objects.get(slug="cc-by").pk),
            "visibility": "public",
            "comments": inline_formset([]),
            "action-submit": "1",
        }
    )


def event_data(event):
    return nested_form_data(
        {
            "title": f"Tutortapaaminen {ATTACKS[38]}",
            "slug": event.slug,
            "summary": " ".join(ATTACKS[39:43]),
            "kind": "training",
            "start": "2030-05-14 09:00",
            "end": "2030-05-14 12:00",
            "location": ATTACKS[43],
            "online_url": "",
            "description": rich_attacks(44, 20),
            "host_school": ATTACKS[45][:160],
            "themes": ATTACKS[46],
            "audience": ATTACKS[47],
            "participants": "12",
            "feedback_score": "4.5",
            "feedback": every_attack()[:2000],
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )


@pytest.fixture
def world(live_server, home_page, tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        index = factories.MunicipalityIndexPageFactory(parent=home_page)
        rusko = factories.MunicipalityPageFactory(parent=index, municipality_code="704")
        home_page.add_child(instance=PlanLibraryPage(title="Suunnitelmat", slug="suunnitelmat"))
        factories.PracticeLibraryPageFactory(parent=home_page)
        network_index = factories.NetworkIndexPageFactory(parent=home_page)
        network = factories.NetworkPageFactory(parent=network_index, title="Tutor 2.0")
        region = factories.RegionPageFactory(parent=network, title="Varsinais-Suomi")
        teacher = make_teacher(rusko, "riikka.rusko")
        yield {
            "base": live_server.url,
            "rusko": rusko,
            "network": network,
            "region": region,
            # Her own plan and practice, published before.
            "plan": LessonPlanPageFactory(
                parent=rusko, title="Murtoluvut", slug="murtoluvut", owner=teacher
            ),
            "practice": factories.PracticePageFactory(
                parent=rusko,
                title="Välituntiliikunta",
                slug="valituntiliikunta",
                area=PracticeArea.objects.get(slug="hyvinvointi"),
                owner=teacher,
            ),
            "event": factories.EventPageFactory(parent=region, slug="tutortapaaminen"),
            "teacher": teacher,
            "moderator": make_moderator(rusko, "ritva.moderaattori"),
            "admin": get_user_model().objects.create_superuser(
                "paakayttaja", "paakayttaja@example.fi", PASSWORD
            ),
        }


def enter_the_attacks(world):
    """Everything typed through the admin's own forms; the moderator approves."""
    admin = Client()
    admin.force_login(world["admin"])
    image, document = upload_media(admin)

    teacher = Client()
    teacher.force_login(world["teacher"])
    plan, practice = world["plan"], world["practice"]
    # A javascript: address is refused by the link's address field.
    refused = teacher.post(
        edit_url(plan),
        {**plan_data(plan, image, document), "materials-0-value-url": "javascript:alert(99)"},
    )
    assert refused.status_code == 200
    assert set(refused.context["form"].errors) == {"materials"}
    assert LessonPlanPage.objects.get(pk=plan.pk).title == "Murtoluvut"
    posted(teacher.post(edit_url(plan), plan_data(plan, image, document)), "plan")
    posted(teacher.post(edit_url(practice), practice_data(practice)), "practice")
    posted(admin.post(edit_url(world["event"]), event_data(world["event"])), "event")

    moderator = Client()
    moderator.force_login(world["moderator"])
    for page in (plan, practice):
        page.refresh_from_db()
        review = {"plan": page, "preview": f"/admin/pages/workflow/preview/{page.pk}/"
                  f"{page.current_workflow_task_state.task_id}/"}  # fmt: skip
        world.setdefault("reviews", []).append(review)
        world.setdefault("compare", []).append(
            f"/admin/pages/{page.pk}/revisions/compare/live...{page.latest_revision_id}/"
        )
    return image, document


def approve(world):
    moderator = Client()
    moderator.force_login(world["moderator"])
    for page in (world["plan"], world["practice"]):
        page.refresh_from_db()
        posted(moderator.post(action_url(page, "approve")), f"approving {page.title}")
    plan = LessonPlanPage.objects.get(pk=world["plan"].pk)
    practice = PracticePage.objects.get(pk=world["practice"].pk)
    assert plan.live and not plan.has_unpublished_changes and ATTACKS[0] in plan.title
    assert practice.live and not practice.has_unpublished_changes
    return plan, practice


class Watch:
    """A browser page whose dialogs are counted (and dismissed) and whose screens are inspected
    for the attack strings' elements and script addresses."""

    def __init__(self, context):
        self.page = context.new_page()
        self.page.set_default_timeout(15_000)
        self.dialogs, self.found = [], []
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append((self.page.url, dialog.message))
        dialog.dismiss()

    def inspect(self, url, label=None):
        response = self.page.goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(150)  # autofocus and load handlers would have run by now
        for frame in self.page.frames:
            if frame.is_detached():
                continue
            result = frame.evaluate(INSPECT)
            for kind in ("marks", "targets"):
                self.found += [(label or url, kind, html) for html in result[kind]]
        return self.page


def test_attack_strings_stay_text_for_moderators_and_readers(world, browser):
    base = world["base"]
    image, document = enter_the_attacks(world)
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    moderator = Watch(context)
    world["moderator"].set_password(PASSWORD)
    world["moderator"].save()
    sign_in(moderator.page, base, "ritva.moderaattori")
    screens = ["/admin/", f"/admin/pages/{world['rusko'].pk}/"]
    for review in world["reviews"]:
        page = review["plan"]
        screens += [edit_url(page), review["preview"], f"/admin/pages/{page.pk}/history/"]
    screens += world["compare"]
    for path in screens:
        moderator.inspect(base + path)
    # The editor shows what was typed, as text, in its StreamField and rich text.
    moderator.inspect(base + edit_url(world["plan"]))
    moderator.page.get_by_role("tab", name="Kulku").click()
    expect(moderator.page.locator("[data-contentpath='pupil_instructions']").first).to_contain_text(
        ATTACKS[3]
    )
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    admin = Watch(context)
    sign_in(admin.page, base, "paakayttaja")
    for path in ("/admin/images/", f"/admin/images/{image.pk}/", "/admin/documents/",
                 f"/admin/documents/edit/{document.pk}/", edit_url(world["event"]),
                 f"/admin/pages/{world['region'].pk}/"):  # fmt: skip
        admin.inspect(base + path)

    plan, practice = approve(world)
    teacher = Watch(context)
    context.clear_cookies()
    world["teacher"].set_password(PASSWORD)
    world["teacher"].save()
    sign_in(teacher.page, base, "riikka.rusko")
    teacher.inspect(base + "/admin/", "teacher's dashboard")
    teacher.inspect(base + plan.url, "plan with the userbar")
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fi-FI")
    reader = Watch(context)
    event = world["event"].specific_class.objects.get(pk=world["event"].pk)
    public = [
        plan.url, plan.url + "oppilaalle/", "/suunnitelmat/", "/suunnitelmat/?aihe=murtoluvut",
        practice.url, "/kaytanteet/", event.url, world["region"].url, world["network"].url,
        world["rusko"].url, "/", "/haku/?q=murtoluvut", "/haku/?q=v%C3%A4lituntiliikunta",
        "/haku/?q=tutortapaaminen",
    ]  # fmt: skip
    for path in public:
        reader.inspect(base + path)
    # The title reads as typed: not markup, not a template.
    reader.page.goto(base + plan.url)
    expect(reader.page.get_by_role("heading", level=1)).to_have_text(f"Murtoluvut {ATTACKS[0]}")
    # Attack strings as search words, and as the words suggestions are asked for.
    for attack in ATTACKS[:12] + ATTACKS[13:20]:
        words = quote(attack, safe="")
        reader.inspect(f"{base}/haku/?q={words}", f"search for {attack}")
        reader.inspect(f"{base}/haku/ehdotukset/?q={words}", f"suggestions for {attack}")
    context.close()

    problems = moderator.found + admin.found + teacher.found + reader.found
    dialogs = moderator.dialogs + admin.dialogs + teacher.dialogs + reader.dialogs
    assert dialogs == [], dialogs
    assert problems == [], "\n".join(map(str, problems))
