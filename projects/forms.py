from django import forms

from .queries import DEFAULT_ORDER, ORDERINGS


class ShowcaseFilterForm(forms.Form):
    """The showcase's GET parameters. Values that are no slug make the form invalid; slugs that
    name no term are caught by the page. Neither reaches a query. An unknown order is no
    filter: it falls back to the default."""

    handlungsfeld = forms.SlugField(required=False, max_length=100)
    status = forms.SlugField(required=False, max_length=20)
    gemeinde = forms.SlugField(required=False, max_length=100)
    partner = forms.SlugField(required=False, max_length=255)
    sortierung = forms.CharField(required=False)

    def clean_sortierung(self):
        order = self.cleaned_data["sortierung"]
        return order if order in ORDERINGS else DEFAULT_ORDER
