"""Messages of Django and Wagtail that their Finnish catalogues leave untranslated or get wrong.

Listed here so that `makemessages` keeps them in the project's catalogues, which Django reads
before the packages' own: a teacher who picks a short password, or whose submission the
content check stops, reads why in Finnish (and Swedish).
"""

from django.utils.translation import gettext_lazy, ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    "min_length",
)
PAGE_NOT_SAVED = gettext_lazy("The page could not be saved due to validation errors.")
FIRST_ERROR = gettext_lazy("Go to the first error")
# wagtail-modeladmin's Finnish catalogue reads "By kind" as "Tekijä laji" (author: kind).
FILTER_BY = gettext_lazy("By %(filter_title)s")
# Wagtail's Finnish dashboard says "Sivusi ja pätkäsi työnkulussa" (your pages and "snippets").
IN_WORKFLOW = gettext_lazy("Your pages and snippets in a workflow")
