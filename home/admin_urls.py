"""Putting the site's own views in place of Wagtail's admin views that have no hook.

Wagtail builds its admin URL patterns, then calls the `register_admin_urls` hooks in their
order, then wraps every pattern's view in its admin access checks
(wagtail/admin/urls/__init__.py). A hook can therefore swap the view of a pattern that is
already built, by its name, and the swapped view is still wrapped, with no change to the
project's URL configuration."""

import sys

from django.core.exceptions import ImproperlyConfigured
from django.urls import URLResolver


def named_patterns(patterns, namespace=""):
    """(full name, pattern) of every named URL pattern, in included ones too."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from named_patterns(pattern.url_patterns, inner)
        elif pattern.name:
            yield f"{namespace}{pattern.name}", pattern


def admin_patterns():
    return named_patterns(sys.modules["wagtail.admin.urls"].urlpatterns)


def replace_admin_views(views, owner):
    """Serve `views` ({URL name: view}) at Wagtail's admin URLs of those names. Call it from
    a `register_admin_urls` hook. A name that a later Wagtail renamed stops the admin from
    loading, instead of silently bringing Wagtail's view back."""
    found = set()
    for name, pattern in admin_patterns():
        if name in views:
            pattern.callback = views[name]
            found.add(name)
    if missing := views.keys() - found:
        raise ImproperlyConfigured(f"{owner}: no admin URL named {sorted(missing)}")
