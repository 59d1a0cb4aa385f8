from django import forms
from django.utils.translation import gettext_lazy as _

from portal.savedlists.lists import name_taken, taken_message
from portal.savedlists.models import NAME_MAX_LENGTH, SavedList

NAME_ERRORS = {
    "required": _("Give the list a name."),
    "max_length": _("The name can be at most %(limit_value)d characters long."),
}


def list_name_field(required=True):
    return forms.CharField(
        label=_("Name of the list"),
        max_length=NAME_MAX_LENGTH,
        required=required,
        error_messages=NAME_ERRORS,
    )


class ListNameForm(forms.Form):
    """A new list's name, or a new name for one of the owner's lists (``saved_list``)."""

    nimi = list_name_field()

    def __init__(self, *args, owner, saved_list=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.saved_list = saved_list

    def clean_nimi(self):
        name = self.cleaned_data["nimi"]
        if name_taken(self.owner, name, exclude=self.saved_list):
            raise forms.ValidationError(taken_message(name))
        return name


class SavePageForm(forms.Form):
    """Where to save a page: one of the owner's lists, or a new one by name (a name given wins,
    so that a teacher who types one gets the new list she asked for)."""

    lista = forms.ModelChoiceField(
        label=_("List"),
        queryset=SavedList.objects.none(),
        required=False,
        empty_label=_("A new list"),
        error_messages={"invalid_choice": _("Choose one of your own lists.")},
    )
    nimi = list_name_field(required=False)

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["lista"].queryset = SavedList.objects.filter(owner=owner)
        self.fields["nimi"].label = _("Name of a new list")

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("nimi")
        if self.errors:
            return cleaned
        if name:
            if name_taken(self.owner, name):
                self.add_error("nimi", taken_message(name))
        elif cleaned.get("lista") is None:
            self.add_error("nimi", _("Choose a list or name a new one."))
        return cleaned
