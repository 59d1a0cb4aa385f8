"""Lesson plans (tuntisuunnitelmat) and the curriculum taxonomy they are tagged with."""

from django import forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from plans.blocks import (
    KeywordBlock,
    MaterialsBlock,
    MisconceptionBlock,
    ObjectiveBlock,
    PhaseBlock,
)
from plans.choosers import CoAuthorChooserWidget
from plans.forms import LessonPlanForm
from plans.library import feed_plans, filter_query, library_context
from plans.linked_data import learning_resource
from plans.qr import qr_svg
from plans.related import PlanReading, real_names
from portal.core.feeds import PageFeedsMixin
from portal.core.linked_data import json_ld_text
from portal.core.models import BasePage, TranslatedName
from portal.sharing.models import ShareablePage, shareable_tabs


class Subject(TranslatedName):
    """A subject of basic education (oppiaine), seeded by a data migration."""

    slug = models.SlugField(_("code"), max_length=40, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")


class Grade(TranslatedName):
    """A grade (vuosiluokka): pre-primary, 1–9 or upper secondary, seeded by a data migration."""

    slug = models.SlugField(_("code"), max_length=20, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("grade")
        verbose_name_plural = _("grades")


class TransversalCompetence(TranslatedName):
    """A transversal competence of the national core curriculum (L1–L7)."""

    code = models.CharField(_("code"), max_length=4, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("transversal competence")
        verbose_name_plural = _("transversal competences")

    def __str__(self):
        return f"{self.code} {self.name}"


class LessonPlanPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "plans.LessonPlanPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LessonPlanPage(RoutablePageMixin, ShareablePage):
    """A lesson plan a teacher writes for herself and, if she chooses, opens to others."""

    # The content check, and co-authors chosen among the municipality's teachers.
    base_form_class = LessonPlanForm

    # What
    subjects = ParentalManyToManyField(Subject, verbose_name=_("subjects"), blank=True)
    grades = ParentalManyToManyField(Grade, verbose_name=_("grades"), blank=True)
    duration = models.PositiveSmallIntegerField(_("duration (minutes)"), null=True, blank=True)
    school = models.CharField(_("school"), max_length=160, blank=True)
    # Aims
    learning_outcome = models.TextField(
        _("pupil learning outcome"),
        blank=True,
        help_text=_("What the pupil can do after the lesson, in words a pupil understands."),
    )
    key_points = StreamField(
        [("point", blocks.CharBlock(label=_("Key point"), max_length=300))],
        verbose_name=_("key learning points"),
        blank=True,
    )
    competences = ParentalManyToManyField(
        TransversalCompetence, verbose_name=_("transversal competences"), blank=True
    )
    # The competence badges (osaamismerkit) the plan teaches.
    badges = ParentalManyToManyField(
        "badges.Badge", verbose_name=_("competence badges"), blank=True, related_name="plans"
    )
    objectives = StreamField(
        [("objective", ObjectiveBlock())], verbose_name=_("curriculum objectives"), blank=True
    )
    keywords = StreamField([("keyword", KeywordBlock())], verbose_name=_("keywords"), blank=True)
    misconceptions = StreamField(
        [("misconception", MisconceptionBlock())],
        verbose_name=_("common misconceptions"),
        blank=True,
    )
    # Flow
    phases = StreamField([("phase", PhaseBlock())], verbose_name=_("phases"), blank=True)
    # Support
    differentiation_up = models.TextField(_("differentiation upwards"), blank=True)
    differentiation_down = models.TextField(_("differentiation downwards"), blank=True)
    support_general = models.TextField(_("general support"), blank=True)
    support_intensified = models.TextField(_("intensified support"), blank=True)
    support_special = models.TextField(_("special support"), blank=True)
    equipment = models.TextField(_("equipment"), blank=True)
    safety = models.TextField(_("safety"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    # Assessment
    assessment_criteria = models.TextField(_("assessment criteria"), blank=True)
    formative_ideas = models.TextField(_("formative assessment ideas"), blank=True)
    # Materials and authors
    materials = StreamField(MaterialsBlock(), verbose_name=_("materials"), blank=True)
    # Chosen in the editor as rows (PlanCoAuthor, below) with a search chooser; this relation
    # reads the published rows, for queries such as "plans she co-wrote".
    co_authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="plans.PlanCoAuthor",
        verbose_name=_("co-authors"),
        blank=True,
        related_name="co_authored_plans",
    )
    tags = ClusterTaggableManager(through=LessonPlanPageTag, blank=True, verbose_name=_("tags"))

    what_panels = [
        *BasePage.content_panels,
        FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
        FieldPanel("grades", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("duration"), FieldPanel("language")]),
        FieldPanel("school"),
    ]
    aims_panels = [
        FieldPanel("learning_outcome"),
        FieldPanel("key_points"),
        FieldPanel("competences", widget=forms.CheckboxSelectMultiple),
        FieldPanel(
            "badges",
            widget=forms.CheckboxSelectMultiple,
            help_text=_("The competence badges this lesson teaches, from the frameworks you read."),
        ),
        FieldPanel("objectives"),
        FieldPanel("keywords"),
        FieldPanel("misconceptions"),
    ]
    flow_panels = [FieldPanel("phases")]
    support_panels = [
        MultiFieldPanel(
            [FieldPanel("differentiation_up"), FieldPanel("differentiation_down")],
            heading=_("Differentiation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("support_general"),
                FieldPanel("support_intensified"),
                FieldPanel("support_special"),
            ],
            heading=_("Three-tier support"),
        ),
        FieldPanel("equipment"),
        FieldPanel("safety"),
        FieldPanel("accessibility"),
    ]
    assessment_panels = [FieldPanel("assessment_criteria"), FieldPanel("formative_ideas")]
    materials_panels = [FieldPanel("materials"), FieldPanel("tags")]
    sharing_panels = [
        MultipleChooserPanel(
            "co_author_links",
            chooser_field_name="person",
            heading=_("Co-authors"),
            label=_("Co-author"),
            help_text=_(
                "Teachers of your municipality who plan this with you and may edit it. "
                "Search by name."
            ),
        ),
    ]
    edit_handler = shareable_tabs(
        [
            ObjectList(what_panels, heading=_("What")),
            ObjectList(aims_panels, heading=_("Aims")),
            ObjectList(flow_panels, heading=_("Flow")),
            ObjectList(support_panels, heading=_("Support")),
            ObjectList(assessment_panels, heading=_("Assessment")),
            ObjectList(materials_panels, heading=_("Materials")),
        ],
        sharing_panels,
    )

    search_fields = [
        *ShareablePage.search_fields,
        index.SearchField("learning_outcome", boost=2),
        index.SearchField("key_points"),
        index.SearchField("keywords"),
        # Only what a pupil may read is indexed: teacher notes stay out of search.
        index.SearchField("pupil_text"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("subjects", [index.SearchField("name_fi")]),
        index.FilterField("language"),
    ]

    parent_page_types = ["municipalities.MunicipalityPage"]
    subpage_types = []
    copy_label = _("Use this plan")
    # A copy in another municipality is its copier's: the source's co-authors do not come along.
    # (Both names: Wagtail's copy would otherwise set the many-to-many relation it reads them by.)
    exclude_fields_in_copy = ["co_author_links", "co_authors"]

    class Meta:
        verbose_name = _("lesson plan")
        verbose_name_plural = _("lesson plans")

    @cached_property
    def author_names(self):
        """The real names of the owner and co-authors. An account without a name is known by
        its e-mail address (an invited teacher's username), which never goes public."""
        return real_names([self.owner, *self.co_author_list] if self.owner_id else [])

    @property
    def author_name(self):
        return ", ".join(self.author_names)

    @property
    def owner_municipality_name(self):
        town = self.municipality
        return town.title if town else ""

    def pupil_text(self):
        return " ".join(
            f"{phase.value['title']} {strip_tags(phase.value['pupil_instructions'].source)}"
            for phase in self.phases
        )

    @property
    def co_author_list(self):
        """The co-authors as the page in memory names them (a draft revision's too), read in
        one query with their accounts."""
        links = self.co_author_links.all().select_related("person")
        return [link.person for link in links if link.person_id]

    @classmethod
    def for_feed(cls, queryset):
        return queryset.prefetch_related("subjects")

    def feed_categories(self):
        return [str(subject) for subject in self.subjects.all()]

    # The plan's taxonomy, read once per request for the page and its JSON-LD alike.
    @cached_property
    def subject_list(self):
        return list(self.subjects.all())

    @cached_property
    def grade_list(self):
        return list(self.grades.all())

    @cached_property
    def competence_list(self):
        return list(self.competences.all())

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        return self.serve(request, *args, **kwargs)

    @path("oppilaalle/", name="pupil")
    def pupil_view(self, request):
        """What pupils need, in large type, with a QR code for the classroom screen."""
        address = request.build_absolute_uri(self.get_url(request) + self.reverse_subpage("pupil"))
        return TemplateResponse(
            request,
            "plans/lesson_plan_page_pupil.html",
            {
                **self.get_context(request),
                "pupil_address": address,
                "qr_code": qr_svg(address, title=self.title),
            },
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["show_teacher_notes"] = request.user.is_authenticated
        context["json_ld"] = self.json_ld(request)
        context["reading"] = PlanReading(self, request, PlanLibraryPage)
        return context

    def json_ld(self, request):
        """The JSON-LD text, kept until the content changes (a preview builds its own)."""
        return json_ld_text(
            "plan-json-ld", self, request, build=lambda: self.learning_resource(request)
        )

    def learning_resource(self, request):
        """schema.org LearningResource describing the plan (JSON-LD)."""
        return learning_resource(self, request)


class PlanCoAuthor(Orderable):
    """A teacher who plans a lesson plan with its owner and may edit it."""

    page = ParentalKey(LessonPlanPage, on_delete=models.CASCADE, related_name="co_author_links")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-author"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("person", widget=CoAuthorChooserWidget)]

    class Meta(Orderable.Meta):
        verbose_name = _("co-author")
        verbose_name_plural = _("co-authors")
        constraints = [
            models.UniqueConstraint(fields=["page", "person"], name="one_co_author_row_per_person")
        ]


class PlanLibraryPage(PageFeedsMixin, BasePage):
    """Every open lesson plan from every municipality, filtered by the curriculum; its feeds
    hold the newest plans the same filters leave (``/suunnitelmat/syote/atom/?aine=…``)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("plan library")
        verbose_name_plural = _("plan libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(request, LessonPlanPage))
        return context

    def feed_items(self, request):
        return feed_plans(request, LessonPlanPage)

    def feed_query(self, request):
        return filter_query(request, LessonPlanPage)

    def feed_description(self, request):
        if self.feed_query(request):
            return _("The newest open lesson plans that match the chosen filters")
        return _("The newest open lesson plans of every municipality")
