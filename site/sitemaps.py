"""The sitemap: an index at /sitemap.xml naming one sitemap per section and language
(/sitemap-projekte-de.xml …), each in files of at most PAGE_SIZE addresses (?p=2 …), so that
no response grows with the site.

Wagtail's own sitemap lists the default locale's tree only and every page in one file. Here
each language's tree is listed, without aliases (they repeat the German text under an English
address) and without drafts or restricted pages (home.listings.readable)."""

from django.apps import apps
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.listings import readable
from home.public_address import absolute_url

PAGE_SIZE = 1000

# Section name: the page types it lists; "seiten" lists every other page.
SECTIONS = {
    "partner": ["partners.PartnerPage"],
    "projekte": ["projects.ProjectPage"],
    "downloads": ["downloads.DownloadPage"],
    "seiten": None,
}


class SectionSitemap(Sitemap):
    limit = PAGE_SIZE

    def __init__(self, language_code, page_types):
        super().__init__(request=None)  # addresses come from the default site (BASE_URL)
        self.language_code = language_code
        self.page_types = page_types

    def items(self):
        site_root = Site.objects.get(is_default_site=True).root_page
        home = (
            site_root.get_translations(inclusive=True)
            .filter(locale__language_code=self.language_code)
            .first()
        )
        if home is None:
            return Page.objects.none()
        pages = readable(home.get_descendants(inclusive=True))
        if self.page_types:
            pages = pages.type(*map(apps.get_model, self.page_types))
        else:
            listed_elsewhere = [name for names in SECTIONS.values() if names for name in names]
            pages = pages.not_type(*map(apps.get_model, listed_elsewhere))
        return pages.order_by("path").defer_streamfields().specific()


def sitemaps(languages):
    """{section-language: its sitemap} for `languages` (codes)."""
    return {
        f"{section}-{code}": SectionSitemap(code, page_types)
        for code in languages
        for section, page_types in SECTIONS.items()
    }


@require_safe
def sitemap_index(request, sitemaps):
    """Every file of every section that lists something, by its full address."""
    entries = []
    for section, sitemap in sitemaps.items():
        pages = sitemap.paginator.num_pages if sitemap.paginator.count else 0
        url = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        entries += [
            SitemapIndexItem(url if page == 1 else f"{url}?p={page}", None)
            for page in range(1, pages + 1)
        ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )
