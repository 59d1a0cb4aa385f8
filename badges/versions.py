"""A new school year's badge framework, made from the last one in one action."""

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from badges.models import BadgeFrameworkPage
from badges.models.frameworks import school_year_label
from portal.sharing.copying import SLUG_LENGTH, content_to_copy, free_slug


class VersionRefused(Exception):
    """The new version cannot be made; the message says why, in the user's language."""


def can_make_next_version(framework, user):
    """Whether ``user`` may add pages where the framework is (the town's teachers and
    moderators may)."""
    parent = framework.get_parent()
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def next_title(title, school_year):
    """The title with its school year moved on ("… 2025–2026" → "… 2026–2027"), or the new
    year added after it."""
    new = school_year_label(school_year + 1)
    pattern = rf"{school_year}\s*[–-]\s*{school_year + 1}"
    if re.search(pattern, title):
        return re.sub(pattern, new, title)
    return f"{title} {new}"


def next_slug(slug, title, school_year):
    """The address with its school year moved on ("osaamismerkit-2025-2026" →
    "osaamismerkit-2026-2027"), or one made from the new title."""
    year = f"{school_year}-{school_year + 1}"
    if year in slug:
        return slug.replace(year, f"{school_year + 1}-{school_year + 2}")
    return slugify(title.replace("–", "-"))[:SLUG_LENGTH].strip("-") or f"{slug}-{school_year + 1}"


@transaction.atomic
def make_next_version(framework, user):
    """Copy ``framework`` beside itself as a draft for the next school year, its badges (with
    the same codes) and scale included, owned by ``user``; return the draft.

    The old version stays as it is, published and readable. The draft is published only
    through the town's moderation, like any content.
    """
    framework = framework.specific
    if not can_make_next_version(framework, user):
        raise PermissionDenied
    content = content_to_copy(framework, user)
    school_year = content.school_year + 1
    newer = BadgeFrameworkPage.objects.sibling_of(framework).filter(previous_version=framework)
    existing = newer.first()
    if existing is not None:
        raise VersionRefused(
            _("The version for %(year)s has already been made: “%(title)s”.")
            % {"year": school_year_label(school_year), "title": existing.title}
        )
    parent = framework.get_parent()
    title = next_title(content.title, content.school_year)
    slug = next_slug(framework.slug, title, content.school_year)
    return content.copy(
        to=parent,
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": free_slug(parent, slug),
            "owner": user,
            "school_year": school_year,
            "previous_version": framework,
        },
        copy_revisions=False,
        keep_live=False,
        user=user,
    )
