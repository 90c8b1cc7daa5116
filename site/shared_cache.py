"""The shared cache (Redis, through django-redis) for a site that keeps answering without it."""

import logging
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

# Seconds Redis is left alone after it did not answer.
PAUSE = 5


class PausingRedisCache(RedisCache):
    """django-redis with IGNORE_EXCEPTIONS: Redis away or slow is a miss. django-redis would
    still ask Redis on every call, and a page makes several: each would wait for the socket
    timeout while Redis hangs. After Redis failed to answer, this cache does not ask it again
    for PAUSE seconds; meanwhile every call misses at once and pages are built from the
    database."""

    paused_until = 0.0

    @property
    def client(self):
        return PausingClient(super().client, self)


class PausingClient:
    def __init__(self, client, cache):
        self._client, self._cache = client, cache

    def __getattr__(self, name):
        method = getattr(self._client, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            if time.monotonic() < self._cache.paused_until:
                raise ConnectionInterrupted(connection=None)
            try:
                return method(*args, **kwargs)
            except ConnectionInterrupted as error:
                self._cache.paused_until = time.monotonic() + PAUSE
                logger.error("Redis did not answer (%s); not asked again for %s s.", error, PAUSE)
                raise

        return call
