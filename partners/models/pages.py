from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.forms import PageForm
from home.listings import listing_context
from home.models import (
    BASE_TRANSLATABLE_FIELDS,
    IndexPage,
    ListingFields,
    MapPositionMixin,
    listing_image_field,
)
from home.renditions import complete_renditions
from home.routing import RoutedPageMixin
from klimaallianz.page_cache import remembered_for_page

from .. import badges
from ..filters import DirectoryFilter
from ..querysets import LOGO_SPEC, PartnerQuerySet
from .terms import Municipality, PartnerCategory


class PartnerPage(RoutablePageMixin, RoutedPageMixin, ListingFields, MapPositionMixin, Page):
    """A member organisation's profile. Its editors own the subtree below it, which is what
    Wagtail's page permissions can grant."""

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["projects.ProjectPage", "downloads.DownloadPage"]
    serve_related = ("category", "municipality", "listing_image")
    base_form_class = PageForm
    objects = PageManager.from_queryset(PartnerQuerySet)()

    category = models.ForeignKey(
        PartnerCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    listing_image = listing_image_field(
        _("logo"), _("Ideally a PNG with a transparent background.")
    )
    summary = models.TextField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences for the directory and search results."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("about the organisation"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    contact_phone = models.CharField(_("public telephone"), max_length=40, blank=True)
    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=80, blank=True)
    member_since = models.DateField(_("member since"), null=True, blank=True)
    representative = models.CharField(
        _("representative in the steering group"),
        max_length=120,
        blank=True,
        help_text=_("Optional: who speaks for the organisation in the Lenkungsgruppe."),
    )

    content_panels = [
        TitleFieldPanel("title", heading=_("Organisation name")),
        FieldRowPanel([FieldPanel("category"), FieldPanel("municipality")]),
        FieldPanel("listing_image"),
        FieldPanel("listing_image_alt"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Public contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                MapPositionMixin.map_position_panel,
            ],
            heading=_("Address and map position"),
        ),
        FieldRowPanel(
            [FieldPanel("member_since"), FieldPanel("representative")],
            heading=_("Membership"),
        ),
    ]
    search_fields = (
        Page.search_fields
        + ListingFields.listing_search_fields
        + [
            index.SearchField("body"),
            index.SearchField("city"),
            index.RelatedFields("municipality", [index.SearchField("name", boost=1.5)]),
            index.RelatedFields("category", [index.SearchField("name")]),
            index.FilterField("category"),
            index.FilterField("municipality"),
        ]
    )
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + ListingFields.listing_translatable_fields
        + [
            TranslatableField("body"),
            SynchronizedField("category"),
            SynchronizedField("municipality"),
            SynchronizedField("website"),
            SynchronizedField("contact_email"),
            SynchronizedField("contact_phone"),
            SynchronizedField("street"),
            SynchronizedField("postcode"),
            SynchronizedField("city"),
            *MapPositionMixin.map_position_translatable_fields,
            SynchronizedField("member_since"),
            SynchronizedField("representative"),
        ]
    )

    class Meta:
        verbose_name = _("partner profile")
        verbose_name_plural = _("partner profiles")
        permissions = [("onboard_partner", "Can onboard member organisations")]

    # Wagtail's page URLs end in a slash and allow no dots, hence no ".svg" in the address;
    # the file name comes with the response.
    @path("badge/")
    def badge_svg(self, request):
        response = TemplateResponse(
            request,
            "partners/badge.svg",
            {"lines": badges.badge_lines(self.title)},
            content_type="image/svg+xml; charset=utf-8",
        )
        return self.badge_response(response, "svg")

    @path("badge/png/")
    def badge_png(self, request):
        response = HttpResponse(badges.badge_png(self.title), content_type="image/png")
        return self.badge_response(response, "png")

    def badge_response(self, response, extension):
        # Other websites embed the badge: it may be cached for a day and carries no cookie.
        patch_cache_control(response, public=True, max_age=60 * 60 * 24)
        response["Content-Disposition"] = (
            f'inline; filename="klimaallianz-partner-{self.slug}.{extension}"'
        )
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["category"] = self.category.shown_on(self)
        context["municipality"] = self.municipality.shown_on(self)
        # Apps further along the dependency chain (projects) add to the profile through these
        # hooks, so that partners imports none of them (apps depend one way). Extensions are
        # template names: "head" and "body" for the public profile, "dashboard" for the
        # organisation's editors (partners.editors.OrganisationPanel). Sections are the
        # profile's lists, each rendered by its "template".
        context["profile_extensions"] = [
            extension
            for hook in hooks.get_hooks("partner_profile_extensions")
            if (extension := hook(self, request))
        ]
        context["profile_sections"] = remembered_for_page(
            self, request, "sections", lambda: self.render_sections(request)
        )
        return context

    def render_sections(self, request):
        """The profile's lists (its projects, its downloads) as HTML. They show other pages and
        up to two dozen cards: kept rendered until content changes, they cost no queries and
        no rendering on the next request."""
        sections = [
            section
            for hook in hooks.get_hooks("partner_profile_sections")
            for section in hook(self, request)
        ]
        return "".join(
            render_to_string(
                section["template"], {"partner": self, "section": section}, request=request
            )
            for section in sections
        )


class PartnerIndexPage(IndexPage):
    """The partner directory at /partner/: the member organisations of the alliance."""

    subpage_types = ["partners.PartnerPage"]
    page_size = 24
    listing_model = PartnerPage
    listing_filter = DirectoryFilter

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")

    def get_filtered_listing_context(self, listing, page_number):
        def cards(partners):
            complete_renditions(partners, LOGO_SPEC)
            # The cards name the terms in the page's language (profiles keep the German ones).
            categories, municipalities = listing.labels("kategorie"), listing.labels("gemeinde")
            for partner in partners:
                partner.category_name = categories.get(partner.category.slug, partner.category.name)
                partner.municipality_name = municipalities.get(
                    partner.municipality.slug, partner.municipality.name
                )
            return partners

        results = listing.results().for_cards().order_by("title", "pk")
        return listing_context(
            listing,
            page_number=page_number,
            page_size=self.page_size,
            results=results,
            cards=cards,
        )
