from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter, ListingFilterSet, OrderFilter
from partners.facets import PartnerFacetMixin, partner_facet
from partners.models import Municipality

# The modules, not the package: the showcase's module imports this one while the package
# projects.models is still being loaded.
from .models.pages import ProjectStatus
from .models.topics import Topic
from .querysets import ORDERINGS


class ShowcaseFilter(PartnerFacetMixin, ListingFilterSet):
    """The showcase's GET parameters: ?handlungsfeld=…&status=…&gemeinde=…&partner=…
    &sortierung=… The partner facet lists only partners that have projects."""

    handlungsfeld = FacetFilter(
        field_name="topics__slug", method="filter_topic", label=_("Field of action")
    )
    status = FacetFilter(field_name="status", label=_("Status"))
    gemeinde = FacetFilter(field_name="municipality__slug", label=_("Municipality"))
    partner = partner_facet()
    sortierung = OrderFilter(orderings=ORDERINGS)

    def get_choices(self):
        return {
            "handlungsfeld": Topic.objects.choices(self.locale),
            "status": [(value, capfirst(label)) for value, label in ProjectStatus.choices],
            "gemeinde": Municipality.objects.choices(self.locale),
            "partner": self.partner_choices(),
        }

    def filter_topic(self, queryset, name, value):
        return queryset.with_topics([value])

    def filter_partner(self, queryset, name, value):
        # Projects name their partners by the German profiles: matched by translation key.
        return queryset.involving(self.partners[value].translation_key)

    def count_by_partner(self, queryset):
        by_key = queryset.count_by_partner()
        return {
            slug: by_key[partner.translation_key]
            for slug, partner in self.partners.items()
            if partner.translation_key in by_key
        }
