"""Organisations apply to join the alliance on the MembershipPage (/mitmachen/); the steering
group decides on each MembershipApplication in the admin (partners.viewsets)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import PageForm
from home.models import BASE_TRANSLATABLE_FIELDS
from home.public_forms import PublicFormPage

from .. import applications
from ..forms import MembershipApplicationForm


class MembershipPage(PublicFormPage):
    """The application form for organisations that want to become partners."""

    parent_page_types = ["home.HomePage"]
    base_form_class = PageForm
    subpage_types = []
    max_count_per_parent = 1

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), *PublicFormPage.form_panels]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    translatable_fields = (
        BASE_TRANSLATABLE_FIELDS
        + [TranslatableField("introduction")]
        + PublicFormPage.form_translatable_fields
    )

    form_class = MembershipApplicationForm
    rate_limit = applications.RATE_LIMIT
    rate_limit_message = applications.RATE_LIMIT_MESSAGE

    class Meta:
        verbose_name = _("membership page")
        verbose_name_plural = _("membership pages")

    def form_valid(self, form, request):
        return applications.receive(form, page=self)
