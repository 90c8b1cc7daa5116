"""Pages not translated yet. wagtail-localize gives every new German page an English alias,
which repeats the German text under an English address. English readers get English only:
listings, highlights, feeds, the sitemap and search list pages that exist in English and say
how many more exist in German; the alias's address says that the page is only available in
German; the language switcher of a German page without translation says so."""

from dataclasses import dataclass

import pytest

from django.conf import settings

from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from partners.models import PartnerPage
from projects.models import ProjectPage
from tests.factories import ContentPageFactory, make_partner, make_project, translate
from tests.utils import sitemap_text


def alias_of(page):
    """The English alias that wagtail-localize makes when a German page is created."""
    create_aliases_for_new_page(page)
    return Page.objects.get(alias_of=page, locale__language_code="en").specific


@dataclass
class World:
    garrel: PartnerPage  # translated: "Garrel Utilities"
    emstek: PartnerPage  # an English alias only
    lastrup: PartnerPage  # no English page at all
    solar: ProjectPage  # Garrel's, translated: "Solar roof on the town hall"
    solar_en: ProjectPage
    caretakers: ProjectPage  # Garrel's, an English alias only
    caretakers_alias: ProjectPage
    cycling: ProjectPage  # below the showcase, Emstek takes part, an English alias only
    bus: ProjectPage  # Lastrup's, no English page at all


@pytest.fixture
def world(tree):
    garrel = make_partner(tree.directory, "Stadtwerke Garrel", municipality="garrel")
    translate(garrel, title="Garrel Utilities", slug="garrel-utilities")
    emstek = make_partner(tree.directory, "Gemeinde Emstek", municipality="emstek")
    alias_of(emstek)
    lastrup = make_partner(tree.directory, "Bürgerwerk Lastrup", municipality="lastrup")
    solar = make_project(garrel, "Solardach Rathaus", topics=["energie-und-waerme"], days_ago=4)
    solar_en = translate(
        solar,
        title="Solar roof on the town hall",
        slug="solar-roof",
        summary="Solar power for the town hall.",
    )
    caretakers = make_project(
        garrel,
        "Hausmeisterschulung",
        topics=["gebaeude"],
        summary="Hausmeisterinnen lernen, Heizungen sparsam einzustellen.",
        days_ago=3,
    )
    cycling = make_project(
        tree.showcase,
        "Stadtradeln",
        topics=["mobilitaet"],
        participating_partners=[emstek],
        days_ago=2,
    )
    alias_of(cycling)
    bus = make_project(lastrup, "Rufbus Lastrup", topics=["mobilitaet"], days_ago=1)
    return World(
        garrel=garrel,
        emstek=emstek,
        lastrup=lastrup,
        solar=solar,
        solar_en=solar_en,
        caretakers=caretakers,
        caretakers_alias=alias_of(caretakers),
        cycling=cycling,
        bus=bus,
    )


GERMAN_ONLY = ["Gemeinde Emstek", "Bürgerwerk Lastrup", "Hausmeisterschulung", "Stadtradeln"]


def german_titles_in(html):
    return [title for title in GERMAN_ONLY if title in html]


@pytest.mark.django_db
def test_english_directory_lists_english_profiles_and_counts_the_german_ones(client, world):
    html = client.get("/en/partners/").text
    assert "Garrel Utilities" in html
    assert german_titles_in(html) == []
    assert "1 partner organisation" in html
    assert "2 more partner organisations have a profile in German only." in html
    assert '<a href="/partner/" hreflang="de">Show the German directory</a>' in html

    # the same filters, counted in German and kept in the link
    filtered = client.get("/en/partners/", {"gemeinde": "emstek"}).text
    assert "0 partner organisations" in filtered
    assert "1 more partner organisation has a profile in German only." in filtered
    assert '<a href="/partner/?gemeinde=emstek" hreflang="de">' in filtered

    german = client.get("/partner/").text
    assert "Gemeinde Emstek" in german and "Bürgerwerk Lastrup" in german
    assert "listing-note" not in german


@pytest.mark.django_db
def test_english_showcase_lists_english_projects_and_counts_the_german_ones(client, world):
    html = client.get("/en/projects/").text
    assert "Solar roof on the town hall" in html
    assert german_titles_in(html) == []
    assert "1 project" in html
    assert "3 more projects are described in German only." in html
    assert '<a href="/projekte/" hreflang="de">Show the German showcase</a>' in html

    # a partner's slug differs by language: the German listing gets the German one
    by_partner = client.get("/en/projects/", {"partner": "garrel-utilities", "sortierung": "a-z"})
    assert "Solar roof on the town hall" in by_partner.text
    assert "1 more project is described in German only." in by_partner.text
    assert 'href="/projekte/?partner=stadtwerke-garrel&amp;sortierung=a-z"' in by_partner.text

    german = client.get("/projekte/").text
    assert "listing-note" not in german
    assert "Hausmeisterschulung" in german and "Rufbus Lastrup" in german


@pytest.mark.django_db
def test_highlights_feeds_sitemap_and_search_leave_out_aliases(client, world):
    home = client.get("/en/").text
    assert "Solar roof on the town hall" in home and "Garrel Utilities" in home
    assert german_titles_in(home) == []

    feed = client.get("/en/projects/feed/").text
    assert "Solar roof on the town hall" in feed
    assert german_titles_in(feed) == []
    assert client.get("/en/projects/feed/gemeinde-emstek/").status_code == 404
    partner_feed = client.get("/en/projects/feed/garrel-utilities/").text
    assert "Solar roof on the town hall" in partner_feed
    assert german_titles_in(partner_feed) == []

    sitemap = sitemap_text(client)
    assert world.solar_en.url in sitemap and world.caretakers.url in sitemap
    assert world.caretakers_alias.url not in sitemap

    found = client.get("/en/search/", {"q": "Hausmeisterschulung"}).text
    assert "0 results" in found
    assert world.caretakers_alias.url not in found


@pytest.mark.django_db
def test_an_untranslated_page_says_so_in_english_and_links_the_german_one(client, world):
    response = client.get(world.caretakers_alias.url)
    assert response.status_code == 200
    html = response.text
    assert '<html lang="en">' in html
    assert "<title>Only available in German – " in html
    assert "<h1>Only available in German</h1>" in html
    assert "This page has not been translated into English yet." in html
    link = f'<a href="{world.caretakers.url}" hreflang="de" lang="de">Hausmeisterschulung</a>'
    assert link in html
    assert world.caretakers.summary not in html  # no German text under English navigation
    assert '<meta name="robots" content="noindex">' in html
    assert 'property="og:description"' not in html


@pytest.mark.django_db
def test_language_switcher_leads_to_translations_only(client, tree, world):
    translated = client.get(world.solar.url).text
    assert f'href="{world.solar_en.url}" lang="en" hreflang="en"' in translated
    assert "nicht verfügbar" not in translated

    for german in (world.caretakers, world.bus):  # an alias, and no English page at all
        html = client.get(german.url).text
        assert "Englisch: nicht verfügbar" in html, german.title
        assert 'lang="en" hreflang="en"' not in html
        assert 'rel="alternate" hreflang="en"' not in html
        assert f'rel="alternate" hreflang="de" href="{settings.BASE_URL}{german.url}"' in html
    assert f'href="{world.caretakers_alias.url}"' not in client.get(world.caretakers.url).text

    english_only = ContentPageFactory(parent=tree.home_en, title="Only in English")
    html = client.get(english_only.url).text
    assert "German: not available" in html
    assert 'lang="de" hreflang="de"' not in html
