"""What every public form page shares (membership applications, supporters): a form with a
honeypot and a provable consent to the privacy notice, and a page type that receives it with a
per-address rate limit and answers with post/redirect/get.

The markup lives in templates/home/includes/form.html."""

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import RICH_TEXT_FEATURES
from .requests import client_address
from .routing import RoutedPageMixin

# ?gesendet=1: the thank-you state after a successful submission. Redirecting to it means a
# reload or the back button never sends the form a second time.
SENT_PARAMETER = "gesendet"

PRIVACY_NOTICE = _("privacy notice")


class PublicForm(forms.Form):
    """A form the public fills in, without an account.

    `kennung` is a honeypot: hidden from people and skipped by the keyboard, but filled in by
    bots that fill every field. Its name means nothing to browsers, so that their autofill
    never fills it in for a person.

    `privacy_consent` is the required consent to the privacy notice. Its label is
    `consent_label` with `{privacy_notice}` replaced by a link to `privacy_page`; the wording
    and the page's revision are what `consent_proof()` returns for storing with the
    submission, because consent must be demonstrable (Art. 7(1) GDPR).

    A ModelForm puts it first among its bases: `class F(PublicForm, forms.ModelForm)`, so
    that its keyword arguments are taken before ModelForm sees them."""

    honeypot_name = "kennung"
    consent_label = _(
        "I have read the {privacy_notice} and agree that the Klimaallianz processes the details "
        "in this form."
    )

    kennung = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    privacy_consent = forms.BooleanField(
        error_messages={"required": _("Please confirm that you have read the privacy notice.")}
    )

    def __init__(self, *args, privacy_page=None, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_page = privacy_page
        privacy_url = privacy_page.get_url(request) if privacy_page else ""
        link = (
            format_html('<a href="{}">{}</a>', privacy_url, PRIVACY_NOTICE)
            if privacy_url
            else PRIVACY_NOTICE
        )
        self.fields["privacy_consent"].label = format_html(self.consent_label, privacy_notice=link)

    def is_spam(self):
        return bool(self.data.get(self.honeypot_name, "").strip())

    def consent_text(self):
        """The checkbox label as plain text, with the address of the privacy notice."""
        notice = f"{PRIVACY_NOTICE} ({self.privacy_page.full_url})" if self.privacy_page else ""
        return str(self.consent_label).format(privacy_notice=notice or PRIVACY_NOTICE)

    def privacy_notice_version(self):
        if not self.privacy_page:
            return ""
        # An untranslated English page is an alias: its text is the German page's revision.
        page = self.privacy_page.alias_of if self.privacy_page.alias_of_id else self.privacy_page
        return f"{page.title} · ID {page.pk} · Revision {page.live_revision_id}"[:255]

    def consent_proof(self):
        """The values to store with a submission as proof of the consent given."""
        return {
            "consented_at": timezone.now(),
            "consent_text": self.consent_text(),
            "privacy_notice_version": self.privacy_notice_version(),
        }


class PublicFormPage(RoutedPageMixin, Page):
    """A page whose form the public fills in: the privacy notice its consent links to, the
    text after sending, and `serve`. A page type names `form_class` (a PublicForm taking the
    page's `locale`), `rate_limit` (a home.requests.RateLimit per visitor address, counted in
    the shared cache so that every app server counts together) with `rate_limit_message`, and
    implements `form_valid`. Its panels and translatable fields add `form_panels` and
    `form_translatable_fields`."""

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
        help_text=_("Shown after the form has been sent. Say what happens next."),
    )

    form_panels = [FieldPanel("privacy_page"), FieldPanel("thank_you_text")]
    form_translatable_fields = [
        SynchronizedField("privacy_page"),
        TranslatableField("thank_you_text"),
    ]

    form_class = None
    rate_limit = None
    rate_limit_message = ""

    class Meta:
        abstract = True

    def get_form_kwargs(self, request):
        privacy_page = self.privacy_page.localized if self.privacy_page_id else None
        return {"request": request, "locale": self.locale, "privacy_page": privacy_page}

    def form_valid(self, form, request):
        """Store the valid submission and send its e-mails. Return False when it repeats one
        received a moment ago (a double click) and stored nothing: then it does not count
        against the rate limit."""
        raise NotImplementedError

    def serve(self, request, *args, **kwargs):
        return self.serve_form(request, *args, **kwargs)

    def serve_form(self, request, *args, **kwargs):
        """The form's page; a RoutablePageMixin page calls it from its own route."""
        if self.form_class is None or self.rate_limit is None:
            raise ImproperlyConfigured(f"{type(self).__name__} needs form_class and rate_limit.")
        form_kwargs = self.get_form_kwargs(request)
        status = 200
        if request.method == "POST":
            form = self.form_class(request.POST, **form_kwargs)
            if form.is_spam():
                # A bot filled the honeypot: it sees the same answer as a person, nothing else.
                return redirect(self.sent_url(request))
            address = client_address(request)
            if self.rate_limit.exceeded(address):
                form.is_valid()  # so that what was typed is shown with its own errors
                form.add_error(None, self.rate_limit_message)
                status = 429
            elif form.is_valid():
                if self.form_valid(form, request) is not False:
                    self.rate_limit.count(address)
                return redirect(self.sent_url(request))
        else:
            form = self.form_class(**form_kwargs)
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
