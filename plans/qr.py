"""QR codes for the pupil view, drawn as inline SVG by segno (no image request, no other host)."""

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(address, *, title):
    """An accessible SVG QR code of ``address`` (error correction M, quiet zone of 4)."""
    code = segno.make(address, error="m", micro=False)
    svg = code.svg_inline(
        scale=8, border=4, dark="#000", light="#fff", svgclass="qr-code", omitsize=True
    )
    label = escape(title)
    # segno writes a bare <svg>; give it a role and a name so assistive technology announces it.
    return mark_safe(  # noqa: S308 - segno's output and an escaped label only
        svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    )
