"""The automatic content check that must pass before a page may be published.

``check_page(page)`` returns a ``Finding`` for everything that blocks publication:

1. A licence is chosen: a page with a ``licence`` field (``ShareablePage``) must have one.
2. Every image has alt text: every ``ImageBlock`` in every StreamField (walked recursively
   through stream, list and struct blocks) is either decorative or has contextual alt text;
   an ``ImageChooserBlock`` value, and an image a page field points to (a hero image), falls
   back to the image's ``description``, which must then be filled in. Images embedded in rich
   text need their ``alt`` attribute.
3. No Finnish personal identity code (henkilötunnus, HETU): any ``ddmmyyCnnnT`` with a
   century sign in use since 2023 (``+ - Y X W V U A B C D E F``) whose check character is
   right (``stdnum.fi.hetu``; temporary numbers 900–999 count too). A code with a wrong check
   character is not a HETU and is left alone. The code is masked (``131052-****``) in messages.
4. No phone number: Finnish numbers written with the leading 0 (``040 123 4567``,
   ``(09) 1234 567``, ``0401234567``…) and international ones (``+358 40 123 4567``,
   ``00358…``, ``+46 …``), and every ``tel:`` link. Dates, times, years, school years, ISBNs,
   IBANs, Y-tunnus, postal codes, durations and curriculum codes are masked out first;
   precision matters more than recall.
5. No e-mail address other than the page's own contact addresses (the values of its fields
   whose names end with ``email``, compared case-insensitively). ``nimi(at)koulu.fi`` counts.

What is read: every text field a user fills in on the specific page (title, search
description, summary, plain and rich text; rich text without tags, plus its ``mailto:`` and
``tel:`` links and image ``alt`` attributes; URL fields only for ``mailto:``/``tel:``), every
string in its StreamFields, and the text fields of its inline child objects (``InlinePanel``).
Slugs, choices and Wagtail's internal page fields are skipped.

Each finding has a severity: ``BLOCKING`` stops publication; a ``NOTICE`` (an image marked
as decorative) is shown to the moderators, who decide. ``check_page`` returns the blocking
findings, ``review_page`` all of them.

``Finding.field`` is the name of the model field (or, for inline objects, of the child
relation, which is the name of the admin form's formset); ``place`` says where it is for a
person, in the active language; ``problem`` says what is wrong and what to do.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import unquote

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from stdnum.fi import hetu
from wagtail import blocks
from wagtail.blocks.field_block import BaseChoiceBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page

HETU = "hetu"
PHONE = "phone"
EMAIL = "email"

BLOCKING = "blocking"
NOTICE = "notice"

SEPARATOR = " › "
TITLE_LENGTH = 40


@dataclass(frozen=True)
class Finding:
    field: str
    place: str
    problem: str
    severity: str = BLOCKING

    @property
    def blocks(self):
        return self.severity == BLOCKING

    def as_dict(self):
        return {
            "field": self.field,
            "place": self.place,
            "problem": self.problem,
            "severity": self.severity,
        }


# --- Personal data in plain text -------------------------------------------------------------

DASHES = "\u2010\u2011\u2012\u2013\u2212"  # hyphens, en dash and minus that autocorrect types

# ddmmyy, century sign, individual number, check character. Dashes that word processors put
# in place of a hyphen are accepted and read as "-".
HETU_RE = re.compile(
    rf"(?<![\w+])(\d{{6}})([-+{DASHES}A-FU-Y])(\d{{3}}[0-9A-Y])(?![\w])", re.IGNORECASE
)

EMAIL_RE = re.compile(
    r"(?<![\w.+%-])"
    r"([\w.+%-]+)\s?(?:@|[(\[]\s?at\s?[)\]])\s?"
    r"([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})"
    r"(?![\w-])",
    re.IGNORECASE,
)

# Numbers that look like phone numbers but are not: masked before phones are looked for.
NOT_PHONE_RES = [
    re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE),  # addresses of web pages
    re.compile(r"\bISBN(?:-1[03])?:?\s*[\dX][\dX\s-]{8,16}[\dX]\b", re.IGNORECASE),
    re.compile(r"(?<![\w-])97[89](?:[\s-]?\d){10}(?![\w-])"),  # ISBN-13 without the word
    re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),  # IBAN
    re.compile(r"(?<![\w-])\d{7}-\d(?![\w-])"),  # Y-tunnus
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),  # ISO dates
    re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"),  # 1.9.2025, 01/09/25, 01-09-2025
    re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.(?!\d)"),  # 1.9. and 1. 9.
    re.compile(r"\b\d{1,2}[.:]\d{2}\b"),  # times
]

PHONE_INTERNATIONAL_RE = re.compile(
    r"(?<![\w+])(?:\+(?P<country>[1-9]\d{0,2})|00(?P<finland>358))"
    r"(?:[ -]?\(0\))?"
    r"(?P<number>(?:[ -]?\(?\d{1,4}\)?){2,6})"
    r"(?![\w]|[.,/:-]\d)"
)
PHONE_DOMESTIC_RE = re.compile(
    rf"(?<![\w.,/+%{DASHES}-])"
    r"(?:\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})"
    r"[ -]?\d{3,4}"
    r"(?:[ -]?\d{2,4}){0,2}"
    rf"(?![\w%]|[.,/:{DASHES}-]\d)"
)


def _digits(text):
    return sum(character.isdigit() for character in text)


def _mask_spans(text, pattern):
    return pattern.sub(lambda match: "#" * len(match.group()), text)


def _normalise_email(match):
    return f"{match.group(1)}@{match.group(2)}".lower()


def find_personal_data(text, allowed_emails=()):
    """(kind, matched_text) for each HETU / phone number / e-mail address found in plain text.

    ``kind`` is ``"hetu"``, ``"phone"`` or ``"email"``; results are in the order of the text.
    Addresses in ``allowed_emails`` (compared case-insensitively) are not reported.
    """
    if not text:
        return []
    allowed = {address.strip().lower() for address in allowed_emails if address}
    found = [*_find_hetus(text), *_find_emails(text, allowed), *_find_phones(text)]
    found.sort(key=lambda item: item[0])
    return [(kind, matched) for _position, kind, matched in found]


def _find_hetus(text):
    """(position, HETU, text) of each code whose check character is right."""
    found = []
    for match in HETU_RE.finditer(text):
        code = match.group(1) + _normalise_dash(match.group(2)) + match.group(3)
        if hetu.is_valid(code.upper(), allow_temporary=True):
            found.append((match.start(), HETU, match.group()))
    return found


def _find_emails(text, allowed):
    """(position, EMAIL, text) of each address that is not one of the ``allowed`` ones."""
    return [
        (match.start(), EMAIL, match.group())
        for match in EMAIL_RE.finditer(text)
        if _normalise_email(match) not in allowed
    ]


def _mask_not_phones(text):
    """``text`` with everything known not to be a phone number blanked out, keeping the
    positions."""
    masked = _mask_spans(text, HETU_RE)
    masked = _mask_spans(masked, EMAIL_RE)
    for pattern in NOT_PHONE_RES:
        masked = _mask_spans(masked, pattern)
    return masked


def _find_phones(text):
    """(position, PHONE, text) of each phone number: the international ones, then the domestic
    ones that are not inside an international one."""
    masked = _mask_not_phones(text)
    found, taken = [], []
    for match in PHONE_INTERNATIONAL_RE.finditer(masked):
        digits = _digits(match.group("number"))
        if 7 <= digits <= 12:
            found.append((match.start(), PHONE, text[match.start() : match.end()].strip()))
            taken.append(match.span())
    for match in PHONE_DOMESTIC_RE.finditer(masked):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if 8 <= _digits(match.group()) <= 11:
            found.append((match.start(), PHONE, text[match.start() : match.end()].strip()))
    return found


def _normalise_dash(sign):
    return "-" if sign in DASHES else sign


def mask_hetu(code):
    """Show the date part and the century sign only: 131052-308T → 131052-****."""
    code = code[:6] + _normalise_dash(code[6:7]) + code[7:]
    return code[:7] + "****"


# --- Reading the texts of a page --------------------------------------------------------------

BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|br|blockquote|tr|td|th|table|hr|embed)\b[^>]*>", re.IGNORECASE
)
HREF_RE = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
IMAGE_EMBED_RE = re.compile(r"<embed\b[^>]*\bembedtype\s*=\s*[\"']image[\"'][^>]*>", re.IGNORECASE)
ALT_RE = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def _html_texts(source):
    """The plain texts of a piece of (rich text) HTML: its words, links and images' alt texts."""
    source = str(source or "")
    texts = [html.unescape(strip_tags(BLOCK_TAG_RE.sub("\n", source)))]
    for _quote, href in HREF_RE.findall(source):
        texts.extend(_link_texts(html.unescape(href)))
    for embed in IMAGE_EMBED_RE.findall(source):
        alt = ALT_RE.search(embed)
        if alt:
            texts.append(html.unescape(alt.group(2)))
    return texts


def _link_texts(address):
    """What a link address tells: only mailto: and tel: addresses, as text."""
    address = (address or "").strip()
    scheme, _colon, rest = address.partition(":")
    scheme = scheme.lower()
    if scheme == "mailto":
        return [unquote(rest.split("?", 1)[0]).replace(",", " ")]
    if scheme in ("tel", "callto", "sms"):
        return ["tel:" + unquote(rest)]
    return []


def _image_embeds_without_alt(source):
    return sum(
        1
        for embed in IMAGE_EMBED_RE.findall(str(source or ""))
        if not (ALT_RE.search(embed) and ALT_RE.search(embed).group(2).strip())
    )


# Fields of Wagtail's Page that a user does not write, or that hold no prose (the slug).
PAGE_TEXT_FIELDS = {"title", "seo_title", "search_description"}
INTERNAL_FIELDS = {field.name for field in Page._meta.concrete_fields} - PAGE_TEXT_FIELDS


def _label(text):
    return capfirst(str(text or ""))


def _short(text):
    text = " ".join(str(text).split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"


def _join(*parts):
    return SEPARATOR.join(str(part) for part in parts if part)


def _personal_data_problem(kind, matched, contact_emails):
    """What is wrong with a HETU, phone number or e-mail address found on a page."""
    if kind == HETU:
        return _(
            "A personal identity code (henkilötunnus) %(code)s: remove it. Personal data "
            "of pupils or staff must never be published."
        ) % {"code": mask_hetu(matched)}
    if kind == PHONE:
        return _(
            "A phone number %(number)s: remove it. Phone numbers of pupils or staff must "
            "not be published."
        ) % {"number": matched}
    if contact_emails:
        return _(
            "An e-mail address %(address)s: remove it. Only the work e-mail of the contact "
            "person may be published, in the contact field."
        ) % {"address": matched}
    return _(
        "An e-mail address %(address)s: remove it. E-mail addresses of pupils or staff "
        "must not be published here."
    ) % {"address": matched}


def _contact_emails(page):
    """The page's own contact addresses: the values of its fields whose names end with email."""
    return [
        value
        for field in page._meta.concrete_fields
        if field.name.lower().endswith("email")
        and isinstance(value := getattr(page, field.attname, ""), str)
        and value
    ]


def _item_title(block, value):
    """The shortened title (or name) of a struct item, or ""."""
    if not isinstance(block, blocks.StructBlock) or isinstance(block, ImageBlock):
        return ""
    for name in ("title", "name"):
        if name in block.child_blocks and hasattr(value, "get") and value.get(name):
            return _short(value.get(name))
    return ""


def _item_place(number, block, value, several_kinds):
    """“2. Phase “Pizzatehtävä””, shortened to what tells the items apart."""
    title = _item_title(block, value)
    kind = _label(block.label) if several_kinds or not title else ""
    if isinstance(block, blocks.FieldBlock) and not several_kinds:
        kind = ""  # items of a list of texts: the number is enough
    if title and kind:
        return _("%(number)s. %(block)s “%(title)s”") % {
            "number": number,
            "block": kind,
            "title": title,
        }
    if title:
        return _("%(number)s. “%(title)s”") % {"number": number, "title": title}
    if kind:
        return _("%(number)s. %(block)s") % {"number": number, "block": kind}
    return f"{number}."


class _Findings:
    """The findings of one check, in the order found, each (field, place, problem) once."""

    def __init__(self):
        self.findings = []
        self.seen = set()

    def add(self, field, place, problem, severity=BLOCKING):
        key = (field, place, problem)
        if key not in self.seen:
            self.seen.add(key)
            self.findings.append(Finding(field, place, problem, severity))


class _TextScanner:
    """Personal data in texts, and images without alt text in rich text."""

    def __init__(self, findings, allowed_emails):
        self.findings = findings
        self.allowed_emails = allowed_emails

    def scan(self, field, place, texts):
        for text in texts:
            for kind, matched in find_personal_data(text, self.allowed_emails):
                self.add_personal_data(field, place, kind, matched)
            if text.startswith("tel:") and not find_personal_data(text) and _digits(text) >= 5:
                self.add_personal_data(field, place, PHONE, text[4:].strip())

    def add_personal_data(self, field, place, kind, matched):
        problem = _personal_data_problem(kind, matched, self.allowed_emails)
        self.findings.add(field, place, problem)

    def check_html(self, field, place, source):
        self.scan(field, place, _html_texts(source))
        if _image_embeds_without_alt(source):
            self.findings.add(
                field,
                place,
                _("An image in the text has no alt text: describe what it shows."),
            )

    def check_text_field(self, name, place, field, value):
        """The value of a model field, read as its kind of field says."""
        if isinstance(field, RichTextField):
            self.check_html(name, place, value)
        elif isinstance(field, models.URLField):
            self.scan(name, place, _link_texts(value))
        elif isinstance(field, (models.SlugField, models.EmailField)) or field.choices:
            return
        elif isinstance(field, (models.CharField, models.TextField)):
            self.scan(name, place, [value])


class _ImageChecker:
    """Alt texts of image blocks, and descriptions of chosen images."""

    def __init__(self, findings, scanner):
        self.findings = findings
        self.scanner = scanner

    def check_image_block(self, field, place, image):
        if getattr(image, "decorative", False):
            self.decorative(field, place, image)
            return
        alt_text = getattr(image, "contextual_alt_text", None)
        if not (alt_text or "").strip():
            self.missing_alt_text(field, place, image)
        else:
            self.scanner.scan(field, place, [alt_text])

    def check_description(self, field, place, image):
        """An image whose description is read out as its alt text."""
        if not (getattr(image, "description", "") or "").strip():
            self.missing_description(field, place, image)

    def missing_alt_text(self, field, place, image):
        self.findings.add(
            field,
            place,
            _(
                "The image “%(image)s” has no alt text: describe what it shows, or mark it as "
                "decorative if it adds nothing to the text."
            )
            % {"image": _short(getattr(image, "title", "") or "")},
        )

    def decorative(self, field, place, image):
        """A decorative image is skipped by screen readers: a person checks that it adds
        nothing the text does not say."""
        self.findings.add(
            field,
            place,
            _(
                "The image “%(image)s” is marked as decorative: check that it shows nothing "
                "the text does not say."
            )
            % {"image": _short(getattr(image, "title", "") or "")},
            NOTICE,
        )

    def missing_description(self, field, place, image):
        self.findings.add(
            field,
            place,
            _(
                "The image “%(image)s” has no description, which is read out as its alt text: "
                "add one in the image library."
            )
            % {"image": _short(getattr(image, "title", "") or "")},
        )


class _StreamWalker:
    """A StreamField value, walked recursively through stream, list and struct blocks."""

    def __init__(self, scanner, images):
        self.scanner = scanner
        self.images = images
        # The first kind of block that matches is checked: an ImageBlock is a StructBlock too.
        self.checks = (
            (ImageBlock, self.check_image),
            (ImageChooserBlock, self.check_chosen_image),
            (blocks.StreamBlock, self.walk_stream),
            (blocks.ListBlock, self.walk_list),
            (blocks.StructBlock, self.walk_struct),
            ((blocks.RichTextBlock, blocks.RawHTMLBlock), self.check_html),
            (blocks.URLBlock, self.check_url),
            (BaseChoiceBlock, self.skip),
        )

    def walk(self, field, place, block, value):
        if value is None:
            return
        for kind, check in self.checks:
            if isinstance(block, kind):
                check(field, place, block, value)
                return
        if isinstance(value, str):
            self.scanner.scan(field, place, [value])

    def check_image(self, field, place, block, value):
        self.images.check_image_block(field, place, value)

    def check_chosen_image(self, field, place, block, value):
        self.images.check_description(field, place, value)

    def walk_stream(self, field, place, block, value):
        several_kinds = len(block.child_blocks) > 1
        for number, child in enumerate(value, start=1):
            child_block = child.block
            item = _item_place(number, child_block, child.value, several_kinds)
            self.walk(field, _join(place, item), child_block, child.value)

    def walk_list(self, field, place, block, value):
        for number, item_value in enumerate(value, start=1):
            item = _item_place(number, block.child_block, item_value, False)
            self.walk(field, _join(place, item), block.child_block, item_value)

    def walk_struct(self, field, place, block, value):
        for name, child_block in block.child_blocks.items():
            child_value = value.get(name) if hasattr(value, "get") else None
            self.walk(field, _join(place, _label(child_block.label)), child_block, child_value)

    def check_html(self, field, place, block, value):
        self.scanner.check_html(field, place, getattr(value, "source", value))

    def check_url(self, field, place, block, value):
        self.scanner.scan(field, place, _link_texts(value))

    def skip(self, field, place, block, value):
        """A choice holds no prose."""


def _inline_text_fields(model):
    """The fields of an inline child model that a user writes text in."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.editable
        and isinstance(field, (models.CharField, models.TextField))
        and not field.choices
    ]


class _Checker:
    """The whole check of one page: its licence, its fields and its inline child objects."""

    def __init__(self, page):
        self.page = page
        self.findings = _Findings()
        self.scanner = _TextScanner(self.findings, _contact_emails(page))
        self.images = _ImageChecker(self.findings, self.scanner)
        self.walker = _StreamWalker(self.scanner, self.images)

    def run(self):
        self.check_licence()
        for field in self.page._meta.concrete_fields:
            if field.name in INTERNAL_FIELDS or not field.editable:
                continue
            self.check_field(field)
        self.check_child_relations()
        return self.findings.findings

    def check_licence(self):
        fields = {field.name: field for field in self.page._meta.concrete_fields}
        licence = fields.get("licence")
        if isinstance(licence, models.ForeignKey) and not self.page.licence_id:
            self.findings.add(
                "licence",
                _label(licence.verbose_name),
                _("Choose a licence: it tells others how they may use and change this."),
            )

    def check_field(self, field):
        page = self.page
        place = _label(field.verbose_name)
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            if value:
                self.walker.walk(field.name, place, field.stream_block, value)
        elif isinstance(field, models.ForeignKey):
            self.check_image_field(field, place)
        else:
            value = getattr(page, field.attname, None)
            if isinstance(value, str) and value:
                self.scanner.check_text_field(field.name, place, field, value)

    def check_image_field(self, field, place):
        """An image a page field points to (a hero image) needs its description."""
        page = self.page
        if issubclass(field.related_model, get_image_model()) and getattr(page, field.attname):
            image = getattr(page, field.name)
            if image is not None and not (image.description or "").strip():
                self.images.missing_description(field.name, place, image)

    def check_child_relations(self):
        for relation in get_all_child_relations(type(self.page)):
            accessor = relation.get_accessor_name()
            model = relation.related_model
            text_fields = _inline_text_fields(model)
            if not text_fields:
                continue
            try:
                children = list(getattr(self.page, accessor).all())
            except ValueError:  # an unsaved page without in-memory children
                continue
            heading = _label(model._meta.verbose_name_plural)
            for number, child in enumerate(children, start=1):
                self.check_child(accessor, heading, number, child, text_fields)

    def check_child(self, accessor, heading, number, child, text_fields):
        for field in text_fields:
            value = getattr(child, field.attname, None)
            if isinstance(value, str) and value:
                place = _join(heading, f"{number}.", _label(field.verbose_name))
                self.scanner.check_text_field(accessor, place, field, value)


def review_page(page):
    """Every finding on ``page``: what blocks publication and what a moderator should look at.

    ``page`` is a specific page, possibly an unsaved in-memory object made from a revision:
    only what it holds is read (a plain ``Page`` with a primary key is made specific first).
    """
    if type(page) is Page and page.pk:
        page = page.specific
    return _Checker(page).run()


def check_page(page):
    """Everything that must be fixed before ``page`` may be published."""
    return [finding for finding in review_page(page) if finding.blocks]


def findings_as_errors(findings):
    """The content check's findings as a ValidationError's dictionary, field by field."""
    errors = {}
    for finding in findings:
        errors.setdefault(finding.field, []).append(f"{finding.place}: {finding.problem}")
    return errors


def findings_as_text(findings):
    """The findings as the comment an author reads on a sent-back submission."""
    return "\n".join(f"• {finding.place}: {finding.problem}" for finding in findings)
