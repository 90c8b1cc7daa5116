"""System checks for a production start (`manage.py check --deploy`; site/wsgi.py runs them
too before gunicorn serves anything)."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

# Caches that each process keeps to itself. The rate limits (membership applications, logins,
# password-reset mails) count in the default cache: with one of these, every gunicorn worker
# counts on its own and a restart forgets everything. The file cache is shared by the workers
# of one host and the database cache by all hosts, so both count as shared here.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs=None, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        checks.Error(
            f"The default cache ({backend.rsplit('.', 1)[-1]}) lives in each process: the "
            "rate limits of the membership form and the logins would count per worker and "
            "reset on every restart.",
            hint="Set CACHE_URL to a shared cache, e.g. redis://127.0.0.1:6379/0.",
            id="klimaallianz.E001",
        )
    ]


def refuse_unsafe_production_start():
    """Raise ImproperlyConfigured with the first error of the checks above."""
    for error in shared_cache():
        raise ImproperlyConfigured(f"{error.msg} {error.hint}")
