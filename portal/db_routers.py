"""Reads from a streaming replica (``DATABASE_REPLICA_URL``), writes to the primary.

``ReplicaReadsMiddleware`` (early, before anything reads) decides per request: a GET or HEAD by a
reader without a session cookie (public pages, search, sitemaps, media checks) reads from the
replica, and so does the tutor work report (``/admin/tutorointi/raportti/``, its charts and
exports) once the signed-in user has been read from the primary. Everything else (any other
method, every signed-in editor's request, management commands, background tasks) reads from the
primary, and every write goes to the primary whatever the request.

The replica is behind the primary by its replication lag (usually milliseconds): a page just
published may still show its old version there for that long. Editors never see it, since they
read the primary.
"""

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
PRIMARY = "default"
REPORT_PATHS = ("/admin/tutorointi/raportti/",)

_reads_from_replica = ContextVar("reads_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _reads_from_replica.get() else PRIMARY

    def db_for_write(self, model, **hints):
        # Explicitly: an object read from the replica is saved to the primary.
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return {obj1._state.db, obj2._state.db} <= {PRIMARY, REPLICA}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class ReplicaReadsMiddleware:
    """Sets where this request reads: early in the chain for anonymous readers, in
    ``process_view`` (the user known by then) for the report."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _reads_from_replica.set(anonymous_read(request))
        try:
            return self.get_response(request)
        finally:
            _reads_from_replica.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in ("GET", "HEAD") and request.path_info.startswith(REPORT_PATHS):
            # The user and her session come from the primary first: a just-signed-in one is
            # not yet on the replica.
            _reads_from_replica.set(request.user.is_authenticated)


def anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith("/admin/")
    )
