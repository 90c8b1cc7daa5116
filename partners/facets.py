from collections import namedtuple

from django.utils.translation import gettext_lazy as _

from home.listings import FacetFilter
from klimaallianz.page_cache import remembered

from .models import PartnerPage

# What a listing needs of a partner profile to offer, filter and count it. The translation key
# is kept as text: 500 UUID objects took longer to unpickle than everything else on the page.
ListedProfile = namedtuple("ListedProfile", "slug title translation_key path depth")


def partner_facet():
    """The `partner` facet of a listing with PartnerFacetMixin: only partners with results
    are offered. The filter set defines `filter_partner` and `count_by_partner(queryset)`."""
    return FacetFilter(
        method="filter_partner", count="count_by_partner", hide_unused=True, label=_("Partner")
    )


def listed_profiles(locale):
    """{slug: ListedProfile} of the listed profiles of a language, alphabetical; kept until
    content changes, since every showcase and downloads page offers all of them."""

    def load():
        profiles = PartnerPage.objects.listed(locale).order_by("title")
        rows = profiles.values_list(*ListedProfile._fields)
        return {
            slug: ListedProfile(slug, title, str(key), path, depth)
            for slug, title, key, path, depth in rows
        }

    return remembered(f"listed-profiles:{locale.pk}", load)


class PartnerFacetMixin:
    """The choices of a ListingFilterSet's `partner` facet: the listed profiles of the
    listing's language, by slug, kept in `self.partners` ({slug: ListedProfile})."""

    def partner_choices(self):
        self.partners = listed_profiles(self.locale)
        return [(slug, profile.title) for slug, profile in self.partners.items()]

    def value_in(self, name, value, locale):
        # A partner profile has a slug of its own in each language.
        if name != "partner":
            return super().value_in(name, value, locale)
        profiles = PartnerPage.objects.listed(locale).filter(
            translation_key=self.partners[value].translation_key
        )
        return profiles.values_list("slug", flat=True).first()
