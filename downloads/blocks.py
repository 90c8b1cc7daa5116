from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.blocks import BodyBlock


class FailingDocumentsBlock(blocks.StaticBlock):
    """The public documents that fail the automatic accessibility check, listed anew on every
    view, so the statement stays true while partners upload."""

    class Meta:
        icon = "warning"
        label = _("Documents that fail the accessibility check")
        admin_text = _(
            "Lists by itself every public document that fails the automatic check, with the "
            "page that offers it and what is missing."
        )
        template = "downloads/blocks/failing_documents.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        locale = page.locale if page is not None else Locale.get_active()
        documents = get_document_model().objects.public()
        context["failing_documents"] = documents.failing_accessibility(locale)
        return context


class StatementBodyBlock(BodyBlock):
    failing_documents = FailingDocumentsBlock()

    class Meta:
        block_counts = {"failing_documents": {"min_num": 1, "max_num": 1}}
