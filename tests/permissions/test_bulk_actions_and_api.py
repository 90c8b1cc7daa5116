"""Bulk actions and the admin API, reached by their URLs."""

import pytest

from downloads.models import Document
from partners.models import PartnerCategory
from tests.factories import term
from tests.permissions.world import assert_nothing_foreign
from tests.utils import text

# --- bulk actions -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("app_model", "action"),
    [
        ("wagtailcore/page", "delete"),
        ("wagtailcore/page", "move"),
        ("wagtailcore/page", "publish"),
        ("wagtailcore/page", "unpublish"),
        ("downloads/document", "delete"),
        ("downloads/document", "add_tags"),
        ("downloads/document", "add_to_collection"),
        ("wagtailimages/image", "delete"),
        ("wagtailimages/image", "add_tags"),
        ("wagtailimages/image", "add_to_collection"),
    ],
)
def test_bulk_action_confirmation_pages(editor_client, world, app_model, action):
    foreign = {
        "wagtailcore/page": [world.other.page.pk, world.secret_project.pk, world.own_project.pk],
        "downloads/document": [world.other_document.pk, world.own_document.pk],
        "wagtailimages/image": [world.other_image.pk, world.own_image.pk],
    }[app_model]
    url = f"/admin/bulk/{app_model}/{action}/"
    response = editor_client.get(url, {"id": foreign})
    assert response.status_code == 200
    assert_nothing_foreign(response)
    everything = editor_client.get(url, {"id": "all"})
    assert_nothing_foreign(everything)


@pytest.mark.django_db
def test_bulk_action_confirmation_page_for_snippets(editor_client, world):
    category = term(PartnerCategory, "handwerkskammer")
    url = "/admin/bulk/partners/partnercategory/delete/"
    response = editor_client.get(url, {"id": [category.pk]})
    assert response.status_code == 200
    assert category.name not in text(response)


def tag_names(document):
    return sorted(Document.objects.get(pk=document.pk).tags.names())


@pytest.mark.django_db
def test_bulk_actions_act_only_on_permitted_items(editor_client, world):
    url = "/admin/bulk/downloads/document/add_tags/"
    ids = [world.other_document.pk, world.own_document.pk]
    response = editor_client.post(f"{url}?id={ids[0]}&id={ids[1]}", {"tags": "neu"})
    assert response.status_code == 302  # done, back to the listing
    assert tag_names(world.own_document) == ["neu", "stadtwerke-flyer"]
    assert tag_names(world.other_document) == ["moorkamp-intern"]


# --- admin API --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_api_documents_images_and_pages(editor_client, world):
    documents = editor_client.get("/admin/api/main/documents/")
    assert [item["title"] for item in documents.json()["items"]] == ["Flyer Stadtwerke"]
    images = editor_client.get("/admin/api/main/images/")
    assert [item["title"] for item in images.json()["items"]] == ["Logo Stadtwerke"]
    for url in (
        f"/admin/api/main/documents/{world.other_document.pk}/",
        f"/admin/api/main/images/{world.other_image.pk}/",
        f"/admin/api/main/pages/{world.other.page.pk}/",
        f"/admin/api/main/pages/{world.secret_project.pk}/",
    ):
        assert editor_client.get(url).status_code == 404
    pages = editor_client.get("/admin/api/main/pages/", {"search": "Geheimprojekt"})
    assert_nothing_foreign(pages)
    assert_nothing_foreign(editor_client.get("/admin/api/main/pages/"))
