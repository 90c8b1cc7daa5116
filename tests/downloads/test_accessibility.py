"""The automatic accessibility check of PDFs: what it finds, where editors see it, and the
accessibility statement that lists the public documents failing it."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from downloads.models import AccessibilityStatementPage, Document
from klimaallianz.demo_documents import make_pdf
from tests.factories import home_page, make_document, make_download
from tests.utils import field_errors, log_in_as_superuser, text, upload_document


@pytest.mark.django_db
def test_an_untagged_pdf_fails_and_a_tagged_one_with_language_and_title_passes():
    tagged = make_document("Flyer", language="en")
    assert (tagged.accessible, tagged.accessibility_problems) == (True, [])
    plain = make_document("Ausdruck", accessible=False)
    assert plain.accessible is False
    assert plain.accessibility_problems == [
        "untagged",
        "no_language",
        "no_title",
        "title_not_shown",
    ]
    assert [str(label) for label in plain.accessibility_problem_labels] == [
        "keine Tags (Überschriften, Lesereihenfolge) für Screenreader",
        "keine Dokumentsprache",
        "kein Titel in den Dokumenteigenschaften",
        "der Titel wird nicht als Fenstertitel angezeigt",
    ]
    text_file = make_document("Liste", b"Garrel\n", name="liste.txt")
    assert text_file.accessible is None  # only PDFs are checked


@pytest.mark.django_db
def test_the_editor_is_warned_on_upload_and_sees_the_marker_in_the_listing(client, partner, editor):
    client.force_login(editor)
    response = upload_document(
        client,
        partner.collection,
        "scan.pdf",
        make_pdf("Scan", ["Text"], accessible=False),
        title="Eingescannter Flyer",
        follow=True,
    )
    html = text(response)
    assert "„Eingescannter Flyer“ besteht die Prüfung auf Barrierefreiheit nicht" in html
    assert "keine Dokumentsprache" in html

    listing = text(client.get("/admin/documents/"))
    assert "Barrierefreiheit" in listing  # the column
    assert "Nicht barrierefrei" in listing

    document = Document.objects.get()
    edit = text(client.get(f"/admin/documents/edit/{document.pk}/"))
    assert "besteht die Prüfung auf Barrierefreiheit nicht" in edit

    # The multiple upload shows the warning above the form of the uploaded file.
    response = client.post(
        "/admin/documents/multiple/add/",
        {
            "collection": partner.collection.pk,
            "files[]": SimpleUploadedFile("scan2.pdf", make_pdf("Scan", ["T"], accessible=False)),
        },
    )
    assert "besteht die Prüfung auf Barrierefreiheit nicht" in response.json()["form"]


@pytest.mark.django_db
def test_a_passing_upload_gives_no_warning(client, partner, editor):
    client.force_login(editor)
    response = upload_document(
        client, partner.collection, "flyer.pdf", make_pdf("Flyer", ["Text"]), follow=True
    )
    assert "Prüfung auf Barrierefreiheit nicht" not in text(response)
    assert "Prüfung bestanden" in text(client.get("/admin/documents/"))


@pytest.fixture
def statement(home_de):
    page = AccessibilityStatementPage(
        title="Erklärung zur Barrierefreiheit",
        slug="barrierefreiheit",
        body=[
            ("heading", {"text": "Nicht barrierefreie Inhalte", "level": "h2"}),
            ("failing_documents", None),
            ("paragraph", RichText("<p>Schreiben Sie uns.</p>")),
        ],
    )
    home_page("de").add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_the_statement_lists_failing_public_documents_only(client, partner, statement):
    public_failing = make_document("Altes Faltblatt", accessible=False)
    private_failing = make_document("Entwurf Satzung", accessible=False)
    public_passing = make_document("Neuer Flyer")
    offer = make_download(partner.page, "Faltblätter", [public_failing, public_passing])
    make_download(partner.page, "Satzung", [private_failing], live=False)

    html = text(client.get(statement.url))
    assert "Altes Faltblatt" in html
    assert f'href="{offer.url}"' in html
    assert "keine Dokumentsprache" in html
    assert "Entwurf Satzung" not in html
    assert "Neuer Flyer" not in html

    offer.unpublish()
    html = text(client.get(statement.url))
    assert "Altes Faltblatt" not in html
    assert "besteht jedes PDF-Dokument dieser Website die automatische Prüfung" in html


@pytest.mark.django_db
def test_the_statement_cannot_be_published_without_the_list(client, home_de):
    log_in_as_superuser(client)
    url = reverse(
        "wagtailadmin_pages:add",
        args=["downloads", "accessibilitystatementpage", home_page("de").pk],
    )
    data = nested_form_data(
        {
            "title": "Erklärung zur Barrierefreiheit",
            "slug": "barrierefreiheit",
            "body": streamfield([("paragraph", rich_text("<p>Alles barrierefrei.</p>"))]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(url, data | {"action-publish": "1"})
    assert response.status_code == 200
    assert not AccessibilityStatementPage.objects.exists()
    assert "Dokumente, die die Prüfung auf Barrierefreiheit nicht bestehen" in " ".join(
        field_errors(response, "body")
    )
