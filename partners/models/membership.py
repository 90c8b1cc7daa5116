"""Organisations apply to join the alliance on the MembershipPage (/mitmachen/); the steering
group decides on each MembershipApplication in the admin (partners.viewsets)."""

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import PageForm
from home.models import BASE_TRANSLATABLE_FIELDS

from .pages import PartnerPage
from .terms import Municipality, PartnerCategory

# ?gesendet=1: the page after a successful application (Post/Redirect/Get).
SENT_PARAMETER = "gesendet"


class MembershipPage(Page):
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

    class Meta:
        verbose_name = _("membership page")
        verbose_name_plural = _("membership pages")

    def serve(self, request, *args, **kwargs):
        # Imported here: the form and the membership module import these models.
        from partners import membership
        from partners.forms import MembershipApplicationForm

        privacy_page = self.privacy_page.localized if self.privacy_page_id else None
        form_kwargs = {"locale": self.locale, "privacy_page": privacy_page, "request": request}
        status = 200
        if request.method == "POST":
            form = MembershipApplicationForm(request.POST, **form_kwargs)
            if form.is_spam():
                # A bot filled the honeypot: it sees the same answer as a person, nothing else.
                return redirect(self.sent_url(request))
            if membership.rate_limited(request):
                form.is_valid()  # so that what was typed is shown with its own errors
                form.add_error(None, membership.rate_limit_message())
                status = 429
            elif form.is_valid():
                membership.receive(form, page=self, request=request)
                return redirect(self.sent_url(request))
        else:
            form = MembershipApplicationForm(**form_kwargs)
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        return TemplateResponse(
            request, self.get_template(request, *args, **kwargs), context, status=status
        )

    def sent_url(self, request):
        return f"{self.get_url(request)}?{SENT_PARAMETER}=1"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sent"] = request.GET.get(SENT_PARAMETER) == "1"
        return context


class MembershipApplication(models.Model):
    """An organisation's application. Holds no IP address (data minimisation): the form's rate
    limit lives in the cache under a keyed hash of the address (partners.membership)."""

    class Status(models.TextChoices):
        NEW = "neu", _("new")
        ACCEPTED = "angenommen", _("accepted")
        REJECTED = "abgelehnt", _("rejected")

    organisation = models.CharField(_("organisation"), max_length=200)
    category = models.ForeignKey(
        PartnerCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    website = models.URLField(_("website"), blank=True)
    motivation = models.TextField(
        _("what the organisation wants to do for the climate"), max_length=2000
    )

    # Proof of what the applicant agreed to (Art. 7(1) GDPR: consent must be demonstrable).
    consented_at = models.DateTimeField(_("privacy notice accepted at"))
    consent_text = models.TextField(
        _("consent wording"), help_text=_("The checkbox label as the applicant saw it.")
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
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    decision_comment = models.TextField(
        _("comment"),
        blank=True,
        help_text=_(
            "Required when rejecting. The applicant receives it in the e-mail about the decision."
        ),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_page = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partner profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.organisation

    @property
    def is_decided(self):
        return self.status != self.Status.NEW
