from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter

from .models import PartnerPage


def partner_facet():
    """The `partner` facet of a listing with PartnerFacetMixin: only partners with results
    are offered. The filter set defines `filter_partner` and `count_by_partner(queryset)`."""
    return FacetFilter(
        method="filter_partner", count="count_by_partner", hide_unused=True, label=_("Partner")
    )


class PartnerFacetMixin:
    """The choices of a ListingFilterSet's `partner` facet: the listed profiles of the
    listing's language, by slug, kept in `self.partners` ({slug: profile})."""

    def partner_choices(self):
        profiles = PartnerPage.objects.listed(self.locale).order_by("title")
        self.partners = {
            profile.slug: profile
            for profile in profiles.only("title", "slug", "translation_key", "path", "depth")
        }
        return [(slug, profile.title) for slug, profile in self.partners.items()]

    def value_in(self, name, value, locale):
        # A partner profile has a slug of its own in each language.
        if name != "partner":
            return super().value_in(name, value, locale)
        profiles = PartnerPage.objects.listed(locale).filter(
            translation_key=self.partners[value].translation_key
        )
        return profiles.values_list("slug", flat=True).first()
