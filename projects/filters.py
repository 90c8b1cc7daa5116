from django.db.models import Count, Sum
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
    status = FacetFilter(field_name="status", count="count_by_status", label=_("Status"))
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
        by_key = {str(key): count for key, count in queryset.count_by_partner().items()}
        return {
            slug: by_key[partner.translation_key]
            for slug, partner in self.partners.items()
            if partner.translation_key in by_key
        }

    def by_status(self):
        """{status: {count, co2, with_co2}} of the projects under every chosen facet but the
        status, from one query: the status facet's counts, and added up, the totals."""
        if not hasattr(self, "_by_status"):
            self._by_status = self.remembered("by-status", self.count_by_status_and_co2)
        return self._by_status

    def count_by_status_and_co2(self):
        rows = (
            self.filtered(exclude="status")
            .order_by()
            .values("status")
            .annotate(count=Count("pk"), co2=Sum("co2_saved"), with_co2=Count("co2_saved"))
        )
        return {row.pop("status"): row for row in rows}

    def count_by_status(self, queryset):
        return {status: row["count"] for status, row in self.by_status().items()}

    def totals(self):
        """{count, co2, with_co2}: the projects shown, their CO₂ savings per year added up,
        and how many of them state one. A project has one status, so the totals are the
        rows of the chosen status, or all of them."""
        chosen = self.chosen.get("status")
        rows = [row for status, row in self.by_status().items() if chosen in (None, status)]
        savings = [row["co2"] for row in rows if row["co2"] is not None]
        return {
            "count": sum(row["count"] for row in rows),
            "co2": sum(savings) if savings else None,
            "with_co2": sum(row["with_co2"] for row in rows),
        }
