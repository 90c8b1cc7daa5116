import pytest

from django.utils import translation

from tests.factories import home_page


@pytest.fixture(autouse=True)
def _test_storage(settings, tmp_path):
    # Hashed static names need `collectstatic`; the tests read templates, not the manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _german_by_default():
    # Django keeps the last request's language active in the thread; start each test in German.
    with translation.override("de"):
        yield


@pytest.fixture
def home_de(db):
    return home_page("de")


@pytest.fixture
def home_en(db):
    return home_page("en")


def pytest_report_header(config):
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"
