from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

PAGE_PARAMETER = "sivu"


def paginate(request, items, per_page, count=None):
    """The page of ``items`` the request asks for (?sivu=N); a bad number gives the first page,
    one past the end the last, so no address a reader can type fails. ``count``, when the
    caller knows the number of items already, saves counting them again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property: this is its value
    try:
        return paginator.page(request.GET.get(PAGE_PARAMETER, 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
