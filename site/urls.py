from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from partners.views import InvitationView
from search import views as search_views

from .sitemaps import sitemap_index, sitemaps
from .views import favicon, robots_txt, serve_document, serve_media

SITEMAPS = sitemaps([code for code, _name in settings.LANGUAGES])

urlpatterns = [
    # An editor's invitation: outside Wagtail's admin URLs, which all require a login.
    path("admin/einladung/<uidb64>/<token>/", InvitationView.as_view(), name="partner_invitation"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view (same address and name), with the headers of uploaded files.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("favicon.ico", favicon),
    # Images and renditions, in the embedded default only (SERVE_MEDIA). Documents are not
    # below MEDIA_ROOT, so no spelling of a path here reaches them.
    re_path(r"^media/(?P<path>.*)$", serve_media),
]

# German at /, English at /en/. The search address is translated too.
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path("opensearch.xml", search_views.opensearch, name="opensearch"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
