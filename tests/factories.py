"""Test data. Page factories take `parent`; the locale follows the parent (German tree or the
English one). The two home pages come from the migrations, as on a real site."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from downloads.models import Document, DownloadIndexPage
from home.models import ContentPage, HomePage
from partners.models import (
    MembershipApplication,
    MembershipPage,
    Municipality,
    PartnerCategory,
    PartnerIndexPage,
    PartnerPage,
)
from projects.models import ProjectIndexPage, ProjectPage, Topic


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


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password")

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


class MembershipPageFactory(wagtail_factories.PageFactory):
    """/mitmachen/ with a privacy notice beside it (the consent checkbox links there)."""

    title = "Mitmachen"
    slug = "mitmachen"
    introduction = "<p>Werden Sie Partner der Klimaallianz.</p>"
    thank_you_text = "<p>Vielen Dank! Wir melden uns.</p>"
    privacy_page = factory.LazyAttribute(
        lambda page: ContentPageFactory(
            parent=page.parent, title="Datenschutzerklärung", slug="datenschutz"
        )
    )

    class Meta:
        model = MembershipPage


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
