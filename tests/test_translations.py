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
