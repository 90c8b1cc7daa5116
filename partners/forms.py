from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .models import Municipality, PartnerCategory


class DirectoryFilterForm(forms.Form):
    """The directory's GET parameters. Unknown slugs are dropped by the form, never passed to
    a query (STYLE.md: cfpb's filterable lists)."""

    kategorie = forms.SlugField(required=False)
    gemeinde = forms.SlugField(required=False)


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
