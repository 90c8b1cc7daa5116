"""The sitemap: an index at /sitemap.xml naming one sitemap per section and language
(/sitemap-projekte-de.xml …), each in files of at most PAGE_SIZE addresses (?p=2 …), so that
no response grows with the site.

Wagtail's own sitemap lists the default locale's tree only and every page in one file. Here
each language's tree is listed, without aliases (they repeat the German text under an English
address) and without drafts or restricted pages (home.listings.readable)."""

import math
from functools import partial

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.listings import readable
from home.public_address import absolute_url

PAGE_SIZE = 1000
# What Page.get_sitemap_urls reads: the address and the dates.
SITEMAP_FIELDS = [
    "url_path",
    "path",
    "depth",
    "locale__language_code",
    "last_published_at",
    "latest_revision_created_at",
]

# Section name: the page types it lists; "seiten" lists every other page.
SECTIONS = {
    "partner": ["partners.PartnerPage"],
    "projekte": ["projects.ProjectPage"],
    "downloads": ["downloads.DownloadPage"],
    "seiten": None,
}


class RootPathsMemo:
    """Not a request: Wagtail keeps the sites' root paths on the object it gets as the request
    when it makes a page's address (Page._get_site_root_paths). Without one it read them from
    the cache for each page, a thousand round trips to Redis per file."""


class SectionSitemap(Sitemap):
    """One section's sitemap in one language. Made anew for each request (`sitemaps`), so
    that the root paths it keeps are never older than the request."""

    limit = PAGE_SIZE

    def __init__(self, language_code, page_types):
        # The addresses come from the sites' own root addresses (BASE_URL), not the request.
        super().__init__(request=RootPathsMemo())
        self.language_code = language_code
        self.page_types = page_types

    def items(self):
        # No page type has addresses of its own for the sitemap: the base rows will do.
        return (
            listed_pages(self.language_code, self.page_types)
            .order_by("path")
            .select_related("locale")
            .only(*SITEMAP_FIELDS)
        )


def listed_pages(language_code, page_types):
    """The readable pages of a language's tree (below the root page), of `page_types` or,
    for None, of every type no other section lists."""
    pages = readable(Page.objects.filter(depth__gt=1, locale__language_code=language_code))
    if page_types:
        return pages.type(*map(apps.get_model, page_types))
    return pages.not_type(*map(apps.get_model, sectioned_types()))


def sitemaps(languages):
    """{section-language: what makes its sitemap} for `languages` (codes); Django's sitemap
    view makes one for each request."""
    return {
        f"{section}-{code}": partial(SectionSitemap, code, page_types)
        for code in languages
        for section, page_types in SECTIONS.items()
    }


@require_safe
def sitemap_index(request, sitemaps):
    """Every file of every section that lists something, by its full address. The pages of
    all sections are counted with one grouped query."""
    counted = (
        readable(Page.objects.filter(depth__gt=1))
        .order_by()
        .values_list("locale__language_code", "content_type")
        .annotate(count=Count("pk"))
    )
    entries = []
    for section, make_sitemap in sitemaps.items():
        sitemap = make_sitemap()
        types = content_types(sitemap.page_types)
        pages = sum(
            count
            for code, content_type, count in counted
            if code == sitemap.language_code
            and (content_type in types if sitemap.page_types else content_type not in types)
        )
        url = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        entries += [
            SitemapIndexItem(url if number == 1 else f"{url}?p={number}", None)
            for number in range(1, math.ceil(pages / sitemap.limit) + 1)
        ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def content_types(page_types):
    """The ids of the content types of `page_types`, or for None of all types that have a
    section of their own."""
    names = page_types or sectioned_types()
    models = map(apps.get_model, names)
    return {
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    }


def sectioned_types():
    return [name for names in SECTIONS.values() if names for name in names]
