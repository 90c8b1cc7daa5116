"""What the admin's upload doors let in: the allowed types, checked against their content, and
what each stored upload knows about its file. A refused upload leaves nothing behind: no
document, no file, no temporary upload."""

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import UploadedFile

from downloads.models import Document
from klimaallianz.demo_documents import make_pdf
from tests.utils import text, upload_document


def archive(members, *, stored_first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        if stored_first:
            zipped.writestr(stored_first[0], stored_first[1], compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            zipped.writestr(name, content)
    return buffer.getvalue()


DOCX = archive({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX = archive({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT = archive(
    {"content.xml": "<office:document-content/>"},
    stored_first=("mimetype", "application/vnd.oasis.opendocument.text"),
)
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
HTML = b"<!DOCTYPE html><html><body><script>fetch('/admin/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def files_below(folder):
    return [path for path in Path(folder).rglob("*") if path.is_file()]


@pytest.mark.django_db
def test_a_pdf_upload_stores_what_it_is_and_the_text_inside(client, partner, editor):
    client.force_login(editor)
    content = make_pdf(
        "Annual report 2025",
        ["The heat pumps of the Kreishaus save energy.", "Agrivoltaik on the moor."],
        language="en",
    )
    response = upload_document(
        client,
        partner.collection,
        "annual-report.pdf",
        content,
        title="Annual report",
        language="en",
        description="What the alliance did in 2025.",
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file_type == "pdf"
    assert document.file_size == len(content)
    assert document.language == "en"
    assert document.description == "What the alliance did in 2025."
    assert "Agrivoltaik on the moor." in document.text
    assert document.accessible is True
    assert document.accessibility_problems == []
    # Found by the words inside it (the admin's document search).
    assert list(Document.objects.search("Agrivoltaik")) == [document]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "file_type", "text_inside"),
    [
        ("bericht.txt", "Wärmeplanung für Löningen".encode(), "txt", "Wärmeplanung für Löningen"),
        ("zahlen.csv", "Gemeinde;Tonnen\nGarrel;12\n".encode("cp1252"), "csv", "Garrel;12"),
        ("antrag.docx", DOCX, "docx", ""),
        ("tabelle.xlsx", XLSX, "xlsx", ""),
        ("vorlage.odt", ODT, "odt", ""),
        ("logos.zip", archive({"logo.png": b"\x89PNG", "logo.svg": b"<svg/>"}), "zip", ""),
    ],
)
def test_other_allowed_types(client, partner, editor, name, content, file_type, text_inside):
    client.force_login(editor)
    assert upload_document(client, partner.collection, name, content).status_code == 302
    document = Document.objects.get()
    assert document.file_type == file_type
    assert document.file_size == len(content)
    if text_inside:
        assert text_inside in document.text
    else:
        assert document.text == ""
    assert document.accessible is None  # only PDFs are checked


REFUSED = [
    # (file name, content, the German message at the file field)
    ("setup.pdf", EXECUTABLE, "ist keine PDF-Datei"),
    ("rechnung.docx", EXECUTABLE, "ist keine DOCX-Datei"),
    ("liesmich.txt", EXECUTABLE, "ist keine TXT-Datei"),
    ("programm.exe", EXECUTABLE, "Dateiendung „exe“ ist nicht erlaubt"),
    ("seite.html", HTML, "Dateiendung „html“ ist nicht erlaubt"),
    ("seite.txt", HTML, "ist keine TXT-Datei"),
    ("logo.svg", SVG, "Dateiendung „svg“ ist nicht erlaubt"),
    ("bericht.pdf", b"Dies ist kein PDF, nur Text mit der Endung .pdf", "ist keine PDF-Datei"),
    ("kaputt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n", "PDF kann nicht gelesen werden"),
    ("flyer.odt", DOCX, "ist keine ODT-Datei"),
    ("paket.zip", archive({"rechnung.pdf.exe": EXECUTABLE}), "enthält Programme"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_refused_uploads_say_why_and_store_nothing(client, partner, editor, name, content, message):
    client.force_login(editor)
    response = upload_document(client, partner.collection, name, content)
    assert response.status_code == 200  # the form again
    assert message in " ".join(response.context["form"].errors["file"])
    assert message in text(response)

    response = client.post(
        "/admin/documents/multiple/add/",
        {"collection": partner.collection.pk, "files[]": SimpleUploadedFile(name, content)},
    )
    assert response.json()["success"] is False
    assert message in response.json()["error_message"]

    assert not Document.objects.exists()
    assert not UploadedFile.objects.exists()
    assert files_below(settings.DOCUMENTS_ROOT) == []


def open_with_script(writer):
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('Hallo');"),
        }
    )


def rewritten_pdf(change):
    """A demo PDF, changed by `change(writer)` (pypdf's PdfWriter) and written again."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Flyer", ["Text."]))))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (open_with_script, "enthält JavaScript"),
        (lambda writer: writer.encrypt("geheim"), "mit einem Passwort geschützt"),
    ],
)
def test_pdfs_that_run_script_or_need_a_password_are_refused(
    client, partner, editor, change, message
):
    client.force_login(editor)
    response = upload_document(client, partner.collection, "flyer.pdf", rewritten_pdf(change))
    assert message in " ".join(response.context["form"].errors["file"])
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_an_oversized_file_is_refused(client, partner, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10_000
    client.force_login(editor)
    content = make_pdf("Groß", ["Viel Text. " * 3000])
    assert len(content) > 10_000
    response = upload_document(client, partner.collection, "gross.pdf", content)
    assert "Die Datei ist zu groß" in " ".join(response.context["form"].errors["file"])
    assert not Document.objects.exists()
    assert files_below(settings.DOCUMENTS_ROOT) == []


@pytest.mark.django_db
def test_multiple_upload_stores_an_allowed_file_with_the_default_language(client, partner, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/documents/multiple/add/",
        {
            "collection": partner.collection.pk,
            "files[]": SimpleUploadedFile("flyer.pdf", make_pdf("Flyer", ["Radfahren."])),
        },
    )
    assert response.json()["success"] is True
    document = Document.objects.get()
    assert (document.language, document.file_type) == ("de", "pdf")
    assert "Radfahren." in document.text
    assert not UploadedFile.objects.exists()
