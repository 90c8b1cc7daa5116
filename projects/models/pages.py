from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, LinkBlock
from home.forms import PageForm
from home.listings import readable
from home.models import (
    BASE_TRANSLATABLE_FIELDS,
    ListingFields,
    MapPositionMixin,
    listing_image_field,
)
from home.renditions import complete_renditions, image_filter
from home.routing import RoutedPageMixin
from klimaallianz.page_cache import remembered_for_page
from partners.models import Municipality, PartnerPage

from ..querysets import CARD_IMAGE_SPECS, ProjectQuerySet, add_topic_names
from ..structured_data import project_json_ld
from .topics import Topic

# The rendition at the top of a project page; it is also the image of the structured data.
HERO_IMAGE_SPECS = ("width-600|format-webp", "width-1200|format-webp")

END_BEFORE_START = _("The end cannot be before the start.")
CO2_METHOD_MISSING = _("Say how the CO₂ saving was determined: measured, calculated or estimated.")


class ProjectStatus(models.TextChoices):
    # The values are the slugs of the showcase filter (?status=laufend).
    PLANNED = "geplant", _("planned")
    ONGOING = "laufend", _("ongoing")
    COMPLETED = "abgeschlossen", _("completed")


class Co2Method(models.TextChoices):
    MEASURED = "gemessen", _("measured")
    CALCULATED = "berechnet", _("calculated")
    ESTIMATED = "geschaetzt", _("estimated")


def in_default_language():
    """Projects are written in the German tree; English translations keep the German choices
    (synchronised fields), so the admin offers only the German fields of action."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def live_partners_in_default_language():
    """Only published partner profiles can be chosen as participants: a draft's name is not
    public yet, and a partner must not learn of another organisation's drafts."""
    return Q(live=True, locale__language_code=settings.LANGUAGE_CODE)


class ProjectPage(RoutedPageMixin, ListingFields, MapPositionMixin, Page):
    """A climate project: below its lead partner's profile, or below the showcase for the
    alliance's own projects."""

    parent_page_types = ["partners.PartnerPage", "projects.ProjectIndexPage"]
    subpage_types = []
    serve_related = ("municipality", "lead_partner", "listing_image")
    base_form_class = PageForm
    objects = PageManager.from_queryset(ProjectQuerySet)()

    listing_image = listing_image_field(
        _("main image"),
        _("Shown on the project page and its card."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("fields of action"),
        related_name="projects",
        blank=True,
        limit_choices_to=in_default_language,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Planned or actual end; leave empty if open.")
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the project takes place, if it is in one town or municipality."),
    )
    lead_partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("lead partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_projects",
        help_text=_(
            "Filled in automatically when the project sits below a partner profile: that "
            "partner leads it. Choose one only for projects in the showcase itself."
        ),
    )
    participating_partners = ParentalManyToManyField(
        PartnerPage,
        verbose_name=_("participating partners"),
        related_name="participating_projects",
        blank=True,
        limit_choices_to=live_partners_in_default_language,
    )
    co2_saved = models.DecimalField(
        _("CO₂ saved (tonnes per year)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    co2_method = models.CharField(
        _("how the CO₂ saving was determined"),
        max_length=20,
        choices=Co2Method.choices,
        blank=True,
    )
    investment = models.PositiveIntegerField(_("investment (euros)"), null=True, blank=True)
    funding_programme = models.CharField(
        _("funding programme"),
        max_length=200,
        blank=True,
        help_text=_("For example: Kommunalrichtlinie (NKI)"),
    )
    measure_code = models.CharField(
        _("measure of the Klimaschutzkonzept"),
        max_length=2,
        blank=True,
        validators=[
            RegexValidator(
                r"^[1-6][A-Z]$",
                message=_(
                    "Enter the number of the measure as in the Klimaschutzkonzept: the field "
                    "of action (1 to 6) and a capital letter, for example 1U."
                ),
            )
        ],
        help_text=_("Optional, for example 1U (photovoltaics on all district buildings)."),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("Where the project can be seen, for example a street or a building."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("For example the project's own website or a press article."),
    )

    content_panels = Page.content_panels + [
        *ListingFields.listing_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("municipality"),
                FieldPanel("measure_code"),
            ],
            heading=_("About the project"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_partner"),
                FieldPanel("participating_partners", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Partners"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("co2_saved"), FieldPanel("co2_method")]),
                FieldRowPanel([FieldPanel("investment"), FieldPanel("funding_programme")]),
            ],
            heading=_("Key figures"),
        ),
        FieldRowPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                MapPositionMixin.map_position_panel,
            ],
            heading=_("Location"),
        ),
        FieldPanel("links"),
    ]
    search_fields = (
        Page.search_fields
        + ListingFields.listing_search_fields
        + [
            index.SearchField("body"),
            index.SearchField("funding_programme"),
            index.SearchField("address"),
            index.RelatedFields("topics", [index.SearchField("name", boost=1.5)]),
            index.RelatedFields("municipality", [index.SearchField("name")]),
            index.FilterField("status"),
            index.FilterField("municipality"),
            index.FilterField("lead_partner"),
            index.FilterField("start_date"),
        ]
    )
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + ListingFields.listing_translatable_fields
        + [
            TranslatableField("body"),
            SynchronizedField("topics"),
            SynchronizedField("status"),
            SynchronizedField("start_date"),
            SynchronizedField("end_date"),
            SynchronizedField("municipality"),
            SynchronizedField("lead_partner"),
            SynchronizedField("participating_partners"),
            SynchronizedField("co2_saved"),
            SynchronizedField("co2_method"),
            SynchronizedField("investment"),
            TranslatableField("funding_programme"),
            SynchronizedField("measure_code"),
            SynchronizedField("contact_name"),
            SynchronizedField("contact_email"),
            TranslatableField("address"),
            *MapPositionMixin.map_position_translatable_fields,
            TranslatableField("links"),
        ]
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def take_lead_partner_from_parent(self):
        """Below a partner profile, that partner leads the project. A new page has no parent
        yet while the admin validates its form; `save` sets the lead then (Wagtail saves
        drafts without `full_clean`)."""
        parent = self.get_parent() if self.path else None
        if parent is not None and issubclass(parent.specific_class, PartnerPage):
            self.lead_partner_id = parent.pk

    def clean(self):
        super().clean()
        self.take_lead_partner_from_parent()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = END_BEFORE_START
        if self.co2_saved is not None and not self.co2_method:
            errors["co2_method"] = CO2_METHOD_MISSING
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.take_lead_partner_from_parent()
        return super().save(*args, **kwargs)

    def get_partners(self):
        """The project's partners, the lead first, each as its live profile in the project's
        language (the German one where there is none, or only an alias); unpublished partners
        are left out. [{page, lead}], from three queries however many partners there are."""
        lead = self.lead_partner if self.lead_partner_id else None
        chosen = ([lead] if lead else []) + list(self.participating_partners.all())
        keys = list(dict.fromkeys(partner.translation_key for partner in chosen))
        profiles = {}
        profiles_in_any_language = readable(PartnerPage.objects.all()).defer_streamfields()
        for profile in profiles_in_any_language.filter(translation_key__in=keys):
            current = profiles.get(profile.translation_key)
            if current is None or profile.locale_id == self.locale_id:
                profiles[profile.translation_key] = profile
        return [
            {"page": profiles[key], "lead": lead is not None and key == lead.translation_key}
            for key in keys
            if key in profiles
        ]

    def get_related(self, topics, limit=3):
        """Up to `limit` other live projects of the same language that share a field of
        action, newest first."""
        if not topics:
            return []
        projects = ProjectPage.objects.listed(self.locale).exclude(pk=self.pk)
        sharing = projects.with_topics({topic.slug for topic in topics})
        return list(sharing.for_cards().newest()[:limit])

    def get_connections(self):
        """The names of the project's fields of action, its partners and its related
        projects: what the page shows of terms and other pages."""
        names = dict(Topic.objects.choices(self.locale))
        topics = list(self.topics.all())
        related = complete_renditions(self.get_related(topics), *CARD_IMAGE_SPECS)
        add_topic_names(related, names)
        return {
            "topic_names": [names.get(topic.slug, topic.name) for topic in topics],
            "partners": self.get_partners(),
            "related_projects": related,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        connections = remembered_for_page(self, request, "connections", self.get_connections)
        # The page offers both renditions to the browser (the main column is at most about
        # 50rem wide); the largest is the one shared (Open Graph, structured data).
        hero_image = (
            ResponsiveImage(
                get_renditions_or_not_found(
                    self.listing_image, [image_filter(spec) for spec in HERO_IMAGE_SPECS]
                ),
                {
                    "alt": self.listing_image_alt_text,
                    "sizes": "(min-width: 60em) 50rem, 100vw",
                    "fetchpriority": "high",
                },
            )
            if self.listing_image
            else None
        )
        hero = hero_image.renditions[-1] if hero_image else None
        municipality = self.municipality.shown_on(self) if self.municipality_id else None
        context.update(
            {
                **connections,
                "municipality": municipality,
                "hero": hero,
                "hero_image": hero_image,
                "json_ld": project_json_ld(
                    self,
                    request,
                    partners=connections["partners"],
                    image=hero,
                    municipality=municipality,
                ),
            }
        )
        return context
