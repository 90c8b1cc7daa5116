"""Two organisations are onboarded as on the live site: "Stadtwerke Garrel", whose editor Anna
Amsel is logged in, and "Bäckerei Moorkamp", whose profile is still a draft. Nothing of the
second one ("Moorkamp", its editor Berta Backstube) may reach Anna's screen. A third one,
"Landvolk Cloppenburg", is published: its profile is public and may be linked."""

from dataclasses import dataclass

from wagtail_factories import ImageFactory

from django.core.files.base import ContentFile

from wagtail.models import Workflow

from downloads.models import Document
from projects.models import ProjectPage
from tests.factories import ProjectPageFactory, build_tree, onboard
from tests.utils import text

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


def build_world():
    build_tree(showcase=False)
    own = onboard("Stadtwerke Garrel", ["anna@stadtwerke.example"], publish=True)
    other = onboard("Bäckerei Moorkamp", ["berta@moorkamp.example"])
    public = onboard("Landvolk Cloppenburg", ["lutz@landvolk.example"], publish=True)

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


def assert_nothing_foreign(response):
    shown = text(response)
    assert not [secret for secret in SECRETS if secret in shown], shown[:3000]


def translation_or_none(page, language_code):
    return page.get_translations().filter(locale__language_code=language_code).first()
