from django.core.checks import Warning, register

from search.text import finnish


@register()
def finnish_dictionary(app_configs, **kwargs):
    if finnish.available():
        return []
    return [
        Warning(
            "Voikko and its Finnish dictionary are not installed: search finds inflected Finnish "
            "words by their stems only (murtoluvuilla does not find murtoluku).",
            hint="Install Debian's libvoikko1 and voikko-fi (make install does it).",
            id="search.W001",
        )
    ]
