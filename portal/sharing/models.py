"""Sharing: the licence a page is shared under, the base of every shareable page, and the
record of where a copy came from."""

import copy

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.panels.base import get_form_for_model
from wagtail.models import Page, PagePermissionTester

from portal.core.cache import fragment
from portal.core.facets import Facet, Field
from portal.core.facets import Value as FacetValue
from portal.core.models import BasePage, TranslatedName
from portal.core.visibility import (
    Visibility,
    network_reader_groups,
    networks_of_town,
    public_pages_in_one_query,
    sync_view_restriction,
)
from portal.moderation.content_check import check_page, findings_as_errors
from portal.moderation.forms import ContentCheckedPageForm
from portal.moderation.workflows import is_own_work
from portal.municipalities.models import MunicipalityPage
from portal.municipalities.roles import municipality_groups


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

    @classmethod
    def all_by_id(cls):
        """Every licence by its id, from the cache: a handful, shown on most pages, changed
        rarely (a saved licence, like any snippet, bumps the content version)."""
        return fragment(
            "licences", build=lambda: {licence.pk: licence for licence in cls.objects.all()}
        )

    @classmethod
    def of(cls, licence_id):
        """The licence with ``licence_id`` (None for None), from the cache."""
        return copy.copy(cls.all_by_id().get(licence_id)) if licence_id is not None else None


NOT_A_MEMBER = _(
    "The municipality does not belong to this network. Choose one of its networks, or leave "
    "the choice empty for all of them."
)


NO_NETWORK = _(
    "The municipality belongs to no network, so its teachers of the network are nobody. "
    "Choose another visibility."
)


def network_choice_errors(page, networks):
    """What is wrong with the page's "Teachers of the network" among ``networks`` (the town's:
    None if no app tells), by field."""
    if networks is None or not networks.exists():
        return {"visibility": NO_NETWORK}
    chosen = page.visibility_network_id
    if chosen and not networks.filter(pk=chosen).exists():
        return {"visibility_network": NOT_A_MEMBER}
    return {}


class NetworkChoiceForm:
    """The editor's form of shareable content: the network that reads a page open to the
    teachers of the network is chosen from the networks its municipality belongs to (mixed
    into each kind's own form by ``ShareableTabs``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("visibility_network")
        if field is not None:
            networks = networks_of_town(owning_town(self.instance, self))
            field.queryset = networks if networks is not None else field.queryset.none()
            field.error_messages["invalid_choice"] = NOT_A_MEMBER
            field.empty_label = _("Every network of the municipality")

    def clean(self):
        cleaned_data = super().clean()
        field = self.fields.get("visibility_network")
        if field is not None and cleaned_data.get("visibility") == Visibility.NETWORK:
            if not field.queryset.exists():
                self.add_error("visibility", NO_NETWORK)
            # Checked here, on drafts as well: the model need not check it again.
            self.instance.network_checked_by_form = True
        return cleaned_data


class ShareableTabs(TabbedInterface):
    """The tabs of shareable content, whose form is the kind's own with ``NetworkChoiceForm``."""

    def get_form_class(self):
        base = self.base_form_class or self.model.base_form_class
        if not issubclass(base, NetworkChoiceForm):
            base = type(base.__name__, (NetworkChoiceForm, base), {"__module__": base.__module__})
        return get_form_for_model(self.model, form_class=base, **self.get_form_options())


def owning_town(page, form=None):
    """The municipality that owns ``page``; for a page not yet created, the one the admin's
    form adds it under."""
    if page is not None and (page.path or "known_municipality" in page.__dict__):
        return page.municipality
    parent = getattr(form, "parent_page", None)
    if parent is None:
        return None
    towns = MunicipalityPage.objects.ancestor_of(parent, inclusive=True)
    return towns.order_by("-depth").first()


def licence_panel():
    """Licence and visibility: who may use it, and who may read it (with "Teachers of the
    network", which of the municipality's networks).

    Licences are chosen from a plain list: teachers need no access to the snippet chooser.
    """
    return MultiFieldPanel(
        [
            FieldPanel("visibility", widget=forms.RadioSelect),
            FieldPanel("visibility_network", widget=forms.Select),
            FieldPanel("licence", widget=forms.Select),
        ],
        heading=_("Readers and licence"),
    )


def shareable_tabs(content_tabs, sharing_panels=()):
    """The editor's tabs of shareable content: its own tabs, then "Visibility and sharing" (who
    may read it, its licence and ``sharing_panels``), "Search engines" (its address and what
    search engines show) and the settings. The same on every kind, so a teacher finds who may
    read her work in the same place on a plan and on a practice."""
    return ShareableTabs(
        [
            *content_tabs,
            ObjectList([licence_panel(), *sharing_panels], heading=_("Visibility and sharing")),
            ObjectList(
                [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
                heading=_("Search engines"),
            ),
            ObjectList(ShareablePage.settings_panels, heading=_("Settings")),
        ]
    )


class ShareablePagePermissionTester(PagePermissionTester):
    """Co-authors named on the page may edit it; who may read it is set by its visibility
    field alone, never by the admin's privacy switch (which would fall out of step).

    Nobody publishes their own work: what she owns, co-wrote or submitted (its workflow in
    progress) is published only through its workflow, by someone else's approval. This binds
    site administrators too. The owner still unpublishes it, cancels its scheduled
    publishing and submits it to moderation.
    """

    def can_edit(self):
        if super().can_edit():
            return True
        return (
            not self.page_is_root
            and self.user.is_active
            and self.user.has_perm("wagtailadmin.access_admin")
            and self.page.is_co_author(self.user)
        )

    def can_publish(self):
        return super().can_publish() and not is_own_work(self.page, self.user)

    def can_unschedule(self):
        # Cancelling a scheduled publication publishes nothing.
        return super().can_publish()

    def can_set_view_restrictions(self):
        return False


class ContentLanguage(models.TextChoices):
    """The language a page is written in (a Finnish page's Swedish version is a page of its own)."""

    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")


# How each language calls itself: the language facet's values, the same in every interface.
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


def language_facet():
    """The libraries' language facet (``?kieli=sv``)."""
    values = [FacetValue(code, name, (code,)) for code, name in LANGUAGE_NAMES.items()]
    return Facet("kieli", _("Language"), values, Field("language"))


def favoured_language():
    """The language whose content lists put first for this reader: Swedish on /sv/, English on
    /en/; None in Finnish, where a list keeps its own order (most content is Finnish, and the
    list keeps reading along its index)."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or language not in LANGUAGE_NAMES:
        return None
    return language


def readers_language_first(*ordering):
    """A list's order with the content written in the reader's language first: Swedish plans
    before the rest on /sv/."""
    language = favoured_language()
    if language is None:
        return ordering
    first = Case(When(language=language, then=Value(0)), default=Value(1))
    return (first, *ordering)


class ShareablePage(BasePage):
    """Content a municipality shares and another may copy: it carries a licence and its origin."""

    # Written in this language: marked so on every page and card (``lang``), found by the
    # libraries' and search's language facet, listed first for readers of that language.
    Language = ContentLanguage

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

    # With the "teachers of the network" visibility: which of the town's networks reads it
    # (empty: every network the town belongs to).
    visibility_network = models.ForeignKey(
        "networks.NetworkPage",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "With “Teachers of the network”: the network whose teachers may read it. Leave "
            "empty for every network the municipality belongs to."
        ),
    )

    language = models.CharField(
        _("language"),
        max_length=2,
        choices=ContentLanguage.choices,
        default=ContentLanguage.FINNISH,
        help_text=_("The language it is written in."),
    )

    settings_panels = [*BasePage.settings_panels]

    # Submitting or publishing in the admin runs the content check on the form, and so do bulk
    # publishing and every other path (``clean`` below).
    base_form_class = ContentCheckedPageForm
    checked_before_publishing = True

    # What the public page's copy button says.
    copy_label = _("Take into use in my municipality")

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return ShareablePagePermissionTester(user, self)

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Only when the row's own visibility is written: saving a draft revision updates a few
        # bookkeeping fields of a live page, and its unapproved visibility must not apply yet.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"visibility", "visibility_network"} & set(update_fields):
            self.sync_readers()
        return result

    def sync_readers(self, town=None, town_groups=None, network_groups=None):
        """Write the page's view restriction from its visibility as stored (the approved one):
        its town's groups read what is open to the town; with them the member towns' groups
        of its networks read what is open to the teachers of the network. ``town`` and the
        groups, when known, save looking them up again."""
        if town is None:
            town = self.municipality
        if town_groups is None:
            town_groups = municipality_groups(town) if town is not None else ()
        if self.visibility != Visibility.NETWORK:
            network_groups = ()
        elif network_groups is None:
            network_groups = network_reader_groups(town, self.visibility_network_id)
        return sync_view_restriction(self, town_groups, network_groups)

    def clean(self):
        super().clean()
        self.take_the_language_of_its_tree()
        self.clean_network_choice()
        # Every path that publishes (the admin, bulk actions, scheduled publishing, workflow
        # approval, commands) saves a live page with validation: the content check runs there.
        # The admin's form runs it itself, knowing whether the editor is publishing.
        if self.live and not getattr(self, "content_checked_by_form", False):
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

    def take_the_language_of_its_tree(self):
        """A Swedish (or English) version of a page is written in its language, whatever the
        form says (the Finnish tree holds pages written in any language). True if it changed."""
        if not self.locale_id:
            return False
        tree_language = self.locale.language_code
        if tree_language == settings.LANGUAGE_CODE or self.language == tree_language:
            return False
        self.language = tree_language
        return True

    def clean_network_choice(self):
        """The network is chosen with "Teachers of the network" only, and among the networks
        the municipality belongs to; a municipality in no network cannot choose the level.

        Checked here as the page is published by any path; the editor's form checks drafts
        too. A draft elsewhere (a copy into a town of other networks) is not refused: until it
        is published no one reads it, and then its own town alone.
        """
        if self.visibility != Visibility.NETWORK:
            # A network left chosen under another level means nothing: it is not kept.
            self.visibility_network = None
            return
        if not self.live or getattr(self, "network_checked_by_form", False):
            return
        errors = network_choice_errors(self, networks_of_town(owning_town(self)))
        if errors:
            raise ValidationError(errors)

    def attributes_of_a_copy(self):
        """What a copy into another town sets anew: the source's network is not the copying
        town's ("teachers of the network" then means the networks of the town it belongs to)."""
        return {"visibility_network": None}

    @property
    def allows_changed_versions(self):
        """Whether the licence lets others make changed versions (copies, plans built on it)."""
        licence = Licence.of(self.licence_id)
        return licence is None or licence.allows_derivatives

    def is_co_author(self, user):
        """Whether the user is named as a co-author (read from the page as it is in memory, so
        a draft revision's co-authors count)."""
        co_authors = getattr(self, "co_author_list", ())
        return any(person.pk == user.pk for person in co_authors)

    @property
    def municipality(self):
        """The municipality that owns this content (the nearest municipality above it)."""
        if "known_municipality" in self.__dict__:
            return self.__dict__["known_municipality"]
        return MunicipalityPage.objects.ancestor_of(self).order_by("-depth").first()

    @property
    def provenance(self):
        """Where this copy came from, if it is a copy."""
        if "known_provenance" in self.__dict__:
            return self.__dict__["known_provenance"]
        return (
            CopyRecord.objects.filter(copy_id=self.pk)
            .select_related("source", "source_municipality")
            .first()
        )


def shareable_models():
    """Every kind of shareable content (lesson plans, practices, annual clocks, development
    plans, badge frameworks)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ShareablePage) and not model._meta.proxy
    ]


def sync_network_readers(town_ids=(), network_id=None):
    """Write again the view restrictions of the pages open to the teachers of the network
    that a change in a network's members concerns: those owned by the towns ``town_ids``
    (their Swedish versions' included) and those that chose the network ``network_id``.
    Each town's and network's readers are looked up once. Returns how many were written."""
    keys = MunicipalityPage.objects.filter(pk__in=list(town_ids)).values("translation_key")
    owned = Q()
    for path in MunicipalityPage.objects.filter(translation_key__in=keys).values_list(
        "path", flat=True
    ):
        owned |= Q(path__startswith=path)
    concerned = owned | Q(visibility_network_id=network_id) if network_id else owned
    if not concerned:
        return 0
    towns = {town.path: town for town in MunicipalityPage.objects.only("path", "translation_key")}
    readers, written = {}, 0
    for model in shareable_models():
        pages = model.objects.filter(concerned, visibility=Visibility.NETWORK).only(
            "path", "visibility", "visibility_network"
        )
        for page in pages:
            town = _owner_among(towns, page.path)
            key = (getattr(town, "pk", None), page.visibility_network_id)
            if key not in readers:
                readers[key] = (
                    municipality_groups(town) if town is not None else [],
                    network_reader_groups(town, page.visibility_network_id),
                )
            town_groups, network_groups = readers[key]
            page.sync_readers(town, town_groups, network_groups)
            written += 1
    return written


def _owner_among(towns, path):
    """The municipality, of ``towns`` by path, nearest above the page at ``path``."""
    for end in range(len(path) - MunicipalityPage.steplen, 0, -MunicipalityPage.steplen):
        town = towns.get(path[:end])
        if town is not None:
            return town
    return None


def read_owners_and_sources(pages):
    """Read the municipality and the copy record (``provenance``) of many live pages in two
    queries, for code that describes a whole list of them (the OAI-PMH harvest). Each copy
    record says whether its source is open to everyone (``source_is_public``)."""
    pages = [page for page in pages if isinstance(page, ShareablePage)]
    if not pages:
        return
    steplen = MunicipalityPage.steplen
    towns = MunicipalityPage.objects.in_bulk(
        [page.path[:-steplen] for page in pages], field_name="path"
    )
    public = public_pages_in_one_query(Page.objects.filter(pk=OuterRef("source_id")))
    records = {
        record.copy_id: record
        for record in CopyRecord.objects.filter(copy_id__in=[page.pk for page in pages])
        .select_related("source", "source_municipality")
        .annotate(source_is_public=Exists(public))
    }
    for page in pages:
        town = towns.get(page.path[:-steplen])
        if town is not None:
            page.__dict__["known_municipality"] = town
        page.__dict__["known_provenance"] = records.get(page.pk)


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
    # The version of the source the copy holds: the one copied, later the one whose changes
    # were last taken in. The source's changes since then are offered to the copy's editors.
    base_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("version of the source taken in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    base_taken_at = models.DateTimeField(_("source's version taken in at"), null=True, blank=True)

    class Meta:
        ordering = ["-copied_at"]
        verbose_name = _("copy record")
        verbose_name_plural = _("copy records")

    def __str__(self):
        return f"{self.source_title} → {self.copy}"
