from django.db.models import Prefetch

from wagtail.images import get_image_model

from home.listings import ListedPageQuerySet

# The logo rendition of the directory's cards; the template asks for the same one.
LOGO_SPEC = "max-320x160"


class PartnerQuerySet(ListedPageQuerySet):
    def by_slug(self, locale, slug):
        """A listed profile, or None."""
        return self.listed(locale).filter(slug=slug).defer_streamfields().first()

    def for_cards(self):
        """What a directory card shows, loaded in three queries for a whole page of cards."""
        logos = get_image_model().objects.prefetch_renditions(LOGO_SPEC)
        return (
            self.select_related("category", "municipality")
            .prefetch_related(Prefetch("listing_image", queryset=logos))
            .defer_streamfields()
        )
