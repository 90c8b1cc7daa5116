"""The home page finds the page for an address by its path in two queries; the answer must
be the one Wagtail's own walk down the tree gives, for every kind of address."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from tests.factories import make_partner, make_project


def walked(home, components):
    """Wagtail's own routing: one level at a time."""
    request = RequestFactory().get("/")
    try:
        return Page.route(home, request, components)
    except Http404:
        return None


def found(home, components):
    request = RequestFactory().get("/")
    try:
        return home.route(request, components)
    except Http404:
        return None


def same(result, expected):
    if expected is None:
        return result is None
    (page, args, kwargs), (page_expected, args_expected, kwargs_expected) = result, expected
    # A routable page's answer: (view, its args, its kwargs); the view is a bound method.
    view, view_expected = (a[0].__name__ if a else None for a in (args, args_expected))
    return (page.pk, type(page), view, args[1:], kwargs) == (
        page_expected.pk,
        type(page_expected),
        view_expected,
        args_expected[1:],
        kwargs_expected,
    )


@pytest.mark.django_db
def test_every_address_leads_where_wagtail_would_lead(tree, projects):
    garrel = projects.garrel
    # A project whose slug is one of the profile's own routes: the route wins, as in Wagtail.
    make_project(garrel, "Badge", slug="badge")
    hidden = make_partner(tree.directory, "Noch nicht öffentlich", live=False)
    below_hidden = make_project(hidden, "Sichtbar unter Entwurf", slug="sichtbar")
    addresses = [
        ["partner"],
        ["partner", garrel.slug],
        ["partner", garrel.slug, projects.solar.slug],
        ["partner", garrel.slug, projects.draft.slug],
        ["partner", garrel.slug, "badge"],
        ["partner", garrel.slug, "badge", "png"],
        ["partner", garrel.slug, "gibt-es-nicht"],
        ["partner", hidden.slug],
        ["partner", hidden.slug, below_hidden.slug],
        ["projekte"],
        ["projekte", "feed"],
        ["projekte", "feed", garrel.slug],
        ["projekte", "einbetten"],
        ["projekte", projects.cycling.slug],
        ["projekte", "nichts", "hier"],
        ["gibt-es-nicht"],
        ["gibt-es-nicht", "auch-nicht"],
    ]
    home = tree.home.specific
    for components in addresses:
        expected = walked(home, components)
        assert same(found(home, components), expected), components
    assert found(home, ["partner", hidden.slug, below_hidden.slug]) is not None
    assert found(home, ["partner", hidden.slug]) is None
    assert found(home, ["partner", garrel.slug, "badge"])[0].pk == garrel.pk


@pytest.mark.django_db
def test_english_addresses_stay_in_the_english_tree(client, tree, projects):
    with translation.override("en"):
        home_en = tree.home_en.specific
        assert found(home_en, ["partners"])[0].pk == tree.directory_en.pk
        # The German slug does not lead into the German tree from the English home page.
        assert found(home_en, ["partner"]) is None
    assert client.get("/en/partner/").status_code == 404
    assert client.get("/en/partners/").status_code == 200


@pytest.mark.django_db
def test_a_deep_page_costs_as_many_queries_as_a_shallow_one(tree, projects):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            request = RequestFactory().get(url)
            tree.home.specific.route(request, [c for c in url.split("/") if c])
        return len(captured)

    assert queries(projects.solar.url) == queries(tree.directory.url) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("chrome_cache", [0, 600])
def test_restricted_pages_still_ask_for_the_password(
    client, settings, tree, projects, chrome_cache
):
    """Routing spares Wagtail's restriction check its queries only where nothing is
    restricted; a restriction on the page, on an ancestor or on an alias's source holds."""
    settings.CHROME_CACHE_SECONDS = chrome_cache
    garrel, solar = projects.garrel, projects.solar

    def asks_for_password(url):
        response = client.get(url)
        assert response.status_code == 200, url
        return 'name="password"' in response.text

    assert not asks_for_password(solar.url)

    PageViewRestriction.objects.create(
        page=garrel, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    cache.clear()
    assert asks_for_password(garrel.url) and asks_for_password(solar.url)
    assert not asks_for_password(projects.cycling.url)

    # An alias elsewhere in the tree repeats a restricted page: its source's restriction holds.
    alias = projects.caretakers.create_alias(parent=tree.showcase, update_slug="hausmeister")
    PageViewRestriction.objects.create(
        page=projects.caretakers, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    cache.clear()
    assert asks_for_password(alias.url)


@pytest.mark.django_db
def test_a_very_deep_address_costs_no_more(client, tree, projects, django_assert_max_num_queries):
    deep = projects.solar.url + "x/" * 2000
    with django_assert_max_num_queries(15):
        assert client.get(deep).status_code == 404
    assert found(tree.home.specific, ["partner", projects.garrel.slug, *["x"] * 20]) is None
    with CaptureQueriesContext(connection) as captured:
        found(tree.home.specific, [c for c in deep.split("/") if c])
    assert max(len(query["sql"]) for query in captured) < 5000
