"""QR codes for the pupil view, drawn as inline SVG by segno (no image request, no other host)."""

import hashlib

import segno
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe

# A drawn code is kept this long: it depends on nothing but its address and title.
QR_KEPT_SECONDS = 60 * 60 * 24


def qr_svg(address, *, title):
    """An accessible SVG QR code of ``address`` (error correction M, quiet zone of 4).

    Drawing one takes segno some 15 ms: a code is kept in the cache under its address and
    title, the only things it is drawn from."""
    key = "qr:" + hashlib.sha256(f"{address}\x00{title}".encode()).hexdigest()
    svg = cache.get(key)
    if svg is None:
        svg = _draw(address, title)
        cache.set(key, svg, QR_KEPT_SECONDS)
    return mark_safe(svg)  # noqa: S308 - segno's output and an escaped label only


def _draw(address, title):
    code = segno.make(address, error="m", micro=False)
    svg = code.svg_inline(
        scale=8, border=4, dark="#000", light="#fff", svgclass="qr-code", omitsize=True
    )
    label = escape(title)
    # segno writes a bare <svg>; give it a role and a name so assistive technology announces it.
    return str(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))
