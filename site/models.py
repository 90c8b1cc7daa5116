import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
# WCAG 2.1 AA for normal text (1.4.3): brand colours carry white text and stand for links.
MINIMUM_CONTRAST = 4.5


def relative_luminance(hex_colour):
    def channel(value):
        value = value / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_brand_colour(value):
    if not HEX_COLOUR.match(value):
        raise ValidationError(_("Enter a colour as # and six hex digits, for example #1b5e20."))
    ratio = contrast_ratio(value, WHITE)
    if ratio < MINIMUM_CONTRAST:
        raise ValidationError(
            _(
                "This colour has a contrast of %(ratio)s:1 against white; at least 4.5:1 is "
                "needed so that text stays readable (WCAG 2.1 AA). Choose a darker shade."
            ),
            params={"ratio": number_format(ratio, decimal_pos=1)},
        )


class LocalizedTextMixin:
    """The few brand texts are kept in German and English side by side in the settings form;
    settings are per site, and the site serves both languages."""

    def localized(self, field):
        if (get_language() or "de").startswith("en"):
            return getattr(self, f"{field}_en") or getattr(self, field)
        return getattr(self, field)


@register_setting(icon="site")
class BrandSettings(LocalizedTextMixin, ClusterableModel, BaseSiteSetting):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Replaces the built-in logo. A wide PNG with a transparent background works best."
        ),
    )
    claim = models.CharField(_("claim (German)"), max_length=120, blank=True)
    claim_en = models.CharField(_("claim (English)"), max_length=120, blank=True)
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#1b5e20",
        validators=[validate_brand_colour],
        help_text=_("Header, buttons and links."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#00695c",
        validators=[validate_brand_colour],
        help_text=_("Highlights and the footer."),
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("claim"), FieldPanel("claim_en")], heading=_("Claim")),
        FieldRowPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")], heading=_("Colours")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_address"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link")),
    ]

    class Meta:
        verbose_name = _("brand")
        verbose_name_plural = _("brand")

    @property
    def localized_claim(self):
        return self.localized("claim")


class FooterLink(LocalizedTextMixin, Orderable):
    settings = ParentalKey(BrandSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Links to the page in the reader's language where it is translated."),
    )
    url = models.URLField(_("or web address"), blank=True)
    label = models.CharField(
        _("link text (German)"),
        max_length=80,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )
    label_en = models.CharField(_("link text (English)"), max_length=80, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("page"), FieldPanel("url")]),
        FieldRowPanel([FieldPanel("label"), FieldPanel("label_en")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError({"url": _("Choose a page or enter a web address, not both.")})
        if self.url and not self.label:
            raise ValidationError({"label": _("A web address needs a link text.")})


class OutgoingMail(models.Model):
    """Every e-mail the site sends, recorded before it is sent and delivered by a task outside
    the request (klimaallianz.mail). A mail that keeps failing stays here, visible to the
    steering group, until someone sends it again."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    subject = models.TextField(_("subject"))
    recipients = models.TextField(_("recipients"))
    # What it takes to build the message again; emptied once it is sent, so that invitation
    # links and applicants' details are not kept longer than needed.
    message = models.JSONField(_("message"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]
        permissions = [("resend_outgoingmail", _("Can send an e-mail again"))]

    def __str__(self):
        return self.subject
