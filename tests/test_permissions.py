"""Partner isolation through the real admin: a member organisation's editors reach their own
pages, documents and images and nothing else (the closures are in partners/isolation/ and
home/forms.py). One test per surface, named after it, so that an
upgrade of Wagtail or wagtail-localize that reopens one fails here.

Two organisations are onboarded as on the live site: "Stadtwerke Garrel", whose editor Anna
Amsel is logged in, and "Bäckerei Moorkamp", whose profile is still a draft. Nothing of the
second one ("Moorkamp", its editor Berta Backstube) may reach Anna's screen. A third one,
"Landvolk Cloppenburg", is published: its profile is public and may be linked.
"""

import json
from dataclasses import dataclass

import pytest
from wagtail_factories import ImageFactory

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents.models import AbstractDocument
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction, Revision, Workflow
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_localize.models import Translation, TranslationSource

from downloads.models import Document, DownloadIndexPage
from home.forms import REFUSED, PageForm
from home.models import ContentPage, HomePage
from partners.models import Municipality, PartnerCategory, PartnerIndexPage, PartnerPage
from partners.onboarding import onboard_partner
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories import (
    PartnerIndexPageFactory,
    ProjectPageFactory,
    UserFactory,
    term,
    translate,
)

SECRETS = ("Moorkamp", "moorkamp", "Backstube")
WORKFLOW = "Freigabe durch die Lenkungsgruppe"


@dataclass
class World:
    own: object  # partners.onboarding.Onboarding of "Stadtwerke Garrel"
    other: object  # ... of "Bäckerei Moorkamp" (a draft)
    public: object  # ... of "Landvolk Cloppenburg" (published)
    editor: object
    other_editor: object
    secret_project: ProjectPage
    own_project: ProjectPage
    own_document: Document
    other_document: Document
    own_image: object
    other_image: object


def onboard(name, editor):
    return onboard_partner(
        name,
        category=term(PartnerCategory, "unternehmen"),
        municipality=term(Municipality, "garrel"),
        editors=[editor],
    )


def document(title, collection, tag, user):
    item = Document.objects.create(
        title=title,
        collection=collection,
        file=ContentFile(b"%PDF-1.4", name=f"{tag}.pdf"),
        uploaded_by_user=user,
    )
    item.tags.add(tag)
    return item


def image(title, collection, tag):
    item = ImageFactory(title=title, collection=collection)
    item.tags.add(tag)
    return item


@pytest.fixture
def world(home_de, home_en):
    index = PartnerIndexPageFactory(parent=home_de)
    translate(index, title="Partners", slug="partners")
    own = onboard("Stadtwerke Garrel", "anna@stadtwerke.example")
    own.page.save_revision().publish()
    own.page.refresh_from_db()
    other = onboard("Bäckerei Moorkamp", "berta@moorkamp.example")
    public = onboard("Landvolk Cloppenburg", "lutz@landvolk.example")
    public.page.save_revision().publish()
    public.page.refresh_from_db()

    editor = own.group.user_set.get()
    editor.first_name, editor.last_name = "Anna", "Amsel"
    editor.save()
    other_editor = other.group.user_set.get()
    other_editor.first_name, other_editor.last_name = "Berta", "Backstube"
    other_editor.save()

    # The other organisation works on a draft: a project, edited and submitted by its editor.
    secret_project = ProjectPageFactory(
        parent=other.page, title="Geheimprojekt Moorkamp", live=False, owner=other_editor
    )
    secret_project.save_revision(user=other_editor, log_action=True)
    other.page.specific.save_revision(user=other_editor, log_action=True)
    Workflow.objects.get(name=WORKFLOW).start(other.page.specific, other_editor)
    own_project = ProjectPageFactory(parent=own.page, title="Solardach Garrel", live=False)
    own_project.owner = editor
    own_project.save_revision(user=editor, log_action=True)

    return World(
        own=own,
        other=other,
        public=public,
        editor=editor,
        other_editor=other_editor,
        secret_project=secret_project,
        own_project=own_project,
        own_document=document("Flyer Stadtwerke", own.collection, "stadtwerke-flyer", editor),
        other_document=document(
            "Kalkulation Moorkamp", other.collection, "moorkamp-intern", other_editor
        ),
        own_image=image("Logo Stadtwerke", own.collection, "stadtwerke-logo"),
        other_image=image("Backstube Moorkamp", other.collection, "moorkamp-bild"),
    )


@pytest.fixture
def editor_client(client, world):
    client.force_login(world.editor)
    return client


def member_of(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def text(response):
    return response.content.decode()


def assert_nothing_foreign(response):
    shown = text(response)
    assert not [secret for secret in SECRETS if secret in shown], shown[:3000]


def assert_refused(response):
    """Wagtail answers a refused admin URL with a redirect to the dashboard (and a message),
    403 or 404; 405 is a GET on a view that only takes POST."""
    assert response.status_code in (302, 403, 404, 405)
    if response.status_code == 302:
        assert response["Location"] in ("/admin/", reverse("wagtailadmin_home"))


def get_translation_or_none(page, language_code):
    return page.get_translations().filter(locale__language_code=language_code).first()


# --- explorer ---------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("tree", ["de", "en"])
def test_explorer_of_other_organisation_and_outside_the_subtree(editor_client, world, tree):
    pages = [world.other.page, world.secret_project, world.public.page, world.own.page.get_parent()]
    if tree == "en":
        pages = [get_translation_or_none(page, "en") for page in pages]
        pages = [page for page in pages if page is not None]
    own = reverse("wagtailadmin_explore", args=[world.own.page.pk])
    for page in pages:
        response = editor_client.get(reverse("wagtailadmin_explore", args=[page.pk]))
        # Wagtail sends an editor to the top of their own subtree instead.
        assert response.status_code == 302 and response["Location"] == own
    listing = editor_client.get(own)
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
@pytest.mark.parametrize("tree", ["de", "en"])
def test_page_actions_on_other_organisation_are_refused(editor_client, world, action, tree):
    page = world.other.page if tree == "de" else get_translation_or_none(world.other.page, "en")
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
    assert world.own_project.get_parent().pk == world.own.page.pk


# --- own pages: create and submit, never publish ----------------------------------------------


def admin_form_data(client, url, model, **fields):
    """The page form as the admin shows it at `url`, with `fields` changed. StreamFields are
    drawn by JavaScript, so they start empty here."""
    data = querydict_from_html(text(client.get(url)), form_id="page-edit-form").dict()
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            data.update(nested_form_data({field.name: streamfield([])}))
    data.update(nested_form_data(fields))
    return data


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
    data = admin_form_data(editor_client, edit, ProjectPage, summary="Jetzt veröffentlichen!")
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
    assert world.own_project.get_parent().pk == world.own.page.pk


# --- page chooser -----------------------------------------------------------------------------


def chooser_html(response):
    """The chooser answers with JSON that carries the HTML of the modal."""
    assert response.status_code == 200
    data = json.loads(response.content) if response["Content-Type"].startswith("app") else {}
    return data.get("html", "") + json.dumps(data.get("result", "")) + text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("tree", ["de", "en"])
def test_page_chooser_browse(editor_client, world, tree):
    index = world.own.page.get_parent()
    if tree == "en":
        index = get_translation_or_none(index, "en")
    html = chooser_html(
        editor_client.get(reverse("wagtailadmin_choose_page_child", args=[index.pk]))
    )
    assert "Landvolk Cloppenburg" in html  # published: may be linked
    if tree == "de":
        assert "Stadtwerke Garrel" in html
    assert not [secret for secret in SECRETS if secret in html]
    for page in (world.other.page, world.secret_project):
        url = reverse("wagtailadmin_choose_page_child", args=[page.pk])
        assert editor_client.get(url).status_code == 404
    # A chooser for one page type starts where the pages of that type are; when the only
    # project left is another organisation's draft, that must not be its profile.
    world.own_project.delete()
    typed = editor_client.get(
        reverse("wagtailadmin_choose_page"), {"page_type": "projects.projectpage"}
    )
    assert not [secret for secret in SECRETS if secret in chooser_html(typed)]


@pytest.mark.django_db
def test_page_chooser_search(editor_client, world):
    url = reverse("wagtailadmin_choose_page_search")
    found = chooser_html(editor_client.get(url, {"q": "Geheimprojekt"}))
    assert "Moorkamp" not in found
    own = chooser_html(editor_client.get(url, {"q": "Solardach"}))
    assert "Solardach Garrel" in own  # their own draft
    public = chooser_html(editor_client.get(url, {"q": "Landvolk"}))
    assert "Landvolk Cloppenburg" in public


@pytest.mark.django_db
def test_page_chooser_search_hides_unpublished_parents(editor_client, world):
    world.secret_project.save_revision().publish()  # published below a draft profile
    html = chooser_html(
        editor_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimprojekt"})
    )
    assert "Geheimprojekt Moorkamp" in html
    assert "Bäckerei" not in html and "B\\u00e4ckerei" not in html


@pytest.mark.django_db
def test_page_chooser_chosen(editor_client, world):
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    ids = [world.other.page.pk, world.secret_project.pk, world.own_project.pk, world.public.page.pk]
    response = editor_client.get(url, {"id": ids})
    chosen = json.loads(response.content)["result"]
    assert {item["id"] for item in chosen} == {world.own_project.pk, world.public.page.pk}
    assert_nothing_foreign(response)


# --- the page form: foreign ids are refused on save -------------------------------------------


def partner_page_data(client, page, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return admin_form_data(client, url, PartnerPage, **fields)


def field_errors(response, name):
    """The messages shown next to field `name`, including those on blocks of a stream."""
    errors = []
    for error in response.context["form"].errors.as_data().get(name, []):
        errors += error.messages
        for block_error in getattr(error, "block_errors", {}).values():
            errors += block_error.messages
    return errors


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
    data = partner_page_data(editor_client, page, **change)
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
    data = partner_page_data(
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
    assert category.name not in text(response)


@pytest.mark.django_db
def test_bulk_actions_act_only_on_permitted_items(editor_client, world):
    url = "/admin/bulk/downloads/document/add_tags/"
    ids = [world.other_document.pk, world.own_document.pk]
    editor_client.post(f"{url}?id={ids[0]}&id={ids[1]}", {"tags": "neu"})
    assert list(world.other_document.tags.names()) == ["moorkamp-intern"]


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


# --- reports and user filters -----------------------------------------------------------------


@pytest.mark.django_db
def test_reports_menu_and_page_types_usage_report(editor_client, world):
    dashboard = text(editor_client.get("/admin/"))
    assert reverse("wagtailadmin_reports:workflow") in dashboard
    assert reverse("wagtailadmin_reports:page_types_usage") not in dashboard
    assert reverse("wagtail_localize:translations_report") not in dashboard
    for name in ("page_types_usage", "page_types_usage_results"):
        response = editor_client.get(reverse(f"wagtailadmin_reports:{name}"))
        assert_refused(response)
        assert_nothing_foreign(
            editor_client.get(reverse(f"wagtailadmin_reports:{name}"), follow=True)
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "explorer",
        "wagtailadmin_pages:search",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:aging_pages",
        "page_history",
    ],
)
def test_user_filter_choices(editor_client, world, url):
    if url == "explorer":
        url = reverse("wagtailadmin_explore", args=[world.own.page.pk])
    elif url == "page_history":
        url = reverse("wagtailadmin_pages:history", args=[world.own_project.pk])
    else:
        url = reverse(url)
    response = editor_client.get(url)
    assert response.status_code == 200
    assert_nothing_foreign(response)
    assert "berta@moorkamp.example" not in text(response)


@pytest.mark.django_db
def test_user_filter_choices_keep_own_people(editor_client, world):
    response = editor_client.get(reverse("wagtailadmin_explore", args=[world.own.page.pk]))
    assert "Anna Amsel" in text(response)  # "owner" and "edited by" of their own project
    history = editor_client.get(reverse("wagtailadmin_reports:site_history"))
    assert "Anna Amsel" in text(history)
    # Berta has history entries; that she is missing above is the filters' doing.
    assert PageLogEntry.objects.filter(user=world.other_editor).exists()


# --- wagtail-localize -------------------------------------------------------------------------


@pytest.fixture
def translated(world, django_capture_on_commit_callbacks):
    """The own profile translated into English by the steering group, through localize."""
    client = Client()
    client.force_login(member_of("Moderation"))
    page = world.own.page
    english = Page.objects.get(locale__language_code="en", translation_key=page.translation_key)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [english.locale_id]})
    assert response.status_code == 302, text(response)[:2000]
    return TranslationSource.objects.get_for_instance(page), english


@pytest.mark.django_db
def test_wagtail_localize_submit_update_and_report(editor_client, world, translated):
    source, english = translated
    for url in (
        reverse("wagtail_localize:submit_page_translation", args=[world.own.page.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[world.other.page.pk]),
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:translations_report_results"),
        reverse("wagtail_localize:snippets_api_listing", args=["partners", "partnercategory"]),
    ):
        assert_refused(editor_client.get(url))
        assert_refused(editor_client.post(url, {"locales": [english.locale_id]}))
    assert_nothing_foreign(
        editor_client.get(reverse("wagtail_localize:translations_report"), follow=True)
    )


@pytest.mark.django_db
def test_wagtail_localize_partner_cannot_publish_a_translation_of_their_own_page(
    editor_client, world, translated
):
    _source, english = translated
    english.refresh_from_db()
    before = english.latest_revision_id
    url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert_refused(editor_client.get(url))
    assert_refused(editor_client.post(url, {"action-publish": "1"}))
    english.refresh_from_db()
    assert english.latest_revision_id == before


# --- the steering group and the Redaktion keep their reach ------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Moderation", "Redaktion"])
def test_moderation_and_redaktion_keep_full_reach(client, world, group):
    client.force_login(member_of(group))
    index = world.own.page.get_parent()
    browse = chooser_html(client.get(reverse("wagtailadmin_choose_page_child", args=[index.pk])))
    assert "Bäckerei Moorkamp" in browse or "B\\u00e4ckerei Moorkamp" in browse
    search = chooser_html(
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimprojekt"})
    )
    assert "Geheimprojekt Moorkamp" in search
    documents = client.get("/admin/api/main/documents/").json()["items"]
    assert {item["title"] for item in documents} == {"Flyer Stadtwerke", "Kalkulation Moorkamp"}
    assert client.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 200
    explorer = client.get(reverse("wagtailadmin_explore", args=[world.other.page.pk]))
    assert "Geheimprojekt Moorkamp" in text(explorer)
    assert "Berta Backstube" in text(explorer)  # the owner filter lists everyone
    assert client.get(world.other_document.url).status_code == 200


@pytest.mark.django_db
def test_redaktion_may_link_any_page_and_document(client, world):
    client.force_login(member_of("Redaktion"))
    page = world.own.page
    body = streamfield(
        [
            ("document", {"document": world.other_document.pk, "title": ""}),
            (
                "call_to_action",
                {
                    "heading": "x",
                    "text": "",
                    "link": {"page": world.secret_project.pk, "url": "", "label": ""},
                },
            ),
        ]
    )
    data = partner_page_data(client, page, body=body)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, field_errors(response, "body")


# --- wagtail-localize for a partner group given "submit translation" --------------------------


@pytest.fixture
def partner_translator(world, translated, django_capture_on_commit_callbacks):
    """The own organisation's group holds wagtail-localize's translation permission, and the
    steering group has translated the published profile of another organisation."""
    world.own.group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    client = Client()
    client.force_login(member_of("Moderation"))
    page = world.public.page
    english = Page.objects.get(locale__language_code="en", translation_key=page.translation_key)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"locales": [english.locale_id]}).status_code == 302
    return TranslationSource.objects.get_for_instance(page)


def assert_denied(response):
    """Wagtail's admin answers PermissionDenied (its 403) with a redirect to the dashboard
    and an error message; an XMLHttpRequest gets the plain 403."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert "Sie haben leider keinen Zugang zu diesem Bereich." in messages


@pytest.mark.django_db
def test_wagtail_localize_partner_translator_is_refused_other_organisations(
    editor_client, world, partner_translator
):
    other_source = partner_translator
    english = Locale.objects.get(language_code="en")
    translations_before = Translation.objects.count()
    revisions_before = sorted(Revision.objects.values_list("pk", flat=True))
    for page in (world.other.page, world.public.page, world.secret_project):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        assert_denied(editor_client.get(url))
        assert_denied(editor_client.post(url, {"locales": [english.pk]}))
    url = reverse("wagtail_localize:update_translations", args=[other_source.pk])
    assert_denied(editor_client.get(url))
    assert_denied(editor_client.post(url, {}))
    assert_denied(editor_client.post(url, {"publish_translations": "on"}))
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["partners", "partnercategory", term(PartnerCategory, "unternehmen").pk],
    )
    assert_denied(editor_client.get(url))
    assert_denied(editor_client.post(url, {"locales": [english.pk]}))
    # nothing was translated, synchronised or published
    assert Translation.objects.count() == translations_before
    assert sorted(Revision.objects.values_list("pk", flat=True)) == revisions_before
    assert_nothing_foreign(editor_client.get(reverse("wagtailadmin_home")))


@pytest.mark.django_db
def test_wagtail_localize_partner_translator_reaches_own_translations_but_publishes_nothing(
    editor_client, world, partner_translator, translated, django_capture_on_commit_callbacks
):
    source, english_profile = translated
    english = Locale.objects.get(language_code="en")
    # Translating their own (draft) project gives an English draft.
    url = reverse("wagtail_localize:submit_page_translation", args=[world.own_project.pk])
    assert editor_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {"locales": [english.pk]}).status_code == 302
    translation = world.own_project.get_translation(english)
    assert translation.alias_of_id is None and not translation.live
    # Synchronising their own profile's translation works; publishing it needs the moderators.
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor_client.get(url).status_code == 200
    live_revision = Page.objects.get(pk=english_profile.pk).live_revision_id
    assert_denied(editor_client.post(url, {"publish_translations": "on"}))
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {}).status_code == 302
    assert Page.objects.get(pk=english_profile.pk).live_revision_id == live_revision
