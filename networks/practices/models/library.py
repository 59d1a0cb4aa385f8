from django.db.models import Count
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.pagination import paginate
from portal.core.visibility import public_pages

PAGE_SIZE = 12


class PracticeLibraryPage(BasePage):
    """Every open practice across municipalities, filtered by area, town, network and tag."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")

    def get_context(self, request, *args, **kwargs):
        from networks.networks.models import NetworkMembership, NetworkPage
        from networks.practices.models import PracticeArea, PracticePage, PracticePageTag
        from portal.municipalities.models import MunicipalityIndexPage, MunicipalityPage

        context = super().get_context(request, *args, **kwargs)
        town_path_length = MunicipalityIndexPage.town_path_length()

        towns = {
            town.path: town
            for town in public_pages(MunicipalityPage.objects.all()).order_by("title")
        }
        towns_by_slug = {town.slug: town for town in towns.values()}
        areas = list(PracticeArea.objects.all())
        networks = list(public_pages(NetworkPage.objects.all()).order_by("title"))
        member_paths = {}
        for network_id, path in NetworkMembership.objects.filter(network__in=networks).values_list(
            "network", "municipality__path"
        ):
            member_paths.setdefault(network_id, set()).add(path)

        selected = {
            "ala": request.GET.get("ala", ""),
            "kunta": request.GET.get("kunta", ""),
            "verkosto": request.GET.get("verkosto", ""),
            "aihe": request.GET.get("aihe", ""),
        }
        area = next((a for a in areas if a.slug == selected["ala"]), None)
        town = towns_by_slug.get(selected["kunta"])
        network = next((n for n in networks if n.slug == selected["verkosto"]), None)
        tag = Tag.objects.filter(slug=selected["aihe"]).first() if selected["aihe"] else None

        practices = public_pages(PracticePage.objects.all()).annotate(
            town_path=Substr("path", 1, town_path_length)
        )

        def filtered(*, skip=None):
            queryset = practices
            if area and skip != "ala":
                queryset = queryset.filter(area=area)
            if town and skip != "kunta":
                queryset = queryset.filter(town_path=town.path)
            if network and skip != "verkosto":
                queryset = queryset.filter(town_path__in=member_paths.get(network.pk, ()))
            if tag and skip != "aihe":
                queryset = queryset.filter(tagged_items__tag=tag)
            return queryset

        # Each facet counts what the other chosen filters leave, so values can be combined.
        area_counts = dict(
            filtered(skip="ala").values_list("area").annotate(n=Count("pk")).order_by()
        )
        town_counts = dict(
            filtered(skip="kunta").values_list("town_path").annotate(n=Count("pk")).order_by()
        )
        town_counts_for_networks = dict(
            filtered(skip="verkosto").values_list("town_path").annotate(n=Count("pk")).order_by()
        )
        tag_counts = list(
            PracticePageTag.objects.filter(content_object__in=filtered(skip="aihe").values("pk"))
            .values("tag__slug", "tag__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__name")[:30]
        )

        results = filtered().select_related("area").order_by("-first_published_at", "title")
        page_obj = paginate(request, results, PAGE_SIZE)
        practices_on_page = list(page_obj.object_list)
        for practice in practices_on_page:
            practice.town = towns.get(practice.town_path)

        context.update(
            practices=practices_on_page,
            page_obj=page_obj,
            selected=selected,
            any_filter=any((area, town, network, tag)),
            facets=[
                {
                    "name": "ala",
                    "label": _("Area"),
                    "values": [(a.slug, a.name, area_counts.get(a.pk, 0)) for a in areas],
                },
                {
                    "name": "kunta",
                    "label": _("Municipality"),
                    "values": [
                        (t.slug, t.title, town_counts.get(path, 0))
                        for path, t in towns.items()
                        if town_counts.get(path, 0) or t == town
                    ],
                },
                {
                    "name": "verkosto",
                    "label": _("Network"),
                    "values": [
                        (
                            n.slug,
                            n.title,
                            sum(
                                town_counts_for_networks.get(path, 0)
                                for path in member_paths.get(n.pk, ())
                            ),
                        )
                        for n in networks
                    ],
                },
                {
                    "name": "aihe",
                    "label": _("Tag"),
                    "values": [(t["tag__slug"], t["tag__name"], t["n"]) for t in tag_counts],
                },
            ],
        )
        return context
