from django import forms
from django.conf import settings
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.public_forms import PublicForm

# The modules, not the package: the membership page's module imports this one while the
# package partners.models is still being loaded.
from .models.membership import MembershipApplication
from .models.supporters import Supporter
from .models.terms import Municipality, PartnerCategory


class EmailListField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        return [
            line.strip() for line in (value or "").replace(",", "\n").splitlines() if line.strip()
        ]

    def validate(self, value):
        super().validate(value)
        for email in value:
            try:
                validate_email(email)
            except forms.ValidationError as error:
                raise forms.ValidationError(
                    _("“%(value)s” is not an e-mail address."), params={"value": email}
                ) from error


PLEASE_CHOOSE = _("Please choose")


def offer_german_terms(field, model, locale, empty_label=PLEASE_CHOOSE):
    """Let the ModelChoiceField `field` offer the terms of `model` by their names in the
    language of `locale` but store the German terms, as pages do. "Outside the district" comes
    last, after the district's municipalities in alphabetical order."""
    choices = model.objects.german_choices(locale)
    choices.sort(key=lambda choice: choice[0] == Municipality.OUTSIDE_DISTRICT)
    field.queryset = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    field.choices = [("", empty_label), *((pk, name) for _slug, pk, name in choices)]


class OnboardingForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    category = forms.ModelChoiceField(label=_("Category"), queryset=PartnerCategory.objects.none())
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.none()
    )
    summary = forms.CharField(
        label=_("Short description"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    editors = EmailListField(
        label=_("Editors' e-mail addresses"),
        required=False,
        help_text=_("One per line. Each gets an e-mail with a link to choose a password."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        german = Locale.get_default()
        self.fields["category"].queryset = PartnerCategory.objects.filter(locale=german)
        self.fields["municipality"].queryset = Municipality.objects.filter(locale=german)


class MembershipApplicationForm(PublicForm, forms.ModelForm):
    """The public application form of the MembershipPage. Categories and municipalities are
    offered by their names in the page's language, but the German terms are stored, as on the
    partner profiles. The honeypot and the consent come from PublicForm."""

    consent_label = _(
        "I have read the {privacy_notice} and agree that the Klimaallianz processes the details in "
        "this form to handle the application."
    )

    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=_("Optional, for example https://www.example.org"),
        error_messages={
            "invalid": _(
                "Please enter a complete web address, for example https://www.example.org."
            )
        },
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "organisation",
            "category",
            "municipality",
            "contact_name",
            "email",
            "website",
            "motivation",
        ]
        labels = {
            "organisation": _("Name of the organisation"),
            "category": _("Category"),
            "municipality": _("Town or municipality"),
            "contact_name": _("Contact person"),
            "email": _("E-mail address"),
            "motivation": _("What does your organisation want to do for the climate?"),
        }
        help_texts = {
            "email": _(
                "We send the confirmation and our decision to this address. Once the "
                "organisation is accepted, it is also the login for its profile."
            ),
            "municipality": _("Where the organisation is based."),
            "motivation": _(
                "A few sentences, at most 2,000 characters. They may become the first draft of "
                "your public profile, which you can change before anything is published."
            ),
        }
        error_messages = {
            "organisation": {"required": _("Please enter the name of the organisation.")},
            "category": {
                "required": _("Please choose a category."),
                "invalid_choice": _("Please choose a category from the list."),
            },
            "municipality": {
                "required": _("Please choose a town or municipality."),
                "invalid_choice": _("Please choose a town or municipality from the list."),
            },
            "contact_name": {"required": _("Please enter the name of the contact person.")},
            "email": {
                "required": _("Please enter an e-mail address."),
                "invalid": _("Please enter a valid e-mail address, for example name@example.org."),
            },
            "motivation": {
                "required": _("Please tell us what your organisation wants to do for the climate.")
            },
        }
        widgets = {
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "motivation": forms.Textarea(attrs={"rows": 7}),
        }

    field_order = [*Meta.fields[:6], PublicForm.honeypot_name, "motivation", "privacy_consent"]

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        offer_german_terms(self.fields["category"], PartnerCategory, locale)
        offer_german_terms(self.fields["municipality"], Municipality, locale)

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def save(self, commit=True):
        application = super().save(commit=False)
        for name, value in self.consent_proof().items():
            setattr(application, name, value)
        if commit:
            application.save()
        return application


class SupporterForm(PublicForm, forms.ModelForm):
    """The sign-up of the SupporterPage. The consent to the privacy notice is required; the
    consent to the alliance's news is a separate, optional one, stored with its wording."""

    consent_label = _(
        "I have read the {privacy_notice} and agree that the Klimaallianz stores my details to "
        "count me as a supporter and, if I wish, to name me in the public list."
    )
    news_consent_label = _(
        "I would like to receive news from the Klimaallianz by e-mail. I can withdraw this "
        "consent at any time."
    )

    # A plain form field, not the model's: the model would check that the address is new and
    # so tell anyone whether it is known. partners.supporters.receive handles known addresses.
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send you a link to confirm your support. Nobody else sees it."),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = Supporter
        fields = ["name", "municipality", "listed", "wants_news"]
        labels = {
            "name": _("First and last name"),
            "municipality": _("Town or municipality"),
            "listed": _("Show my name in the public list of supporters"),
        }
        help_texts = {
            "municipality": _("Optional. We count supporters per town and municipality."),
            "listed": _(
                "Optional. The list shows your first name and the initial of your last name, "
                "for example “Maria H.”, and your town if you give one."
            ),
        }
        error_messages = {
            "name": {
                "required": _("Please enter your name."),
                "max_length": _("Please shorten your name to at most %(limit_value)d characters."),
            },
            "municipality": {
                "invalid_choice": _("Please choose a town or municipality from the list."),
            },
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    field_order = [
        "name",
        "email",
        PublicForm.honeypot_name,
        "municipality",
        "listed",
        "privacy_consent",
        "wants_news",
    ]

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        offer_german_terms(
            self.fields["municipality"], Municipality, locale, empty_label=_("No answer")
        )
        self.fields["wants_news"].label = self.news_consent_label

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        # The name may appear in the public list: it is a name, not a link or an address.
        if not any(char.isalpha() for char in name) or any(
            mark in name.casefold() for mark in ("://", "www.", "@", "<", ">")
        ):
            raise forms.ValidationError(_("Please enter only your name."))
        return name

    def save(self, commit=True):
        supporter = super().save(commit=False)
        supporter.email = self.cleaned_data["email"]
        for name, value in self.consent_proof().items():
            setattr(supporter, name, value)
        supporter.news_consent_text = str(self.news_consent_label) if supporter.wants_news else ""
        supporter.language = self.locale.language_code
        if commit:
            supporter.save()
        return supporter
