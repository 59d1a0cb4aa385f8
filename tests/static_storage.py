"""Static files as production serves them: a name that no app holds is an error, not a link.

Production's manifest storage raises ``ValueError`` for a static file that ``collectstatic``
did not find (an icon of an app that is not installed, say), and the page answers 500. The
development storage would link to the missing file quietly; the tests use this one instead.
"""

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import StaticFilesStorage


class StrictStaticFilesStorage(StaticFilesStorage):
    def url(self, name):
        if name and not finders.find(name):
            raise ValueError(f"Missing static file: {name}")
        return super().url(name)
