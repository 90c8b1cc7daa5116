"""Settings of the Klimaallianz site, read from environment variables (README: "Configuration").

Defaults are the safe ones: DEBUG is off, SECRET_KEY is required unless DEBUG is on, and the
database is an SQLite file in the project folder so that a fresh checkout runs without services.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import dj_email_url
import django_cache_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wagtail.embeds.oembed_providers import vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name) or str(default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_url(name, parse, default):
    value = os.environ.get(name) or default
    try:
        return parse(value)
    except Exception as error:  # each parser raises its own kind of error
        raise ImproperlyConfigured(f"{name} could not be read ({value!r}): {error}") from error


def base_url(value):
    """The public address as scheme and host (and port), without a trailing slash."""
    url = urlsplit(value.strip())
    if url.scheme not in {"http", "https"} or not url.hostname:
        raise ValueError("it must start with https:// or http:// and name a host")
    if url.path.strip("/") or url.query or url.fragment or url.username:
        raise ValueError("it is the address of the site only: scheme, host and port, no path")
    port = url.port  # a ValueError for a port that is no number
    # A Wagtail Site record stores a host name and a port only; https means port 443 there.
    if url.scheme == "https" and port not in {None, 443}:
        raise ValueError("https must use its standard port 443")
    default_port = 443 if url.scheme == "https" else 80
    return f"{url.scheme}://{url.netloc.lower().removesuffix(f':{default_port}')}"


# --- Environment -----------------------------------------------------------------------------
DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it to a long random value, or set DEBUG=true for "
            "local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASES = {
    "default": env_url(
        "DATABASE_URL",
        lambda url: dj_database_url.parse(url, conn_max_age=0, conn_health_checks=True),
        f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
    )
}
if "EMAIL_URL" in os.environ or not DEBUG:
    # Sets EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_USE_TLS, ...
    globals().update(env_url("EMAIL_URL", dj_email_url.parse, "smtp://localhost:25"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Seconds a mail server may take to answer before the delivery counts as failed (a `timeout`
# in EMAIL_URL counts too).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", globals().get("EMAIL_TIMEOUT") or 20)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Klimaallianz Landkreis Cloppenburg <klimaallianz@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who receives a mail about every server error (comma-separated addresses).
ADMINS = [("", address) for address in env_list("ADMINS")]


def cache_config(url):
    """The shared cache of CACHE_URL. Redis goes through django-redis, for which Redis away or
    slow is a miss: pages are built from the database (and the error logged) instead of an
    error page, and no request waits long for it (an answer takes a millisecond; after a
    failure it is left alone for a few seconds, klimaallianz.shared_cache)."""
    config = django_cache_url.parse(url)
    if urlsplit(url).scheme in ("redis", "rediss"):
        config["BACKEND"] = "klimaallianz.shared_cache.PausingRedisCache"
        config["OPTIONS"] = {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
        }
    return config


CACHES = {
    "default": env_url("CACHE_URL", cache_config, "locmem://"),
    # Wagtail stores every rendition it uses in this cache, one write per image on a page.
    # In each process's memory, a listing's 24 logos cost no 24 trips to Redis. Nothing
    # goes stale: the key holds the image file's hash and the focal point.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "TIMEOUT": 60 * 60,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    # Parts of pages kept until content changes (klimaallianz.page_cache.remembered), read
    # from the shared cache once per app server process.
    "parts": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "parts",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
# Uploaded documents, kept apart from the public media (see "Uploaded files" below).
DOCUMENTS_ROOT = os.environ.get("DOCUMENTS_ROOT", str(BASE_DIR / "private"))
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
# Serve uploaded media from Django itself in the embedded default (SQLite, `make run`).
# Production leaves this off and lets the web server or object storage deliver /media/.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=DEBUG or "sqlite" in DATABASES["default"]["ENGINE"])
# The site's public address: every absolute link (mails, feeds, sitemap, canonical links, the
# codes partners copy) and the default Site record are built from it (home.public_address).
BASE_URL = env_url("BASE_URL", base_url, "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = BASE_URL
# Behind our own reverse proxy, which appends the visitor's address to X-Forwarded-For.
BEHIND_PROXY = env_bool("BEHIND_PROXY")
# Behind a TLS-terminating proxy, which must set X-Forwarded-Proto.
SECURE = env_bool("SECURE", default=not DEBUG)
# Logins: failed attempts before an account or address is locked out, for how long, and the
# inactivity after which a signed-in session ends.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 120)
# Seconds a page stays in the page cache for anonymous readers (klimaallianz.page_cache; 0 turns
# it off); any change readers could see makes every stored page old at once. And how long a
# CDN in front may keep a page (s-maxage): it learns of changes to a page only through
# wagtail.contrib.frontend_cache (FRONTEND_CACHE_URL), so keep it short.
# Off by default in development, where templates change without anything being published.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0 if DEBUG else 600)
PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 0)
# The same for what every page shows alike (brand settings, menu, footer links), also while
# the page itself is built: its queries are made once per change.
CHROME_CACHE_SECONDS = env_int("CHROME_CACHE_SECONDS", 0 if DEBUG else 600)
# A caching proxy or CDN in front that takes PURGE requests (Varnish, nginx with a purge
# module), e.g. http://10.0.0.5:6081: Wagtail purges a page's addresses there when it is
# published or unpublished (by the task worker). Other CDNs: WAGTAILFRONTENDCACHE by hand.
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# Days a supporter's confirmation link works; unconfirmed sign-ups are deleted after that
# (`purge_supporters`). The privacy notice names the period.
SUPPORTER_CONFIRMATION_DAYS = env_int("SUPPORTER_CONFIRMATION_DAYS", 7)
for _name in (
    "LOGIN_FAILURE_LIMIT",
    "LOGIN_LOCKOUT_MINUTES",
    "SESSION_IDLE_MINUTES",
    "SUPPORTER_CONFIRMATION_DAYS",
):
    if globals()[_name] < 1:
        raise ImproperlyConfigured(f"{_name} must be at least 1.")

# --- Mail and background tasks ----------------------------------------------------------------
# Every e-mail, Wagtail's own included, is recorded and queued by this backend; a task sends it
# through the server configured above, outside the request, and retries it after these pauses
# (seconds) before it counts as failed and waits for a moderator to send it again.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "klimaallianz.mail.QueuedEmailBackend"
MAIL_RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60]
# Tasks (mail, and Wagtail's search index, reference index and file clean-up) wait in the database
# for `manage.py db_worker`; `make run` starts one, production runs it as a service.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Database --------------------------------------------------------------------------------
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # psycopg's pool keeps connections between requests; Django's own reuse must be off then.
    # While the database is unreachable a request waits at most 5 s for a connection (not the
    # pool's 30 s, gunicorn's worker timeout), then gets the error page.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options.setdefault("connect_timeout", 5)
    options["pool"] = {"timeout": 5}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # With the pool, Django checks each connection as it leaves the pool, so that a restarted
    # database server costs no request an error.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ----------------------------------------------------------------------------
INSTALLED_APPS = [
    "klimaallianz",
    "home",
    "partners",
    "projects",
    "downloads",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its German: Wagtail's admin says "22 seconds ago" with humanize's naturaltime.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: a load balancer's probe of /healthz skips host validation and the https redirect.
    "klimaallianz.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # What a request has looked up (the page cache's generation among it), for the rest of it.
    "home.requests.RequestMemoMiddleware",
    # Anonymous readers' pages from the shared cache, stored with the headers of the
    # middleware below (the Content-Security-Policy's nonce matches the stored page's).
    "klimaallianz.page_cache.PageCacheMiddleware",
    # Early, so that their headers reach every response, error pages and static files too.
    "klimaallianz.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the request (NUL bytes, unreadable form bodies: 400).
    "klimaallianz.middleware.RejectBadInputMiddleware",
    "klimaallianz.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The site and its home pages from the shared cache, before Wagtail's serve view.
    "klimaallianz.page_cache.SiteRootMiddleware",
]

ROOT_URLCONF = "klimaallianz.urls"
WSGI_APPLICATION = "klimaallianz.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("de", _("German")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
# The site's own catalogue, then its German for strings that Wagtail and wagtail-localize leave
# in English or get wrong. Django prefers LOCALE_PATHS, in this order, to every app's catalogue.
# `make messages` never writes to the second (no source file belongs to it); it is kept by hand.
LOCALE_PATHS = [BASE_DIR / "site" / "locale", BASE_DIR / "site" / "wagtail_locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media files ------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "klimaallianz.static_storage.MinifiedStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Uploaded files --------------------------------------------------------------------------
# Images and renditions are public and live in MEDIA_ROOT. Documents are public only while a
# live page links them, so they live in a storage of their own that no web server and no
# /media/ address reaches; /documents/<id>/<name> checks and streams them (downloads.models).
if Path(DOCUMENTS_ROOT).resolve().is_relative_to(Path(MEDIA_ROOT).resolve()):
    raise ImproperlyConfigured(
        "DOCUMENTS_ROOT must lie outside MEDIA_ROOT, whose files are public under /media/."
    )
STORAGES["documents"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": DOCUMENTS_ROOT},
}
# Wagtail would redirect to the storage's own address when it has no local path (object
# storage); a document is always streamed by the view that checked it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Security --------------------------------------------------------------------------------
SECURE_SSL_REDIRECT = SECURE
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
# The header only allows preloading; enrolment is the domain owner's request to the browsers.
SECURE_HSTS_PRELOAD = SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Readers get no cookie at all; a form page sets the CSRF cookie, and only for the browser
# session (the privacy notice says so).
CSRF_COOKIE_AGE = None
# Invitation links for new partner editors are password-reset links; give them a week.
PASSWORD_RESET_TIMEOUT = 7 * 24 * 60 * 60

# --- Content-Security-Policy and Permissions-Policy ------------------------------------------
# The click-to-load video block embeds players from these origins once the reader agrees.
# Wagtail looks up videos on these two platforms only, so that editors can not add one that
# the policy below would block.
VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]},
]
# Public pages run only the site's own script files. The inline <style> with the brand colours
# and the widget's stylesheet carry the request's nonce (request.csp_nonce), as does the
# JSON-LD of project pages. No page may be framed (the project widget says otherwise itself).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "frame-src": VIDEO_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (and the previews it frames) still needs inline scripts and styles,
# data: and blob: images (upload previews) and frames of its own origin. No nonce here: a
# nonce would switch 'unsafe-inline' off.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *VIDEO_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Powerful browser features, none of which the site uses; fullscreen only for the video
# players. Clipboard writing keeps the browsers' default (this origin): the admin's copy
# buttons use it. browsing-topics replaced FLoC's interest-cohort, which browsers no longer
# know (Chrome warns about the name on every page).
PERMISSIONS_POLICY = {
    **dict.fromkeys(
        [
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "clipboard-read",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "picture-in-picture",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        ],
        [],
    ),
    "fullscreen": VIDEO_ORIGINS,
}

# --- Logins ----------------------------------------------------------------------------------
# django-axes counts failed logins per account and per address; whichever reaches
# LOGIN_FAILURE_LIMIT first is locked out until LOGIN_LOCKOUT_MINUTES after its last failure (one
# password tried on many accounts is caught by the address). While locked out the right password
# is refused too; a successful login clears its account's failures; the steering group unlocks
# in the admin (klimaallianz.logins).
INSTALLED_APPS += ["axes"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Last, so that it gets the login view's response and replaces it when the attempt locked out.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# The address the membership form's rate limit counts too (BEHIND_PROXY).
AXES_CLIENT_IP_CALLABLE = "home.requests.client_address"
AXES_HANDLER = "klimaallianz.logins.LoginAttemptHandler"
AXES_LOCKOUT_CALLABLE = "klimaallianz.logins.lockout_response"
# No record of where and with which browser editors sign in: nothing here needs it. The log
# keeps failures and lock-outs (with the account and address masked), not every login.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "klimaallianz.forms.PasswordResetForm"  # noqa: S105
# A session ends SESSION_IDLE_MINUTES after its last request: every request moves the end.
# Readers' empty sessions are never saved, so they still get no cookie.
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Klimaallianz Landkreis Cloppenburg"
WAGTAILDOCS_DOCUMENT_MODEL = "downloads.Document"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odp",
    "ods",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
    "zip",
]
# Each upload is checked against its content as well (downloads.forms, downloads.files).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "downloads.forms.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENTS_MAX_UPLOAD_MB", 25) * 1024 * 1024
# No SVG: it can carry script, and images are delivered from the site's own origin.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Every upload describes the image (its alt text) or marks it decorative.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.ImageForm"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # On PostgreSQL, Wagtail's database backend with German stemming for the German tree
        # and English for the English one (search.backend); SQLite's FTS5 does not stem.
        "BACKEND": (
            "search.backend"
            if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
            else "wagtail.search.backends.database"
        ),
        "SEARCH_CONFIG": "german",
    }
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# No requests to third parties from the admin either: no update check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # "Über uns" becomes /ueber-uns/, not /über-uns/
# No autosave: Wagtail would create a new page as soon as its required fields are filled in,
# before the editor decides to save it. Pages come into being with "Save draft" or "Submit";
# leaving a form with unsaved changes still asks first.
WAGTAIL_AUTOSAVE_INTERVAL = 0

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Search indexing tasks and Wagtail log every save; the audit log in the database keeps
    # those, the console only needs problems.
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}
# axes narrates every login at INFO; failures and lock-outs are its warnings.
LOGGING["loggers"]["axes"] = {"level": "WARNING"}
