"""Test data. Page factories take `parent`; the locale follows the parent (German tree or the
English one). The two home pages come from the migrations, as on a real site.

Beyond the factories: `build_tree` (directory and showcase below the home pages),
`make_partner` and `make_project` (pages by the slugs of their terms), `sample_projects` (two
partners with four live projects and a draft) and `onboard` (a member organisation taken in as
the site does it)."""

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Collection, Locale

from downloads.models import Document, DownloadCategory, DownloadIndexPage, DownloadPage
from home.models import ContentPage, HomePage
from klimaallianz.demo_documents import make_pdf
from partners.models import (
    MembershipApplication,
    MembershipPage,
    Municipality,
    PartnerCategory,
    PartnerIndexPage,
    PartnerPage,
    Supporter,
    SupporterPage,
)
from partners.onboarding import onboard_partner
from projects.models import Co2Method, ProjectIndexPage, ProjectPage, ProjectStatus, Topic


def home_page(language_code="de"):
    return HomePage.objects.get(locale__language_code=language_code)


def term(model, slug, language_code="de"):
    """A category or municipality from the migrations, e.g. term(PartnerCategory, "ihk")."""
    return model.objects.get(slug=slug, locale__language_code=language_code)


def translate(page, language_code="en", **fields):
    """The page's published translation, as the Redaktion would make it."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


YOUTUBE_VIDEO = "https://www.youtube.com/watch?v=abc123"


def cached_youtube_embed(extra_attributes=""):
    """The embed of YOUTUBE_VIDEO as if Wagtail had asked YouTube already: tests make no
    requests to other sites."""
    return Embed.objects.create(
        hash=get_embed_hash(YOUTUBE_VIDEO),
        url=YOUTUBE_VIDEO,
        type="video",
        html='<iframe src="https://www.youtube.com/embed/abc123" width="480" height="270"'
        f"{extra_attributes}></iframe>",
        provider_name="YouTube",
        width=480,
        height=270,
    )


# Every test user's password, for the tests that log in as a person does.
PASSWORD = "a-long-test-password"


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhaltsseite {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = "Eine kurze Einführung."

    class Meta:
        model = ContentPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partnerorganisation {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    category = factory.LazyFunction(lambda: term(PartnerCategory, "unternehmen"))
    municipality = factory.LazyFunction(lambda: term(Municipality, "cloppenburg"))
    summary = "Engagiert im Klimaschutz."

    class Meta:
        model = PartnerPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = "Ein Projekt für den Klimaschutz."

    class Meta:
        model = ProjectPage


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projekte"
    slug = "projekte"

    class Meta:
        model = ProjectIndexPage


class DownloadIndexPageFactory(wagtail_factories.PageFactory):
    title = "Downloads"
    slug = "downloads"

    class Meta:
        model = DownloadIndexPage


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = Document


class DownloadPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Download {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = "Zum Herunterladen."
    category = factory.LazyFunction(lambda: term(DownloadCategory, "flyer"))

    class Meta:
        model = DownloadPage


def privacy_notice_beside(page):
    """The privacy notice that a public form page's consent checkbox links to."""
    return ContentPageFactory(parent=page.parent, title="Datenschutzerklärung", slug="datenschutz")


class MembershipPageFactory(wagtail_factories.PageFactory):
    """/mitmachen/ with a privacy notice beside it (the consent checkbox links there)."""

    title = "Mitmachen"
    slug = "mitmachen"
    introduction = "<p>Werden Sie Partner der Klimaallianz.</p>"
    thank_you_text = "<p>Vielen Dank! Wir melden uns.</p>"
    privacy_page = factory.LazyAttribute(privacy_notice_beside)

    class Meta:
        model = MembershipPage


class SupporterPageFactory(wagtail_factories.PageFactory):
    """/unterstuetzen/ with a privacy notice beside it (the consent checkbox links there)."""

    title = "Unterstützen"
    slug = "unterstuetzen"
    pledge = "<p>Wir stehen für Klimaschutz im Landkreis.</p>"
    privacy_page = factory.LazyAttribute(privacy_notice_beside)

    class Meta:
        model = SupporterPage


class SupporterFactory(DjangoModelFactory):
    """A confirmed supporter (confirmed_at=None for one waiting for confirmation)."""

    name = factory.Sequence(lambda n: f"Vorname{n} Nachname{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "de"
    key = factory.LazyFunction(lambda: secrets.token_urlsafe(32))
    signed_up_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    consented_at = factory.LazyFunction(timezone.now)
    consent_text = "Ich habe die Datenschutzerklärung gelesen."

    class Meta:
        model = Supporter


class TopicFactory(DjangoModelFactory):
    """A field of action added by the editors; the seven of the district's climate work come
    from the migrations (term(Topic, "mobilitaet")). German unless `locale` is given."""

    name = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="de"))

    class Meta:
        model = Topic


class MembershipApplicationFactory(DjangoModelFactory):
    organisation = factory.Sequence(lambda n: f"Antragsteller {n} e. V.")
    category = factory.LazyFunction(lambda: term(PartnerCategory, "vereine-und-verbaende"))
    municipality = factory.LazyFunction(lambda: term(Municipality, "garrel"))
    contact_name = "Kim Muster"
    email = factory.Sequence(lambda n: f"antrag{n}@example.org")
    motivation = "Wir wollen Bäume pflanzen."
    consented_at = factory.LazyFunction(timezone.now)
    consent_text = "Ich habe die Datenschutzerklärung gelesen."

    class Meta:
        model = MembershipApplication


# --- pages by the slugs of their terms --------------------------------------------------------


def make_partner(parent, title, *, category="unternehmen", municipality="cloppenburg", **fields):
    """A published partner profile (unless live=False) in the directory `parent`."""
    return PartnerPageFactory(
        parent=parent,
        title=title,
        category=term(PartnerCategory, category),
        municipality=term(Municipality, municipality),
        **fields,
    )


def make_project(parent, title, *, topics=(), municipality=None, days_ago=0, **fields):
    """A published project (unless live=False); `days_ago` says when it was first published."""
    fields.setdefault("live", True)
    if fields["live"]:
        fields.setdefault("first_published_at", timezone.now() - timedelta(days=days_ago))
    return ProjectPageFactory(
        parent=parent,
        title=title,
        topics=[term(Topic, slug) for slug in topics],
        municipality=term(Municipality, municipality) if municipality else None,
        **fields,
    )


def make_document(title, content=None, *, name=None, collection=None, language="de", **pdf):
    """A document as an upload stores it: checked and described from its bytes, its text
    extracted. A PDF with `title` as its text unless `content` is given; `accessible=False`
    makes it fail the accessibility check."""
    if content is None:
        content = make_pdf(title, [f"Inhalt: {title}."], language=language, **pdf)
    document = Document(
        title=title,
        language=language,
        file=ContentFile(content, name=name or f"{slugify(title)}.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def make_download(parent, title, documents, *, category="flyer", days_ago=0, **fields):
    """A published download (unless live=False) offering `documents`."""
    fields.setdefault("live", True)
    return DownloadPageFactory(
        parent=parent,
        title=title,
        documents=[("document", document) for document in documents],
        category=term(DownloadCategory, category),
        date=date.today() - timedelta(days=days_ago),
        **fields,
    )


# --- the tree ---------------------------------------------------------------------------------


@dataclass
class Tree:
    home: HomePage
    home_en: HomePage
    directory: PartnerIndexPage
    showcase: ProjectIndexPage | None
    directory_en: PartnerIndexPage | None
    showcase_en: ProjectIndexPage | None


def build_tree(*, showcase=True, english=True):
    """The partner directory (/partner/) and the project showcase (/projekte/) below the home
    pages of the migrations; with `english`, their translations (/en/partners/, /en/projects/)."""
    tree = Tree(
        home=home_page("de"),
        home_en=home_page("en"),
        directory=PartnerIndexPageFactory(parent=home_page("de")),
        showcase=None,
        directory_en=None,
        showcase_en=None,
    )
    if english:
        tree.directory_en = translate(tree.directory, title="Partners", slug="partners")
    if showcase:
        tree.showcase = ProjectIndexPageFactory(parent=tree.home)
        if english:
            tree.showcase_en = translate(tree.showcase, title="Projects", slug="projects")
    return tree


@dataclass
class SampleProjects:
    garrel: PartnerPage  # "Stadtwerke Garrel", in Garrel
    emstek: PartnerPage  # "Gemeinde Emstek", in Emstek
    solar: ProjectPage  # led by Garrel, ongoing, 12.5 t CO₂ calculated
    caretakers: ProjectPage  # led by Garrel, completed, 3 t CO₂ estimated
    cycling: ProjectPage  # below the showcase, planned, Emstek takes part
    bus: ProjectPage  # led by Emstek, ongoing, Garrel takes part
    draft: ProjectPage  # Garrel's, never published


# The titles of the four live sample projects.
SAMPLE_TITLES = {"Solardach Rathaus", "Hausmeisterschulung", "Stadtradeln", "Rufbus Emstek"}


def sample_projects(tree):
    """Four live projects of two partners and the alliance, published a day apart (the bus
    newest, the solar roof oldest), and a draft."""
    garrel = make_partner(tree.directory, "Stadtwerke Garrel", municipality="garrel")
    emstek = make_partner(tree.directory, "Gemeinde Emstek", municipality="emstek")
    return SampleProjects(
        garrel=garrel,
        emstek=emstek,
        solar=make_project(
            garrel,
            "Solardach Rathaus",
            topics=["energie-und-waerme", "verwaltung"],
            municipality="garrel",
            status=ProjectStatus.ONGOING,
            co2_saved=Decimal("12.5"),
            co2_method=Co2Method.CALCULATED,
            days_ago=4,
        ),
        caretakers=make_project(
            garrel,
            "Hausmeisterschulung",
            topics=["gebaeude"],
            municipality="garrel",
            status=ProjectStatus.COMPLETED,
            co2_saved=Decimal("3"),
            co2_method=Co2Method.ESTIMATED,
            days_ago=3,
        ),
        cycling=make_project(
            tree.showcase,
            "Stadtradeln",
            topics=["mobilitaet"],
            municipality="emstek",
            status=ProjectStatus.PLANNED,
            participating_partners=[emstek],
            days_ago=2,
        ),
        bus=make_project(
            emstek,
            "Rufbus Emstek",
            topics=["mobilitaet"],
            municipality="emstek",
            status=ProjectStatus.ONGOING,
            participating_partners=[garrel],
            days_ago=1,
        ),
        draft=make_project(garrel, "Entwurf Windpark", topics=["mobilitaet"], live=False),
    )


# --- onboarding -------------------------------------------------------------------------------


def onboard(name, editors=(), *, category="unternehmen", municipality="garrel", publish=False):
    """A member organisation taken in by partners.onboarding.onboard_partner, as the site does
    it: its profile (a draft with an English alias, unless `publish`), its group of editors with
    rights on that profile's subtree, its collection, and an invitation to each editor. Needs
    the partner directory (build_tree)."""
    result = onboard_partner(
        name,
        category=term(PartnerCategory, category),
        municipality=term(Municipality, municipality),
        editors=list(editors),
    )
    if publish:
        result.page.save_revision().publish()
        result.page.refresh_from_db()
    return result
