"""The RSS feeds of the showcase and of each partner, and the widget for partners' websites."""

import re

import pytest

from django.conf import settings
from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.factories import SAMPLE_TITLES, translate
from tests.utils import de, titles

# --- feeds ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_feeds_of_the_showcase_and_of_each_partner(client, projects):
    response = client.get("/projekte/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = response.content.decode()
    assert titles(feed, SAMPLE_TITLES) == SAMPLE_TITLES
    assert f"<link>{settings.BASE_URL}{projects.bus.url}</link>" in feed
    assert "<category>Mobilität</category>" in feed
    assert feed.index("Rufbus Emstek") < feed.index("Solardach Rathaus")

    emstek = client.get("/projekte/feed/gemeinde-emstek/").content.decode()
    assert titles(emstek, SAMPLE_TITLES) == {"Stadtradeln", "Rufbus Emstek"}
    assert client.get("/projekte/feed/niemand/").status_code == 404

    showcase = client.get("/projekte/").text
    assert '<link rel="alternate" type="application/rss+xml"' in showcase
    assert 'href="/projekte/feed/"' in showcase


@pytest.mark.django_db
def test_english_feed_lists_english_projects(client, projects):
    translate(projects.emstek, slug="municipality-of-emstek")
    translate(projects.bus, title="On-demand bus", summary="A bus on call.")
    feed = client.get("/en/projects/feed/").content.decode()
    assert "On-demand bus" in feed and titles(feed, SAMPLE_TITLES) == set()
    assert "<category>Mobility</category>" in feed


# --- the widget for partners' websites --------------------------------------------------------


@pytest.mark.django_db
def test_widget_lists_a_partners_projects_and_may_be_framed(client, projects):
    response = client.get("/projekte/einbetten/", {"partner": "stadtwerke-garrel"})
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert not response.cookies
    html = response.text
    assert titles(html, SAMPLE_TITLES) == {
        "Solardach Rathaus",
        "Hausmeisterschulung",
        "Rufbus Emstek",
    }
    solar = f"{settings.BASE_URL}{projects.solar.url}"
    assert f'<a href="{solar}" target="_blank" rel="noopener">' in html
    # self-contained: nothing is loaded from anywhere
    assert not re.search(r"<(script|link rel=\"stylesheet\"|img|iframe)", html)
    assert not re.search(r'src="', html)
    assert "<style nonce=" in html  # its own stylesheet, allowed by the nonce

    for url in ("/projekte/", projects.solar.url, projects.garrel.url):
        assert client.get(url)["X-Frame-Options"] == "DENY", url


@pytest.mark.django_db
def test_widget_for_an_unknown_partner_is_a_friendly_empty_list(client, projects):
    for params in ({"partner": "niemand"}, {}, {"partner": "<b>"}):
        response = client.get("/projekte/einbetten/", params)
        assert response.status_code == 200
        assert de("The projects of this partner cannot be shown here.") in response.text
        assert "X-Frame-Options" not in response


@pytest.mark.django_db
def test_embed_snippet_and_feed_link_for_the_partner_page(projects):
    request = RequestFactory().get("/partner/stadtwerke-garrel/")
    garrel = projects.garrel
    snippet = render_to_string(
        "projects/includes/embed_snippet.html", {"partner": garrel, "request": request}
    )
    assert (
        f'&lt;iframe src="{settings.BASE_URL}/projekte/einbetten/?partner=stadtwerke-garrel"'
        in snippet
    )
    assert 'loading="lazy"&gt;&lt;/iframe&gt;' in snippet
    link = render_to_string(
        "projects/includes/partner_feed_link.html", {"partner": garrel, "request": request}
    )
    assert f'href="{settings.BASE_URL}/projekte/feed/stadtwerke-garrel/"' in link
