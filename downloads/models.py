from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from home.models import IndexPage

from .querysets import DocumentQuerySet


def private_storage():
    """The documents' own storage (STORAGES["documents"], DOCUMENTS_ROOT): outside the public
    media, so that only /documents/<id>/<name>, which checks who may see a document, delivers
    it. A callable keeps each installation's folder out of the migrations."""
    return storages["documents"]


class Document(AbstractDocument):
    """The site's document model, in place from the first migration, so that the
    downloads work can add fields to it without swapping models later."""

    # Wagtail's own field, in the private storage instead of MEDIA_ROOT.
    file = models.FileField(upload_to="documents", verbose_name=_("file"), storage=private_storage)
    # Wagtail's own Document model stays installed; these two fields get their own reverse
    # names so that the two models do not clash on User.document_set and Tag.document_set.
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by user"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="uploaded_documents",
    )
    uploaded_by_user.wagtail_reference_index_ignore = True
    tags = TaggableManager(
        help_text=None, blank=True, verbose_name=_("tags"), related_name="downloads_documents"
    )

    admin_form_fields = WagtailDocument.admin_form_fields

    objects = DocumentQuerySet.as_manager()

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]


class DownloadIndexPage(IndexPage):
    """The downloads section at /downloads/: logos, forms, flyers and reports."""

    subpage_types = []

    class Meta:
        verbose_name = _("downloads section")
        verbose_name_plural = _("downloads sections")
