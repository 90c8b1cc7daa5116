"""The page cache: anonymous readers get stored pages without a query, and nobody sees an old
page once a change is committed: approving, unpublishing, moving, deleting, a term, the brand
settings, a supporter's confirmation."""

import pytest

from django.core.cache import cache

from wagtail.models import Page, Site

from klimaallianz.models import BrandSettings
from partners.models import Municipality
from tests.factories import (
    ContentPageFactory,
    SupporterFactory,
    SupporterPageFactory,
    term,
)
from tests.utils import log_in_as


@pytest.fixture(autouse=True)
def _page_cache(settings, db):
    settings.PAGE_CACHE_SECONDS = 600
    # Made on the first request otherwise, which would count as a change.
    BrandSettings.for_site(Site.objects.get(is_default_site=True))
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what the block changes as if its transaction had been
    committed: pages are made old only then."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


@pytest.mark.django_db
def test_a_stored_page_is_served_without_a_query(client, home_de, django_assert_num_queries):
    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    first = get(client, page.url)
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = get(client, page.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # the page's own security headers come along, its nonce matching the page
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert not second.cookies
    # another address, another page: the query string counts
    assert get(client, page.url + "?a=1")["X-Page-Cache"] == "miss"
    assert client.head(page.url)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_publishing_unpublishing_moving_and_deleting_make_pages_old(client, home_de, committed):
    with committed():
        page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
        other = ContentPageFactory(parent=home_de, title="Kontakt", slug="kontakt")
        inner = ContentPageFactory(parent=other, title="Anfahrt", slug="anfahrt")
    get(client, page.url)
    assert get(client, page.url)["X-Page-Cache"] == "hit"

    page.title = "Wer wir sind"
    with committed():
        page.save_revision().publish()  # as a moderator's approval does
    assert "Wer wir sind" in get(client, page.url).text

    get(client, inner.url)
    with committed():
        inner.move(page, pos="last-child")
    # the old address leads to the new one (Wagtail's redirect), at once
    assert client.get("/kontakt/anfahrt/")["Location"].endswith("/ueber-uns/anfahrt/")
    assert get(client, "/ueber-uns/anfahrt/")["X-Page-Cache"] == "miss"

    with committed():
        page.unpublish()
    assert client.get(page.url).status_code == 404
    get(client, other.url)
    with committed():
        Page.objects.get(pk=other.pk).delete()
    assert client.get("/kontakt/").status_code == 404


@pytest.mark.django_db
def test_nothing_is_made_old_before_the_change_is_committed(client, home_de):
    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    get(client, page.url)
    page.title = "Wer wir sind"
    page.save_revision().publish()
    # still inside the transaction: a request now could only store the old state
    assert get(client, page.url)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_terms_settings_and_supporters_make_pages_old(client, home_de, committed):
    with committed():
        page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
        SupporterFactory(name="Maria Hoffmann", listed=True)
    get(client, page.url)
    assert get(client, page.url)["X-Page-Cache"] == "hit"

    garrel = term(Municipality, "garrel")
    garrel.name = "Garrel (Gemeinde)"
    with committed():
        garrel.save()
    assert get(client, page.url)["X-Page-Cache"] == "miss"

    with committed():
        waiting = SupporterFactory(name="Jan Bruns", listed=True, confirmed_at=None)
    assert get(client, page.url)["X-Page-Cache"] == "hit"  # a sign-up changes nothing
    waiting.confirmed_at = waiting.signed_up_at
    with committed():
        waiting.save()  # a confirmation changes the count on the home page
    assert get(client, page.url)["X-Page-Cache"] == "miss"

    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.claim = "Ein neuer Leitsatz"
    with committed():
        brand.save()
    assert get(client, page.url)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_forms_and_editors_are_never_served_from_the_cache(client, home_de):
    supporters = SupporterPageFactory(parent=home_de)
    form = get(client, supporters.url)
    assert "csrfmiddlewaretoken" in form.text
    assert "X-Page-Cache" not in form
    assert set(form["Cache-Control"].split(", ")) == {"private", "no-cache"}
    assert "X-Page-Cache" not in get(client, supporters.url)

    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    get(client, page.url)
    assert get(client, page.url)["X-Page-Cache"] == "hit"
    log_in_as(client, "Redaktion")
    as_editor = get(client, page.url)
    assert "X-Page-Cache" not in as_editor
    # the search counts every search for the search terms report
    client.logout()
    assert "X-Page-Cache" not in get(client, "/suche/?q=Klima")


@pytest.mark.django_db
def test_what_every_page_shows_is_built_once_per_change(
    client, home_de, settings, committed, django_assert_max_num_queries
):
    """With the page cache off, the menu, footer and brand settings still come from the
    shared cache, and a change to any of them shows on the next page."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    with committed():
        page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
        ContentPageFactory(parent=home_de, title="Kontakt", slug="kontakt", show_in_menus=True)
    get(client, page.url)
    with django_assert_max_num_queries(9):
        html = get(client, page.url).text
    assert 'href="/kontakt/">Kontakt</a>' in html

    with committed():
        ContentPageFactory(parent=home_de, title="Presse", slug="presse", show_in_menus=True)
    assert 'href="/presse/">Presse</a>' in get(client, page.url).text

    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.primary_colour = "#0b3d91"
    with committed():
        brand.save()
    assert "--brand-primary: #0b3d91" in get(client, page.url).text


def test_the_home_page_and_its_site_are_fresh_after_a_change(client, home_de, settings, committed):
    """The site and its home pages come from the shared cache before Wagtail routes; a
    published change to the home page, a new page below it and a new root page for the site
    show on the next request."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    get(client, "/")
    home_de.claim = "Gemeinsam klimaneutral bis 2040"
    with committed():
        home_de.save_revision().publish()
    assert "Gemeinsam klimaneutral bis 2040" in get(client, "/").text

    assert client.get("/neu/").status_code == 404
    with committed():
        ContentPageFactory(parent=home_de, title="Neu", slug="neu")
    assert get(client, "/neu/")

    site = Site.objects.get(is_default_site=True)
    with committed():
        other_home = ContentPageFactory(
            parent=Page.get_first_root_node(), title="Andere", slug="andere"
        )
        site.root_page = other_home
        site.save()
    assert "Andere" in get(client, "/").text
