"""Swedish versions of the portal's structure pages (data/swedish.toml): the front page, the
service's information pages, the libraries and the indexes of municipalities and networks.

Each is made as an editor makes it in the admin: "Translate" (wagtail.contrib.simple_translation)
copies the Finnish page into the Swedish tree as a draft, which is then written in Swedish and
published. Made once: after that the Swedish pages belong to the editors."""

from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.models import Locale, Page

from home.models import HomePage, HomePageHighlight
from portal.demo.home import body
from portal.demo.pages import read


def translate(page, locale, prepare=None, publish=True, **fields):
    """The page's version in ``locale``: made, written and (unless not ``publish``) published
    if it has none (``prepare`` writes what is not a plain field)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    version = CopyPageForTranslationAction(page, locale).execute(skip_permission_checks=True)
    version = version.specific
    for name, value in fields.items():
        setattr(version, name, value)
    if prepare is not None:
        prepare(version)
    revision = version.save_revision()
    if publish:
        revision.publish()
    return version


def child(home, slug):
    return Page.objects.child_of(home).filter(slug=slug).first()


def load():
    data = read("swedish")
    swedish = Locale.objects.get(language_code="sv")
    home = HomePage.objects.get(locale=Locale.get_default())
    front = data["home"]

    def highlights(version):
        pairs = zip(home.highlights.all(), front["highlights"], strict=False)
        version.highlights = [
            HomePageHighlight(highlighted_page_id=highlight.highlighted_page_id, text=text)
            for highlight, text in pairs
        ]

    swedish_home = translate(
        home,
        swedish,
        prepare=highlights,
        title=front["title"],
        hero_title=front["hero_title"],
        hero_text=front["hero_text"],
        summary=front["summary"],
    )
    for entry in data["pages"]:
        page = child(home, entry["slug"])
        if page is not None:
            fields = {key: value for key, value in entry.items() if key not in ("slug", "body")}
            translate(page.specific, swedish, body=body(entry["body"]), **fields)
    for entry in data["sections"]:
        page = child(home, entry["slug"])
        if page is not None:
            fields = {key: value for key, value in entry.items() if key != "slug"}
            # The menu and the front page's cards describe a section by its search description.
            fields.setdefault("search_description", fields.get("summary", ""))
            translate(page.specific, swedish, **fields)
    return swedish_home
