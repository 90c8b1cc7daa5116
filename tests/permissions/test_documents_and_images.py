"""Documents and images: listings, choosers, tags, and serving a document."""

import pytest

from django.urls import reverse

from wagtail.models import PageViewRestriction

from downloads.models import Document
from partners.models import PartnerPage
from tests.permissions.world import assert_nothing_foreign
from tests.utils import assert_refused, chooser_html, member_of, text

# --- documents and images ---------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["documents", "images"])
def test_document_and_image_listing_chooser_and_edit_url(editor_client, world, kind):
    own, other = (
        (world.own_document, world.other_document)
        if kind == "documents"
        else (world.own_image, world.other_image)
    )
    namespace = "wagtaildocs" if kind == "documents" else "wagtailimages"
    listing = editor_client.get(reverse(f"{namespace}:index"))
    assert own.title in text(listing)
    assert_nothing_foreign(listing)
    chooser = editor_client.get(reverse(f"{namespace}_chooser:choose"))
    assert own.title in chooser_html(chooser)
    assert_nothing_foreign(chooser)
    assert_refused(editor_client.get(reverse(f"{namespace}:edit", args=[other.pk])))
    assert_refused(editor_client.get(reverse(f"{namespace}_chooser:chosen", args=[other.pk])))
    multiple = editor_client.get(
        reverse(f"{namespace}_chooser:chosen_multiple"), {"id": [other.pk]}
    )
    assert_nothing_foreign(multiple)


@pytest.mark.django_db
def test_tag_suggestions(editor_client, world):
    for url in (
        reverse("wagtailadmin_tag_autocomplete"),
        reverse("wagtailadmin_tag_model_autocomplete", args=["taggit", "tag"]),
    ):
        assert editor_client.get(url, {"term": "moor"}).json() == []
        assert editor_client.get(url, {"term": "stadt"}).json() == [
            "stadtwerke-flyer",
            "stadtwerke-logo",
        ]
    # the tag filters of the listings and the image chooser's tag cloud
    for url in (
        reverse("wagtaildocs:index"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
    ):
        response = editor_client.get(url)
        assert "stadtwerke-" in chooser_html(response)
        assert_nothing_foreign(response)


# --- serving documents ------------------------------------------------------------------------


@pytest.mark.django_db
def test_document_serving(client, world):
    own = world.own_document
    assert client.get(own.url).status_code == 404  # anonymous, not used on a live page
    client.force_login(world.other_editor)
    assert client.get(own.url).status_code == 404  # another organisation's editor
    client.force_login(world.editor)
    assert client.get(own.url).status_code == 200  # its own editors
    assert client.get(world.other_document.url).status_code == 404
    client.force_login(member_of("Redaktion"))
    assert client.get(own.url).status_code == 200

    client.logout()
    page = PartnerPage.objects.get(pk=world.own.page.pk)
    page.body = [("document", {"document": own, "title": ""})]
    page.save_revision().publish()
    assert client.get(own.url).status_code == 200  # linked from a live public page
    page.unpublish()
    assert client.get(own.url).status_code == 404


@pytest.mark.django_db
def test_public_documents_are_those_a_live_public_page_uses(client, world):
    own, other = world.own_document, world.other_document
    assert not Document.objects.public().exists()

    # Only a draft uses them: the other organisation's unpublished profile, and a pending
    # revision of the own live profile.
    draft = PartnerPage.objects.get(pk=world.other.page.pk)
    draft.body = [("document", {"document": other, "title": ""})]
    draft.save()
    page = PartnerPage.objects.get(pk=world.own.page.pk)
    page.body = [("document", {"document": own, "title": ""})]
    revision = page.save_revision()
    assert not Document.objects.public().exists()
    assert client.get(own.url).status_code == 404

    revision.publish()
    assert list(Document.objects.public()) == [own]
    assert client.get(own.url).status_code == 200

    # Restricted in both languages: the English alias shows the same body.
    for translation in page.get_translations(inclusive=True):
        PageViewRestriction.objects.create(
            page=translation, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    assert not Document.objects.public().exists()
    assert client.get(own.url).status_code == 404
