"""Helpers for tests that drive a real headless Chromium (Debian's) through Playwright."""

import os
import shutil

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 640}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def axe_violations(page, context=None):
    """Run axe-core on the page (or the part of it that ``context`` selects) at WCAG 2.1 AA;
    return (count, readable report)."""
    results = _axe.run(
        page,
        context=context,
        options={
            "runOnly": {"type": "tag", "values": WCAG_21_AA},
            "resultTypes": ["violations"],
        },
    )
    return results.violations_count, results.generate_report()


def settled(page):
    """Wait until the admin's messages have faded in: axe reads colours mid-transition."""
    page.wait_for_timeout(300)  # the messages start to appear after a delay of 100 ms
    page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")
    return page


def sign_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("salasana-123456")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(base_url + "/admin/")
