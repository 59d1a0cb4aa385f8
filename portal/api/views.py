"""The API's endpoints: Wagtail's own, narrowed to what an anonymous reader may open.

Wagtail's endpoints read ``Page.objects.public().live()`` and every image and document in an
unrestricted collection. Here pages come from ``portal.core.visibility.public_pages`` (which
also leaves out pages below a restricted section, and private plans, whose visibility is kept as
a view restriction), and images and documents pass the media rule of ``portal.core.media``: in
the shared collection, or used by a public live page. The request's user is never asked: a
signed-in administrator reads the same open API as everyone else.
"""

from django.db.models import Q
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.filters import BaseFilterBackend
from wagtail.api.v2.serializers import PageLocaleField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from plans.models import Grade, LessonPlanPage, Subject
from portal.api.fields import public_fields
from portal.core.media import with_openness
from portal.core.models import language_of_locale
from portal.core.visibility import public_pages
from portal.municipalities.models import MunicipalityPage, in_default_language

THROTTLE_SCOPE = "api"


class AddressRateThrottle(SimpleRateThrottle):
    """At most ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["api"]`` requests per client address,
    signed in or not (DRF's ``AnonRateThrottle`` lets signed-in users through). The address is
    DRF's, with ``NUM_PROXIES`` set from ``TRUSTED_PROXY_COUNT`` as the sign-in limits use it.
    The rate is read on each request, so that a changed setting applies at once."""

    scope = THROTTLE_SCOPE

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class MunicipalitySubjectGradeFilter(BaseFilterBackend):
    """``?kunta=`` (a municipality's slug or Statistics Finland number), ``?aine=`` (a subject's
    code) and ``?luokka=`` (a grade's code).

    A value that names nothing answers 400 with the reason (in English, as Wagtail's own
    messages of the API are), so that a misspelt code is not taken
    for "no content". ``aine`` and ``luokka`` keep lesson plans only, since only plans have a
    subject and a grade. Each is a plain condition (a path prefix or ``pk__in``), which the search
    after it can apply too.
    """

    def filter_queryset(self, request, queryset, view):
        town = request.GET.get("kunta")
        if town is not None:
            queryset = queryset.filter(path__startswith=self.town_path(town))
        subject = request.GET.get("aine")
        if subject is not None:
            queryset = self.plans_with(queryset, Subject, "subjects", subject, "aine")
        grade = request.GET.get("luokka")
        if grade is not None:
            queryset = self.plans_with(queryset, Grade, "grades", grade, "luokka")
        return queryset

    @staticmethod
    def town_path(value):
        value = value.strip()
        towns = public_pages(in_default_language(MunicipalityPage.objects.all()))
        town = towns.filter(Q(slug=value) | Q(municipality_code=value)).first()
        if town is None:
            raise BadRequestError("kunta: no municipality with this name or number")
        return town.path

    @staticmethod
    def plans_with(queryset, model, relation, value, parameter):
        term = model.objects.filter(slug=value.strip()).first()
        if term is None:
            raise BadRequestError(f"{parameter}: no such code")
        plans = LessonPlanPage.objects.filter(**{relation: term}).values("pk")
        return queryset.filter(pk__in=plans)


class OpenEndpoint:
    """What every endpoint of the open API shares (mixed in before Wagtail's endpoint)."""

    # No sign-in is read: the open API is the same for everyone. JSON only: DRF's browsable
    # HTML pages would bring scripts, forms and a sign-in link the portal's CSP and pages do
    # not expect.
    authentication_classes = []
    renderer_classes = [JSONRenderer]
    throttle_classes = [AddressRateThrottle]

    def check_query_parameters(self, queryset):
        """Wagtail's check, and ``search_operator``, which the search backend would otherwise
        refuse with an error (a 500) rather than a 400."""
        super().check_query_parameters(queryset)
        operator = self.request.GET.get("search_operator")
        if operator is not None and operator not in ("and", "or"):
            raise BadRequestError("search_operator: 'and' or 'or'")

    def find_object(self, queryset, request):
        """Wagtail's ``find/?id=``, with an id that is not a number answered 400."""
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id: a number")
        return super().find_object(queryset, request)


class KnownLocaleField(PageLocaleField):
    """A page's language code, read from the kept list of locales instead of a query a page."""

    def to_representation(self, page):
        return language_of_locale(page.locale_id)


class PublicPageSerializer(PageSerializer):
    locale = KnownLocaleField(read_only=True)


class PublicPagesAPIViewSet(OpenEndpoint, PagesAPIViewSet):
    """Live pages an anonymous reader may open, with the fields their public pages show."""

    base_serializer_class = PublicPageSerializer

    filter_backends = [
        *PagesAPIViewSet.filter_backends[:-1],
        MunicipalitySubjectGradeFilter,
        # Wagtail's search last: its results cannot be filtered further.
        PagesAPIViewSet.filter_backends[-1],
    ]
    # ``site`` is left out: the pages are those of the site the request is for.
    known_query_parameters = PagesAPIViewSet.known_query_parameters.difference(["site"]).union(
        ["kunta", "aine", "luokka"]
    )
    # An alias names the page it copies, which may be one the public may not read.
    meta_fields = [
        *(field for field in PagesAPIViewSet.meta_fields if field != "alias_of"),
        "last_published_at",
    ]

    @classmethod
    def get_body_fields(cls, model):
        """The fields chosen for the type in ``portal.api.fields``; a model's own ``api_fields``
        are not read, so that no field reaches the open API without being listed there."""
        return cls._convert_api_fields(cls.body_fields + public_fields(model))

    def get_base_queryset(self):
        """The site's pages in every language: below its front page and the front page's
        Swedish and English versions."""
        site = Site.find_for_request(self.request)
        pages = public_pages(Page.objects.all())
        if site is None:
            return pages
        trees = Q()
        for root in site.root_page.get_translations(inclusive=True).only("path"):
            trees |= Q(path__startswith=root.path)
        return pages.filter(trees)


def _open_media(model):
    """The ``model`` objects (images or documents) that everyone may read, as a plain
    ``pk__in`` condition the search backend can apply."""
    open_ones = (
        with_openness(model.objects.all(), model)
        .filter(Q(in_shared_collection=True) | Q(used_by_a_public_page=True))
        .values("pk")
    )
    return model.objects.filter(pk__in=open_ones).order_by("id")


class PublicImagesAPIViewSet(OpenEndpoint, ImagesAPIViewSet):
    """Images that everyone may read (``portal.core.media``)."""

    def get_queryset(self):
        return _open_media(self.model)


class PublicDocumentsAPIViewSet(OpenEndpoint, DocumentsAPIViewSet):
    """Documents that everyone may read (``portal.core.media``)."""

    def get_queryset(self):
        return _open_media(self.model)
