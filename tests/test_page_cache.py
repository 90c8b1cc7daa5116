"""The page cache: anonymous readers get stored pages without a query, and nobody sees an old
page once a change is committed: approving, unpublishing, moving, deleting, a term, the brand
settings, a supporter's confirmation."""

import re

import pytest
from django_redis.client import DefaultClient
from wagtail_factories import ImageFactory

from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page, Site

from home.requests import RateLimit
from klimaallianz.models import BrandSettings
from klimaallianz.settings import cache_config
from partners.models import Municipality
from tests.factories import (
    ContentPageFactory,
    DownloadIndexPageFactory,
    SupporterFactory,
    SupporterPageFactory,
    make_download,
    make_partner,
    make_project,
    term,
)
from tests.utils import edit_form_data, log_in_as, log_in_as_superuser


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


def test_what_a_page_shows_of_other_pages_is_fresh_after_a_change(
    client, tree, projects, settings, committed
):
    """The home page's highlights, a project's partners and related projects, a profile's
    projects and downloads and the listings' cards are kept in the shared cache; a published
    change shows on the next request."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    DownloadIndexPageFactory(parent=tree.home)
    pages = ["/", projects.cycling.url, projects.emstek.url, projects.garrel.url, "/projekte/"]
    for _round in range(2):  # built, then read
        for url in pages:
            assert "Carsharing Emstek" not in get(client, url).text
        assert "Carsharing-Flyer" not in get(client, "/downloads/").text
        assert "Carsharing eG" not in get(client, "/partner/").text
    assert "Rufbus Emstek" in get(client, projects.cycling.url).text  # related by topic

    with committed():
        make_project(
            projects.emstek,
            "Carsharing Emstek",
            topics=["mobilitaet"],
            participating_partners=[projects.garrel],
        )
        make_download(projects.emstek, "Carsharing-Flyer", [])
        make_partner(tree.directory, "Carsharing eG")
    for url in pages:
        assert "Carsharing Emstek" in get(client, url).text, url
    assert "Carsharing-Flyer" in get(client, projects.emstek.url).text
    assert "Carsharing-Flyer" in get(client, "/downloads/").text
    assert "Carsharing eG" in get(client, "/partner/").text

    projects.emstek.unpublish()  # commits nothing here: the page cache learns on commit
    with committed():
        projects.emstek.save()
    assert "Gemeinde Emstek" not in get(client, projects.cycling.url).text


def test_a_preview_shows_what_the_draft_links_to(client, tree, projects, settings):
    """What a page shows of other pages is kept for readers, but a preview shows the
    partners the editor's draft names."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    cycling = projects.cycling

    def partners(html):
        return re.search(r"<h3>Partner</h3>(.*?)</ul>", html, re.S).group(1)

    assert ">Gemeinde Emstek</a>" in partners(get(client, cycling.url).text)
    log_in_as_superuser(client)
    data = edit_form_data(client, cycling, participating_partners=str(projects.garrel.pk))
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[cycling.pk])
    assert client.post(preview, data).json()["is_valid"]
    shown = partners(client.get(preview).text)
    assert ">Stadtwerke Garrel</a>" in shown and "Emstek" not in shown


def test_new_card_images_are_kept_with_all_their_renditions(client, tree, projects, settings):
    """Cards kept in the shared cache carry their images' renditions. The renditions of a
    new image are made before the cards are kept, so later requests do not look them up."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    make_project(
        projects.emstek, "Mit neuem Bild", topics=["mobilitaet"], listing_image=ImageFactory()
    )
    pages = [projects.emstek.url, projects.bus.url]  # its profile; a project sharing a topic
    for url in pages:
        assert "Mit neuem Bild" in get(client, url).text  # renditions made, cards kept
        with CaptureQueriesContext(connection) as queries:
            get(client, url)
        assert not [query for query in queries if "wagtailimages_rendition" in query["sql"]]


def test_a_card_image_whose_file_is_gone_does_not_break_the_page(client, tree, projects, settings):
    """An image whose original file went missing (a restored backup without media) shows
    as a broken image on every page that lists it, not as an error page."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    image = ImageFactory()
    make_project(projects.emstek, "Ohne Datei", topics=["mobilitaet"], listing_image=image)
    image.file.storage.delete(image.file.name)
    for url in ["/projekte/", projects.emstek.url, projects.bus.url]:
        assert "Ohne Datei" in get(client, url).text


def test_the_supporter_counts_are_fresh_after_a_change(client, home_de, settings, committed):
    """The supporter page keeps its counts (not the names) until content changes: a
    confirmation and a withdrawal show on the next request."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    page = SupporterPageFactory(parent=home_de)

    def shown():
        html = get(client, page.url).text
        count = int(re.search(r'supporter-count__number">(\d+)<', html).group(1))
        return count, re.findall(r"<li>(\w+ \w\.)", html)

    with committed():
        SupporterFactory(name="Maria Hoffmann", listed=True)
    assert shown() == (1, ["Maria H."])
    assert shown() == (1, ["Maria H."])  # counts kept
    with committed():
        waiting = SupporterFactory(name="Jan Bruns", listed=True, confirmed_at=None)
    assert shown() == (1, ["Maria H."])
    waiting.confirmed_at = waiting.signed_up_at
    with committed():
        waiting.save()
    assert shown()[0] == 2 and set(shown()[1]) == {"Maria H.", "Jan B."}
    with committed():
        waiting.delete()
    assert shown() == (1, ["Maria H."])


def test_parts_kept_in_memory_are_not_reused_once_redis_lost_the_generation(
    client, home_de, settings
):
    """Each app server keeps parts of pages in its own memory under the generation read from
    Redis. If Redis loses the number (a restart), the next one is new, not an old one."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.CHROME_CACHE_SECONDS = 600
    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    ContentPageFactory(parent=home_de, title="Kontakt", slug="kontakt", show_in_menus=True)
    assert 'href="/kontakt/">Kontakt</a>' in get(client, page.url).text
    Page.objects.filter(slug="kontakt").update(title="Schreiben Sie uns")  # no signal
    assert 'href="/kontakt/">Kontakt</a>' in get(client, page.url).text  # the kept menu
    cache.clear()  # Redis restarted
    assert 'href="/kontakt/">Schreiben Sie uns</a>' in get(client, page.url).text


def test_pages_answer_while_redis_is_away(client, home_de, settings):
    """With Redis away (nothing listens on its port), every page is built from the database:
    no error page, nothing kept in any cache meanwhile, no limit refusing anybody."""
    settings.CACHES = {**settings.CACHES, "default": cache_config("redis://127.0.0.1:9/0")}
    settings.CHROME_CACHE_SECONDS = 600
    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    ContentPageFactory(parent=home_de, title="Kontakt", slug="kontakt", show_in_menus=True)
    for url in ["/", page.url, "/suche/?q=Klima", "/sitemap.xml", "/sitemap-seiten-de.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response
    Page.objects.filter(slug="kontakt").update(title="Schreiben Sie uns")  # no signal
    assert 'href="/kontakt/">Schreiben Sie uns</a>' in get(client, page.url).text
    assert all(RateLimit("test", limit=1, window=60).count("someone") for _try in range(3))


def test_redis_is_left_alone_for_a_while_after_it_failed(client, home_de, settings, monkeypatch):
    """Each call to a hanging Redis would wait for the socket timeout: after one failure the
    cache does not ask it again for a few seconds."""
    settings.CACHES = {**settings.CACHES, "default": cache_config("redis://127.0.0.1:9/0")}
    settings.CHROME_CACHE_SECONDS = 600
    asked = []
    get_client = DefaultClient.get_client
    monkeypatch.setattr(
        DefaultClient,
        "get_client",
        lambda *args, **kwargs: asked.append(1) or get_client(*args, **kwargs),
    )
    get(client, "/")
    assert len(asked) == 1
    get(client, "/")
    assert len(asked) == 1
    monkeypatch.setattr(caches["default"], "paused_until", 0)
    get(client, "/")
    assert len(asked) == 2


def test_a_change_made_while_redis_was_away_makes_pages_old_once_it_is_back(
    client, home_de, settings, committed
):
    page = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    assert get(client, page.url)["X-Page-Cache"] == "miss"
    assert get(client, page.url)["X-Page-Cache"] == "hit"
    working = settings.CACHES
    settings.CACHES = {**working, "default": cache_config("redis://127.0.0.1:9/0")}
    page.title = "Wer wir sind"
    with committed():
        page.save_revision().publish()
    settings.CACHES = working  # Redis is back, with the pages it kept
    response = get(client, page.url)
    assert response["X-Page-Cache"] == "miss" and "Wer wir sind" in response.text
