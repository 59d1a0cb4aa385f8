"""Helpers for tests that drive a real headless Chromium (Debian's) through Playwright."""

import os
import re
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
    """Wait until the admin's messages have faded in: axe reads colours mid-transition.

    The reader prefers reduced motion, as Wagtail allows: its decorative animations (the
    "what's new" badge's, some 25 s) then end at once instead of holding every test up."""
    page.emulate_media(reduced_motion="reduce")
    page.wait_for_timeout(300)  # the messages start to appear after a delay of 100 ms
    page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")
    return page


def sign_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("salasana-123456")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(base_url + "/admin/")


# Every Content-Security-Policy violation a page meets, kept on its window: the listener is
# added before any script of the page runs (also in frames, each keeping its own).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
    sample: event.sample,
  });
});
"""


def watch_policies(context):
    """Record the policy violations and the browser's own complaints about the CSP and
    Permissions-Policy headers of every page of ``context``; read them with
    ``policy_problems``."""
    context.add_init_script(CSP_LISTENER)
    complaints = []
    context.on(
        "console",
        lambda message: (
            complaints.append(message.text)
            if message.type in ("error", "warning")
            and ("Content Security Policy" in message.text or "Permissions-Policy" in message.text)
            else None
        ),
    )
    context.policy_complaints = complaints
    return context


def policy_problems(page):
    """The violations recorded on the page and its frames, and the console's complaints so
    far (which are then forgotten)."""
    found = []
    for frame in page.frames:
        if not frame.is_detached():
            found += frame.evaluate("window.__cspViolations || []")
    complaints = page.context.policy_complaints
    found += [{"console": text} for text in complaints]
    complaints.clear()
    return found


# English that Wagtail shows where a catalogue has no translation: whole words only, so that
# Finnish and Swedish words containing these letters do not count (nor "Status", Swedish too).
ENGLISH = re.compile(
    r"\b(Saved|Saving|Autosave|autosave|another window|Search options|Search all pages|"
    r"Changes requested|Request changes|Approve|Rejected|Submit|Workflow|Draft|Preview|"
    r"Cancel|Delete|Unpublish|Publish|Edit|History|Comments?|Sort by|Filter|Upload|Choose|"
    r"Privacy|Locked|Unlock|Moderation|Actions|Live|Close|Show|Hide|Toggle|"
    r"Save|Pages|items?|ago|Settings|Promote|Content|Dashboard|Help|Account|Log out|Reports|"
    r"Search|Create|Add|Remove|Copy|Move|Revisions|Compare|Current|Previous|Next|Back|"
    r"Currently|viewing|idle|View latest version|Proceeding|Checks|Readability)\b"
)

VISIBLE_TEXTS = """() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!element || ["SCRIPT", "STYLE", "TEMPLATE", "TEXTAREA"].includes(element.tagName)) continue;
    if (element.closest("[contenteditable=true]") || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none") continue;
    const text = walker.currentNode.textContent.trim();
    if (text) texts.push(text);
  }
  for (const element of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
    for (const name of ["placeholder", "aria-label", "title"]) {
      const value = element.getAttribute(name);
      if (value) texts.push(`${name}=${value}`);
    }
  }
  return texts;
}"""


def english_on(page):
    """The visible texts and accessible names of the page that contain an English word."""
    return sorted({text for text in page.evaluate(VISIBLE_TEXTS) if ENGLISH.search(text)})
