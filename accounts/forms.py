import re

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

MAX_ADDRESSES = 50

# Addresses anyone can open: an invitation goes to a work address, so that an account belongs
# to a teacher of the town and leaves with her job, not to a private mailbox.
PERSONAL_MAIL_DOMAINS = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fi", "outlook.com", "live.com",
    "live.fi", "msn.com", "yahoo.com", "yahoo.fi", "icloud.com", "me.com", "mac.com",
    "luukku.com", "suomi24.fi", "kolumbus.fi", "elisanet.fi", "saunalahti.fi", "welho.com",
    "netti.fi", "protonmail.com", "proton.me", "gmx.com", "gmx.net", "aol.com",
}  # fmt: skip


def split_addresses(text):
    return [part.strip().lower() for part in re.split(r"[\s,;]+", text or "") if part.strip()]


class InvitationForm(forms.Form):
    emails = forms.CharField(
        label=_("Work e-mail addresses"),
        help_text=_(
            "One or more addresses, separated by commas or on lines of their own (at most 50). "
            "Each person gets a link of their own that works once and expires in 14 days."
        ),
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
    )
    town = forms.ModelChoiceField(
        label=_("Municipality"), queryset=None, empty_label=None, to_field_name="pk"
    )

    def __init__(self, *args, towns, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["town"].queryset = towns

    def clean_emails(self):
        addresses = list(dict.fromkeys(split_addresses(self.cleaned_data["emails"])))
        if not addresses:
            raise ValidationError(_("Write at least one e-mail address."))
        if len(addresses) > MAX_ADDRESSES:
            raise ValidationError(
                _("At most %(max)d addresses at a time; you wrote %(count)d.")
                % {"max": MAX_ADDRESSES, "count": len(addresses)}
            )
        invalid, personal = [], []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                invalid.append(address)
                continue
            if address.rsplit("@", 1)[1] in PERSONAL_MAIL_DOMAINS:
                personal.append(address)
        errors = []
        if invalid:
            errors.append(
                ValidationError(
                    ngettext(
                        "This is not an e-mail address: %(addresses)s",
                        "These are not e-mail addresses: %(addresses)s",
                        len(invalid),
                    )
                    % {"addresses": ", ".join(invalid)}
                )
            )
        if personal:
            errors.append(
                ValidationError(
                    ngettext(
                        "Use the person's work address, not a personal mailbox: %(addresses)s",
                        "Use the people's work addresses, not personal mailboxes: %(addresses)s",
                        len(personal),
                    )
                    % {"addresses": ", ".join(personal)}
                )
            )
        if errors:
            raise ValidationError(errors)
        return addresses


class AcceptInvitationForm(forms.Form):
    """A new teacher's account: her name and a password; the address is the invitation's."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters; not a common password and not only numbers."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self._describe()

    def full_clean(self):
        super().full_clean()
        self._describe()

    def _describe(self):
        """Tie each field's hint and errors to its input for screen readers."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described = [f"{auto_id}-hint"] if field.help_text else []
            if name in errors:
                described.append(f"{auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            user = get_user_model()(
                username=self.email,
                email=self.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(first, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ReleaseLockoutForm(forms.Form):
    """Which sign-in lockout a site administrator lifts: a user name's or an address's."""

    NAME, ADDRESS = "name", "address"

    scope = forms.ChoiceField(choices=[(NAME, NAME), (ADDRESS, ADDRESS)])
    username = forms.CharField(max_length=255, required=False)
    address = forms.GenericIPAddressField(required=False, unpack_ipv4=False)

    def clean(self):
        data = super().clean()
        needed = "username" if data.get("scope") == self.NAME else "address"
        if not data.get(needed):
            raise ValidationError(_("Choose a user name or an address to release."))
        return data


class SignInForm(LoginForm):
    """Wagtail's sign-in form with its password field named in the reader's language (Wagtail
    leaves the label to Django, which makes "Password" of the field's name, untranslated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
