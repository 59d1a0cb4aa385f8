"""A result's snippet: the first passage of its text that holds a searched word, the words
marked. Inflected forms count: "murtoluvuilla" marks "murtoluvut" and "murtolukuja"."""

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from search.text import finnish

# Text fields shown as a snippet, in order of preference; all of them plain or rich text.
SNIPPET_FIELDS = (
    "summary",
    "learning_outcome",
    "search_description",
    "need",
    "introduction",
    "vision",
    "purpose",
    "description",
    "themes",
    "hero_text",
)
WIDTH = 240


def matcher(words):
    """A test of whether a word of the text is one of the searched words in some form."""
    wanted = {word.lower() for word in words}
    bases = {form for word in words for form in finnish.base_forms(word)[:1]} | wanted
    stems = [word[: max(4, len(word) - 3)] for word in wanted if len(word) >= 5]

    def matches(token):
        lower = token.lower()
        if lower in wanted or any(lower.startswith(stem) for stem in stems):
            return True
        return bool(set(finnish.base_forms(token)[:1]) & bases)

    return matches


def texts(page):
    for name in SNIPPET_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            yield " ".join(strip_tags(value).split())


def snippet(page, words):
    """HTML: a passage of at most WIDTH characters, searched words in <mark>."""
    candidates = list(texts(page))
    if not candidates:
        return ""
    matches = matcher(words) if words else None
    chosen, start = candidates[0], 0
    if matches:
        for text in candidates:
            hit = next((m for m in finnish.WORD.finditer(text) if matches(m.group())), None)
            if hit:
                chosen, start = text, max(0, hit.start() - WIDTH // 3)
                break
    end = min(len(chosen), start + WIDTH)
    if start:
        # Begin at a word.
        start = chosen.find(" ", start) + 1 or start
    passage = chosen[start:end]
    out = ["…" if start else ""]
    position = 0
    for match in finnish.WORD.finditer(passage) if matches else ():
        if matches(match.group()):
            out.append(escape(passage[position : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    out.append(escape(passage[position:]))
    if end < len(chosen):
        out.append("…")
    return mark_safe("".join(out))  # noqa: S308  (every piece of the text is escaped)
