from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BASE_TRANSLATABLE_FIELDS, IndexPage

from .terms import Municipality, PartnerCategory


class PartnerIndexPage(IndexPage):
    """The partner directory at /partner/: the member organisations of the alliance."""

    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")


class PartnerPage(RoutablePageMixin, Page):
    """A member organisation's profile. Its editors own the subtree below it (DESIGN.md)."""

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["projects.ProjectPage"]

    category = models.ForeignKey(
        PartnerCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ideally an SVG or a PNG with a transparent background."),
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
        FieldPanel("logo"),
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
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and map position"),
        ),
        FieldRowPanel(
            [FieldPanel("member_since"), FieldPanel("representative")],
            heading=_("Membership"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("category"),
        index.FilterField("municipality"),
    ]
    translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("category"),
        SynchronizedField("municipality"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("member_since"),
        SynchronizedField("representative"),
    ]

    class Meta:
        verbose_name = _("partner profile")
        verbose_name_plural = _("partner profiles")
        permissions = [("onboard_partner", "Can onboard member organisations")]
