"""Organisations apply to join the alliance on the MembershipPage (/mitmachen/); the steering
group decides on each MembershipApplication in the admin (partners.viewsets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import PageForm
from home.models import BASE_TRANSLATABLE_FIELDS
from home.public_forms import PublicFormPageMixin

from .. import applications
from ..forms import MembershipApplicationForm


class MembershipPage(PublicFormPageMixin, Page):
    """The application form for organisations that want to become partners."""

    parent_page_types = ["home.HomePage"]
    base_form_class = PageForm
    subpage_types = []
    max_count_per_parent = 1

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the consent checkbox links to."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after an application has been sent. Say what happens next."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("privacy_page"),
        FieldPanel("thank_you_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("introduction"),
        SynchronizedField("privacy_page"),
        TranslatableField("thank_you_text"),
    ]

    form_class = MembershipApplicationForm
    rate_limit = applications.RATE_LIMIT
    rate_limit_message = applications.RATE_LIMIT_MESSAGE

    class Meta:
        verbose_name = _("membership page")
        verbose_name_plural = _("membership pages")

    def get_form_kwargs(self, request):
        privacy_page = self.privacy_page.localized if self.privacy_page_id else None
        return {
            **super().get_form_kwargs(request),
            "locale": self.locale,
            "privacy_page": privacy_page,
        }

    def form_valid(self, form, request):
        return applications.receive(form, page=self)
