"""Uploaded files never run in the site's origin, and documents are reachable only through
/documents/<id>/<name>, and there only once a live public page links them.

Everything goes through the real admin and the real views with real files: an SVG with a
script is refused at each upload door, media come with headers that keep a browser from
running them, and a document lies in its own folder outside MEDIA_ROOT, so that no spelling
of a /media/ path leads to it.
"""

import importlib
import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from downloads.models import Document
from klimaallianz.demo_documents import make_pdf
from partners.models import PartnerPage
from tests.factories import UserFactory, build_tree, onboard

PROJECT = Path(__file__).resolve().parent.parent
STRICT_CSP = "default-src 'none'; sandbox"
SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
    b"<script>fetch('/admin/pages/1/edit/')</script>"
    b'<rect width="40" height="40" fill="green"/></svg>'
)
PDF = make_pdf("Jahresbericht der Klimaallianz", ["Noch nicht freigegeben."])


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), "green").save(buffer, "PNG")
    return buffer.getvalue()


def files_below(folder):
    return sorted(path for path in Path(folder).rglob("*") if path.is_file())


def get_raw(client, path, method="get"):
    """Request `path` as sent on the wire. Django's test client would read a leading `//` as a
    host name; a WSGI server hands the application the percent-decoded path, as here."""
    return getattr(client, method)("/", PATH_INFO=unquote(path))


def assert_not_served(response, content):
    assert response.status_code == 404
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert content not in body


@pytest.fixture(autouse=True)
def _embedded_default(settings):
    # The site serves /media/ itself, as `make run` and a start on SQLite do.
    settings.SERVE_MEDIA = True
    # Wagtail caches renditions by image id, which the next test's new database reuses.
    cache.clear()


@pytest.fixture
def partner(home_de, home_en):
    """Onboarded, its profile still a draft: nothing of it is public yet."""
    build_tree(showcase=False)
    return onboard("Stadtwerke Garrel", ["anna@stadtwerke.example"])


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True)


@pytest.fixture(params=["superuser", "partner editor"])
def uploader(request, partner, superuser):
    """Who uploads, and into which collection: the steering group's admin may use any, a
    partner's editor only the organisation's own."""
    if request.param == "superuser":
        return superuser, Collection.get_first_root_node()
    return partner.group.user_set.get(), partner.collection


# --- images: SVG refused ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "message"),
    [
        # An SVG by its name, and one that pretends to be a PNG.
        ("logo.svg", "Nicht unterstütztes Bildformat. Unterstützte Bildformate: GIF, JPG"),
        ("logo.png", "Kein gültiges .png-Bild."),
    ],
)
def test_svg_image_upload_is_refused_with_a_german_message(client, uploader, name, message):
    user, collection = uploader
    client.force_login(user)

    response = client.post(
        "/admin/images/add/",
        {
            "title": "Logo",
            "collection": collection.pk,
            "file": SimpleUploadedFile(name, SVG_WITH_SCRIPT, content_type="image/svg+xml"),
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert message in response.text

    response = client.post(
        "/admin/images/multiple/add/",
        {
            "collection": collection.pk,
            "files[]": SimpleUploadedFile(name, SVG_WITH_SCRIPT, content_type="image/svg+xml"),
        },
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert message in response.json()["error_message"]

    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()
    assert files_below(settings.MEDIA_ROOT) == []


@pytest.mark.django_db
def test_logo_help_texts_no_longer_suggest_svg(client, superuser, partner):
    client.force_login(superuser)
    brand = client.get("/admin/settings/klimaallianz/brandsettings/", follow=True)
    assert "Am besten eignet sich ein breites PNG mit transparentem Hintergrund." in brand.text
    profile = client.get(f"/admin/pages/{partner.page.pk}/edit/")
    assert "Am besten ein PNG mit transparentem Hintergrund." in profile.text
    assert "SVG" not in brand.text + profile.text


# --- media: served so that a browser never runs them ------------------------------------------


def assert_harmless(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == STRICT_CSP
    cache = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache
    assert "max-age=86400" in cache


@pytest.mark.django_db
def test_uploaded_png_and_its_rendition_are_served_with_strict_headers(client, uploader):
    user, collection = uploader
    client.force_login(user)
    content = png_bytes()
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Solardach",
            "description": "Solarmodule auf dem Rathausdach",
            "collection": collection.pk,
            "file": SimpleUploadedFile("solardach.png", content, content_type="image/png"),
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get()
    client.logout()

    original = image.file.url
    assert original.startswith("/media/original_images/solardach")
    response = client.get(original)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "image/png"
    assert not response["Content-Disposition"].startswith("attachment")  # shown, not saved
    assert_harmless(response)

    head = client.head(original)
    assert head.status_code == 200
    assert head["Content-Type"] == "image/png"
    assert_harmless(head)

    rendition = image.get_rendition("fill-60x40").url
    assert rendition.startswith("/media/images/solardach")
    response = client.get(rendition)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert_harmless(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("original_images/alt.svg", SVG_WITH_SCRIPT),  # stored before SVG was refused
        ("original_images/seite.html", b"<script>alert(document.cookie)</script>"),
        ("images/ohne-endung", b"<html><script>alert(1)</script>"),
    ],
)
def test_any_other_file_under_media_is_served_as_an_attachment(client, name, content):
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)

    for response in (client.get(f"/media/{name}"), client.head(f"/media/{name}")):
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert_harmless(response)


@pytest.mark.django_db
def test_media_answers_post_with_405_and_nothing_without_serve_media(client, settings):
    path = Path(settings.MEDIA_ROOT) / "images" / "bild.png"
    path.parent.mkdir(parents=True)
    path.write_bytes(png_bytes())
    assert client.post("/media/images/bild.png").status_code == 405
    # In production the web server in front delivers /media/; the site itself does not.
    settings.SERVE_MEDIA = False
    assert client.get("/media/images/bild.png").status_code == 404


# --- documents: private storage, served only when published -----------------------------------


def assert_unreachable_under_media(client, document, content):
    """Every way of writing MEDIA_ROOT/documents/<name> that an exclusion by regular expression
    on the raw path let through answers 404, and so does the document's real folder reached
    from MEDIA_ROOT with `../`."""
    name = document.file.name
    escape = os.path.relpath(document.file.path, settings.MEDIA_ROOT)
    assert escape.startswith("../")
    for spelling in [
        f"/media/{name}",
        f"//media/{name}",
        f"/media/./{name}",
        f"/media/x/../{name}",
        f"/media/{name.replace('/', '%2f')}",
        f"/media%2f{name.replace('/', '%2f')}",
        f"/media/%2e/{name}",
        f"/media/{escape}",
        f"/media/{escape.replace('.', '%2e')}",
    ]:
        assert_not_served(get_raw(client, spelling), content)


@pytest.mark.django_db
def test_document_lives_outside_media_and_is_served_only_once_published(client, partner):
    editor = partner.group.user_set.get()
    client.force_login(editor)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Jahresbericht",
            "collection": partner.collection.pk,
            "file": SimpleUploadedFile("jahresbericht.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    document = Document.objects.get()
    stored = Path(document.file.path)
    assert stored.read_bytes() == PDF
    assert stored.is_relative_to(settings.DOCUMENTS_ROOT)
    assert files_below(settings.MEDIA_ROOT) == []

    # Linked only from the organisation's draft profile.
    page = PartnerPage.objects.get(pk=partner.page.pk)
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision(user=editor)
    client.logout()

    assert_not_served(client.get(document.url), PDF)
    assert_unreachable_under_media(client, document, PDF)

    page.get_latest_revision().publish()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    # Still no way around the document view.
    assert_unreachable_under_media(client, document, PDF)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "disposition", "policy"),
    [
        # Shown in the browser's PDF viewer, which a sandbox would break; Wagtail's policy
        # already allows no script at all.
        ("bericht.pdf", "inline", "default-src 'none'"),
        ("tabelle.csv", "attachment", STRICT_CSP),
        ("seite.txt", "attachment", STRICT_CSP),
    ],
)
def test_published_document_is_served_with_strict_headers(
    client, partner, name, disposition, policy
):
    content = b"<html><script>alert(document.cookie)</script></html>"
    document = Document.objects.create(
        title=name, collection=partner.collection, file=ContentFile(content, name=name)
    )
    page = PartnerPage.objects.get(pk=partner.page.pk)
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision().publish()

    for response in (client.get(document.url), client.head(document.url)):
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith(disposition)
        assert response["Content-Security-Policy"] == policy
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Location" not in response  # streamed by the view, never a redirect


# --- moving existing documents out of MEDIA_ROOT ----------------------------------------------


@pytest.mark.django_db
def test_data_migration_moves_documents_into_the_private_storage(tmp_path):
    migration = importlib.import_module("downloads.migrations.0003_move_documents_out_of_media")
    media = FileSystemStorage(location=tmp_path / "old-media")
    private = FileSystemStorage(location=tmp_path / "private")
    media.save("documents/satzung.pdf", ContentFile(b"%PDF Satzung"))
    Document.objects.bulk_create(
        [
            Document(title="Satzung", file="documents/satzung.pdf"),
            Document(title="Verloren", file="documents/verloren.pdf"),  # file already gone
        ]
    )

    for _run in range(2):  # the second run finds nothing left to do
        migration.move_documents(Document, source=media, target=private)
        assert not media.exists("documents/satzung.pdf")
        with private.open("documents/satzung.pdf") as moved:
            assert moved.read() == b"%PDF Satzung"
        assert not private.exists("documents/verloren.pdf")

    migration.move_documents(Document, source=private, target=media)  # the reverse
    assert media.exists("documents/satzung.pdf")
    assert not private.exists("documents/satzung.pdf")


# --- configuration ----------------------------------------------------------------------------


def test_documents_inside_media_root_stop_the_start(tmp_path):
    environment = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DEBUG": "true",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DOCUMENTS_ROOT": str(tmp_path / "media" / "private"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert result.stderr.startswith("Configuration error: DOCUMENTS_ROOT")
    assert "Traceback" not in result.stderr
