from django.db import models
from django.db.models import Count
from django.utils import timezone

from home.listings import ListedPageQuerySet

# The logo rendition of the directory's cards; the template asks for the same one.
LOGO_SPEC = "max-320x160"


class PartnerQuerySet(ListedPageQuerySet):
    def by_slug(self, locale, slug):
        """A listed profile, or None."""
        return self.listed(locale).filter(slug=slug).defer_streamfields().first()

    def for_cards(self):
        """What a directory card shows, loaded in three queries for a whole page of cards."""
        return (
            self.select_related("category", "municipality")
            .with_listing_images(LOGO_SPEC)
            .defer_streamfields()
        )


class SupporterQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def expired(self, period):
        """Unconfirmed sign-ups whose link, valid for `period` (a timedelta), has run out."""
        return self.unconfirmed().filter(signed_up_at__lt=timezone.now() - period)

    def listed(self):
        """The confirmed supporters who agreed to be named, newest first."""
        return self.confirmed().filter(listed=True).order_by("-confirmed_at", "-pk")

    def count_by_municipality(self):
        """{municipality slug: number of confirmed supporters}, in one grouped query; those who
        gave no municipality are counted under None."""
        grouped = (
            self.confirmed()
            .order_by()
            .values_list("municipality__slug")
            .annotate(count=Count("pk"))
        )
        return dict(grouped)
