import re

from django.template.response import TemplateResponse
from wagtail.models import Page

from portal.pagination import paginate
from portal.visibility import public_pages

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
SEARCH_SYNTAX = re.compile(r"[^\w\s-]|_")


def search(request):
    """Full-text search over every page the public may read."""
    query = " ".join(request.GET.get("q", "")[: MAX_QUERY_LENGTH * 5].split())[:MAX_QUERY_LENGTH]
    # Search words only: quotes, operators and control characters are syntax to the
    # full-text engines (SQLite's FTS5 fails on an unbalanced quote), never meaning to a reader.
    terms = " ".join(SEARCH_SYNTAX.sub(" ", query).split())
    results = []
    page_obj = None
    if terms:
        found = public_pages(Page.objects.all()).specific().search(terms)
        page_obj = paginate(request, found, RESULTS_PER_PAGE)
        results = page_obj.object_list
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": results, "page_obj": page_obj},
    )
