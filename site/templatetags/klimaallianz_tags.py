"""Site-wide template tags: brand settings, language switcher, main menu and footer; what
every page shows alike comes from the shared cache while nothing changes."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.images import get_image_model
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page, Site

from home.listings import public
from home.public_address import absolute_url
from home.renditions import image_filter

from ..models import BrandSettings
from ..page_cache import remembered

# The logo's rendition in the header (templates/home/includes/header.html).
HEADER_LOGO = "height-64"

register = template.Library()


@register.simple_tag
def breadcrumb_pages(page):
    """The page's ancestors below the tree's root: those that routing passed on the way to
    the page (home.routing), or else one query."""
    passed = getattr(page, "route_ancestors", None)
    return passed if passed is not None else list(page.get_ancestors()[1:])


@register.simple_tag
def facet_options(options):
    """The <option> elements of a listing's facet ({slug, name, count, selected}). The
    partner facets offer hundreds of options: a template loop over them took longer than
    all the rest of the filter bar, and format_html per option still 3 ms."""
    return mark_safe(  # noqa: S308 (slug and name escaped, count an integer)
        "".join(
            f'<option value="{escape(option["slug"])}"{" selected" if option["selected"] else ""}>'
            f"{escape(option['name'])} ({option['count']:d})</option>"
            for option in options
        )
    )


@register.simple_tag
def listing_image(image, spec, **attrs):
    """The <img> of a listing's card image in the rendition `spec`, which the listing's query
    prefetches. Wagtail's {% image %} would parse the spec again for every card, and write the
    rendition to the renditions cache each time (get_renditions leaves one it found alone)."""
    return get_renditions_or_not_found(image, [image_filter(spec)])[spec].img_tag(attrs)


@register.filter
def absolute(url):
    """A path of this site as a full address at BASE_URL (images, alternate languages)."""
    return absolute_url(str(url)) if url else ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The address search engines should keep for this page, at BASE_URL: the path without
    filters and other parameters (they show a part of the same content); the later pages of
    a listing page keep their number."""
    url = absolute_url(context["request"].path)
    page_obj = context.get("page_obj") if isinstance(context.get("page"), Page) else None
    if page_obj is not None and not context.get("filtered") and page_obj.number > 1:
        url += f"?page={page_obj.number}"
    return url


def _home_page(request, language_code=None):
    """The site's home page in the given (or active) language, else the German one; looked up
    once per request and language."""
    language_code = language_code or get_language()
    cache = request.__dict__.setdefault("_home_pages", {})
    if language_code not in cache:
        site = Site.find_for_request(request)
        home = site.root_page if site else None
        if home is not None and home.locale.language_code != language_code:
            home = (
                Page.objects.filter(
                    translation_key=home.translation_key, locale__language_code=language_code
                ).first()
                or home
            )
        cache[language_code] = home
    return cache[language_code]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: the page's live translation; outside the page tree, the same
    URL in the other language. A page that has no translation into a language (none, a draft,
    or only an alias that repeats this page's text) gets no URL: the switcher says that it is
    not available rather than lead to the same text again."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            if translation.alias_of_id is None or translation.pk == page.pk:
                translations[translation.locale.language_code] = translation
    current = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    links = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url, translated = translation.get_url(request), translation.alias_of_id is None
        elif isinstance(page, Page):
            url, translated = None, False
        else:
            url, translated = translate_url(request.get_full_path(), code), True
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "name_translated": info["name_translated"],
                "url": url,
                "current": code == current,
                "translated": translated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def brand_settings(context):
    """The site's brand settings with the logo's rendition in the header, from the shared
    cache while nothing changes (klimaallianz.page_cache.remembered)."""
    request = context["request"]
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)

    def load():
        brand = BrandSettings.for_site(site)
        if brand.logo_id:
            logos = get_image_model().objects.prefetch_renditions(HEADER_LOGO)
            brand.logo = logos.get(pk=brand.logo_id)
        return brand

    return remembered(f"brand:{site.pk}", load)


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context["request"]

    def load():
        home = _home_page(request)
        if home is None:
            return {"home": None, "items": []}
        items = public(home.get_children().live()).in_menu().only("title", "url_path", "path")
        return {"home": home, "items": list(items)}

    return remembered(f"menu:{request.get_host()}:{get_language()}", load)


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The brand settings' footer links, each page swapped for its translation in the active
    language (one query for all of them)."""
    request = context["request"]
    return remembered(
        f"footer:{request.get_host()}:{get_language()}",
        lambda: localized_footer_links(context["brand"], request),
    )


def localized_footer_links(brand, request):
    links = list(brand.footer_links.select_related("page"))
    keys = [link.page.translation_key for link in links if link.page]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=keys, locale__language_code=get_language()
        )
    }
    result = []
    for link in links:
        if link.page:
            page = localized.get(link.page.translation_key, link.page)
            if not page.live:
                continue
            result.append(
                {"url": page.get_url(request), "label": link.localized("label") or page.title}
            )
        else:
            result.append({"url": link.url, "label": link.localized("label")})
    return result
