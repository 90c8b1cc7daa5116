import datetime

from django import forms
from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.forms import PageForm
from home.listings import listing_context
from home.models import (
    BASE_TRANSLATABLE_FIELDS,
    IndexPage,
    ListingFields,
    TextPage,
    listing_image_field,
)
from home.renditions import complete_renditions
from home.routing import RoutedPageMixin

from . import files
from .blocks import StatementBodyBlock
from .categories import DownloadCategory
from .filters import DownloadFilter
from .querysets import COVER_SPEC, DocumentQuerySet, DownloadQuerySet, attach_files
from .tasks import extract_document_text


def private_storage():
    """The documents' own storage (STORAGES["documents"], DOCUMENTS_ROOT): outside the public
    media, so that only /documents/<id>/<name>, which checks who may see a document, delivers
    it. A callable keeps each installation's folder out of the migrations."""
    return storages["documents"]


class Document(AbstractDocument):
    """The site's document model: what the file is and holds is read from its bytes when it
    is uploaded (downloads.files), the text inside it afterwards by a task (downloads.tasks)."""

    # Wagtail's own field, in the private storage instead of MEDIA_ROOT.
    file = models.FileField(upload_to="documents", verbose_name=_("file"), storage=private_storage)
    description = models.TextField(
        _("description"),
        max_length=500,
        blank=True,
        help_text=_("What the document contains, in one or two sentences."),
    )
    language = models.CharField(
        _("language of the document"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    file_type = models.CharField(_("file type"), max_length=8, editable=False, blank=True)
    text = models.TextField(_("text inside the document"), editable=False, blank=True)
    # The automatic check of PDFs: None for other types, which it does not check.
    accessible = models.BooleanField(_("passes the accessibility check"), null=True, editable=False)
    accessibility_problems = models.JSONField(default=list, editable=False, blank=True)
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

    admin_form_fields = (
        "title",
        "file",
        "description",
        "language",
        "collection",
        "tags",
    )
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("description"),
        index.SearchField("text"),
        index.FilterField("language"),
    ]

    objects = DocumentQuerySet.as_manager()

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    def clean(self):
        # Wagtail checks the extension here; a file that the form refused already would add
        # a second, confusing message about an empty extension.
        if self.file:
            super().clean()

    def _set_document_file_metadata(self):
        """Wagtail calls this when a new file is uploaded (size and hash); the file is
        described here from what the form's check found (downloads.forms), or checked now
        when it comes from elsewhere."""
        super()._set_document_file_metadata()
        inspection = getattr(self, "inspection", None) or files.inspect(
            self.file, self.file_extension
        )
        self.file_type = inspection.file_type
        problems = inspection.accessibility_problems
        self.accessible = None if problems is None else not problems
        self.accessibility_problems = problems or []
        self.text = ""
        self._file_changed = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if getattr(self, "_file_changed", False):
            self._file_changed = False
            result = extract_document_text.enqueue(self.pk)
            if result.is_finished:  # run at once (no task worker): keep this copy current
                self.refresh_from_db(fields=["text"])

    @property
    def accessibility_problem_labels(self):
        return [files.Problem.LABELS.get(code, code) for code in self.accessibility_problems]

    @property
    def accessibility_problem_short_labels(self):
        return [files.Problem.SHORT_LABELS.get(code, code) for code in self.accessibility_problems]

    @property
    def file_type_label(self):
        return (self.file_type or self.file_extension).upper()


def in_default_language():
    # Pages are written in the German tree; translations keep the German category.
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class DownloadPage(RoutedPageMixin, ListingFields, Page):
    """One download: a flyer, a report, a template, in one or more files. Below a partner's
    profile for the partner's own, below the downloads section for the alliance's."""

    parent_page_types = ["partners.PartnerPage", "downloads.DownloadIndexPage"]
    subpage_types = []
    serve_related = ("category", "listing_image")
    base_form_class = PageForm
    objects = PageManager.from_queryset(DownloadQuerySet)()

    summary = models.TextField(
        _("description"),
        max_length=300,
        help_text=_("What readers find in the download, in one or two sentences."),
    )
    listing_image = listing_image_field(
        _("cover image"), _("Optional: the cover or first page, shown in the list of downloads.")
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("documents"),
        min_num=1,
        # A new download starts with an empty chooser, not with an error about the count.
        default=[("document", None)],
        help_text=_(
            "One or more files, for example the same flyer in German and English. A file can "
            "be downloaded once this page is published."
        ),
    )
    category = models.ForeignKey(
        DownloadCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_language,
    )
    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("When the document was issued; the list shows the newest first."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("documents"),
        FieldRowPanel([FieldPanel("category", widget=forms.Select), FieldPanel("date")]),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Cover image"),
        ),
    ]
    search_fields = (
        Page.search_fields
        + ListingFields.listing_search_fields
        + [
            index.SearchField("documents_text"),
            index.RelatedFields("category", [index.SearchField("name")]),
        ]
    )
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + ListingFields.listing_translatable_fields
        + [
            # A translator may put the English version of a file in place of the German one.
            TranslatableField("documents"),
            SynchronizedField("category"),
            SynchronizedField("date"),
        ]
    )

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An editor's preview shows the files that publishing will make public.
        attach_files([self], everything=getattr(request, "is_preview", False))
        context["category_name"] = dict(DownloadCategory.objects.choices(self.locale)).get(
            self.category.slug, self.category.name
        )
        parent = self.get_parent().specific_deferred
        context["publisher"] = parent if parent.specific_class is not DownloadIndexPage else None
        return context

    def documents_text(self):
        """What the files say, for the search: their titles, descriptions and the text inside
        (the task that extracts a file's text indexes the pages that offer it again)."""
        documents = Document.objects.filter(pk__in=self.document_ids())
        return "\n".join(
            " ".join(parts) for parts in documents.values_list("title", "description", "text")
        )

    def document_ids(self):
        """The ids of the chosen documents, in order, read from the stored stream without
        loading the documents."""
        return [block["value"] for block in self.documents.raw_data if block.get("value")]


class DownloadIndexPage(IndexPage):
    """The downloads section at /downloads/: every download of its language, from the whole
    tree (below partner profiles and below this page)."""

    subpage_types = ["downloads.DownloadPage"]
    page_size = 12
    listing_model = DownloadPage
    listing_filter = DownloadFilter

    class Meta:
        verbose_name = _("downloads section")
        verbose_name_plural = _("downloads sections")

    def get_filtered_listing_context(self, listing, page_number):
        def cards(downloads):
            complete_renditions(attach_files(downloads), COVER_SPEC)
            categories = listing.labels("kategorie")
            # The partner whose profile a download is below (none for the alliance's own).
            publishers = {partner.path: partner for partner in listing.partners.values()}
            depth = next((partner.depth for partner in publishers.values()), 0)
            for download in downloads:
                download.category_name = categories.get(download.category.slug, download.category)
                download.publisher = publishers.get(download.path[: depth * Page.steplen])
            return downloads

        return listing_context(
            listing,
            page_number=page_number,
            page_size=self.page_size,
            results=listing.results().newest().for_cards(),
            cards=cards,
        )

    def get_highlights(self, limit=3):
        return DownloadPage.objects.listed(self.locale_id).defer_streamfields().newest()[:limit]


class AccessibilityStatementPage(TextPage):  # noqa: DJ008 (Page defines __str__)
    """The accessibility statement (Erklärung zur Barrierefreiheit): text that the editors
    write, with a block that lists the public documents failing the automatic check where
    the statement names what is not accessible."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/content_page.html"

    body = StreamField(StatementBodyBlock(), verbose_name=_("body"))

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
