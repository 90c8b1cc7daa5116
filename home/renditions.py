"""Renditions of listing images, as cards show them."""

from functools import cache

from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found


@cache
def image_filter(spec):
    """The Filter of a rendition spec, made once per process. A Filter parses its spec on first
    use, which took longer than the rest of showing a card's image; Wagtail's image tags make
    a new one for every image."""
    return Filter(spec)


def complete_renditions(pages, *specs):
    """Make the renditions `specs` of the pages' listing images that do not exist yet, now,
    so that each image's prefetched renditions (with_listing_images) hold all of them; the
    pages are returned. Pages about to be kept in the shared cache need this: a rendition made
    later, while the page renders, would be missing from the kept list, and Wagtail would look
    it up in the database on every request until content changes."""
    filters = [image_filter(spec) for spec in specs]
    for page in pages:
        if page.listing_image_id:
            get_renditions_or_not_found(page.listing_image, filters)
    return pages
