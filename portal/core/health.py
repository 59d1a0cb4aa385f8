"""``/health/``: the process answers. It reads no database, so a proxy or load balancer may ask it
often; it is never cached."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def health(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
