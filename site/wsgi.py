"""WSGI entry point for gunicorn: `gunicorn klimaallianz.wsgi`."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

from klimaallianz.checks import refuse_unsafe_production_start

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klimaallianz.settings")

try:
    # With DEBUG off, the site's own deployment checks (klimaallianz.checks) stop the start
    # too, e.g. a per-process cache under the rate limits.
    refuse_unsafe_production_start()
    application = get_wsgi_application()
except ImproperlyConfigured as error:
    # A configuration mistake stops the start with one line, not a traceback per worker.
    # Exit status 4 is gunicorn's "app failed to load": it stops instead of starting the
    # worker again and again.
    sys.stderr.write(f"Configuration error: {error}\n")
    sys.exit(4)
