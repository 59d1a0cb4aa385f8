"""The demo's user accounts (data/people.toml). Every person of the demo is invented, and the
names of the people named in the content carry the example mark."""

from django.contrib.auth import get_user_model

from portal.demo.pages import read


def person(name):
    """Demo people are invented: their names say so."""
    return f"{name} {read('people')['example_mark']}"


def ensure_user(username, password=None, **fields):
    """The user with ``username``, created with ``fields`` if missing; a new user signs in with
    ``password``, or cannot sign in without one."""
    user, created = get_user_model().objects.get_or_create(username=username, defaults=fields)
    if created:
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    return user, created


def account(entry, password=None, **names):
    """The user of a people.toml entry, whose texts may name {town}, {slug} and {username}."""
    username = entry["username"].format(**names)
    fields = {
        field: entry[field].format(username=username, **names)
        for field in ("first_name", "last_name", "email")
        if field in entry
    }
    return ensure_user(username, password, **fields)
