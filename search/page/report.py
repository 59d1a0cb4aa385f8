"""The admin's search report: what readers searched for most this week, and what found nothing.

For editors who may add search promotions (Wagtail's ``add_searchpromotion``): a query many
readers type, or one that finds nothing, is where a promotion, a better title or a new page
helps. Read from Wagtail's query log (``QueryDailyHits``) and ``QueryDailyMisses``.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query

from search.page.models import QueryDailyMisses

DAYS = 7
ROWS = 30
PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def record(outcome):
    """Log a search the reader made (its first page): a hit, and a miss when nothing was found."""
    query = Query.get(outcome.query)
    query.add_hit()
    if not outcome.total:
        QueryDailyMisses.add(query)


def may_read(user):
    return user.is_active and user.has_perm(PERMISSION)


def search_report(request):
    if not may_read(request.user):
        raise PermissionDenied
    since = timezone.localdate() - timedelta(days=DAYS - 1)
    common = (
        Query.objects.filter(daily_hits__date__gte=since)
        .annotate(count=Sum("daily_hits__hits"))
        .order_by("-count", "query_string")[:ROWS]
    )
    missed = (
        Query.objects.filter(daily_misses__date__gte=since)
        .annotate(count=Sum("daily_misses__misses"))
        .order_by("-count", "query_string")[:ROWS]
    )

    def rows(queries):
        return [
            {
                "query": query.query_string,
                "count": query.count,
                "search_url": "/haku/?" + urlencode({"q": query.query_string}),
            }
            for query in queries
        ]

    return TemplateResponse(
        request,
        "search/report.html",
        {
            "common": rows(common),
            "missed": rows(missed),
            "since": since,
            "days": DAYS,
            "page_title": _("Searches"),
            "header_title": _("Searches"),
            "header_icon": "search",
        },
    )
