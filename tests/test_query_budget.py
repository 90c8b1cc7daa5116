"""Every public page type within fifteen queries as production serves it (the shared parts of
pages and the site's home pages from the shared cache, the page cache off so that every page
is built), and with the same number of queries at ten times the demo's content."""

from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from downloads.models import Document, DownloadIndexPage
from klimaallianz import bulk
from klimaallianz.management.commands.bench import public_pages
from partners.models import PartnerIndexPage

BUDGET = 15


def queries(client, urls):
    cache.clear()
    counted = {}
    for name, url in urls.items():
        # The first view makes renditions and fills the shared cache, as the first reader's
        # does after a change.
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        counted[name] = len(captured)
    return counted


@pytest.mark.django_db
def test_every_public_page_within_the_budget_at_two_sizes(client, settings):
    settings.CHROME_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 0
    # Work for later is queued, as in production (the search's counting).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("load_demo", stdout=StringIO())
    urls = public_pages()
    # The filters name values that have results, so that the cards' queries count too.
    assert 'class="card card--project"' in client.get(urls["showcase, filtered"]).text
    demo = queries(client, urls)

    # Like the demo's, the new pages have images: the cards' renditions are counted too.
    images = list(get_image_model().objects.all()[:4])
    directory = PartnerIndexPage.objects.get(locale__language_code="de")
    partners = bulk.add_partners(directory, 150, images=images)
    bulk.add_projects(partners, 3, images=images)
    downloads = DownloadIndexPage.objects.get(locale__language_code="de")
    bulk.add_downloads(downloads, 100, [Document.objects.first()], images=images)
    bulk.add_supporters(400)
    larger = queries(client, urls)

    assert larger == demo
    assert {name: n for name, n in demo.items() if n > BUDGET} == {}, demo
