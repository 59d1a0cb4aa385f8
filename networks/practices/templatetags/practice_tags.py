import hashlib

from django import template

from networks.practices.annual_wheel import render_annual_wheel
from portal.core.cache import fragment

register = template.Library()


@register.simple_tag
def annual_wheel(page):
    """The page's annual wheel (SVG), drawn once for the same title and activities in the same
    language: the key is what the drawing is made of, so a preview or an edit draws anew."""
    activities = page.activity_list
    drawn_from = repr((page.title, [(a["month"], a["title"], a.get("anchor")) for a in activities]))
    return fragment(
        "annual-wheel",
        page.pk,
        hashlib.sha256(drawn_from.encode()).hexdigest(),
        build=lambda: render_annual_wheel(
            activities, title=page.title, id_prefix=f"wheel-{page.pk}"
        ),
    )
