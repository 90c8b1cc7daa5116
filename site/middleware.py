"""Request and response guards that apply to every page: the Content-Security-Policy,
requests that no view should ever see, and the answer while the database is away."""

import logging

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's own policy.

    The public pages get CONTENT_SECURITY_POLICY; the admin, which still needs inline scripts
    and styles, gets ADMIN_CONTENT_SECURITY_POLICY. So do the previews the admin shows in an
    iframe: Wagtail renders them through the whole middleware stack with the page's public
    address and marks that request `is_dummy`. A view's own header, decorators such as
    csp_replace and csp_exempt, and a Content-Security-Policy a view has set itself take
    precedence, as with django-csp's own middleware."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


def is_admin(request):
    return getattr(request, "is_dummy", False) or request.path_info.startswith(
        reverse("wagtailadmin_home")
    )


class RejectBadInputMiddleware:
    """Answers 400 (the site's 400 page) to requests that no view can serve sensibly.

    - A form body that Django can not read, such as `application/x-www-form-urlencoded;
      charset=latin-1`: Django raises BadRequest but, unlike after a broken multipart body,
      keeps no result, so every later look at request.POST raises again. Its own 400 handler
      looks (for the CSRF token) and fails, and the visitor got a bare 500 from the WSGI
      server. Marking the body as unreadable here, as Django does for multipart errors, lets
      the 400 page render.
    - A NUL byte in the path, a form field or a cookie: PostgreSQL refuses NUL in text, so a
      session cookie with one ended in a 500. No reader types one; refusing the request is
      simpler than cleaning every value. In the query string (a search, a filter) NUL bytes
      are dropped instead, so that a pasted search gives the normal page.

    It runs after the middleware of the security headers (the 400 page gets them) and before
    the sessions (a session cookie with NUL fails as soon as it is read), so also before
    LocaleMiddleware: the 400 page's language is chosen here the same way, from the path.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            refuse_bad_input(request)
        except Exception:
            language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            translation.activate(language)
            raise
        return self.get_response(request)


def refuse_bad_input(request):
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 - parse now, while a failure can still be caught
        except Exception:
            request._mark_post_parse_error()
            raise
    if contains_nul(request.GET.lists()):
        request.GET = without_nul(request.GET)
        request.META["QUERY_STRING"] = request.GET.urlencode()
    if (
        "\0" in request.path_info
        or contains_nul(request.POST.lists())
        or contains_nul((name, [value]) for name, value in request.COOKIES.items())
    ):
        raise BadRequest("NUL byte in the request")


def without_nul(query):
    cleaned = QueryDict(mutable=True)
    for name, values in query.lists():
        cleaned.setlist(name.replace("\0", ""), [value.replace("\0", "") for value in values])
    cleaned._mutable = False
    return cleaned


def contains_nul(lists):
    return any("\0" in name or any("\0" in value for value in values) for name, values in lists)


class DatabaseUnavailableMiddleware:
    """While the database can not be reached (a restart, a failover), a reader gets a 503 page
    that asks them to come back in a minute, with Retry-After for crawlers, instead of the 500
    page of a bug. The page itself needs no database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
