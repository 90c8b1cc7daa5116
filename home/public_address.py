"""The site's public address, `BASE_URL` (e.g. https://klimaallianz.example): the one setting
every absolute link is built from.

Wagtail builds a page's full URL from the default Site record, so that record's host name and
port follow `BASE_URL`: `migrate` sets them (post_migrate), and so does `load_demo`. Addresses
that are not pages (an image, a feed's own address, the sitemap) are joined to `BASE_URL` here.
Links inside the site stay relative.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from wagtail.models import Site


def host_and_port():
    """(host name, port) of BASE_URL, as a Site record stores them."""
    url = urlsplit(settings.BASE_URL)
    return url.hostname, url.port or (443 if url.scheme == "https" else 80)


def absolute_url(url):
    """A path of this site as a full address; a full address stays as it is."""
    if urlsplit(url).scheme:
        return url
    return settings.BASE_URL + "/" + url.lstrip("/")


def sync_default_site(using=DEFAULT_DB_ALIAS):
    """Give the default Site record the host name and port of BASE_URL. Returns the new
    address if it changed, else None."""
    hostname, port = host_and_port()
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return None
    site.hostname, site.port = hostname, port
    site.save(using=using, update_fields=["hostname", "port"])
    return site.root_url


def sync_default_site_after_migrate(sender, using=DEFAULT_DB_ALIAS, verbosity=1, **kwargs):
    """post_migrate: runs after every `migrate`, so that each deployment applies BASE_URL."""
    # A migration to an earlier state may have left no table for sites.
    if Site._meta.db_table not in connections[using].introspection.table_names():
        return
    address = sync_default_site(using)
    if address and verbosity:
        print(f"  The default site's address is now {address} (BASE_URL).")  # noqa: T201
