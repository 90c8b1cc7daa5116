from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter, ListingFilterSet
from partners.facets import PartnerFacetMixin, partner_facet

from .categories import DownloadCategory


class DownloadFilter(PartnerFacetMixin, ListingFilterSet):
    """The downloads listing's GET parameters: ?kategorie=…&partner=…&sprache=… A download
    belongs to the partner whose profile it is below."""

    kategorie = FacetFilter(field_name="category__slug", label=_("Category"))
    partner = partner_facet()
    sprache = FacetFilter(method="filter_language", count="count_by_language", label=_("Language"))

    def get_choices(self):
        return {
            "kategorie": DownloadCategory.objects.choices(self.locale),
            "partner": self.partner_choices(),
            "sprache": settings.LANGUAGES,
        }

    def filter_partner(self, queryset, name, value):
        return queryset.below(self.partners[value])

    def count_by_partner(self, queryset):
        if not self.partners:
            return {}
        # Every profile sits at the same depth, below the partner directory.
        depth = next(iter(self.partners.values())).depth
        by_path = queryset.count_by_ancestor(depth)
        return {
            slug: by_path[partner.path]
            for slug, partner in self.partners.items()
            if partner.path in by_path
        }

    def filter_language(self, queryset, name, value):
        return queryset.in_language(value)

    def count_by_language(self, queryset):
        return queryset.count_by_language()
