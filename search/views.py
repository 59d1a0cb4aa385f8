from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.models import Page

from portal.visibility import visible_pages
from search import engine

SUGGESTIONS = 8


@require_GET
def search(request):
    """Full-text search over every page the reader may open, with facets."""
    outcome = engine.run(request)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search": outcome,
            "query": outcome.query,
            "results": outcome.results,
            "page_obj": outcome.page_obj,
            "searched": outcome.page_obj is not None,
            "sorts": engine.SORTS.items(),
            "filters_chosen": outcome.choices.any(),
            "suggestion_url": "?" + urlencode({"q": outcome.suggestion}),
        },
    )


@require_GET
def suggestions(request):
    """Titles that begin with what the reader is typing (for the search box's suggestions)."""
    _query, words = engine.clean_query(request.GET.get("q", ""))
    titles = []
    if words and len(" ".join(words)) >= 2:
        pages = visible_pages(
            request.user,
            Page.objects.filter(
                content_type__in=engine.content_types(engine.page_types().values())
            ),
        )
        found = engine.get_search_backend().autocomplete(" ".join(words), pages)
        titles = [{"title": page.title, "url": page.url} for page in found[:SUGGESTIONS]]
    response = JsonResponse({"suggestions": titles})
    response["Cache-Control"] = "private, max-age=60"
    return response
