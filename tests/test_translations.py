"""Every user-facing string is translated into Finnish and Swedish, and nothing is fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = ("fi", "sv")


def source_dirs(base):
    """The project's own packages (those of installed apps with a folder here, nested apps
    such as ``portal.core`` counted by their package) and the templates."""
    packages = dict.fromkeys(app.split(".")[0] for app in settings.INSTALLED_APPS)
    return (*(package for package in packages if (base / package).is_dir()), "templates")


def catalogue(root, language):
    return polib.pofile(str(Path(root) / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_messages(language):
    po = catalogue(settings.BASE_DIR, language)
    assert len(po) > 0
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"untranslated in {language}: {untranslated}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_catalogue_holds_every_string_of_the_source(tmp_path):
    """Extract the strings afresh from a copy of the source: none may be missing."""
    base = Path(settings.BASE_DIR)
    for name in (*source_dirs(base), "locale"):
        shutil.copytree(base / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(base / "manage.py", tmp_path / "manage.py")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--no-location",
         *[f"--locale={language}" for language in LANGUAGES]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for language in LANGUAGES:
        fresh = catalogue(tmp_path, language)
        missing = [entry.msgid for entry in fresh.untranslated_entries()]
        fuzzy = [entry.msgid for entry in fresh.fuzzy_entries()]
        assert not missing, f"strings without a {language} translation: {missing}"
        assert not fuzzy, f"strings whose {language} translation is a guess: {fuzzy}"


# Wagtail's packages whose screens teachers, moderators and coordinators use. (Form builder,
# redirects, search promotions, table blocks and the style guide are not in their flows.)
WAGTAIL_CATALOGUES = (
    "wagtail",
    "wagtail.admin",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.locales",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
)


def _wagtail_messages(package, language, domain):
    import importlib

    folder = Path(importlib.import_module(package).__file__).parent / "locale" / language
    path = folder / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else []


def _translated(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if entry.translated()}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_wagtail_message_of_the_editor_is_translated(language, domain):
    """A message Wagtail's own catalogue lacks ("Saved", "Autosave is paused", "Search
    options…") is in locale/wagtail; after a Wagtail upgrade this names the new ones."""
    base = Path(settings.BASE_DIR) / "locale"
    ours = _translated(catalogue(base.parent, language))
    gaps = base / "wagtail" / language / "LC_MESSAGES" / f"{domain}.po"
    filled = _translated(polib.pofile(str(gaps))) if gaps.exists() else set()
    untranslated = []
    for package in WAGTAIL_CATALOGUES:
        theirs = _translated(_wagtail_messages(package, language, domain))
        for entry in _wagtail_messages(package, "en", domain):
            key = (entry.msgctxt, entry.msgid)
            if key not in theirs and key not in ours and key not in filled:
                untranslated.append(f"{package}: {entry.msgid}")
    assert not untranslated, f"{len(untranslated)} untranslated in {language}: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_editor_strings_read_in_the_admin_language(language):
    from django.utils import translation

    expected = {
        "fi": ("Tallennettu", "Automaattinen tallennus on keskeytetty", "Hae kaikista sivuista…"),
        "sv": ("Sparat", "Autosparningen är pausad", "Sök bland alla sidor…"),
    }[language]
    with translation.override(language):
        got = (
            translation.gettext("Saved"),
            translation.gettext("Autosave is paused"),
            translation.gettext("Search all pages…"),
        )
        listing = translation.gettext(
            "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"
        ) % {"start_index": 1, "end_index": 12, "items_count": 12, "model_name": "x"}
    assert got == expected
    assert listing.startswith("1–12 ") and " of " not in listing
