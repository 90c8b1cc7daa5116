"""What the site needs to know about a request, shared by every app that limits visitors."""

import ipaddress
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_address(request):
    """The visitor's address. Behind our own proxy (BEHIND_PROXY) it is the last entry of
    X-Forwarded-For, the one that proxy appended; earlier entries come from the visitor and
    could be forged. Something that is no address (a request that bypassed the proxy) counts
    as the address that sent it."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and forwarded:
        candidate = forwarded.rsplit(",", 1)[-1].strip()
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR", "")


class RateLimit:
    """At most `limit` events per value (a visitor's address, an e-mail address) within
    `window` seconds, counted in the shared cache, so that all app servers count together.
    The value itself is stored nowhere: the cache key is an HMAC keyed with SECRET_KEY, which
    can not be reversed by hashing all 2^32 IPv4 addresses."""

    def __init__(self, name, *, limit, window):
        self.name, self.limit, self.window = name, limit, window

    def _key(self, value):
        digest = salted_hmac(f"klimaallianz.rate_limit.{self.name}", value, algorithm="sha256")
        return f"rate-limit:{self.name}:{digest.hexdigest()}"

    def exceeded(self, value):
        return cache.get(self._key(value), 0) >= self.limit

    def count(self, value):
        """Count one event for `value`; whether it was still within the limit."""
        key = self._key(value)
        # A fixed window that starts with the first event; incr keeps the expiry.
        if cache.add(key, 1, self.window):
            return True
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.window)
            return True
        # None: the shared cache does not answer, and nothing can be counted.
        return count is None or count <= self.limit


# What the request being answered has looked up already (RequestMemoMiddleware).
_request_memo = ContextVar("request_memo", default=None)


def remembered_for_request(name, compute):
    """`compute()`, once per request: the same answer for the rest of it. Outside a request
    (a task, a command) it is computed every time."""
    memo = _request_memo.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


class RequestMemoMiddleware:
    """Gives each request a memo for remembered_for_request, gone when the response leaves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)
