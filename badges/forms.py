"""The badge framework's editor form: what the form alone can see (the badge rows together)."""

from django.utils.translation import gettext as _

from portal.moderation.forms import ContentCheckedPageForm


class BadgeFrameworkForm(ContentCheckedPageForm):
    """A badge's code names it from one school year to the next, and plans and completion
    figures find it by that code: two badges of one framework may not share one."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("badges")
        if formset is None or not formset.is_valid():
            return cleaned_data
        seen = set()
        duplicates = False
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            code = data.get("code")
            if not code or data.get("DELETE"):
                continue
            if code in seen:
                duplicates = True
                form.add_error(
                    "code",
                    _(
                        "Another badge of this framework already has the code “%(code)s”. "
                        "Each badge needs a code of its own."
                    )
                    % {"code": code},
                )
            seen.add(code)
        if duplicates:
            self.add_error(None, _("Two badges have the same code: give each its own."))
        return cleaned_data
