import os

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.models import HomePage

# Playwright's sync API keeps an event loop in the test thread; the ORM calls made beside it in
# browser tests are still synchronous, so Django's guard against async use does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def home_page(db):
    """The site's home page, as the data migration creates it."""
    return HomePage.objects.get()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo(db):
    """The demo content, loaded the way `make demo` loads it."""
    call_command("load_demo", "--no-admin", verbosity=0)
    return HomePage.objects.get()
