"""The explorer and the page actions: an editor works on their own organisation's pages,
creates and submits, never publishes, and reaches no other organisation's page."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

from projects.models import ProjectPage
from tests.permissions.world import WORKFLOW, assert_nothing_foreign, translation_or_none
from tests.utils import admin_form_data, assert_refused, edit_form_data, text

# --- explorer ---------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en"])
def test_explorer_of_other_organisation_and_outside_the_subtree(editor_client, world, language):
    pages = [world.other.page, world.secret_project, world.public.page]
    if language == "en":
        pages = [translation_or_none(page, "en") for page in [*pages, world.own.page]]
        pages = [page for page in pages if page is not None]
    # A partner editor's explorer starts at the directory (partners.editors.ExplorerPolicy),
    # and Wagtail sends them there from anywhere outside it.
    directory = world.own.page.get_parent()
    start = reverse("wagtailadmin_explore", args=[directory.pk])
    for page in pages:
        response = editor_client.get(reverse("wagtailadmin_explore", args=[page.pk]))
        assert response.status_code == 302 and response["Location"] == start
    profiles = editor_client.get(start)
    assert profiles.status_code == 200
    assert f'href="/admin/pages/{world.own.page.pk}/edit/"' in text(profiles)
    assert f"/admin/pages/{world.public.page.pk}/" not in text(profiles)
    assert_nothing_foreign(profiles)
    listing = editor_client.get(reverse("wagtailadmin_explore", args=[world.own.page.pk]))
    assert listing.status_code == 200
    assert "Solardach Garrel" in text(listing)
    assert_nothing_foreign(listing)
    assert_nothing_foreign(editor_client.get(reverse("wagtailadmin_explore_root"), follow=True))
    search = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": "Geheimprojekt"})
    assert_nothing_foreign(search)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "action",
    [
        "edit",
        "view_draft",
        "delete",
        "unpublish",
        "lock",
        "unlock",
        "copy",
        "set_privacy",
        "convert_alias",
        "history",
        "usage",
        "workflow_history",
    ],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_page_actions_on_other_organisation_are_refused(editor_client, world, action, language):
    page = world.other.page if language == "de" else translation_or_none(world.other.page, "en")
    before = Page.objects.get(pk=page.pk)
    url = reverse(f"wagtailadmin_pages:{action}", args=[page.pk])
    assert_refused(editor_client.get(url))
    assert_refused(editor_client.post(url, {"action-publish": "1", "title": "Übernommen"}))
    after = Page.objects.get(pk=page.pk)
    assert (after.live, after.locked, after.title, after.path) == (
        before.live,
        before.locked,
        before.title,
        before.path,
    )
    assert after.latest_revision_id == before.latest_revision_id


@pytest.mark.django_db
def test_moving_other_organisation_pages_is_refused(editor_client, world):
    page, target = world.secret_project, world.own.page
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, target.pk])
    assert_refused(editor_client.post(url))
    assert Page.objects.get(pk=page.pk).get_parent().pk == world.other.page.pk
    # nor can they move their own pages into the other organisation
    own_url = reverse("wagtailadmin_pages:move_confirm", args=[world.own_project.pk, page.pk])
    assert_refused(editor_client.post(own_url))
    # read from the database: the instance in memory keeps the tree path it was created with
    assert Page.objects.get(pk=world.own_project.pk).get_parent().pk == world.own.page.pk


# --- own pages: create and submit, never publish ----------------------------------------------


def own_references(world):
    """A body that uses the organisation's own document and image, its own profile and another
    organisation's published profile."""
    return streamfield(
        [
            ("document", {"document": world.own_document.pk, "title": ""}),
            (
                "image",
                {
                    "image": {"image": world.own_image.pk, "decorative": "", "alt_text": "Logo"},
                    "caption": "",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Mehr",
                    "text": "",
                    "link": {"page": world.public.page.pk, "url": "", "label": ""},
                },
            ),
            (
                "paragraph",
                rich_text(
                    f'<p><a linktype="page" id="{world.own.page.pk}">Wir</a> und '
                    f'<a linktype="document" id="{world.own_document.pk}">Flyer</a></p>',
                    features=["link", "document-link"],
                ),
            ),
        ]
    )


def add_project(client, world, action):
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", world.own.page.pk])
    data = admin_form_data(
        client,
        url,
        ProjectPage,
        title="Windpark Garrel",
        slug="windpark-garrel",
        summary="Drei Windräder für die Gemeinde.",
        body=own_references(world),
    )
    return client.post(url, data | {action: "1"})


@pytest.mark.django_db
def test_own_page_partner_creates_a_project_and_submits_it_to_the_workflow(editor_client, world):
    response = add_project(editor_client, world, "action-submit")
    assert response.status_code == 302, response.context["form"].errors
    project = ProjectPage.objects.get(slug="windpark-garrel", locale__language_code="de")
    assert project.get_parent().pk == world.own.page.pk
    assert not project.live
    assert project.current_workflow_state.workflow.name == WORKFLOW
    assert project.current_workflow_state.status == "in_progress"


@pytest.mark.django_db
def test_own_page_partner_cannot_publish(editor_client, world):
    add_project(editor_client, world, "action-publish")
    project = ProjectPage.objects.get(slug="windpark-garrel", locale__language_code="de")
    assert not project.live and project.live_revision is None

    edit = reverse("wagtailadmin_pages:edit", args=[world.own_project.pk])
    data = edit_form_data(editor_client, world.own_project, summary="Jetzt veröffentlichen!")
    editor_client.post(edit, data | {"action-publish": "1"})
    world.own_project.refresh_from_db()
    assert not world.own_project.live and world.own_project.live_revision is None


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["unpublish", "delete", "lock"])
def test_own_live_page_cannot_be_unpublished_deleted_or_locked(editor_client, world, action):
    page = world.own.page
    url = reverse(f"wagtailadmin_pages:{action}", args=[page.pk])
    assert_refused(editor_client.post(url))
    page.refresh_from_db()
    assert page.live and not page.locked


@pytest.mark.django_db
def test_own_live_page_cannot_be_moved(editor_client, world):
    world.own_project.save_revision().publish()
    for page in (world.own_project, world.own.page):
        assert_refused(editor_client.get(reverse("wagtailadmin_pages:move", args=[page.pk])))
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[world.own_project.pk, world.public.page.pk]
    )
    assert_refused(editor_client.post(url))
    # read from the database: the instance in memory keeps the tree path it was created with
    assert Page.objects.get(pk=world.own_project.pk).get_parent().pk == world.own.page.pk
