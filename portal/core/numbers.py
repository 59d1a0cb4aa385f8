"""Whole numbers typed by people or put in addresses: one reading for every view and form.

``str.isdigit()`` and ``str.isdecimal()`` pass digits of other scripts and superscripts
("²⁰²⁵", "٢٠٢٥"), which ``int()`` then refuses or reads in ways nobody meant, the database
refuses as ids, and Python refuses altogether beyond 4,300 digits. Everything that reads a
number from a request or an uploaded file goes through ``whole_number``: ASCII digits only,
within bounds, else ``None``, which the caller turns into a 404, a 400 or a form error.
"""

# A bigint id has at most 19 digits; no page, user or row comes near 18.
MAX_ID_DIGITS = 18


def whole_number(text, most=None, digits=None):
    """The number ``text`` writes in ASCII digits (0…``most``, exactly ``digits`` long when
    given), or None."""
    if not isinstance(text, str) or not (text.isascii() and text.isdecimal()):
        return None
    longest = len(str(most)) if most is not None else MAX_ID_DIGITS
    if len(text) > longest or (digits is not None and len(text) != digits):
        return None
    number = int(text)
    return number if most is None or number <= most else None


def is_id(text):
    """Whether ``text`` can be a database id (ASCII digits, at most 18 of them)."""
    return whole_number(text) is not None
