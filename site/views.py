from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

from wagtail.documents.views.serve import serve as wagtail_serve_document

from home.public_address import absolute_url


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {absolute_url(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; the icon is an SVG in static files.
    return HttpResponsePermanentRedirect(static("favicon.svg"))


# --- Uploaded files ---------------------------------------------------------------------------
# Whatever an editor uploads is delivered from the site's own origin, so a browser must never
# treat it as a page of the site: no guessing of the type, no script, no plugin, no form, and
# a unique origin of its own even if something slipped through.
UPLOADED_FILE_POLICY = "default-src 'none'; sandbox"
# Raster images, which a browser only ever draws. Anything else is offered as a download.
INERT_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"}


def _untrusted(response):
    response["X-Content-Type-Options"] = "nosniff"
    # The site's CSP middleware (django-csp) leaves a header that a view has set alone.
    response["Content-Security-Policy"] = UPLOADED_FILE_POLICY
    return response


@require_safe
def serve_media(request, path):
    """/media/ in the embedded default (SERVE_MEDIA): images and renditions, with the headers
    README.md asks the web server in front to send in production."""
    if not settings.SERVE_MEDIA:
        raise Http404
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:
        # A path out of MEDIA_ROOT (`../`) holds no media: a plain 404, rather than Django's
        # 400 with a logged error (and a mail to ADMINS) for every probe of a scanner.
        raise Http404 from None
    content_type = response.get("Content-Type", "").partition(";")[0].strip()
    if response.status_code == 200 and content_type not in INERT_IMAGE_TYPES:
        response["Content-Disposition"] = content_disposition_header(True, Path(path).name)
    # Django's storage never overwrites a file: changed content comes under a new file name.
    patch_cache_control(response, public=True, max_age=60 * 60 * 24)
    return _untrusted(response)


# How long browsers and a CDN may keep a public document. Unpublishing a page takes its files
# off the site at once; a copy cached before may live this long (unless the CDN is purged).
PUBLIC_DOCUMENT_MAX_AGE = 60 * 60


def serve_document(request, document_id, document_filename):
    """Wagtail's /documents/<id>/<name>, which already sends nosniff and `default-src 'none'`.
    Downloads also get the sandbox; types Wagtail shows inline (PDF) keep Wagtail's policy,
    since browsers' PDF viewers refuse to work in a sandbox and the policy lets no script run.
    A document that only its editors may see yet is never stored by a cache."""
    response = wagtail_serve_document(request, document_id, document_filename)
    # Wagtail's sendfile writes the string "None" when a file has no encoding (not gzip);
    # a CDN or a browser may then refuse to decode the file.
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    disposition = response.get("Content-Disposition", "")
    if response.streaming and disposition.startswith("attachment"):
        _untrusted(response)
    if response.status_code in (200, 304):
        if getattr(request, "document_is_public", False):
            patch_cache_control(response, public=True, max_age=PUBLIC_DOCUMENT_MAX_AGE)
        else:
            patch_cache_control(response, private=True, no_store=True)
    return response
