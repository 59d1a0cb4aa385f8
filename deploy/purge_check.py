"""Publish an edit of a live plan and time how soon the front cache serves the new text.

Run against the stack of ``make production`` (it reads ``.run/env``):

    .venv/bin/python deploy/purge_check.py [--timeout 5]

It reads a public lesson plan through nginx until nginx serves it from its cache, publishes a
new revision whose title carries a fresh marker (Wagtail's frontend_cache sends nginx a PURGE),
polls nginx until the marker appears and prints the time from the publish to the first response
with it. The old title is published again afterwards. Exit status 1 when the new text takes
longer than ``--limit`` seconds (1 by default) or does not appear within ``--timeout``.
"""

import argparse
import os
import sys
import time
import urllib.request
import uuid

from stack_env import load_env


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own stack
        return response.headers.get("X-Cache", ""), response.read().decode()


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=1.0, help="seconds allowed")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds to wait at most")
    args = parser.parse_args()
    load_env()
    import django

    django.setup()
    from plans.models import LessonPlanPage
    from portal.core.visibility import public_pages

    page = public_pages(LessonPlanPage.objects.all()).order_by("id").first().specific
    url = os.environ["PRODUCTION_URL"] + page.url
    for _ in range(20):
        status, _body = fetch(url)
        if status == "HIT":
            break
        time.sleep(0.1)
    else:
        sys.exit(f"nginx does not cache {url} (X-Cache: {status}): no purge to time.")

    old_title = page.title
    marker = f"purge-{uuid.uuid4().hex[:8]}"
    started = time.perf_counter()
    publish_title(page, f"{old_title} {marker}")
    published = time.perf_counter()
    try:
        while True:
            status, body = fetch(url)
            elapsed = time.perf_counter() - started
            if marker in body:
                break
            if elapsed > args.timeout:
                print(f"FAIL: {url} still shows the old text after {elapsed:.3f} s")
                return 1
            time.sleep(0.01)
    finally:
        publish_title(LessonPlanPage.objects.get(pk=page.pk), old_title)
    print(
        f"publish-to-visible {elapsed:.3f} s through nginx ({url}; the publish itself took "
        f"{published - started:.3f} s, the first response with the new text: X-Cache {status})"
    )
    if elapsed > args.limit:
        print(f"FAIL: more than {args.limit} s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
