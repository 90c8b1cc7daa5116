"""/healthz for load balancers: 200 while the database answers and every migration is applied,
503 otherwise.

A load balancer probes each app server directly, by its address and over plain http, so the
answer comes from a middleware at the top of MIDDLEWARE: before the host validation, the
redirect to https, sessions and languages. It sets no cookie and is never cached.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

PATH = "/healthz"

logger = logging.getLogger(__name__)

# Loading the migration graph reads every migration file; once all were applied they stay
# applied for the life of this process (a new release restarts it), so ask only until then.
migrations_applied = False


def check():
    """The reason the site can not serve, or None."""
    global migrations_applied
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if not migrations_applied:
            executor = MigrationExecutor(connection)
            migrations_applied = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError:
        logger.exception("Health check: the database is not reachable")
        return "database"
    if not migrations_applied:
        return "migrations"
    return None


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        else:
            problem = check()
            response = JsonResponse(
                {"status": "ok"} if problem is None else {"status": "error", "failed": problem},
                status=200 if problem is None else 503,
            )
        add_never_cache_headers(response)
        return response
