"""Search: how pages' Finnish and Swedish text is indexed (``search.text``) and the search page
that readers use (``search.page``)."""
