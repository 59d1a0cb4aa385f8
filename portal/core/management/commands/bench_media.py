"""Benchmark the checked media view against the same file served without a check.

    manage.py bench_media --requests 300

Every case is requested through the whole middleware stack with Django's test client (with a URL
configuration of two addresses, and a bare 404), and its body read to the end: a public image's
original and a rendition through the checked view (used by a public page, so both of the rule's
queries run), an image of the shared collection, the 404 an anonymous reader gets for a
restricted image, and the same restricted image read by a member of its collection's group; side
by side with the same original served by Django's static file view (``django.views.static.serve``,
a FileResponse of the same bytes without any check). Prints the median and 95th percentile in
milliseconds, requests a second and SQL queries a request. Nothing is left behind: the files go
to a temporary MEDIA_ROOT and the database changes are rolled back.
"""

import logging
import statistics
import tempfile
import time
import uuid
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.http import HttpResponseNotFound
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.views.static import serve as static_serve
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, Page, ReferenceIndex, Site

from portal.core import media
from portal.core.groups import shared_collection
from portal.core.visibility import public_pages


class Rollback(Exception):
    pass


def _unchecked(request, path):
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)


def _not_found(request, exception=None):
    return HttpResponseNotFound()


# The URL configuration the benchmark runs with (ROOT_URLCONF is this module): the checked media
# view at its address, and the same files served by Django's static view. The portal's own URLs
# are a layer above this app; a 404 here is a bare one, so that only the check is timed.
urlpatterns = [
    path("bench-unchecked/<path:path>", _unchecked),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve),
]
handler404 = _not_found


def new_client():
    host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), "localhost")
    return Client(SERVER_NAME=host.strip("[]"))


def photo_bytes():
    """A 1200×800 JPEG photo-like picture (noise), about the size a teacher uploads."""
    output = BytesIO()
    Image.effect_noise((1200, 800), 40).convert("RGB").save(output, "JPEG", quality=85)
    return output.getvalue()


class Command(BaseCommand):
    help = "Time the checked media view against the same file served without a check."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=300)

    def handle(self, *args, requests, **options):
        # Each refused request would log "Not Found"; only the figures are wanted.
        request_logger = logging.getLogger("django.request")
        level = request_logger.level
        request_logger.setLevel(logging.ERROR)
        try:
            self.run_rolled_back(requests)
        finally:
            request_logger.setLevel(level)

    def run_rolled_back(self, requests):
        with (
            tempfile.TemporaryDirectory() as media_root,
            override_settings(MEDIA_ROOT=media_root, ROOT_URLCONF=__name__, DEBUG=False),
        ):
            try:
                with transaction.atomic():
                    self.run(requests)
                    raise Rollback
            except Rollback:
                self.stdout.write("Rolled back: the database is as it was.")

    def run(self, requests):
        page = Site.objects.get(is_default_site=True).root_page
        if not public_pages(Page.objects.filter(pk=page.pk)).exists():
            raise CommandError("The default site's home page must be public.")
        Image_ = get_image_model()
        data = photo_bytes()
        town = Collection.get_first_root_node().add_child(name=f"bench-{uuid.uuid4().hex[:8]}")
        used = Image_.objects.create(
            title="bench used", file=ContentFile(data, name="bench.jpg"), collection=town
        )
        self.reference(page, used)
        shared = Image_.objects.create(
            title="bench shared",
            file=ContentFile(data, name="bench-shared.jpg"),
            collection=shared_collection(),
        )
        restricted = Image_.objects.create(
            title="bench restricted", file=ContentFile(data, name="bench-town.jpg"), collection=town
        )
        rendition = used.get_rendition("width-800")
        reader = self.collection_reader(town)
        anonymous = new_client()
        cases = [
            ("unchecked: static.serve, same file", anonymous, f"/bench-unchecked/{used.file.name}",
             200),
            ("checked: public image, original", anonymous, used.file.url, 200),
            ("unchecked: static.serve, same rendition", anonymous,
             f"/bench-unchecked/{rendition.file.name}", 200),
            ("checked: public image, rendition", anonymous, rendition.url, 200),
            ("checked: shared-collection image", anonymous, shared.file.url, 200),
            ("checked: restricted image, anonymous", anonymous, restricted.file.url, 404),
            ("checked: restricted image, its town", reader, restricted.file.url, 200),
        ]  # fmt: skip
        self.stdout.write(
            f"{requests} requests a case, anonymous unless said; original {len(data) // 1024} KB, "
            f"rendition {rendition.file.size // 1024} KB"
        )
        self.stdout.write(f"{'case':<40} {'median':>8} {'p95':>8} {'req/s':>7} {'queries':>8}")
        for label, client, url, status in cases:
            self.time_case(label, client, url, status, requests)

    def reference(self, page, image):
        """Record that the page uses the image, as Wagtail's reference index does."""
        ReferenceIndex.objects.create(
            content_type=ContentType.objects.get_for_model(page.specific_class),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(page.pk),
            to_content_type=ContentType.objects.get_for_model(image),
            to_object_id=str(image.pk),
            model_path="bench",
            content_path="bench",
            content_path_hash=uuid.uuid4(),
        )

    def collection_reader(self, collection):
        """A signed-in member of a group that chooses from the collection."""
        group = Group.objects.create(name=f"bench-{uuid.uuid4().hex[:8]}")
        GroupCollectionPermission.objects.create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename="choose_image"
            ),
        )
        user = get_user_model().objects.create_user(username=group.name)
        user.groups.add(group)
        client = new_client()
        client.force_login(user)
        return client

    def time_case(self, label, client, url, status, requests):
        client.get(url)  # warm up
        timings, queries = [], 0
        for _ in range(requests):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                b"".join(response.streaming_content) if response.streaming else response.content
                timings.append((time.perf_counter() - started) * 1000)
            queries += len(captured)
            if response.status_code != status:
                raise CommandError(f"{label}: {url} answered {response.status_code}")
        timings.sort()
        median = statistics.median(timings)
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        per_second = 1000 * len(timings) / sum(timings)
        self.stdout.write(
            f"{label:<40} {median:>6.2f}ms {p95:>6.2f}ms {per_second:>7.0f} "
            f"{queries / requests:>8.1f}"
        )
