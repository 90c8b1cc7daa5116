"""The partner directory's queries: one listing query, one facet query per filter."""

from django.conf import settings
from django.db.models import Count, Prefetch

from wagtail.images import get_image_model

from .models import Municipality, PartnerCategory, PartnerPage

# The logo rendition the directory cards show; the template uses the same constant.
LOGO_SPEC = "max-320x160"


def live_partners(*, locale):
    return PartnerPage.objects.live().public().filter(locale=locale)


def partner_listing(*, locale, category=None, municipality=None):
    """Live partner profiles of one language, with their logos' renditions loaded."""
    partners = live_partners(locale=locale)
    if category:
        partners = partners.filter(category__slug=category)
    if municipality:
        partners = partners.filter(municipality__slug=municipality)
    logos = get_image_model().objects.prefetch_renditions(LOGO_SPEC)
    return (
        partners.select_related("category", "municipality")
        .prefetch_related(Prefetch("listing_image", queryset=logos))
        .defer_streamfields()
        .order_by("title", "pk")
    )


def facet_counts(*, locale, field, **filters):
    """{slug: number of live partners} for one filter field, under the other filters."""
    partners = live_partners(locale=locale)
    for name, slug in filters.items():
        if slug:
            partners = partners.filter(**{f"{name}__slug": slug})
    return dict(
        partners.order_by()
        .values_list(f"{field}__slug")
        .annotate(count=Count("pk"))
        .values_list(f"{field}__slug", "count")
    )


def localized_terms(model, *, locale):
    """The terms of a vocabulary in the given language; untranslated ones in German."""
    default = settings.LANGUAGE_CODE
    rows = list(
        model.objects.filter(
            locale__language_code__in={default, locale.language_code}
        ).select_related("locale")
    )
    terms = {term.slug: term for term in rows if term.locale.language_code == default}
    terms.update({term.slug: term for term in rows if term.locale_id == locale.pk})
    return sorted(terms.values(), key=lambda term: term.name.lower())


def categories(*, locale):
    return localized_terms(PartnerCategory, locale=locale)


def municipalities(*, locale):
    return localized_terms(Municipality, locale=locale)
