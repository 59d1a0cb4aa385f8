"""Search on the embedded default (SQLite's FTS5), as `make demo` serves it: every word in any
of its forms, the best matches first, in one query (search.text.sqlite)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from modelsearch.query import And, Or, PlainText

from search.text.sqlite import match_expression

ROOT = Path(__file__).resolve().parents[2]

SEARCH = """
import json
from django.test import Client
from home.models import HomePage
from tests.factories.networks import MunicipalityIndexPageFactory, MunicipalityPageFactory
from tests.factories.plans import LessonPlanPageFactory

index = MunicipalityIndexPageFactory(parent=HomePage.objects.get(locale__language_code="fi"))
town = MunicipalityPageFactory(parent=index, municipality_code="704")
# Only the text given: no default outcome or key points.
bare = {"learning_outcome": "", "key_points": []}
LessonPlanPageFactory(parent=town, title="Pilvet", summary="Lopuksi täytetään sääpäiväkirja.",
                      **bare)
LessonPlanPageFactory(parent=town, title="Sääpäiväkirja syksyllä", summary="Sää.", **bare)
LessonPlanPageFactory(parent=town, title="Murtoluvut", summary="Sääpäiväkirja ei kuulu tähän.",
                      **bare)
LessonPlanPageFactory(parent=town, title="Luonnos sääpäiväkirjasta", live=False)
client = Client(SERVER_NAME="127.0.0.1")
found = {}
for query in ("sääpäiväkirjaan", "sääpäiväkirja murtoluvut", "sääpäiväkirja pilvi"):
    body = client.get("/haku/", {"q": query}).content.decode()
    found[query] = body
print(json.dumps(found))
"""


def test_the_query_is_an_fts5_expression_with_each_words_forms_in_parentheses():
    asked = And([PlainText("oppilaat oppilas", operator="or"),
                 PlainText('tutki"vat tutkia', operator="or")])  # fmt: skip
    assert match_expression(asked) == ('(("oppilaat" OR "oppilas") AND ("tutki""vat" OR "tutkia"))')
    assert match_expression(Or([PlainText("a", operator="or"), PlainText("b b2")])) == (
        '(("a") OR ("b" AND "b2"))'
    )
    assert match_expression(PlainText("   ")) is None


def test_the_embedded_default_finds_the_best_matches_first(tmp_path):
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT, env=environment, check=True, capture_output=True,
    )  # fmt: skip
    shell = subprocess.run(  # noqa: S603  (this project's own manage.py)
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", SEARCH],
        cwd=ROOT, env=environment, check=True, capture_output=True, text=True,
    )  # fmt: skip
    pages = json.loads(shell.stdout.strip().splitlines()[-1])
    first = pages["sääpäiväkirjaan"]
    assert "3 tulosta" in first
    assert first.index("Sääpäiväkirja syksyllä") < first.index("Pilvet") < first.index("Murtoluvut")
    assert "Luonnos sääpäiväkirjasta" not in first
    # Every word must match: only the plan that holds both.
    both = pages["sääpäiväkirja murtoluvut"]
    assert "1 tulos" in both and "Murtoluvut" in both and "Pilvet" not in both
    # "pilvi" finds "Pilvet" by its base form, with the other word in the summary.
    clouds = pages["sääpäiväkirja pilvi"]
    assert "1 tulos" in clouds and "Pilvet" in clouds
