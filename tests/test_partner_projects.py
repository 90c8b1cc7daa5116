"""A partner's projects are the projects it leads and those it takes part in: the same set on
its profile (in two groups), in the showcase's partner filter, its feed and its widget."""

import re

import pytest

from projects.wagtail_hooks import PROFILE_PROJECTS
from tests.factories import make_partner, make_project

LED = {"Solardach Rathaus", "Radwegekonzept"}
TAKING_PART = {"Bürgerbus"}


@pytest.fixture
def garrel(tree):
    garrel = make_partner(tree.directory, "Stadtwerke Garrel", municipality="garrel")
    emstek = make_partner(tree.directory, "Gemeinde Emstek", municipality="emstek")
    make_project(garrel, "Solardach Rathaus", days_ago=3)  # below its profile: it leads
    make_project(tree.showcase, "Radwegekonzept", lead_partner=garrel, days_ago=2)
    make_project(emstek, "Bürgerbus", participating_partners=[garrel], days_ago=1)
    make_project(emstek, "Nur Emstek")
    make_project(garrel, "Entwurf", live=False)
    return garrel


CARD_TITLE = r'card__title"><a href="[^"]+">([^<]+)<'


def titles_in(html, pattern=CARD_TITLE):
    return set(re.findall(pattern, html))


def section(html, heading):
    """The cards' titles of one section of the profile."""
    start = html.index(f">{heading} <span")
    end = html.find('<section class="profile-section"', start)
    return titles_in(html[start : end if end > 0 else None])


@pytest.mark.django_db
def test_profile_shows_led_and_participating_projects_in_two_groups(client, garrel):
    html = client.get(garrel.url).text
    assert section(html, "Eigene Projekte") == LED
    assert section(html, "Beteiligt an") == TAKING_PART
    assert "Nur Emstek" not in html and "Entwurf" not in html
    # the same cards as the showcase's: status and fields of action
    assert html.count('<article class="card card--project">') == 3
    assert html.count('class="status status--laufend"') == 3


@pytest.mark.django_db
def test_showcase_feed_and_widget_list_the_same_projects(client, garrel):
    expected = LED | TAKING_PART
    showcase = client.get("/projekte/", {"partner": garrel.slug}).text
    assert titles_in(showcase) == expected
    feed = client.get(f"/projekte/feed/{garrel.slug}/").text
    assert titles_in(feed, r"<item><title>([^<]+)</title>") == expected
    widget = client.get("/projekte/einbetten/", {"partner": garrel.slug}).text
    assert titles_in(widget, r'rel="noopener">([^<]+)</a><span class="status"') == expected


@pytest.mark.django_db
def test_profile_links_the_showcase_when_a_group_is_longer_than_shown(client, tree, garrel):
    for number in range(PROFILE_PROJECTS):
        make_project(garrel, f"Weiteres Projekt {number}")
    html = client.get(garrel.url).text
    assert len(section(html, "Eigene Projekte")) == PROFILE_PROJECTS
    count = PROFILE_PROJECTS + len(LED)
    assert f"Alle {count} Projekte von Stadtwerke Garrel in der Projektübersicht" in html
    assert f'href="/projekte/?partner={garrel.slug}"' in html
