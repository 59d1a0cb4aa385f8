"""Load benchmark of the production stack (``make production``): requests a second and latency.

    .venv/bin/python bench/stack.py [--duration 10] [--connections 10] [--threads 2]

With the stack running (it reads ``.run/env``), ``wrk`` (Debian's, installed by
``deploy/production.sh``) loads in turn:

- ``/health/`` straight from gunicorn: the cost of a trivial view of the project;
- a public lesson plan straight from gunicorn, rendered for every request (a query string keeps
  the portal's own page cache out of it), and from gunicorn with the portal's page cache;
- the same plan through nginx, served from nginx's cache;
- the same HTML saved as a file and sent by nginx;

then prints requests a second, the 50th and 99th percentile latency, the memory of each gunicorn
worker (RSS, and PSS: its share of pages shared after the fork) and the time from publishing an
edit to nginx serving it (``deploy/purge_check.py``). A benchmark, not a test: it asserts nothing.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from stack_env import RUN, load_env  # noqa: E402 - deploy/ is not a package


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own stack
        return response.headers, response.read()


def plan_path():
    import django

    django.setup()
    from plans.models import LessonPlanPage
    from portal.core.visibility import public_pages

    return public_pages(LessonPlanPage.objects.all()).order_by("id").first().url


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def millis(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def wrk(url, args):
    command = [shutil.which("wrk"), f"-t{args.threads}", f"-c{args.connections}"]
    command += [f"-d{args.duration}s", "--latency", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = millis(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = millis(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    note = []
    if errors:
        note.append(f"{errors.group(1)} non-2xx")
    if socket_errors:
        note.append(f"socket errors: {socket_errors.group(1)}")
    return rate, p50, p99, ", ".join(note)


def worker_memory():
    master = int((RUN / "gunicorn.pid").read_text())
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    rows = []
    for pid in children:
        rss = re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
        rollup = Path(f"/proc/{pid}/smaps_rollup")
        pss = re.search(r"^Pss:\s+(\d+)", rollup.read_text(), re.M) if rollup.exists() else None
        rows.append((int(pid), int(rss.group(1)) / 1024, pss and int(pss.group(1)) / 1024))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per target")
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: deploy/production.sh installs it (apt-get install wrk).")
    load_env()
    front, app = os.environ["PRODUCTION_URL"], os.environ["GUNICORN_URL"]
    path = plan_path()

    # The same HTML as a file nginx sends; and nginx's cache filled before it is measured.
    _headers, html = get(app + path + "?uncached")
    (RUN / "static-copy").mkdir(exist_ok=True)
    (RUN / "static-copy" / "plan.html").write_bytes(html)
    for _ in range(3):
        headers, _body = get(front + path)
    if headers.get("X-Cache") != "HIT":
        print(f"note: nginx answers {path} with X-Cache {headers.get('X-Cache')}, not HIT")

    targets = [
        ("trivial view /health/, gunicorn", app + "/health/"),
        ("plan page rendered, gunicorn", app + path + "?uncached"),
        ("plan page, gunicorn + in-app page cache", app + path),
        ("plan page, nginx front cache", front + path),
        ("same HTML as a static file, nginx", front + "/static-copy/plan.html"),
    ]
    print(f"wrk: {args.threads} threads, {args.connections} connections, {args.duration} s each")
    print(f"plan page {path} ({len(html)} bytes); {os.cpu_count()} cores")
    print(f"{'target':44} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for name, url in targets:
        rate, p50, p99, note = wrk(url, args)
        print(f"{name:44} {rate:9.1f} {p50:8.2f} {p99:8.2f} {note}".rstrip())

    print("\ngunicorn workers after the load:")
    for pid, rss, pss in worker_memory():
        print(f"  pid {pid}: RSS {rss:.1f} MiB" + (f", PSS {pss:.1f} MiB" if pss else ""))

    print()
    command = [sys.executable, str(ROOT / "deploy" / "purge_check.py")]
    check = subprocess.run(command, capture_output=True, text=True)  # noqa: S603
    lines = [line for line in check.stdout.splitlines() if line.startswith(("publish", "FAIL"))]
    print("\n".join(lines) or check.stdout + check.stderr)


if __name__ == "__main__":
    main()
