"""WSGI entry point for gunicorn: `gunicorn klimaallianz.wsgi`."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klimaallianz.settings")

try:
    application = get_wsgi_application()
except ImproperlyConfigured as error:
    # A configuration mistake stops the start with one line, not a traceback per worker.
    sys.exit(f"Configuration error: {error}")
