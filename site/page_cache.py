"""The page cache: what anonymous readers get is kept in the shared cache (Redis in production)
and served without touching the database, until anything a page may show changes.

Invalidation is by generation: every cached page is stored with the current generation
number, and publishing, unpublishing, moving or deleting a page, or saving or deleting
anything else pages show (terms, brand settings, footer links, images, documents, redirects,
view restrictions, confirmed supporters, search promotions, the search index) increases it
once the change is committed. Pages of older generations are never served again; the parts
of pages kept until a change (`remembered`) are kept under the generation's number and
expire by themselves. So nobody sees an old page after a moderator approves, on any app
server, and nothing has to know which pages show what.

Only GET and HEAD requests without a session cookie (so never an editor's) are served from it,
and only responses worth keeping are stored: 200, no cookie set, no CSRF token in the page
(forms), not marked private. Search results are not stored: each search is counted for the
search terms report.
"""

import hashlib
import time
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache, caches
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from home.requests import remembered_for_request

GENERATION_KEY = "page-cache:generation"
# Parts of pages, in each app server's own memory (`remembered`).
parts = caches["parts"]
# A change this process made while the shared cache did not answer: the generation is increased
# on its next request that reaches the cache, or the pages stored before would be served again
# once Redis is back (if it kept them).
change_not_counted = False
# Paths that are never stored: the admin, files, and what answers differently each time.
NOT_STORED = ("/admin/", "/documents/", "/media/", "/static/", "/healthz", "/suche/", "/en/search/")


def generation():
    """The current generation; read once per request, however many parts of a page ask."""
    return remembered_for_request(GENERATION_KEY, read_generation)


def first_generation():
    # From the clock: when Redis has lost the number (a restart), no number comes back under
    # which an app server's own memory still holds parts of pages.
    return time.time_ns()


def read_generation():
    """The current generation, or None while the shared cache does not answer: then nothing
    is kept or served from any cache, since nobody could tell it old."""
    number = cache.get(GENERATION_KEY)
    if number is None:
        cache.add(GENERATION_KEY, first_generation(), timeout=None)
        number = cache.get(GENERATION_KEY)
    return number


def count_change_made_meanwhile():
    """Increase the generation for a change this process made while the shared cache did not
    answer, once it answers again."""
    global change_not_counted
    if change_not_counted and bump():
        change_not_counted = False


def bump():
    """Increase the generation; whether the shared cache answered (django-redis answers None
    for an operation Redis did not answer)."""
    added = cache.add(GENERATION_KEY, first_generation(), timeout=None)
    if added is None:
        return False
    if not added:
        try:
            return cache.incr(GENERATION_KEY) is not None
        except ValueError:  # evicted between add and incr
            cache.set(GENERATION_KEY, first_generation(), timeout=None)
    return True


def invalidate():
    """Make every stored page old. Runs once the current transaction is committed, so that no
    request can store the page as it was before the change under the new generation."""

    def bump_or_remember():
        global change_not_counted
        if not bump():
            change_not_counted = True

    transaction.on_commit(bump_or_remember)


def remembered(name, compute):
    """What `compute()` returns, kept until anything readers see changes (under the same
    generation as the pages): the parts every page shows, such as the menu and the brand
    settings, and what pages show of each other cost their queries once per change instead
    of on every page. They are kept in the shared cache and, after the first read, in each
    app server's own memory (caches["parts"]): a page asks for about ten of them, and a round
    trip to Redis for each cost more than reading them from memory. The generation, read from
    the shared cache on every request, keeps both fresh. With CHROME_CACHE_SECONDS 0 it is
    computed every time."""
    number = generation() if settings.CHROME_CACHE_SECONDS > 0 else None
    if number is None:
        return compute()
    key = f"page-cache:{number}:part:{name}"
    value = parts.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, settings.CHROME_CACHE_SECONDS)
        parts.set(key, value, settings.CHROME_CACHE_SECONDS)
    return value


def remembered_for_page(page, request, name, compute):
    """What `page` shows of other pages (`compute()`: its related pages, their counts), kept
    like `remembered` until anything readers see changes. A preview computes it afresh:
    there the editor's draft decides what the page links to."""
    if getattr(request, "is_preview", False):
        return compute()
    return remembered(f"page:{page.pk}:{name}", compute)


def cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:page:{digest}"


def may_serve_from_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(NOT_STORED)
    )


def worth_storing(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages. It sits right after Django's security
    middleware, whose headers every answer gets: a page is stored with the headers of the
    middleware below, so its Content-Security-Policy (with the nonce of the page's inline
    style) travels with it, and served without the session, the database or a template."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count_change_made_meanwhile()
        if not may_serve_from_cache(request):
            return self.get_response(request)
        key = cache_key(request)
        # The page is stored with the generation it was built in: the current generation and
        # the page come in one round trip, and a page of an older generation is not served.
        found = cache.get_many([GENERATION_KEY, key])
        # The rest of the request (`generation`) goes on with the number read here.
        current = remembered_for_request(
            GENERATION_KEY, lambda: found.get(GENERATION_KEY) or read_generation()
        )
        if current is None:  # the shared cache does not answer
            return self.get_response(request)
        built_in, response = found.get(key, (None, None))
        if built_in == current:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if worth_storing(request, response):
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_SECONDS
            )
            response["X-Page-Cache"] = "miss"
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, (current, response), settings.PAGE_CACHE_SECONDS)
        elif "Cache-Control" not in response:
            # A form's page holds the reader's CSRF token: no shared cache may keep it.
            patch_cache_control(response, private=True, no_cache=True)
        return response


class SiteRootMiddleware:
    """Before Wagtail routes a page it looks up the site, the active language and that
    language's home page: three queries on every page, for things that change only with a
    publication. They come from the shared cache under the same generation as the pages.
    The site is left where Site.find_for_request looks first (`request._wagtail_site`),
    for every view; for a page, the route found from the cached home page is left where
    Wagtail's serve view looks first (`request._wagtail_route_for_request`, see
    Page.route_for_request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.CHROME_CACHE_SECONDS <= 0:
            return None
        # Errors here would bypass the views' error handling (the 503 page while the database
        # is away); the view meets the same error itself.
        with suppress(DatabaseError):
            self.look_up(request, view_func, view_args, view_kwargs)
        return None

    def look_up(self, request, view_func, view_args, view_kwargs):
        # Imported here: models' modules import this one (through `remembered`) while the
        # app registry is still loading.
        from wagtail.models import Site
        from wagtail.views import serve as wagtail_serve

        host = f"{request.get_host()}:{request.get_port()}"
        site = remembered(f"site:{host}", lambda: Site.find_for_request(request))
        if site is None:
            return
        request._wagtail_site = site
        if view_func is not wagtail_serve:
            return
        language = get_language()
        home = remembered(f"home:{site.pk}:{language}", lambda: site.root_page.localized.specific)
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = home.route(
                request, [component for component in path.split("/") if component]
            )
        except Http404:
            request._wagtail_route_for_request = None


# --- what makes pages old ------------------------------------------------------------------

# Models whose saving never changes what a reader sees (they are written while pages are
# served, or hold what only the admin shows).
UNSEEN = {
    "admin",
    "auth",
    "axes",
    "contenttypes",
    "django_tasks_database",
    "sessions",
    "taggit",
    "wagtail_localize",
    "wagtailadmin",
    "wagtailembeds",
    "wagtailsearch",
    "wagtailusers",
}
UNSEEN_MODELS = {
    "klimaallianz.outgoingmail",
    "partners.membershipapplication",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.uploadedfile",
    "wagtailcore.pagelock",
    "wagtailimages.rendition",  # made the first time a page shows an image
    # Searches counted for the search terms report; a promotion is seen in search results.
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}


def shown_to_readers(model, instance):
    if model._meta.app_label in UNSEEN or model._meta.label_lower in UNSEEN_MODELS:
        return False
    # An unconfirmed sign-up changes no count; confirming or deleting one does.
    if model._meta.label_lower == "partners.supporter":
        return instance is None or instance.confirmed_at is not None
    return True


def on_save(sender, instance=None, raw=False, **kwargs):
    if not raw and shown_to_readers(sender, instance):
        invalidate()


def on_delete(sender, instance=None, **kwargs):
    if shown_to_readers(sender, None):
        invalidate()


def on_m2m_change(sender, instance=None, action="", **kwargs):
    if action.startswith("post_") and shown_to_readers(type(instance), instance):
        invalidate()


def connect():
    """Called once the app registry is ready (klimaallianz.apps)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(on_save, dispatch_uid="page_cache_save")
    post_delete.connect(on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(on_m2m_change, dispatch_uid="page_cache_m2m")
    # Publishing saves the page too; a move changes paths with a queryset update.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(
            lambda **kwargs: invalidate(), weak=False, dispatch_uid=f"page_cache_{id(signal)}"
        )
