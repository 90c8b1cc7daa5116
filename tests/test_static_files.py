"""collectstatic, as a deployment runs it: the site's own CSS and JavaScript arrive minified,
hashed and compressed, and Wagtail's files arrive as they were."""

import gzip
import json
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

import wagtail


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "klimaallianz.static_storage.MinifiedStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((settings.STATIC_ROOT / "staticfiles.json").read_text())["paths"]
    return lambda name: settings.STATIC_ROOT / manifest[name]


def test_own_style_sheet_is_minified_and_its_references_hashed(collected):
    source = (settings.BASE_DIR / "static/css/site.css").read_text()
    served = collected("css/site.css").read_text()

    assert len(served) < 0.8 * len(source)
    assert "/*" not in served and "\n  " not in served
    # Every rule of the source is still there.
    assert served.count("{") == re.sub(r"/\*.*?\*/", "", source, flags=re.S).count("{")
    # References to other static files carry their hash, so they may be cached for a year.
    references = [r.strip("\"'") for r in re.findall(r"url\(([^)]+)\)", served)]
    assert any(not r.startswith("data:") for r in references)
    for reference in references:
        if not reference.startswith("data:"):
            assert re.search(r"\.[0-9a-f]{12}\.", reference), reference
    compressed = collected("css/site.css").with_name(collected("css/site.css").name + ".gz")
    assert gzip.decompress(compressed.read_bytes()).decode() == served


def test_own_script_is_minified(collected):
    source = (settings.BASE_DIR / "static/js/menu.js").read_text()
    served = collected("js/menu.js").read_text()

    assert len(served) < len(source)
    assert "addEventListener" in served


def test_wagtail_files_are_copied_unchanged(collected):
    name = "wagtailadmin/js/core.js"
    original = Path(wagtail.__file__).parent / "admin/static" / name
    assert collected(name).read_bytes() == original.read_bytes()
