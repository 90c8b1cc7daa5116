import unicodedata
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from klimaallianz.page_cache import remembered, remembered_for_page

from .blocks import RICH_TEXT_FEATURES, BodyBlock, LinkBlock
from .forms import PageForm
from .listings import listing_context, readable
from .routing import DirectRouteMixin, RoutedPageMixin

# What every page type translates with wagtail-localize; page types add their own fields.
BASE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


def sort_key(name):
    """Alphabetical as a German reader expects: "Löningen" between "Lindern" and "Molbergen",
    not after "Saterland"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class TermQuerySet(models.QuerySet):
    def _german_and_shown(self, locale):
        """({slug: German term}, {slug: the term in the language of `locale`, or the German
        one while it is not translated}), in one query."""
        default = settings.LANGUAGE_CODE
        rows = list(
            self.filter(locale__language_code__in={default, locale.language_code}).select_related(
                "locale"
            )
        )
        german = {term.slug: term for term in rows if term.locale.language_code == default}
        shown = {**german, **{term.slug: term for term in rows if term.locale_id == locale.pk}}
        return german, shown

    def localized(self, locale):
        """The vocabulary in the language of `locale`, alphabetical. A term not translated yet
        appears in German: pages keep the German terms, so every German slug is offered."""
        _german, shown = self._german_and_shown(locale)
        return sorted(shown.values(), key=lambda term: sort_key(term.name))

    def choices(self, locale):
        """[(slug, name)] for a filter in the language of `locale`. Listings, cards and feeds
        name terms on every request: the whole vocabulary's choices are kept until content
        changes (saving a term is a change)."""

        def compute():
            return [(term.slug, term.name) for term in self.localized(locale)]

        if self.query.where:  # a part of the vocabulary
            return compute()
        return remembered(f"term-choices:{self.model._meta.label_lower}:{locale.pk}", compute)

    def german_choices(self, locale):
        """[(slug, pk of the German term, name in the language of `locale`)], alphabetical:
        what a form offers where the German terms are stored, as on pages."""
        german, shown = self._german_and_shown(locale)
        return [
            (slug, german[slug].pk, term.name)
            for slug, term in sorted(shown.items(), key=lambda item: sort_key(item[1].name))
        ]


class Term(TranslatableMixin, models.Model):
    """A term of a small vocabulary that editors manage as a translatable snippet (partner
    categories, municipalities, fields of action). The slug is shared by all translations,
    so that filter URLs like ?kategorie=unternehmen work in both languages."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter addresses; keep it short.")
    )

    objects = TermQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def shown_on(self, page):
        """This term in the language of `page`, or itself while it is not translated. Pages
        keep the German terms, so a German page needs no query (`localized` would look up
        the active locale first)."""
        if self.locale_id == page.locale_id:
            return self
        return self.get_translation_or_none(page.locale_id) or self


class ConsentRecord(models.Model):
    """Proof of what a person agreed to on a public form (Art. 7(1) GDPR: consent must be
    demonstrable): when, the wording they saw, the privacy notice's revision and the form's
    page. home.public_forms.PublicForm.consent_proof() gives the values."""

    consented_at = models.DateTimeField(_("privacy notice accepted at"))
    consent_text = models.TextField(
        _("consent wording"), help_text=_("The checkbox label as the person saw it.")
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=255,
        blank=True,
        help_text=_("The privacy notice page and its published revision at that moment."),
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class MapPositionMixin(models.Model):
    """A point on the map (stored now, shown on a map later), with its panel row and its
    synchronised translation fields."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    map_position_panel = FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])
    map_position_translatable_fields = [
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "latitude" if self.latitude is None else "longitude"
            raise ValidationError({missing: _("Enter both latitude and longitude, or neither.")})


def listing_image_field(verbose_name, help_text):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class ListingFields(models.Model):
    """What cards, feeds, search results and the home page's highlights show of a page: the
    same two fields on every page type that is listed, so that no list needs to know which
    type it shows. Page types may redefine a field to name it for their editors (a partner's
    listing image is its logo)."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for cards, feeds and search results."),
    )
    listing_image = listing_image_field(_("image"), _("Shown on cards and at the top of the page."))
    # The image's description is in the language it was uploaded in; the page's own copy is
    # translated with the page, so the English page describes its image in English.
    listing_image_alt = models.CharField(
        _("alt text of the image"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Left empty, it is taken from "
            "the image's description when the page is saved; change it here for this page. It "
            "is translated with the page."
        ),
    )

    listing_panels = [
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("listing_image_alt"),
    ]
    # Wagtail's page title has boost 2: a word in the title counts most, then the summary,
    # then the body. Beginnings of words ("Solar") find longer words and compounds
    # ("Solardächer") in the title and the summary through the autocomplete fields.
    listing_search_fields = [
        index.SearchField("summary", boost=1.5),
        index.AutocompleteField("summary"),
    ]
    listing_translatable_fields = [
        TranslatableField("summary"),
        SynchronizedField("listing_image"),
        TranslatableField("listing_image_alt"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.listing_image and not self.listing_image_alt:
            self.listing_image_alt = self.listing_image.description

    @property
    def listing_image_alt_text(self):
        """The alt text of the listing image on this page: empty for a decorative image."""
        if not self.listing_image:
            return ""
        return self.listing_image_alt or self.listing_image.description


class HighlightsMixin:
    """An index page below the home page that offers its newest pages to the home page.

    The home page asks each of its children for highlights, so that `home` needs to know
    nothing of partners or projects: home is the app every other one builds on.
    """

    highlight_heading = ""

    def get_highlights(self, limit=3):
        children = readable(self.get_children())
        return children.specific().defer_streamfields().order_by("-first_published_at")[:limit]


class HomePage(DirectRouteMixin, RoutedPageMixin, Page):
    parent_page_types = ["wagtailcore.Page"]
    # Named as strings: `home` imports no other app of the site.
    subpage_types = [
        "home.ContentPage",
        "partners.PartnerIndexPage",
        "projects.ProjectIndexPage",
        "downloads.DownloadIndexPage",
        "downloads.AccessibilityStatementPage",
        "partners.MembershipPage",
        "partners.SupporterPage",
    ]
    base_form_class = PageForm

    claim = models.CharField(
        _("claim"),
        max_length=120,
        help_text=_("The short sentence in large type at the top of the page."),
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown large behind the claim, as decoration: screen readers skip it."),
    )
    highlights_heading = models.CharField(
        _("highlights heading"), max_length=120, blank=True, default=""
    )
    cta_heading = models.CharField(_("call to action heading"), max_length=120, blank=True)
    cta_text = models.TextField(_("call to action text"), blank=True)
    cta_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("call to action buttons"),
        blank=True,
        max_num=2,
        help_text=_("For example: become a supporter, join as a partner."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("claim"), FieldPanel("intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("highlights_heading"),
        MultiFieldPanel(
            [FieldPanel("cta_heading"), FieldPanel("cta_text"), FieldPanel("cta_links")],
            heading=_("Call to action"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("claim"), index.SearchField("intro")]
    translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("claim"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("highlights_heading"),
        TranslatableField("cta_heading"),
        TranslatableField("cta_text"),
        TranslatableField("cta_links"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            remembered_for_page(self, request, "highlights", self.get_highlight_sections)
        )
        return context

    def get_highlight_sections(self):
        """The newest pages that each index page below offers, and the supporter page with
        its count for the call to action."""
        highlights = {"highlight_sections": [], "supporter_page": None}
        # An index page not translated yet (an alias) would head its section in German.
        children = readable(self.get_children())
        # Only the children's types and base fields are used: their own fields stay unloaded.
        for child in children.specific(defer=True):
            if isinstance(child, HighlightsMixin):
                items = list(child.get_highlights())
                if items:
                    highlights["highlight_sections"].append({"index": child, "items": items})
            # The supporter page (partners.SupporterPage), whose count the call to action shows.
            if hasattr(child, "supporter_count"):
                highlights["supporter_page"] = child
                highlights["supporter_count"] = child.supporter_count
        return highlights


class TextPage(RoutedPageMixin, ListingFields, Page):  # noqa: DJ008 (Page defines __str__)
    """A page of running text with an optional lead; page types may give `body` other blocks."""

    base_form_class = PageForm

    # A legal page needs no summary; its first sentences are the lead below the title.
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("Shown below the title and in search results."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + ListingFields.listing_panels + [FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + ListingFields.listing_search_fields
        + [
            index.SearchField("body"),
        ]
    )
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + ListingFields.listing_translatable_fields
        + [TranslatableField("body")]
    )

    class Meta:
        abstract = True


class ContentPage(TextPage):  # noqa: DJ008 (Page defines __str__)
    """About, Impressum, privacy notice: text pages at any depth."""

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class IndexPage(RoutedPageMixin, HighlightsMixin, Page):
    """The shared base of the partner, project and download index pages below the home page."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    base_form_class = PageForm
    page_size = 12

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    translatable_fields = BASE_TRANSLATABLE_FIELDS + [TranslatableField("introduction")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing_context(request))
        return context

    # The page type that the listing shows from the whole tree (its manager's queryset is a
    # ListedPageQuerySet), and the filters of the listing (a ListingFilterSet). Without, the
    # page lists its live children.
    listing_model = None
    listing_filter = None

    def get_listed_pages(self):
        """What the listing shows before any filter: pages of this language, no aliases."""
        if self.listing_model is not None:
            return self.listing_model.objects.listed(self.locale)
        children = readable(self.get_children())
        return children.specific().order_by("title")

    def get_listing_context(self, request):
        page_number = request.GET.get("page")
        listed = self.get_listed_pages()
        listing = None
        if self.listing_filter is None:
            paginator = Paginator(listed, self.page_size)
            context = {"page_obj": paginator.get_page(page_number)}
        else:
            listing = self.listing_filter(request.GET, listed, locale=self.locale)
            context = self.get_filtered_listing_context(listing, page_number)
        context["only_in_original"] = self.get_only_in_original(request, listed, listing)
        return context

    def get_only_in_original(self, request, listed, listing=None):
        """On a translated listing (English): how many pages under the same filters exist in
        the site's own language (German) only, and the address of the German listing with
        those filters: {count, url, language}. None on the German listing and when there are
        none. A few queries, however many pages there are."""
        original_language = settings.LANGUAGE_CODE
        if self.locale.language_code == original_language:
            return None
        if listing is not None and not listing.is_valid():
            return None
        original = (
            type(self)
            .objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=original_language)
            .select_related("locale")
            .first()
        )
        if original is None:
            return None
        translated = listed.order_by().values("translation_key")
        pages = original.get_listed_pages().exclude(translation_key__in=translated)
        if listing is not None:
            pages = listing.filtered(queryset=pages)
        count = pages.count()
        if not count:
            return None
        url = original.get_url(request)
        query = listing.query_in(original.locale) if listing is not None else {}
        if query:
            url = f"{url}?{urlencode(query)}"
        return {"count": count, "url": url, "language": original_language}

    def get_filtered_listing_context(self, listing, page_number):
        """The context of a listing with filters; page types may add to it."""
        return listing_context(listing, page_number=page_number, page_size=self.page_size)
