"""Forms of the admin that carry the portal's rules: the content check and rejection reasons."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.forms import TaskStateCommentForm

from portal.moderation.content_check import check_page

PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class RejectionForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Reason"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Tell the author what to change. The reason is sent to the author."),
        error_messages={"required": _("Say why, so that the author knows what to change.")},
    )


class ApprovalForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Comment for the author (optional)"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
    )


class ContentCheckedPageForm(WagtailAdminPageForm):
    """Submitting or publishing runs the content check on what the editor wrote.

    Problems are shown on the fields where they are, and nothing the editor wrote is lost:
    the form comes back with every word in it. Saving a draft is never blocked.
    """

    @property
    def is_publishing(self):
        return any(self.data.get(action) for action in PUBLISHING_ACTIONS)

    def _post_clean(self):
        # The model's own check runs when a page is published outside this form.
        self.instance.content_checked_by_form = True
        super()._post_clean()
        if not self.is_publishing or self.errors:
            return
        # The banner above the form names every place; the field itself is marked too.
        for finding in check_page(self.instance):
            self.add_error(None, f"{finding.place}: {finding.problem}")
            if finding.field in self.fields:
                self.add_error(finding.field, finding.problem)
