"""German first, English complete: every catalogue entry is translated and compiled."""

from pathlib import Path

import polib
import pytest

PROJECT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(PROJECT.glob("*/locale/*/LC_MESSAGES/django.po"))


def test_every_app_has_german_and_english_catalogues():
    apps = {path.parts[-5] for path in CATALOGUES}
    assert apps == {"site", "home", "partners", "projects", "downloads", "search"}
    assert {path.parts[-3] for path in CATALOGUES} == {"de", "en"}


@pytest.mark.parametrize("path", [p for p in CATALOGUES if p.parts[-3] == "de"], ids=str)
def test_german_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert not [entry.msgid for entry in catalogue.untranslated_entries()]
    assert not [entry.msgid for entry in catalogue.fuzzy_entries()]


@pytest.mark.parametrize("path", CATALOGUES, ids=str)
def test_compiled_catalogue_matches_its_source(path):
    source = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0, "")
        for e in polib.pofile(str(path)).translated_entries()
    }
    compiled = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0, "")
        for e in polib.mofile(str(path.with_suffix(".mo")))
    }
    compiled.pop((None, ""), None)  # the header
    assert compiled == source, "run `make messages` to compile the catalogues"


@pytest.mark.django_db
def test_admin_speaks_german(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Anmelden" in response.text
