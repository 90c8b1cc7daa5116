from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter, ListingFilterSet, OrderFilter
from partners.models import Municipality, PartnerPage

# The modules, not the package: the showcase's module imports this one while the package
# projects.models is still being loaded.
from .models.pages import ProjectStatus
from .models.topics import Topic
from .querysets import ORDERINGS


class ShowcaseFilter(ListingFilterSet):
    """The showcase's GET parameters: ?handlungsfeld=…&status=…&gemeinde=…&partner=…
    &sortierung=… The partner facet lists only partners that have projects."""

    handlungsfeld = FacetFilter(
        field_name="topics__slug", method="filter_topic", label=_("Field of action")
    )
    status = FacetFilter(field_name="status", label=_("Status"))
    gemeinde = FacetFilter(field_name="municipality__slug", label=_("Municipality"))
    partner = FacetFilter(
        method="filter_partner", count="count_by_partner", hide_unused=True, label=_("Partner")
    )
    sortierung = OrderFilter(orderings=ORDERINGS)

    def get_choices(self):
        partners = PartnerPage.objects.listed(self.locale).order_by("title")
        # {slug: translation key}: projects name their partners by the German profiles.
        self.partner_keys = {}
        partner_choices = []
        for slug, title, key in partners.values_list("slug", "title", "translation_key"):
            self.partner_keys[slug] = key
            partner_choices.append((slug, title))
        return {
            "handlungsfeld": Topic.objects.choices(self.locale),
            "status": [(value, capfirst(label)) for value, label in ProjectStatus.choices],
            "gemeinde": Municipality.objects.choices(self.locale),
            "partner": partner_choices,
        }

    def filter_topic(self, queryset, name, value):
        return queryset.with_topics([value])

    def filter_partner(self, queryset, name, value):
        return queryset.involving(self.partner_keys[value])

    def count_by_partner(self, queryset):
        by_key = queryset.count_by_partner()
        return {slug: by_key[key] for slug, key in self.partner_keys.items() if key in by_key}

    def value_in(self, name, value, locale):
        # A partner profile has a slug of its own in each language.
        if name != "partner":
            return super().value_in(name, value, locale)
        profiles = PartnerPage.objects.listed(locale).filter(
            translation_key=self.partner_keys[value]
        )
        return profiles.values_list("slug", flat=True).first()
