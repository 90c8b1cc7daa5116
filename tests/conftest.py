import pytest

from django.core import mail
from django.core.cache import caches
from django.core.files.storage import storages
from django.db import connection
from django.http import HttpRequest
from django.test import Client
from django.utils import translation

from downloads.models import Document
from tests.factories import build_tree, home_page, onboard, sample_projects


@pytest.fixture(autouse=True)
def _test_storage(settings, tmp_path, monkeypatch):
    settings.DOCUMENTS_ROOT = tmp_path / "private"
    # Hashed static names need `collectstatic`; the tests read templates, not the manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "documents": {
            **settings.STORAGES["documents"],
            "OPTIONS": {"location": settings.DOCUMENTS_ROOT},
        },
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    # The document model's field took its storage once, when it was defined.
    monkeypatch.setattr(Document._meta.get_field("file"), "storage", storages["documents"])


@pytest.fixture(autouse=True)
def _empty_cache():
    # The rate limits count in the cache, which outlives a test's database transaction; the
    # parts of pages are kept in each process's own cache too.
    for name in ("default", "parts"):
        caches[name].clear()
    yield
    for name in ("default", "parts"):
        caches[name].clear()


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Tests change the database between requests, often without the signals that make stored
    # pages old (queryset updates); the page cache has tests of its own (test_page_cache.py).
    settings.PAGE_CACHE_SECONDS = settings.CHROME_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _german_by_default():
    # Django keeps the last request's language active in the thread; start each test in German.
    with translation.override("de"):
        yield


@pytest.fixture(autouse=True)
def _mail_through_the_queue(settings):
    # Django's test set-up replaces EMAIL_BACKEND with its outbox; keep the site's own path
    # (record, queue, deliver) and deliver into the outbox instead. Tasks run at once here;
    # tests of the worker switch to the database backend themselves.
    settings.EMAIL_BACKEND = "klimaallianz.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _login_with_a_request(monkeypatch):
    # The login lock-out (axes) counts attempts per address and refuses to authenticate without
    # a request; Django's test client.login() authenticates without one.
    login = Client.login

    def login_with_request(self, **credentials):
        return login(self, request=HttpRequest(), **credentials)

    monkeypatch.setattr(Client, "login", login_with_request)


@pytest.fixture
def home_de(db):
    return home_page("de")


@pytest.fixture
def home_en(db):
    return home_page("en")


def pytest_report_header(config):
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"


@pytest.fixture
def tree(home_de, home_en):
    """The partner directory and the project showcase, in German and English."""
    return build_tree()


@pytest.fixture
def projects(tree):
    """tests.factories.SampleProjects: two partners, four live projects and a draft."""
    return sample_projects(tree)


@pytest.fixture
def partner(home_de, home_en):
    """A published partner profile below the directory of both languages, onboarded with
    its group, collection and one editor (and that editor's invitation already sent)."""
    build_tree(showcase=False)
    result = onboard("Stadtwerke Garrel", ["redaktion@stadtwerke.example"], publish=True)
    mail.outbox.clear()
    return result


@pytest.fixture
def editor(partner):
    return partner.group.user_set.get()


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgresql") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's full-text search (DATABASE_URL=postgres://…)")
