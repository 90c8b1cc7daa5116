from urllib.parse import urlencode

from django import template

from wagtail.images.models import ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from home.renditions import image_filter
from projects.models import ProjectIndexPage
from projects.querysets import CARD_IMAGE_SIZES, CARD_IMAGE_SPECS

register = template.Library()


@register.simple_tag
def project_card_image(image, **attrs):
    """The card image in the renditions that the listing queries prefetch."""
    if not image:
        return ""
    # A missing original file shows as a broken image, not as an error page.
    renditions = get_renditions_or_not_found(image, [image_filter(s) for s in CARD_IMAGE_SPECS])
    attrs = {"alt": "", "class": "card__image", "loading": "lazy", **attrs}
    return ResponsiveImage(renditions, {"sizes": CARD_IMAGE_SIZES, **attrs}).__html__()


@register.simple_tag(takes_context=True)
def partner_project_links(context, partner):
    """The showcase addresses for one partner (its feed, its widget, its projects in the
    showcase), in the partner profile's language; {} if there is no live showcase. The
    showcase is looked up once per request (ProjectIndexPage.in_locale)."""
    request = context.get("request")
    showcase = ProjectIndexPage.in_locale(partner.locale_id)
    if showcase is None:
        return {}
    base = showcase.get_full_url(request)
    query = urlencode({"partner": partner.slug})
    return {
        "feed": base + showcase.reverse_subpage("partner_feed", args=[partner.slug]),
        "widget": f"{base}{showcase.reverse_subpage('widget')}?{query}",
        "listing": f"{base}?{query}",
    }
