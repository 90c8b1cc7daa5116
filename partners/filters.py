from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter, ListingFilterSet

# The modules, not the package: the page models import this module while the package
# partners.models is still being loaded.
from .models.terms import Municipality, PartnerCategory


class DirectoryFilter(ListingFilterSet):
    """The directory's GET parameters: ?kategorie=…&gemeinde=…"""

    kategorie = FacetFilter(field_name="category__slug", label=_("Category"))
    gemeinde = FacetFilter(field_name="municipality__slug", label=_("Municipality"))

    def get_choices(self):
        return {
            "kategorie": PartnerCategory.objects.choices(self.locale),
            "gemeinde": Municipality.objects.choices(self.locale),
        }
