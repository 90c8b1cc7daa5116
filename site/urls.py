from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

from .sitemaps import BilingualSitemap
from .views import favicon, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("favicon.ico", favicon),
]

if settings.SERVE_MEDIA:
    # Documents are never served as plain files: /documents/<id>/<name> checks who may see
    # them (partners.isolation). Images and renditions are served from here.
    urlpatterns += [
        re_path(
            r"^media/(?!documents/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        ),
    ]

# German at /, English at /en/ (DESIGN.md). The search address is translated too.
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
