"""Who may read an image or a document: the file follows the visibility of the pages that use it.

The rule, for a reader (anonymous, or a signed-in user):

1. A file in the shared collection ("Yhteiset", ``MediaCollection.public``) or below it is open
   to everyone.
2. A file that a live page visible to the reader references is readable by her. "References"
   is Wagtail's ``ReferenceIndex``: chooser blocks and image blocks in StreamFields, links and
   embeds in rich text, foreign keys (the index records a page's published content, so a draft's
   new image does not open the file). "Visible" is ``portal.core.visibility.visible_pages``, the
   rule the pages themselves are served by. So a file used by a public page is public, one used
   only by a "Kunnan opettajat" plan is for that town's groups, one used only by drafts or
   private pages is for nobody on this count.
3. The groups that hold rights on the file's collection (or one above it) read every file in it:
   a town's teachers and moderators their town's uploads, used or not, a network's coordinators
   the network's. Site administrators read everything.
4. Someone who may edit or publish a page that references the file reads it too: authors and
   moderators see a private page (and its images) in the admin's preview.

Anyone else gets 404, as for a file that does not exist, so that a refusal does not confirm that
the file is there. Every file under ``MEDIA_URL`` is served through ``serve`` below: originals and
renditions of images (found by their ``file`` field), and the files of documents; anything that is
not the file of an image, rendition or document is not served. Documents' own addresses
(``/documents/<id>/<name>``) pass the same check in the ``before_serve_document`` hook.

Cost: no answer is cached, so a page made private or unpublished closes its files at once (to
new readers: browsers and caches keep a public file for ``MEDIA_PUBLIC_MAX_AGE`` seconds, a day by
default). "Is it open to everyone?" is answered first, in one indexed query that also finds the
file's record; the ORM builds that query once a process and each request runs its SQL with its own
path (building it costs more than running it). Only when the answer is no is the reader looked up.
``manage.py bench_media`` measures this against the same file served without a check. Open files
are sent with ``Cache-Control: public`` and that max-age; the others with ``private, no-store``.
With ``MEDIA_X_ACCEL_REDIRECT`` set (e.g. ``/protected-media/``) the view only checks and answers
with an ``X-Accel-Redirect`` header, and nginx sends the bytes from an ``internal`` location.
"""

import mimetypes
from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage
from django.db import connection
from django.db.models import BigIntegerField, CharField, Exists, OuterRef
from django.db.models.functions import Cast, Length, Substr
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from portal.core.models import MediaCollection
from portal.core.visibility import public_pages_in_one_query, visible_pages

DEFAULT_PUBLIC_MAX_AGE = 24 * 60 * 60

# What a request sets when the file it asks for was checked: "public" or "restricted".
ACCESS_ATTRIBUTE = "media_access"
PUBLIC, RESTRICTED = "public", "restricted"


# --- The rule -------------------------------------------------------------------------------------


def _in_shared_collection(path_field):
    """For ``.annotate()``: whether the collection at ``path_field`` is shared or below one."""
    return Exists(
        MediaCollection.objects.filter(
            public=True,
            collection__path=Substr(OuterRef(path_field), 1, Length("collection__path")),
        )
    )


def _used_by_a_public_page(model, pk_field):
    """For ``.annotate()``: whether a public live page references the ``model`` object whose
    primary key is at ``pk_field``."""
    page_ids = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(model),
            to_object_id=Cast(OuterRef(OuterRef(pk_field)), CharField()),
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .annotate(page_id=Cast("object_id", BigIntegerField()))
        .values("page_id")
    )
    return Exists(public_pages_in_one_query(Page.objects.filter(pk__in=page_ids)))


def with_openness(queryset, model, prefix=""):
    """``queryset`` (of ``model`` objects, or of objects that lead to one through ``prefix``)
    annotated with ``in_shared_collection`` and ``used_by_a_public_page``: is_public's answer
    in the same query."""
    return queryset.annotate(
        in_shared_collection=_in_shared_collection(f"{prefix}collection__path"),
        used_by_a_public_page=_used_by_a_public_page(model, f"{prefix}pk"),
    )


def pages_using(obj):
    """The pages that reference ``obj`` (an image or a document), as a queryset of page ids."""
    return (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .annotate(page_id=Cast("object_id", BigIntegerField()))
        .values("page_id")
    )


def _pages(obj):
    return Page.objects.filter(pk__in=pages_using(obj))


def is_public(obj):
    """Whether anyone may read ``obj``: it sits in the shared collection, or a public live page
    uses it (from the annotations of ``with_openness`` when the object has them)."""
    if hasattr(obj, "used_by_a_public_page"):
        return obj.in_shared_collection or obj.used_by_a_public_page
    found = _look_up(type(obj), obj.file.name)
    return found is not None and found[2]


def _holds_collection_rights(user, obj):
    policy = policy_registry.get_by_type(type(obj))
    collections = policy.collections_user_has_any_permission_for(
        user, ["add", "change", "choose", "delete"]
    )
    return collections.filter(pk=obj.collection_id).exists()


def _may_edit_a_page_using(user, obj):
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    return editable.filter(pk__in=pages_using(obj)).exists()


def is_readable_by(user, obj):
    """Whether the signed-in ``user`` may read ``obj`` when it is not public."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        _holds_collection_rights(user, obj)
        or visible_pages(user, _pages(obj)).exists()
        or _may_edit_a_page_using(user, obj)
    )


def check(request, obj):
    """Raise 404 unless the request's reader may read ``obj``; remember whether it is public."""
    if is_public(obj):
        setattr(request, ACCESS_ATTRIBUTE, PUBLIC)
    elif is_readable_by(request.user, obj):
        setattr(request, ACCESS_ATTRIBUTE, RESTRICTED)
    else:
        raise Http404


# --- Finding the file's record --------------------------------------------------------------------

# Stands for the path while a look-up is compiled: no file is called this.
PATH_PLACEHOLDER = "\x00path"
_compiled = {}


def _answer(queryset_for, key, path):
    """The first row of ``queryset_for(path)``: the ORM builds the query (so the rule is the one
    written above) once a process and set of content types, and each request runs its SQL with
    its own path. Building it takes the ORM milliseconds; the database answers in less."""
    if key not in _compiled:
        sql, params = queryset_for(PATH_PLACEHOLDER).query.sql_with_params()
        params = list(params)
        _compiled[key] = (sql, params, params.index(PATH_PLACEHOLDER))
    sql, params, position = _compiled[key]
    params = [*params]
    params[position] = path
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _look_up(model, path, prefix=""):
    """(the image or document model, its object's pk, whether it is public) for the ``model``
    object (an image, a rendition or a document) whose file is at ``path``; None if none is."""
    target = get_image_model() if prefix else model
    key = (
        model._meta.label,
        ContentType.objects.get_for_model(target).pk,
        ContentType.objects.get_for_model(Page).pk,
    )

    def queryset_for(file):
        return (
            with_openness(model.objects.filter(file=file), target, prefix)
            .order_by("pk")
            .values_list(f"{prefix}pk", "in_shared_collection", "used_by_a_public_page")[:1]
        )

    row = _answer(queryset_for, key, path)
    return None if row is None else (target, row[0], row[1] or row[2])


def _kinds():
    """(folder, model, prefix to the image or document) of each kind of file under MEDIA_URL;
    the folders are those Wagtail stores the files in."""
    Image = get_image_model()
    return [
        ("images/", Image.get_rendition_model(), "image__"),
        ("original_images/", Image, ""),
        ("documents/", get_document_model(), ""),
    ]


def find_file(path):
    """(model, storage, pk of the image or document, whether it is public) of the file at
    ``path``, or None: an image's original or rendition, or a document's file. The folder of the
    path says where to look first."""
    kinds = sorted(_kinds(), key=lambda kind: not path.startswith(kind[0]))
    for _folder, model, prefix in kinds:
        found = _look_up(model, path, prefix)
        if found is not None:
            target, pk, public = found
            return target, model._meta.get_field("file").storage, pk, public
    return None


# --- Serving --------------------------------------------------------------------------------------


def set_cache_headers(request, response):
    """Public files may be kept by browsers and caches; restricted ones by nobody."""
    access = getattr(request, ACCESS_ATTRIBUTE, None)
    if access == PUBLIC:
        max_age = getattr(settings, "MEDIA_PUBLIC_MAX_AGE", DEFAULT_PUBLIC_MAX_AGE)
        patch_cache_control(response, public=True, max_age=max_age)
    elif access == RESTRICTED:
        patch_cache_control(response, private=True, no_store=True)
    return response


def stream_file(request, storage, name):
    """The file ``name`` of ``storage``: with an X-Accel-Redirect header for nginx when
    ``MEDIA_X_ACCEL_REDIRECT`` is set, else streamed (with Last-Modified and 304 answers)."""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    accel_prefix = getattr(settings, "MEDIA_X_ACCEL_REDIRECT", "")
    if accel_prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{accel_prefix.rstrip('/')}/{quote(name)}"
    else:
        modified = None
        if isinstance(storage, FileSystemStorage):
            try:
                modified = int(storage.get_modified_time(name).timestamp())
            except FileNotFoundError:
                raise Http404 from None
            conditional = get_conditional_response(request, last_modified=modified)
            if conditional is not None:
                return conditional
        try:
            response = FileResponse(storage.open(name, "rb"), content_type=content_type)
        except FileNotFoundError:
            raise Http404 from None
        if modified is not None:
            response["Last-Modified"] = http_date(modified)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve(request, path):
    """A file under MEDIA_URL: an image's original or rendition, or a document's file, to a reader
    who may read it (404 to anyone else and for any other path)."""
    found = find_file(path)
    if found is None:
        raise Http404
    model, storage, pk, public = found
    if public:
        setattr(request, ACCESS_ATTRIBUTE, PUBLIC)
    else:
        obj = model.objects.select_related("collection").filter(pk=pk).first()
        if obj is None:
            raise Http404
        obj.in_shared_collection = obj.used_by_a_public_page = False
        check(request, obj)
    return set_cache_headers(request, stream_file(request, storage, path))


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (whose ``before_serve_document`` hook checks the reader), with the
    cache headers that follow what the check found."""
    response = wagtail_serve_document(request, document_id, document_filename)
    return set_cache_headers(request, response)
