from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.search.backends import get_search_backend

from search.page import engine, report
from search.page.ranking import rerank

SUGGESTIONS = 8
# The titles read to choose the suggestions from.
CANDIDATES = 30


@require_GET
def search(request):
    """Full-text search over every page the reader may open, with facets."""
    outcome = engine.run(request)
    if outcome.words and request.GET.get("sivu", "1") in ("", "1"):
        report.record(outcome)  # for the editors' report of what readers search and miss
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
        pages = engine.searchable_pages(request.user)
        backend = get_search_backend()
        found = list(backend.autocomplete(" ".join(words), pages)[:CANDIDATES])
        if len(found) < CANDIDATES:
            # A whole word in any inflected form ("murtoluvuilla") completes to the titles that
            # hold it in another form ("Murtoluvut pizzapaloina"), as the search itself finds.
            seen = {page.pk for page in found}
            asked = backend.search(engine.search_query(words), pages)[:CANDIDATES]
            found += [page for page in asked if page.pk not in seen]
        # The titles that say what was typed first, each title once (copies share theirs).
        unique = {}
        for page in rerank(found, words):
            unique.setdefault(page.title, page)
        titles = [{"title": p.title, "url": p.url} for p in list(unique.values())[:SUGGESTIONS]]
    response = JsonResponse({"suggestions": titles})
    response["Cache-Control"] = "private, max-age=60"
    return response
