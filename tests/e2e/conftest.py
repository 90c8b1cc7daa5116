"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live_server.

Every test in this folder is marked `e2e` and skipped where Chromium is not installed
(`pytest -m "not e2e"` leaves them out on purpose). When one fails, a screenshot and the HTML of
each page the browser has open are kept under test-artifacts/<test>/."""

import os
import re
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_save

from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from tests.factories import PASSWORD, onboard
from tests.utils import member_of

# Playwright's synchronous API keeps an event loop running in the test's thread, and Django
# refuses database queries next to a running loop; the tests' own queries are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
HERE = Path(__file__).parent
ARTIFACTS = HERE.parent.parent / "test-artifacts"


def pytest_itemcollected(item):
    item.add_marker(pytest.mark.e2e)
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM}: `apt-get install chromium` runs the browser tests"
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # Last of all: each browser test leaves the database flushed, and pytest's grouping of the
    # tests by browser would otherwise put them among tests that need the migrations' data.
    items.sort(key=lambda item: item.path.is_relative_to(HERE))


@pytest.fixture(scope="session")
def browser_type_launch_args():
    # Debian's Chromium, never a browser that Playwright downloads.
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


def new_browser_context(new_context, **options):
    context = new_context(**{"viewport": DESKTOP, **options})
    # A step that finds nothing fails after 10 s, not Playwright's 30.
    context.set_default_timeout(10_000)
    return context


@pytest.fixture(scope="session")
def _migrations_data(django_db_setup):
    """The data of the migrations (home pages, groups, terms, workflow) as Django serialized
    it for serialized_rollback, taken before Playwright starts."""
    data = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)
    assert data, "Take the serialized data before Playwright's event loop runs."
    return data


@pytest.fixture(scope="session")
def _restorable_next_to_playwright(_migrations_data, playwright):
    # While an event loop runs in the thread (Playwright's does from its start on), Django
    # hands out connection objects of their own; serialized_rollback looks for the data there.
    connections[DEFAULT_DB_ALIAS]._test_serialized_contents = _migrations_data


@pytest.fixture(scope="session")
def _no_tree_sync_on_restore():
    # The restore saves wagtail-localize's locale synchronisation before the locales it names
    # (app by app), and its handler would look them up. Nothing here changes that setting.
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    yield
    post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@pytest.fixture(autouse=True)
def _e2e_database(
    _restorable_next_to_playwright,
    _no_tree_sync_on_restore,
    django_db_serialized_rollback,
    transactional_db,
):
    """The live server answers from its own database connection, so each test's data is
    committed (transactional_db); after each test's flush, the data of the migrations is put
    back (serialized_rollback)."""


@pytest.fixture(autouse=True)
def _site_as_served(settings, live_server):
    # Images from MEDIA_ROOT, as `make run` serves them; links in mails to the live server;
    # rate limits counted from zero.
    settings.SERVE_MEDIA = True
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url
    cache.clear()


@pytest.fixture
def site_url(live_server):
    return live_server.url


@pytest.fixture
def context(new_context):
    """The browser of `page`."""
    return new_browser_context(new_context)


@pytest.fixture
def another_browser(new_context):
    """Another person, or the same at another device: `another_browser(**options)` is a page
    in a browser context of its own (Playwright's options, e.g. viewport)."""
    return lambda **options: new_browser_context(new_context, **options).new_page()


@pytest.fixture
def people(tree):
    """An onboarded partner with its editor, and a moderator; both log in with PASSWORD."""
    partner = onboard("Stadtwerke Garrel", ["redaktion@stadtwerke.example"], publish=True)
    editor = partner.group.user_set.get()
    editor.set_password(PASSWORD)
    editor.save()
    moderator = member_of("Moderation", email="lenkung@klimaallianz.example")
    return partner, editor, moderator


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed and "browser" in item.funcargs:
        saved = keep_artifacts(item.funcargs["browser"], item.name)
        if saved:
            note = "Screenshot and HTML of each open page:\n" + "\n".join(saved)
            if hasattr(report.longrepr, "addsection"):
                report.longrepr.addsection("Browser artefacts", note)
            else:
                report.sections.append(("Browser artefacts", note))
    return report


def keep_artifacts(browser, test_name):
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", test_name).strip("_")
    shutil.rmtree(folder, ignore_errors=True)  # an earlier run's pages would mislead
    folder.mkdir(parents=True)
    saved = []
    pages = [page for context in browser.contexts for page in context.pages]
    for number, page in enumerate(pages, start=1):
        name = folder / f"page-{number}"
        try:
            page.screenshot(path=f"{name}.png", full_page=True)
            html = f"<!-- {page.url} -->\n{page.content()}"
            Path(f"{name}.html").write_text(html, encoding="utf-8")
        except Exception as error:  # a page that crashed can not be photographed
            saved.append(f"{name}: not saved ({error})")
            continue
        shown = os.path.relpath(name)
        saved.append(f"{shown}.png  {shown}.html  ({page.url})")
    return saved
