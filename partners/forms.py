from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.public_forms import PublicForm

# The modules, not the package: the membership page's module imports this one while the
# package partners.models is still being loaded.
from .models.membership import MembershipApplication
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
        german = Locale.get_default()
        for name, model in (("category", PartnerCategory), ("municipality", Municipality)):
            german_terms = model.objects.filter(locale=german)
            pks = dict(german_terms.values_list("slug", "pk"))
            field = self.fields[name]
            field.queryset = german_terms
            field.choices = [
                ("", _("Please choose")),
                *(
                    (pks[slug], label)
                    for slug, label in model.objects.choices(locale)
                    if slug in pks
                ),
            ]

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def save(self, commit=True):
        application = super().save(commit=False)
        for name, value in self.consent_proof().items():
            setattr(application, name, value)
        if commit:
            application.save()
        return application
