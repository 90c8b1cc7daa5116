"""A document reaches the public only through moderation: while the page that offers it is a
draft or waits for the steering group, only its organisation's editors get the file."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from downloads.categories import DownloadCategory
from downloads.models import DownloadPage
from klimaallianz.views import PUBLIC_DOCUMENT_MAX_AGE
from tests.factories import make_document, make_download, onboard, term
from tests.utils import field_errors, log_in_as, text, workflow_action


def submit_download(client, parent, document, **fields):
    url = reverse("wagtailadmin_pages:add", args=["downloads", "downloadpage", parent.pk])
    data = nested_form_data(
        {
            "title": "Jahresbericht 2025",
            "slug": "jahresbericht-2025",
            "summary": "Was die Stadtwerke 2025 für den Klimaschutz getan haben.",
            "documents": streamfield([("document", document.pk)]),
            "category": term(DownloadCategory, "berichte").pk,
            "date": "2026-03-01",
            "comments": inline_formset([]),
            **fields,
        }
    )
    return client.post(url, data | {"action-submit": "1"})


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def body(response):
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_a_document_is_public_only_while_its_page_is(client, partner, editor, listing):
    document = make_document("Jahresbericht 2025", collection=partner.collection)
    other = onboard("NABU Oldenburger Münsterland", ["nabu@example.org"], publish=True)
    other_editor = other.group.user_set.get()

    client.force_login(editor)
    response = submit_download(client, partner.page, document)
    assert response.status_code == 302, text(response)[:3000]
    page = DownloadPage.objects.get(locale__language_code="de")
    assert not page.live
    assert page.current_workflow_state is not None  # waiting for the steering group

    # Its own editor gets it, never cached; everybody else gets a 404.
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF")
    assert cache_control(response) == {"private", "no-store"}
    client.force_login(other_editor)
    assert client.get(document.url).status_code == 404
    client.logout()
    assert client.get(document.url).status_code == 404
    assert client.get(page.url).status_code == 404

    log_in_as(client, "Moderation")
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    client.logout()

    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="jahresbericht-2025.pdf"'
    assert cache_control(response) == {"public", f"max-age={PUBLIC_DOCUMENT_MAX_AGE}"}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Encoding" not in response  # the bytes are the file as it is
    assert "Set-Cookie" not in response
    assert body(response) == document.file.open("rb").read()
    # The page shows it with a link to the file.
    assert f'href="{document.url}"' in text(client.get(page.url))

    page.unpublish()
    assert client.get(document.url).status_code == 404
    client.force_login(other_editor)
    assert client.get(document.url).status_code == 404


@pytest.mark.django_db
def test_an_editor_cannot_offer_another_organisations_document(client, partner, editor):
    other = onboard("NABU Oldenburger Münsterland", ["nabu@example.org"], publish=True)
    foreign = make_document("Interne Mitgliederliste", collection=other.collection)
    client.force_login(editor)
    response = submit_download(client, partner.page, foreign)
    assert response.status_code == 200
    assert field_errors(response, "documents") == [
        "Sie können nur Dokumente aus Ihren eigenen Sammlungen auswählen."
    ]
    assert "Interne Mitgliederliste" not in text(response)
    assert not DownloadPage.objects.exists()


@pytest.mark.django_db
def test_other_types_are_downloaded_as_attachments(client, partner, listing):
    document = make_document("Zahlen", b"Gemeinde;Tonnen\n", name="zahlen.csv")
    make_download(partner.page, "Zahlen", [document])
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="zahlen.csv"'
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "public" in cache_control(response)


@pytest.mark.django_db
def test_approval_makes_the_files_public_without_waiting_for_the_task_worker(
    client, partner, editor, listing, settings
):
    # Production queues Wagtail's reference index updates for the worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    document = make_document("Flyer Radverkehr", collection=partner.collection)
    client.force_login(editor)
    assert submit_download(client, partner.page, document).status_code == 302
    page = DownloadPage.objects.get(locale__language_code="de")
    log_in_as(client, "Moderation")
    workflow_action(client, page, "approve")
    client.logout()
    assert client.get(document.url).status_code == 200
