"""The page form refuses ids of another organisation's pages, documents and images on save."""

import pytest

from django.urls import reverse

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

from downloads.models import DownloadIndexPage
from home.forms import REFUSED, PageForm
from home.models import ContentPage, HomePage
from partners.models import PartnerIndexPage, PartnerPage
from projects.models import ProjectIndexPage
from tests.permissions.world import assert_nothing_foreign
from tests.utils import edit_form_data, field_errors


def foreign_body(world, block):
    blocks = {
        "stream-document": ("document", {"document": world.other_document.pk, "title": ""}),
        "stream-image": (
            "image",
            {
                "image": {"image": world.other_image.pk, "decorative": "", "alt_text": "x"},
                "caption": "",
            },
        ),
        "stream-page": (
            "call_to_action",
            {
                "heading": "Schau",
                "text": "",
                "link": {"page": world.secret_project.pk, "url": "", "label": ""},
            },
        ),
        "rich-text-page-link": (
            "paragraph",
            rich_text(
                f'<p><a linktype="page" id="{world.secret_project.pk}">hier</a></p>',
                features=["link"],
            ),
        ),
        "rich-text-document-link": (
            "paragraph",
            rich_text(
                f'<p><a linktype="document" id="{world.other_document.pk}">hier</a></p>',
                features=["document-link"],
            ),
        ),
    }
    return streamfield([blocks[block]])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("image-foreign-key", AbstractImage),
        ("stream-document", AbstractDocument),
        ("stream-image", AbstractImage),
        ("stream-page", Page),
        ("rich-text-page-link", Page),
        ("rich-text-document-link", AbstractDocument),
    ],
)
def test_page_form_refuses_foreign_ids(editor_client, world, where, kind):
    page = world.own.page
    before = page.get_latest_revision().pk
    if where == "image-foreign-key":
        field, change = "listing_image", {"listing_image": world.other_image.pk}
    else:
        field, change = "body", {"body": foreign_body(world, where)}
    data = edit_form_data(editor_client, page, **change)
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200  # the form again, with the message at the field
    assert field_errors(response, field) == [str(REFUSED[kind])]
    # The form shows the field as it was, not the refused item's title or address.
    assert_nothing_foreign(response)
    assert page.get_latest_revision().pk == before


@pytest.mark.django_db
def test_page_form_keeps_references_the_page_already_has(editor_client, world):
    """A link set by the Redaktion (or to a page unpublished since) does not block saving."""
    page = PartnerPage.objects.get(pk=world.own.page.pk)
    page.body = [("document", {"document": world.other_document, "title": ""})]
    page.save_revision().publish()
    data = edit_form_data(
        editor_client,
        page,
        body=streamfield([("document", {"document": world.other_document.pk, "title": ""})]),
    )
    data["summary"] = "Neu beschrieben."
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, field_errors(response, "body")
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary == "Neu beschrieben."


def test_every_page_type_a_partner_edits_uses_the_checking_form():
    below_partner, todo = set(), [PartnerPage]
    while todo:
        model = todo.pop()
        below_partner.add(model)
        todo += [m for m in model.allowed_subpage_models() if m not in below_partner]
    indexes = {PartnerIndexPage, ProjectIndexPage, DownloadIndexPage}
    for model in below_partner | indexes | {HomePage, ContentPage}:
        assert issubclass(model.base_form_class, PageForm), model
        assert issubclass(model.get_edit_handler().get_form_class(), PageForm), model
    assert issubclass(PageForm, WagtailAdminPageForm)
