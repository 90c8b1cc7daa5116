"""`make bench`: how fast every public page type is on a large site.

Builds the site once in the database it is given (the Makefile gives it a database of its
own): the demo, then 500 partners and 5,000 projects in German and English, 1,000 downloads of
generated PDFs and 5,000 supporters, inserted in bulk (klimaallianz.bulk). Then, per page:

- in the process, through Django's test client with DEBUG off and the page cache off: the
  number of queries, and the median and 95th percentile of ROUNDS requests; the median of
  requests right after a change, when what pages share is built again; the median again
  with the page cache on;
- under gunicorn (2 workers) with wrk (Debian's package; without it this part is left out):
  requests per second and the 50th/99th percentile, with the page cache off and on, beside a
  static file served by whitenoise in the same run, the ceiling.

Prints a table and writes it with the machine's description to bench/results.json.
"""

import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

import wagtail
from wagtail.images import get_image_model
from wagtail.models import Collection

from downloads.models import Document, DownloadIndexPage, DownloadPage
from klimaallianz import bulk, page_cache
from klimaallianz.demo_documents import make_pdf
from partners.models import PartnerIndexPage, PartnerPage, Supporter
from projects.models import ProjectPage

PARTNERS, PROJECTS_PER_PARTNER, DOWNLOADS, SUPPORTERS = 500, 10, 1000, 5000
ROUNDS = 30
# Requests measured right after a change (each one after its own).
COLD_ROUNDS = 10
RESULTS = Path(settings.BASE_DIR) / "bench" / "results.json"


class Command(BaseCommand):
    help = "Build a large site in this database (once) and measure every public page type."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=ROUNDS)
        parser.add_argument("--seconds", type=int, default=5, help="of load per page and mode")
        parser.add_argument("--no-load", action="store_true", help="leave out gunicorn and wrk")

    def handle(self, rounds, seconds, no_load, **options):
        if settings.DEBUG:
            self.stderr.write("Run it with DEBUG off: DEBUG slows every request down.")
            sys.exit(1)
        started = time.monotonic()
        self.build()
        self.stdout.write(f"Site ready in {time.monotonic() - started:.0f} s.")
        pages = self.pages()
        results = {"machine": machine(), "size": size(), "pages": {}}
        for name, url in pages.items():
            results["pages"][name] = {"url": url, **self.in_process(url, rounds)}
            self.stdout.write(f"  {name}: {results['pages'][name]}")
        if not no_load:
            if shutil.which("wrk"):
                load = under_load(pages, seconds)
                for name, figures in load.items():
                    results["pages"].setdefault(name, {"url": figures.pop("url")}).update(figures)
            else:
                self.stdout.write("wrk is not installed (apt-get install wrk): no load test.")
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        self.stdout.write(table(results))
        self.stdout.write(f"Written to {RESULTS.relative_to(settings.BASE_DIR)}.")

    # --- the large site -------------------------------------------------------------------------

    def build(self):
        if PartnerPage.objects.count() >= PARTNERS:
            return
        call_command("load_demo", stdout=StringIO())
        directories = {
            page.locale.language_code: page
            for page in PartnerIndexPage.objects.live().select_related("locale")
        }
        # The demo's pictures for logos, project photos and covers: cards with images cost
        # their renditions' queries, as on the real site.
        images = list(get_image_model().objects.all()[:8])
        partners = bulk.add_partners(directories["de"], PARTNERS, images=images)
        projects = bulk.add_projects(partners, PROJECTS_PER_PARTNER, images=images)
        english_partners = bulk.add_translations(partners, lambda page: directories["en"])
        english_by_key = {page.translation_key: page for page in english_partners}
        german_partner = {page.pk: page for page in partners}
        english_projects = bulk.add_translations(
            projects,
            lambda page: english_by_key[german_partner[page.lead_partner_id].translation_key],
        )
        documents = []
        for number in range(5):
            title = f"Klimaschutzbericht {number}"
            pdf = make_pdf(title, ["Klimaschutz im Landkreis Cloppenburg."] * 20)
            document = Document(
                title=title,
                file=ContentFile(pdf, name=f"klimaschutzbericht-{number}.pdf"),
                collection=Collection.get_first_root_node(),
            )
            document._set_document_file_metadata()
            document.save()
            documents.append(document)
        downloads = bulk.add_downloads(
            DownloadIndexPage.objects.get(locale__language_code="de"),
            DOWNLOADS,
            documents,
            images=images,
        )
        bulk.add_supporters(SUPPORTERS)
        bulk.index(partners + projects + english_partners + english_projects + downloads)
        if connection.vendor == "postgresql":
            # The planner's statistics, as autovacuum keeps them on a real site; right after
            # a bulk insert they describe an empty database and mislead it.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def pages(self):
        return {**public_pages(), "static file": settings.STATIC_URL + "css/site.css"}

    def in_process(self, url, rounds):
        client = Client()
        figures = {}
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            figures["status"] = response.status_code
            figures["queries"] = len(queries.captured_queries)
            times = timed(client, url, rounds)
            figures["cold_median_ms"], _p95 = median_and_p95(cold(client, url, COLD_ROUNDS))
        figures["median_ms"], figures["p95_ms"] = median_and_p95(times)
        with override_settings(PAGE_CACHE_SECONDS=600):
            cache.clear()
            client.get(url)
            figures["cached_median_ms"], _p95 = median_and_p95(timed(client, url, rounds))
        return figures


def public_pages():
    """{name: address} of every public page type, the newest partner and project for the
    pages of one. tests/test_query_budget.py counts the same pages' queries."""
    partner = PartnerPage.objects.filter(locale__language_code="de").order_by("-pk").first()
    project = ProjectPage.objects.filter(locale__language_code="de").order_by("-pk").first()
    return {
        "home (de)": "/",
        "home (en)": "/en/",
        "directory": "/partner/",
        "directory, filtered": "/partner/?kategorie=unternehmen&gemeinde=garrel",
        "partner profile": partner.url,
        "showcase": "/projekte/",
        "showcase, filtered": "/projekte/?handlungsfeld=energie-und-waerme&status=laufend",
        "project page": project.url,
        "downloads": "/downloads/",
        "search": "/suche/?q=Klimaschutz",
        "supporter page": "/unterstuetzen/",
        "feed": "/projekte/feed/",
        "widget": f"/projekte/einbetten/?partner={partner.slug}",
        "sitemap index": "/sitemap.xml",
        "sitemap file": "/sitemap-projekte-de.xml",
    }


def timed(client, url, rounds):
    times = []
    for _round in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
        times.append((time.perf_counter() - start) * 1000)
    return times


def cold(client, url, rounds):
    """The times of the first request after a change, once per round: everything kept in the
    shared cache until content changes (menus, facet counts) is built again."""
    times = []
    for _round in range(rounds):
        page_cache.invalidate()  # at once: outside a transaction, nothing waits for a commit
        times.extend(timed(client, url, 1))
    return times


def median_and_p95(times):
    ordered = sorted(times)
    return round(statistics.median(ordered), 1), round(ordered[int(len(ordered) * 0.95) - 1], 1)


# --- under load -----------------------------------------------------------------------------------

LOADED = ["home (de)", "showcase", "project page", "search", "supporter page", "static file"]


def under_load(pages, seconds):
    """{page: {rps and percentiles without and with the page cache}} from wrk against gunicorn."""
    results = {}
    for mode, cache_seconds in (("uncached", "0"), ("cached", "600")):
        with gunicorn(PAGE_CACHE_SECONDS=cache_seconds) as base:
            for name in LOADED:
                figures = wrk(base + pages[name], seconds)
                results.setdefault(name, {"url": pages[name]}).update(
                    {f"{mode}_{key}": value for key, value in figures.items()}
                )
    return results


class gunicorn:  # noqa: N801 (used as a context manager, like open)
    def __init__(self, **environment):
        self.environment = {**os.environ, "DEBUG": "false", "SECURE": "false", **environment}

    def __enter__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.environment["ALLOWED_HOSTS"] = "127.0.0.1"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "klimaallianz.wsgi",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=self.environment,
            cwd=settings.BASE_DIR,
        )
        base = f"http://127.0.0.1:{port}"
        for _try in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        return base

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def wrk(url, seconds):
    # One request first, so that the cached run measures serving from the cache, not the
    # first visitors all waiting for the same page to be built.
    urlopen(url, timeout=30).read()
    output = subprocess.run(
        ["wrk", "-t2", "-c20", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": round(rps),
        "p50_ms": to_ms(latency.get("50")),
        "p99_ms": to_ms(latency.get("99")),
        "errors": int(errors.group(1)) if errors else 0,
    }


def to_ms(value):
    if not value:
        return None
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return round(float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


# --- the report -----------------------------------------------------------------------------------


def machine():
    model = ""
    if Path("/proc/cpuinfo").exists():
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = found.group(1) if found else ""
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "date": time.strftime("%Y-%m-%d"),
    }


def size():
    return {
        "partners": PartnerPage.objects.count(),
        "projects": ProjectPage.objects.count(),
        "downloads": DownloadPage.objects.count(),
        "supporters": Supporter.objects.count(),
    }


def table(results):
    columns = [
        ("queries", "queries"),
        ("median_ms", "ms"),
        ("p95_ms", "p95"),
        ("cold_median_ms", "after a change"),
        ("cached_median_ms", "cached ms"),
        ("uncached_rps", "rps"),
        ("uncached_p99_ms", "p99"),
        ("cached_rps", "rps cached"),
        ("cached_p99_ms", "p99 cached"),
    ]
    lines = [
        "| page | " + " | ".join(label for _key, label in columns) + " |",
        "|---|" + "--:|" * len(columns),
    ]
    for name, figures in results["pages"].items():
        cells = [str(figures.get(key, "–")) for key, _label in columns]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
