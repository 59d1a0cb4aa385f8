from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from portal.core.cache import fragment
from portal.core.models import language_of_locale
from portal.core.visibility import public_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The same page in each language the portal speaks, for the language switcher."""
    request = context["request"]
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children that editors have marked for the menu: title, address, tree
    path and description of each, kept until the content changes (the same for every reader)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    return fragment("main-navigation", site.pk, build=lambda: _menu(site, request))


def _menu(site, request):
    pages = in_readers_language(list(public_pages(site.root_page.get_children()).in_menu()))
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "path": page.path,
            "search_description": page.search_description,
        }
        for page in pages
    ]


def in_readers_language(pages):
    """Each page, or its published version in the reader's language where it has one (Swedish
    titles in the menu and the breadcrumbs on /sv/): one query, none in Finnish."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or not pages:
        return pages
    versions = public_pages(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code=language,
        )
    )
    by_key = {version.translation_key: version for version in versions}
    return [by_key.get(page.translation_key, page) for page in pages]


@register.simple_tag
def breadcrumb_trail(page):
    """The pages above ``page`` below the front page, each in the reader's language where it
    has a version in it."""
    return in_readers_language(list(page.get_ancestors()[1:]))


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    """The page's published versions, each at its address in its own language, for
    ``<link rel="alternate" hreflang>``: kept until the content changes."""
    request = context["request"]

    def read():
        versions = public_pages(page.get_translations(inclusive=True)).select_related("locale")
        found = []
        for version in versions:
            code = version.locale.language_code
            with translation.override(code):
                found.append((code, request.build_absolute_uri(version.get_url(request))))
        return sorted(found)

    if getattr(request, "is_preview", False) or not getattr(page, "pk", None):
        return []
    return fragment("alternates", page.pk, request.get_host(), build=read)


@register.simple_tag(takes_context=True)
def url_with(context, name, value):
    """The current address with one filter set to ``value`` (or cleared when it is already
    chosen), back on the first page of results."""
    params = context["request"].GET.copy()
    params.pop("sivu", None)
    if params.get(name) == value or not value:
        params.pop(name, None)
    else:
        params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address on result page ``number``, keeping every filter."""
    params = context["request"].GET.copy()
    params["sivu"] = number
    return f"?{params.urlencode()}"


@register.filter
def month_name(month):
    """The month's name in the active language, capitalised (8 → "Elokuu")."""
    return capfirst(MONTHS[int(month)])


@register.filter
def chosen_count(facets):
    """How many values of the facets (``portal.core.facets``) the reader has chosen."""
    return sum(1 for facet in facets for value in facet.values if value.selected)


@register.filter
def json_ld_safe(value):
    """JSON for a <script type="application/ld+json"> element: no </script> can end it early."""
    escaped = value.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(escaped)  # noqa: S308 - the characters that could close the element are escaped


# The note beside content in another language than the reader's: the page has no version in
# the reader's language (the portal keeps one page per language it is written in).
ONLY_IN = {
    "fi": _("Only in Finnish"),
    "sv": _("Only in Swedish"),
    "en": _("Only in English"),
}


def content_language(page):
    """The language a page is written in: its own ``language`` (plans, practices, annual
    clocks, development plans), otherwise its tree's (a Swedish version of a library is
    Swedish, every other page Finnish)."""
    language = getattr(page, "language", "") or language_of_locale(getattr(page, "locale_id", None))
    return language if language in ONLY_IN else settings.LANGUAGE_CODE


@register.simple_tag
def content_lang(page):
    """` lang="fi"` for a page (or a card of one) written in another language than the
    reader's interface, so that a screen reader reads it with the right voice; nothing when
    the two agree."""
    language = content_language(page)
    return mark_safe(f' lang="{language}"') if language != get_language() else ""  # noqa: S308


@register.inclusion_tag("components/language_note.html")
def language_note(page):
    """ "Finns endast på finska" on /sv/ above a Finnish page, and the like."""
    language = content_language(page)
    return {"note": ONLY_IN[language] if language != get_language() else None}
