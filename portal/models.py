"""Models shared by every part of the portal: people, media and the base page."""

from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import AbstractGroupApprovalTask, Page, PagePermissionTester, Task
from wagtail.search import index

from portal.forms import ContentCheckedPageForm
from portal.visibility import Visibility
from search import finnish


class User(AbstractUser):
    """A person who signs in: a teacher, a moderator, a coordinator or an administrator.

    Kept as the project's own model from the start so that single sign-on (MPASSid / OpenID
    Connect) can attach its identifiers later without a swap of the user model.
    """

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class PortalImage(AbstractImage):
    """An image in the media library, with the credit a reuser must give."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalDocument(AbstractDocument):
    """A document in the media library (served through the portal, so privacy holds)."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class BasePage(Page):
    """Fields every content page of the portal shares: a short summary for lists and search."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown in lists and search results."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        # Base forms of the Finnish words (search.finnish): "murtoluvuilla" finds "murtoluku".
        index.SearchField("search_title_base_forms", boost=2),
        index.SearchField("search_body_base_forms"),
    ]

    api_fields = [APIField("summary")]

    class Meta:
        abstract = True

    def search_language(self):
        """The language the page is written in, for stemming: a plan says; the rest are Finnish."""
        return getattr(self, "language", "") or "fi"

    def search_title_base_forms(self):
        if self.search_language() != "fi":
            return ""
        return finnish.base_form_text(f"{self.title} {self.summary}")

    def search_body_base_forms(self):
        if self.search_language() != "fi":
            return ""
        skip = {"title", "summary", "search_title_base_forms", "search_body_base_forms"}
        return finnish.base_form_text(" ".join(finnish.field_texts(self, skip)))

    @property
    def listing_summary(self):
        """The text shown for this page in lists: its summary, else its search description."""
        return self.summary or self.search_description


class TranslatedName(models.Model):
    """A name kept in Finnish, Swedish and English; ``name`` is the one in the reader's language."""

    name_fi = models.CharField(_("name in Finnish"), max_length=120)
    name_sv = models.CharField(_("name in Swedish"), max_length=120, blank=True)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        language = (get_language() or "fi")[:2]
        return getattr(self, f"name_{language}", "") or self.name_fi


class Licence(TranslatedName):
    """A licence under which content is shared (Creative Commons), with what it allows."""

    slug = models.SlugField(_("code"), max_length=20, unique=True)
    url = models.URLField(_("address of the licence"))
    allows_derivatives = models.BooleanField(
        _("allows changed versions"),
        default=True,
        help_text=_("Clear this for no-derivatives (ND) licences: such content cannot be copied."),
    )
    share_alike = models.BooleanField(
        _("share alike"),
        default=False,
        help_text=_("Changed versions must be shared under the same licence (SA)."),
    )
    allows_commercial_use = models.BooleanField(_("allows commercial use"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("licence")
        verbose_name_plural = _("licences")


def licence_panel():
    """Licence and visibility: who may use it, and who may read it.

    Licences are chosen from a plain list: teachers need no access to the snippet chooser.
    """
    return MultiFieldPanel(
        [
            FieldPanel("visibility", widget=forms.RadioSelect),
            FieldPanel("licence", widget=forms.Select),
        ],
        heading=_("Readers and licence"),
    )


class ShareablePagePermissionTester(PagePermissionTester):
    """Co-authors named on the page may edit it; who may read it is set by its visibility
    field alone, never by the admin's privacy switch (which would fall out of step)."""

    def can_edit(self):
        if super().can_edit():
            return True
        return (
            not self.page_is_root
            and self.user.is_active
            and self.user.has_perm("wagtailadmin.access_admin")
            and self.page.is_co_author(self.user)
        )

    def can_set_view_restrictions(self):
        return False


class ShareablePage(BasePage):
    """Content a municipality shares and another may copy: it carries a licence and its origin."""

    licence = models.ForeignKey(
        Licence,
        verbose_name=_("licence"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("How others may use and change this. Required before publishing."),
    )
    visibility = models.CharField(
        _("who may read it"),
        max_length=12,
        choices=Visibility.choices,
        default=Visibility.PRIVATE,
        help_text=_(
            "Open content is readable by everyone, pupils included, once a moderator of the "
            "municipality has approved it."
        ),
    )

    settings_panels = [*BasePage.settings_panels]

    # Submitting or publishing in the admin runs the content check on the form.
    base_form_class = ContentCheckedPageForm

    # What the public page's copy button says.
    copy_label = _("Take into use in my municipality")

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return ShareablePagePermissionTester(user, self)

    def save(self, *args, **kwargs):
        from portal.visibility import sync_view_restriction

        result = super().save(*args, **kwargs)
        # Only when the row's own visibility is written: saving a draft revision updates a few
        # bookkeeping fields of a live page, and its unapproved visibility must not apply yet.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "visibility" in update_fields:
            sync_view_restriction(self)
        return result

    def clean(self):
        super().clean()
        # Every path that publishes (the admin, bulk actions, scheduled publishing, workflow
        # approval, commands) saves a live page with validation: the content check runs there.
        # The admin's form runs it itself, knowing whether the editor is publishing.
        if self.live and not getattr(self, "content_checked_by_form", False):
            from portal.content_check import check_page
            from portal.moderation import findings_as_errors

            findings = check_page(self)
            if findings:
                raise ValidationError(findings_as_errors(findings))
        record = (
            CopyRecord.objects.filter(copy_id=self.pk).select_related("source_licence").first()
            if self.pk
            else None
        )
        source_licence = record.source_licence if record else None
        if source_licence and source_licence.share_alike and self.licence_id != source_licence.pk:
            raise ValidationError(
                {
                    "licence": _(
                        "This is based on content shared under %(licence)s, which requires "
                        "changed versions to keep the same licence."
                    )
                    % {"licence": source_licence.name}
                }
            )

    @property
    def allows_changed_versions(self):
        """Whether the licence lets others make changed versions (copies, plans built on it)."""
        return self.licence is None or self.licence.allows_derivatives

    def is_co_author(self, user):
        """Whether the user is named as a co-author (read from the page as it is in memory, so
        a draft revision's co-authors count)."""
        co_authors = getattr(self, "co_authors", None)
        return co_authors is not None and any(p.pk == user.pk for p in co_authors.all())

    @property
    def municipality(self):
        """The municipality that owns this content (the nearest municipality above it)."""
        from networks.models import MunicipalityPage

        return MunicipalityPage.objects.ancestor_of(self).order_by("-depth").first()

    @property
    def provenance(self):
        """Where this copy came from, if it is a copy."""
        return (
            CopyRecord.objects.filter(copy_id=self.pk)
            .select_related("source", "source_municipality")
            .first()
        )


class CopyRecord(models.Model):
    """The provenance of a copy: which page it was made from, for which municipality and by whom."""

    source = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("source"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="copy_records",
    )
    source_title = models.CharField(_("title of the source"), max_length=255)
    source_municipality = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("municipality of the source"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_licence = models.ForeignKey(
        Licence, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    copy = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("copy"),
        on_delete=models.CASCADE,
        related_name="copy_record",
    )
    municipality = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    copied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("copied by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    copied_at = models.DateTimeField(_("copied at"), auto_now_add=True)

    class Meta:
        ordering = ["-copied_at"]
        verbose_name = _("copy record")
        verbose_name_plural = _("copy records")

    def __str__(self):
        return f"{self.source_title} → {self.copy}"


class ContentCheckTask(Task):
    """The automatic content check: a workflow step that nobody acts on.

    It passes content that is ready to be published and sends back, with the places named,
    content that has no licence, images without alt text or personal data.
    """

    def start(self, workflow_state, user=None):
        from portal.content_check import check_page
        from portal.moderation import findings_as_text

        task_state = super().start(workflow_state, user=user)
        findings = check_page(task_state.revision.as_object())
        if findings:
            task_state.reject(update=False, comment=findings_as_text(findings))
        else:
            task_state.approve(update=False)
        return task_state

    @classmethod
    def get_description(cls):
        return _("Checks the licence, the images' alt texts and personal data automatically")

    class Meta:
        verbose_name = _("automatic content check")
        verbose_name_plural = _("automatic content checks")


def own_page_keys(user):
    """The pages the user owns or co-authors, as the text keys workflow states refer by."""
    from django.db.models import CharField
    from django.db.models.functions import Cast
    from wagtail.models import get_page_models

    owned = Q(owner=user)
    for model in get_page_models():
        if issubclass(model, ShareablePage) and hasattr(model, "co_authors"):
            owned |= Q(pk__in=model.objects.filter(co_authors=user).values("pk"))
    return Page.objects.filter(owned).annotate(key=Cast("pk", CharField())).values("key")


class ModerationTask(AbstractGroupApprovalTask):
    """Approval by the moderators of one municipality or the coordinators of one network.

    Nobody approves their own submission, whatever groups they are in, and a rejection must
    say why.
    """

    @staticmethod
    def is_own(obj, user):
        state = obj.current_workflow_state
        if state is not None and state.requested_by_id == user.pk:
            return True
        page = obj.specific_deferred
        if getattr(page, "owner_id", None) == user.pk:
            return True
        return isinstance(page, ShareablePage) and page.is_co_author(user)

    def moderator_actions(self, user):
        """The actions the user has on submissions that are not her own."""
        return super().get_actions(None, user)

    def get_actions(self, obj, user):
        if self.is_own(obj, user):
            return []
        return self.moderator_actions(user)

    def on_action(self, task_state, user, action_name, **kwargs):
        from django.core.exceptions import PermissionDenied

        if self.is_own(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The in-progress submissions the user may decide: none she submitted, owns or
        co-authors."""
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(workflow_state__object_id__in=own_page_keys(user))
        )

    def get_form_for_action(self, action):
        if action == "reject":
            from portal.forms import RejectionForm

            return RejectionForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("The chosen groups approve or send back content; nobody approves their own")

    class Meta:
        verbose_name = _("moderators' approval")
        verbose_name_plural = _("moderators' approvals")
