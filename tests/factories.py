"""Test data. Page factories take `parent`; the locale follows the parent (German tree or the
English one). The two home pages come from the migrations, as on a real site."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from wagtail.models import Locale

from downloads.models import Document, DownloadIndexPage
from home.models import ContentPage, HomePage
from partners.models import PartnerIndexPage
from projects.models import ProjectIndexPage


def home_page(language_code="de"):
    return HomePage.objects.get(locale__language_code=language_code)


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
    introduction = "Eine kurze Einführung."

    class Meta:
        model = ContentPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnerIndexPage


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
