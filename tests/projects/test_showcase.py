"""The project showcase (/projekte/, /en/projects/): filters with counts, totals, order,
pagination, the home page's highlights and the card images."""

import re

import pytest
from wagtail_factories import ImageFactory

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import ngettext

from projects.models import ProjectStatus, Topic
from projects.querysets import CARD_IMAGE_SPECS
from tests.factories import SAMPLE_TITLES, TopicFactory, make_partner, make_project, translate
from tests.utils import de, option, titles

COUNT_MESSAGE = ("%(counter)s project", "%(counter)s projects")


def count_text(number):
    """The showcase's "4 projects", in German as the catalogue has it now."""
    with translation.override("de"):
        return ngettext(*COUNT_MESSAGE, number) % {"counter": number}


def status_label(status):
    with translation.override("de"):
        return capfirst(ProjectStatus(status).label)


# --- the showcase -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_showcase_lists_every_live_project_of_the_tree_with_counts(client, tree, projects):
    make_partner(tree.directory, "Ohne Projekte GmbH")
    cycling = projects.cycling
    cycling.participating_partners.add(
        make_partner(tree.directory, "Noch nicht veröffentlicht", live=False)
    )
    cycling.save()
    html = client.get("/projekte/").text
    assert titles(html, SAMPLE_TITLES | {"Entwurf Windpark"}) == SAMPLE_TITLES
    assert count_text(4) in html
    assert option("mobilitaet", "Mobilität", 2) in html
    assert option("energie-und-waerme", "Erneuerbare Energien und Wärme", 1) in html
    assert option("klimaanpassung", "Klimaanpassung", 0) in html
    assert option("laufend", status_label("laufend"), 2) in html
    assert option("geplant", status_label("geplant"), 1) in html
    assert option("garrel", "Garrel", 2) in html
    assert option("emstek", "Emstek", 2) in html
    # partners: leading or taking part
    assert option("stadtwerke-garrel", "Stadtwerke Garrel", 3) in html
    assert option("gemeinde-emstek", "Gemeinde Emstek", 2) in html
    # only published partners that have projects are offered
    assert "Ohne Projekte GmbH" not in html and "Noch nicht veröffentlicht" not in html
    # the card: status and fields of action in the reader's language
    assert "Erneuerbare Energien und Wärme" in html and "Verwaltung und Vorbild" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"handlungsfeld": "mobilitaet"}, {"Stadtradeln", "Rufbus Emstek"}),
        ({"status": "laufend"}, {"Solardach Rathaus", "Rufbus Emstek"}),
        ({"gemeinde": "garrel"}, {"Solardach Rathaus", "Hausmeisterschulung"}),
        (
            {"partner": "stadtwerke-garrel"},
            {"Solardach Rathaus", "Hausmeisterschulung", "Rufbus Emstek"},
        ),
        ({"partner": "gemeinde-emstek"}, {"Stadtradeln", "Rufbus Emstek"}),
        ({"handlungsfeld": "mobilitaet", "partner": "stadtwerke-garrel"}, {"Rufbus Emstek"}),
        ({"handlungsfeld": "mobilitaet", "status": "geplant"}, {"Stadtradeln"}),
        (
            {"gemeinde": "emstek", "status": "laufend", "partner": "gemeinde-emstek"},
            {"Rufbus Emstek"},
        ),
        ({"status": "abgeschlossen", "gemeinde": "emstek"}, set()),
    ],
)
def test_showcase_filters_combine(client, projects, params, expected):
    response = client.get("/projekte/", params)
    assert response.status_code == 200
    html = response.text
    assert titles(html, SAMPLE_TITLES) == expected
    assert f"<p>{count_text(len(expected))}</p>" in html
    if not expected:
        assert de("No project matches these filters yet.") in html
        assert de("Show all projects") in html


@pytest.mark.django_db
def test_facet_counts_follow_the_other_filters(client, projects):
    html = client.get("/projekte/", {"handlungsfeld": "mobilitaet"}).text
    assert option("mobilitaet", "Mobilität", 2, selected=True) in html
    assert option("laufend", status_label("laufend"), 1) in html
    assert option("abgeschlossen", status_label("abgeschlossen"), 0) in html
    assert option("garrel", "Garrel", 0) in html
    assert option("stadtwerke-garrel", "Stadtwerke Garrel", 1) in html
    # the topic counts ignore the chosen topic but follow the partner
    html = client.get("/projekte/", {"partner": "gemeinde-emstek"}).text
    assert option("mobilitaet", "Mobilität", 2) in html
    assert option("gebaeude", "Gebäude und Sanieren", 0) in html
    assert option("gemeinde-emstek", "Gemeinde Emstek", 2, selected=True) in html


@pytest.mark.django_db
def test_counts_are_kept_per_filter_until_a_change(
    client, tree, projects, settings, django_capture_on_commit_callbacks
):
    """The counts, totals, partners offered and cards come from the shared cache as in
    production: each combination of filters, order and page keeps its own, an unknown
    parameter changes nothing, an unknown value shows nothing, and a published project or
    partner shows in them on the next request."""
    settings.CHROME_CACHE_SECONDS = 600
    cache.clear()
    for _round in range(2):  # counted, then read
        html = client.get("/projekte/").text
        assert count_text(4) in html
        assert option("stadtwerke-garrel", "Stadtwerke Garrel", 3) in html
        assert option("laufend", status_label("laufend"), 2) in html
        assert titles(html, SAMPLE_TITLES) == SAMPLE_TITLES
    newest_first = ["Rufbus Emstek", "Stadtradeln", "Hausmeisterschulung", "Solardach Rathaus"]
    assert card_titles(client.get("/projekte/").text) == newest_first
    assert card_titles(client.get("/projekte/", {"sortierung": "a-z"}).text) == sorted(newest_first)
    unknown = {"status": "laufend", "partner": "unbekannt"}
    for params in (unknown, {"status": "laufend"}, unknown):
        expected = set() if params is unknown else {"Solardach Rathaus", "Rufbus Emstek"}
        assert titles(client.get("/projekte/", params).text, SAMPLE_TITLES) == expected
    for params in ({"gemeinde": "emstek"}, {"gemeinde": "emstek", "utm_source": "x"}):
        html = client.get("/projekte/", params).text
        assert count_text(2) in html
        assert option("laufend", status_label("laufend"), 1) in html
        assert option("stadtwerke-garrel", "Stadtwerke Garrel", 1) in html
    assert count_text(4) in client.get("/projekte/").text

    with django_capture_on_commit_callbacks(execute=True):
        newcomer = make_partner(tree.directory, "Neue Energie eG", municipality="emstek")
        make_project(
            newcomer,
            "Bürgerwindpark",
            topics=["energie-und-waerme"],
            municipality="emstek",
            status=ProjectStatus.ONGOING,
            participating_partners=[projects.garrel],
        )
    html = client.get("/projekte/").text
    assert count_text(5) in html
    assert card_titles(html)[0] == "Bürgerwindpark"
    assert option("stadtwerke-garrel", "Stadtwerke Garrel", 4) in html
    assert option("laufend", status_label("laufend"), 3) in html
    assert option("neue-energie-eg", "Neue Energie eG", 1) in html
    html = client.get("/projekte/", {"gemeinde": "emstek", "partner": "neue-energie-eg"}).text
    assert titles(html, SAMPLE_TITLES | {"Bürgerwindpark"}) == {"Bürgerwindpark"}


@pytest.mark.django_db
def test_totals_count_projects_and_add_up_co2(client, projects):
    html = client.get("/projekte/").text
    totals = re.search(r'class="result-count showcase-totals".*?</div>', html, re.S).group()
    assert "15,5" in totals and count_text(4) in totals
    html = client.get("/projekte/", {"status": "abgeschlossen"}).text
    totals = re.search(r'class="result-count showcase-totals".*?</div>', html, re.S).group()
    assert count_text(1) in totals and "3 t" in totals
    # no CO₂ figure among the filtered projects: no sentence about it
    html = client.get("/projekte/", {"handlungsfeld": "mobilitaet"}).text
    totals = re.search(r'class="result-count showcase-totals".*?</div>', html, re.S).group()
    assert "CO₂" not in totals


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"handlungsfeld": "gibt-es-nicht"},
        {"status": "fertig"},
        {"gemeinde": "oldenburg"},
        {"partner": "unbekannte-firma"},
        {"gemeinde": "<script>alert(1)</script>", "page": "x"},
        {"status": "laufend", "partner": "../../etc"},
    ],
)
def test_unknown_filters_give_an_empty_list_and_say_so(client, projects, params):
    response = client.get("/projekte/", params)
    assert response.status_code == 200
    html = response.text
    assert titles(html, SAMPLE_TITLES) == set()
    assert de("This filter does not exist (any more). Reset the filters to see all projects.") in (
        html
    )
    assert "<script>alert" not in html


def card_titles(html):
    """The titles of the project cards, in the order shown."""
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', html)


@pytest.mark.django_db
def test_unknown_order_is_the_default_order(client, projects):
    default = card_titles(client.get("/projekte/").text)
    assert default == ["Rufbus Emstek", "Stadtradeln", "Hausmeisterschulung", "Solardach Rathaus"]
    unknown = client.get("/projekte/", {"sortierung": "quatsch"}).text
    assert card_titles(unknown) == default


@pytest.mark.django_db
def test_sorting_newest_first_and_alphabetically(client, projects):
    newest = client.get("/projekte/").text
    order = ["Rufbus Emstek", "Stadtradeln", "Hausmeisterschulung", "Solardach Rathaus"]
    assert sorted(order, key=newest.index) == order
    alphabetical = client.get("/projekte/", {"sortierung": "a-z"}).text
    order = ["Hausmeisterschulung", "Rufbus Emstek", "Solardach Rathaus", "Stadtradeln"]
    assert sorted(order, key=alphabetical.index) == order
    assert '<option value="a-z" selected>' in alphabetical


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, tree):
    for number in range(14):
        make_project(tree.showcase, f"Projekt {number:02d}", topics=["mobilitaet"])
    make_project(tree.showcase, "Anderes Thema", topics=["gebaeude"])
    first = client.get("/projekte/", {"handlungsfeld": "mobilitaet", "sortierung": "a-z"}).text
    assert 'href="?handlungsfeld=mobilitaet&amp;sortierung=a-z&amp;page=2"' in first
    assert "Projekt 11" in first and "Projekt 12" not in first
    second = client.get(
        "/projekte/", {"handlungsfeld": "mobilitaet", "sortierung": "a-z", "page": "2"}
    ).text
    assert "Projekt 12" in second and "Projekt 13" in second
    assert "Projekt 00" not in second and "Anderes Thema" not in second
    assert client.get("/projekte/", {"page": "999"}).status_code == 200


@pytest.mark.django_db
def test_empty_showcase_says_so(client, tree):
    html = client.get("/projekte/").text
    assert de("No projects have been published yet.") in html


@pytest.mark.django_db
def test_editors_can_add_a_field_of_action(client, projects):
    TopicFactory(name="Moorschutz", slug="moorschutz")
    html = client.get("/projekte/").text
    assert option("moorschutz", "Moorschutz", 0) in html


# --- English ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_english_showcase_shows_english_terms_and_links_only_english_pages(client, projects):
    garrel_en = translate(projects.garrel, slug="stadtwerke-garrel-en")
    translate(projects.emstek, slug="municipality-of-emstek")
    translate(projects.solar, title="Solar roof of the town hall", summary="PV.")
    translate(projects.bus, title="On-demand bus", summary="A bus on call.")
    html = client.get("/en/projects/").text
    assert "Solar roof of the town hall" in html and "On-demand bus" in html
    assert titles(html, SAMPLE_TITLES) == set()  # German projects are not listed in English
    assert "Renewable energy and heat" in html and "Administration leading by example" in html
    assert "Erneuerbare Energien" not in html
    assert option("mobilitaet", "Mobility", 1) in html
    assert option("stadtwerke-garrel-en", "Stadtwerke Garrel", 2) in html
    assert option("municipality-of-emstek", "Gemeinde Emstek", 1) in html
    cards = re.findall(r'class="card__title"><a href="([^"]+)"', html)
    assert len(cards) == 2 and all(url.startswith("/en/") for url in cards)

    filtered = client.get("/en/projects/", {"partner": "stadtwerke-garrel-en"}).text
    assert "Solar roof of the town hall" in filtered and "On-demand bus" in filtered
    topic = client.get("/en/projects/", {"handlungsfeld": "mobilitaet"}).text
    assert "On-demand bus" in topic and "Solar roof" not in topic
    assert garrel_en.locale.language_code == "en"


# --- home page and vocabulary -----------------------------------------------------------------


@pytest.mark.django_db
def test_home_page_highlights_the_newest_projects_of_the_whole_tree(client, tree, projects):
    html = client.get("/").text
    section = html.split(f'id="highlights-{tree.showcase.pk}"')[1].split("</section>")[0]
    # two of the three newest sit below partner profiles, not below the showcase
    assert titles(section, SAMPLE_TITLES | {"Entwurf Windpark"}) == {
        "Rufbus Emstek",
        "Stadtradeln",
        "Hausmeisterschulung",
    }


@pytest.mark.django_db
def test_card_image_uses_the_prefetched_rendition(client, tree, django_assert_num_queries):
    project = make_project(tree.showcase, "Mit Bild", listing_image=ImageFactory())
    client.get("/projekte/")  # renditions are made on the first view
    # Wagtail also keeps renditions in the cache; without it, only the listing's prefetch
    # spares each card its own queries for the image and its rendition.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/projekte/").text
    one_card = len(queries)
    small, large = project.listing_image.get_renditions(*CARD_IMAGE_SPECS).values()
    assert f'src="{small.url}"' in html
    assert f'srcset="{small.url} {small.width}w, {large.url} {large.width}w"' in html

    for number in range(2):
        make_project(tree.showcase, f"Noch ein Bild {number}", listing_image=ImageFactory())
    client.get("/projekte/")
    cache.clear()
    with django_assert_num_queries(one_card):
        html = client.get("/projekte/").text
    assert html.count('class="card__image"') == 3


# --- bounded queries --------------------------------------------------------------------------


PROJECT_PAGE_QUERIES = 18


@pytest.mark.django_db
def test_project_page_queries_do_not_grow(client, tree, django_assert_num_queries):
    """The listings' queries are pinned in tests/test_listings.py; the project page's here,
    with many partners taking part and many related projects."""
    partners, projects = [], []
    topics = list(Topic.objects.filter(locale__language_code="de"))

    def add(project_count, partner_count):
        for _ in range(partner_count):
            partners.append(make_partner(tree.directory, f"Partner {len(partners):03d}"))
        images = [ImageFactory() for _ in range(12)]
        for number in range(project_count):
            position = len(projects)
            projects.append(
                make_project(
                    partners[position % len(partners)] if position % 3 else tree.showcase,
                    f"Projekt {position:03d}",
                    topics=[topics[position % 7].slug, topics[(position + 3) % 7].slug],
                    municipality="garrel",
                    listing_image=images[number % 12],
                    participating_partners=partners[-3:],
                    days_ago=position,
                )
            )
        page = projects[-1]
        page.participating_partners = partners
        page.save()

    add(10, 3)
    client.get(projects[-1].url)  # renditions are made on the first view
    with django_assert_num_queries(PROJECT_PAGE_QUERIES):
        assert client.get(projects[-1].url).status_code == 200
    add(60, 20)
    client.get(projects[-1].url)
    with django_assert_num_queries(PROJECT_PAGE_QUERIES):
        response = client.get(projects[-1].url)
    assert response.status_code == 200
    assert all(f">{partner.title}</a>" in response.text for partner in partners)  # all 23
