"""The copy form: into which of her towns a teacher copies, and under which title."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.sharing.copying import title_taken

TITLE_LENGTH = Page._meta.get_field("title").max_length


class CopyForm(forms.Form):
    kunta = forms.TypedChoiceField(
        label=_("Municipality"),
        coerce=int,
        error_messages={
            "required": _("Choose the municipality to copy into."),
            "invalid_choice": _("Choose the municipality to copy into."),
        },
    )
    otsikko = forms.CharField(
        label=_("Title of the copy"),
        max_length=TITLE_LENGTH,
        error_messages={
            "required": _("Give the copy a title."),
            "max_length": _("The title can be at most %(limit_value)d characters long."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, targets, *args, check_title=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.check_title = check_title
        self.targets = {town.pk: town for town in targets}
        self.fields["kunta"].choices = [(town.pk, town.name) for town in targets]

    @property
    def target(self):
        return self.targets.get(self.cleaned_data.get("kunta"))

    def clean(self):
        cleaned = super().clean()
        title, town = cleaned.get("otsikko"), self.target
        if self.check_title and title and town is not None and title_taken(town, title):
            self.add_error(
                "otsikko",
                gettext(
                    "%(town)s already has a page titled “%(title)s”. Give the copy another title."
                )
                % {"town": town.name, "title": title},
            )
        return cleaned
