from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast

from wagtail.documents.models import DocumentQuerySet as WagtailDocumentQuerySet
from wagtail.models import Page, ReferenceIndex


class DocumentQuerySet(WagtailDocumentQuerySet):
    """Wagtail's document queryset (search included) with the site's own rules."""

    def public(self):
        """The documents that a live page without view restrictions uses. Such a page shows
        them to everybody, so the file itself is no secret; Wagtail's reference index holds
        what pages' saved content links to (a draft revision's links are not in it).

        The index stores both ids as text, so the page ids and this document's id are cast to
        text in the database, which keeps it one query and ignores ids of other forms."""
        public_pages = (
            Page.objects.live().public().annotate(text_pk=Cast("pk", CharField())).values("text_pk")
        )
        references = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_pages,
            to_content_type=ContentType.objects.get_for_model(self.model),
            to_object_id=Cast(OuterRef("pk"), CharField()),
        )
        return self.filter(Exists(references))
