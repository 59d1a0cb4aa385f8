"""Demo content of the home app (data/home.toml): the front page, the portal's settings, the
service's own information pages and the good practices the front page raises."""

from wagtail.models import Locale, Site

from home.models import (
    HomePage,
    HomePageFeaturedPractice,
    HomePageHighlight,
    PortalSettings,
    StandardPage,
)
from networks.practices.models import PracticePage
from portal.demo.pages import block, ensure_child_page, read, stream
from portal.municipalities.models import MunicipalityPage


def body(entries):
    """A body's blocks: each entry is a heading or a paragraph (HTML)."""
    return stream(
        block("heading", {"text": entry["heading"], "level": "h2"})
        if "heading" in entry
        else block("paragraph", entry["paragraph"])
        for entry in entries
    )


def load_pages(home, entries):
    pages = {}
    for entry in entries:
        fields = {**entry, "body": body(entry["body"])}
        slug = fields.pop("slug")
        pages[slug], _created = ensure_child_page(home, StandardPage, slug, **fields)
    return pages


def fill_front_page(home, entry, pages):
    """The front page is filled once; after that it belongs to the editors."""
    if home.hero_text:
        return
    home.hero_title = entry["hero_title"]
    home.hero_text = entry["hero_text"]
    home.summary = entry["summary"]
    home.highlights = [
        HomePageHighlight(highlighted_page=pages[highlight["page"]], text=highlight["text"])
        for highlight in entry["highlights"]
    ]
    home.save_revision().publish()


def fill_settings(site, entry, pages):
    portal_settings = PortalSettings.for_site(site)
    if portal_settings.contact_email:
        return
    portal_settings.portal_name = entry["portal_name"]
    portal_settings.tagline = entry["tagline"]
    portal_settings.tagline_sv = entry.get("tagline_sv", "")
    portal_settings.contact_email = entry["contact_email"]
    portal_settings.accessibility_page = pages[entry["accessibility_page"]]
    portal_settings.privacy_page = pages[entry["privacy_page"]]
    portal_settings.save()


def load():
    """Fill the front page and create the service's information pages, once."""
    data = read("home")
    home = HomePage.objects.get(locale=Locale.get_default())
    site = Site.objects.get(is_default_site=True)
    pages = load_pages(home, data["pages"])
    fill_front_page(home, data["front_page"], pages)
    fill_settings(site, data["settings"], pages)
    return home


def feature_practices(home):
    """Raise the practices home.toml names onto the front page, once the practices are loaded
    (``load_demo`` calls this after them): only while the front page raises none."""
    home = HomePage.objects.get(pk=home.pk)  # as the pages loaded since have left it
    if home.featured_practices.exists():
        return
    chosen = []
    for entry in read("home")["front_page"]["featured_practices"]:
        town = MunicipalityPage.objects.filter(locale=home.locale, title=entry["town"]).first()
        practice = town and PracticePage.objects.child_of(town).filter(title=entry["title"]).first()
        if practice is not None:
            chosen.append(HomePageFeaturedPractice(practice=practice))
    if chosen:
        home.featured_practices = chosen
        home.save_revision().publish()
