"""Which documents are public, and which downloads the listing, a partner's profile and the
accessibility statement show."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Subquery,
)
from django.db.models.functions import Cast, Substr

from wagtail.documents import get_document_model
from wagtail.documents.models import DocumentQuerySet as WagtailDocumentQuerySet
from wagtail.models import Page, ReferenceIndex

from home.listings import ListedPageQuerySet, readable

# The cover image in the list of downloads; the template asks for the same rendition.
COVER_SPEC = "max-160x220|format-webp"


def references_to_documents(document_model):
    """Wagtail's reference index rows from pages to documents. The index holds what pages'
    saved content links to (a draft revision's links are not in it) and stores both ids as
    text."""
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(document_model),
    )


def as_text(queryset):
    return queryset.annotate(text_pk=Cast("pk", CharField())).values("text_pk")


class DocumentQuerySet(WagtailDocumentQuerySet):
    """Wagtail's document queryset (search included) with the site's own rules."""

    def public(self):
        """The documents that a live page without view restrictions uses. Such a page shows
        them to everybody, so the file itself is no secret. One query: the page ids and this
        document's id are compared as text in the database."""
        references = references_to_documents(self.model).filter(
            object_id__in=as_text(readable(Page.objects)),
            to_object_id=Cast(OuterRef("pk"), CharField()),
        )
        return self.filter(Exists(references))

    def failing_accessibility(self, locale):
        """The documents whose automatic check failed, each with `pages`: the live public
        pages that offer it, those of `locale` first. A few queries however many there are."""
        documents = list(self.filter(accessible=False).order_by("title"))
        if not documents:
            return []
        references = references_to_documents(self.model).filter(
            object_id__in=as_text(readable(Page.objects)),
            to_object_id__in=[str(document.pk) for document in documents],
        )
        used_by = [
            (int(document_pk), int(page_pk))
            for document_pk, page_pk in references.values_list("to_object_id", "object_id")
        ]
        pages = Page.objects.select_related("locale").in_bulk({pk for _doc, pk in used_by})
        for document in documents:
            document.pages = sorted(
                {pages[page_pk] for document_pk, page_pk in used_by if document_pk == document.pk},
                key=lambda page: (page.locale_id != locale.pk, page.title),
            )
        return documents


class DownloadQuerySet(ListedPageQuerySet):
    def newest(self):
        return self.order_by(F("date").desc(), "title", "pk")

    def for_cards(self):
        """What an entry of the list shows but its files (attach_files), for a whole page of
        entries in three queries."""
        return self.select_related("category").with_listing_images(COVER_SPEC)

    def in_language(self, language):
        """The downloads that offer a file in `language`."""
        documents = get_document_model().objects.filter(language=language)
        references = references_to_documents(documents.model).filter(
            to_object_id__in=as_text(documents), object_id=Cast(OuterRef("pk"), CharField())
        )
        return self.filter(Exists(references))

    def count_by_language(self):
        """{language: number of these downloads with a file in it}. One query."""
        documents = get_document_model().objects.filter(
            pk=Cast(OuterRef("to_object_id"), IntegerField())
        )
        grouped = (
            references_to_documents(documents.model)
            .filter(object_id__in=as_text(self.order_by()))
            .annotate(language=Subquery(documents.values("language")[:1]))
            .values_list("language")
            .annotate(count=Count("object_id", distinct=True))
        )
        return dict(grouped)

    def below(self, page):
        return self.filter(path__startswith=page.path, depth__gt=page.depth)

    def count_by_ancestor(self, depth):
        """{path of the ancestor at `depth`: number of these downloads below it}. One query."""
        length = depth * Page.steplen
        grouped = (
            self.order_by()
            .filter(depth__gt=depth)
            .annotate(ancestor=Substr("path", 1, length))
            .values_list("ancestor")
            .annotate(count=Count("pk"))
        )
        return dict(grouped)


def attach_files(pages, everything=False):
    """Give each download in `pages` `files`: its public documents in the order chosen (all
    of them with `everything`, for an editor's preview). One query for any number of pages."""
    pages = list(pages)
    ids = {pk for page in pages for pk in page.document_ids()}
    documents = get_document_model().objects.filter(pk__in=ids)
    if not everything:
        documents = documents.public()
    by_pk = documents.defer("text").in_bulk()
    for page in pages:
        page.files = [by_pk[pk] for pk in page.document_ids() if pk in by_pk]
    return pages
