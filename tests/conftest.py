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


@pytest.fixture
def municipality_index(home_page):
    from networks.factories import MunicipalityIndexPageFactory

    return MunicipalityIndexPageFactory(parent=home_page)


@pytest.fixture
def rusko(municipality_index):
    from networks.factories import MunicipalityPageFactory

    return MunicipalityPageFactory(parent=municipality_index, municipality_code="704")


@pytest.fixture
def masku(municipality_index):
    from networks.factories import MunicipalityPageFactory

    return MunicipalityPageFactory(parent=municipality_index, municipality_code="481")


def make_teacher(town, username):
    """A user in the town's teacher group, created with the town."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username=username, password="salasana-123456", email=f"{username}@example.fi"
    )
    user.groups.add(Group.objects.get(name=f"{town.title}: opettajat"))
    return user


@pytest.fixture
def masku_teacher(masku):
    return make_teacher(masku, "maija.masku")
