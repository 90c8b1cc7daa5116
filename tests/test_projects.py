"""The project showcase, project pages, feeds and the widget for partners' websites: what
readers see in both languages, and that nothing unpublished shows anywhere."""

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from wagtail_factories import ImageFactory

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page, PageViewRestriction, Workflow
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from partners.models import Municipality, PartnerCategory, PartnerIndexPage, PartnerPage
from projects.models import Co2Method, ProjectIndexPage, ProjectPage, ProjectStatus, Topic
from projects.models.pages import CO2_METHOD_MISSING, END_BEFORE_START
from projects.querysets import CARD_IMAGE_SPEC
from tests.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
    UserFactory,
    term,
    translate,
)

FACTS_TOPICS = {
    "verwaltung": ("Verwaltung und Vorbild", "Administration leading by example"),
    "energie-und-waerme": ("Erneuerbare Energien und Wärme", "Renewable energy and heat"),
    "gebaeude": ("Gebäude und Sanieren", "Buildings and renovation"),
    "mobilitaet": ("Mobilität", "Mobility"),
    "wirtschaft-und-landwirtschaft": ("Wirtschaft und Landwirtschaft", "Business and agriculture"),
    "bildung-und-beteiligung": (
        "Bildung, Beteiligung und Öffentlichkeitsarbeit",
        "Education, participation and public relations",
    ),
    "klimaanpassung": ("Klimaanpassung", "Climate adaptation"),
}


def de(message):
    """The German text of a message, as the catalogue has it now (msgid until translated)."""
    with translation.override("de"):
        return gettext(message)


class TestProjectTree(WagtailPageTestCase):
    def test_projects_below_partners_and_the_showcase_only(self):
        self.assertAllowedParentPageTypes(ProjectPage, {PartnerPage, ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertCanCreateAt(PartnerPage, ProjectPage)
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(PartnerIndexPage, ProjectPage)


# --- the world of the tests -------------------------------------------------------------------


@pytest.fixture
def site(home_de, home_en):
    """Partner directory and showcase in German and English."""
    partners = PartnerIndexPageFactory(parent=home_de)
    translate(partners, title="Partners", slug="partners")
    showcase = ProjectIndexPageFactory(parent=home_de)
    translate(showcase, title="Projects", slug="projects")
    return {"partners": partners, "showcase": showcase}


def make_partner(site, title, municipality="cloppenburg", **fields):
    return PartnerPageFactory(
        parent=site["partners"],
        title=title,
        category=term(PartnerCategory, "unternehmen"),
        municipality=term(Municipality, municipality),
        **fields,
    )


def make_project(parent, title, *, topics=(), municipality=None, days_ago=0, **fields):
    """A published project; `days_ago` says when it was first published."""
    fields.setdefault("live", True)
    if fields["live"]:
        fields.setdefault("first_published_at", timezone.now() - timedelta(days=days_ago))
    return ProjectPageFactory(
        parent=parent,
        title=title,
        topics=[term(Topic, slug) for slug in topics],
        municipality=term(Municipality, municipality) if municipality else None,
        **fields,
    )


def option(slug, name, count, selected=False):
    return f'<option value="{slug}"{" selected" if selected else ""}>{name} ({count})</option>'


def titles(html, candidates):
    return {title for title in candidates if title in html}


@pytest.fixture
def projects(site):
    """Four live projects of two partners and the alliance, and a draft."""
    garrel = make_partner(site, "Stadtwerke Garrel", "garrel")
    emstek = make_partner(site, "Gemeinde Emstek", "emstek")
    solar = make_project(
        garrel,
        "Solardach Rathaus",
        topics=["energie-und-waerme", "verwaltung"],
        municipality="garrel",
        status=ProjectStatus.ONGOING,
        co2_saved=Decimal("12.5"),
        co2_method=Co2Method.CALCULATED,
        days_ago=4,
    )
    caretakers = make_project(
        garrel,
        "Hausmeisterschulung",
        topics=["gebaeude"],
        municipality="garrel",
        status=ProjectStatus.COMPLETED,
        co2_saved=Decimal("3"),
        co2_method=Co2Method.ESTIMATED,
        days_ago=3,
    )
    cycling = make_project(
        site["showcase"],
        "Stadtradeln",
        topics=["mobilitaet"],
        municipality="emstek",
        status=ProjectStatus.PLANNED,
        participating_partners=[emstek],
        days_ago=2,
    )
    bus = make_project(
        emstek,
        "Rufbus Emstek",
        topics=["mobilitaet"],
        municipality="emstek",
        status=ProjectStatus.ONGOING,
        participating_partners=[garrel],
        days_ago=1,
    )
    draft = make_project(garrel, "Entwurf Windpark", topics=["mobilitaet"], live=False)
    return {
        "garrel": garrel,
        "emstek": emstek,
        "solar": solar,
        "caretakers": caretakers,
        "cycling": cycling,
        "bus": bus,
        "draft": draft,
    }


ALL = {"Solardach Rathaus", "Hausmeisterschulung", "Stadtradeln", "Rufbus Emstek"}


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
def test_showcase_lists_every_live_project_of_the_tree_with_counts(client, site, projects):
    make_partner(site, "Ohne Projekte GmbH")
    cycling = projects["cycling"]
    cycling.participating_partners.add(make_partner(site, "Noch nicht veröffentlicht", live=False))
    cycling.save()
    html = client.get("/projekte/").text
    assert titles(html, ALL | {"Entwurf Windpark"}) == ALL
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
    assert titles(html, ALL) == expected
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
    assert titles(html, ALL) == set()
    assert de("This filter does not exist (any more). Reset the filters to see all projects.") in (
        html
    )
    assert "<script>alert" not in html


@pytest.mark.django_db
def test_unknown_order_is_the_default_order(client, projects):
    html = client.get("/projekte/", {"sortierung": "quatsch"}).text
    assert titles(html, ALL) == ALL


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
def test_pagination_keeps_the_filters(client, site):
    for number in range(14):
        make_project(site["showcase"], f"Projekt {number:02d}", topics=["mobilitaet"])
    make_project(site["showcase"], "Anderes Thema", topics=["gebaeude"])
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
def test_empty_showcase_says_so(client, site):
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
    garrel_en = translate(projects["garrel"], slug="stadtwerke-garrel-en")
    translate(projects["emstek"], slug="municipality-of-emstek")
    translate(projects["solar"], title="Solar roof of the town hall", summary="PV.")
    translate(projects["bus"], title="On-demand bus", summary="A bus on call.")
    html = client.get("/en/projects/").text
    assert "Solar roof of the town hall" in html and "On-demand bus" in html
    assert titles(html, ALL) == set()  # German projects are not listed in English
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


# --- nothing unpublished shows anywhere -------------------------------------------------------


@pytest.fixture
def hidden(site, projects, django_user_model):
    """A draft, a project waiting for approval, a private one, and a live one whose next
    revision waits for approval: none of their unpublished content may show."""
    garrel = projects["garrel"]
    unapproved = make_project(garrel, "Wartet auf Freigabe", topics=["mobilitaet"], live=False)
    editor = django_user_model.objects.create_user("e", "e@example.org", "pw")
    unapproved.save_revision(user=editor)
    Workflow.objects.get(name="Freigabe durch die Lenkungsgruppe").start(unapproved, editor)
    private = make_project(garrel, "Geschlossene Gesellschaft", topics=["mobilitaet"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    changed = projects["bus"]
    changed.title = "Neuer Titel in Freigabe"
    changed.save_revision(user=editor)
    return {"unapproved": unapproved, "private": private, "draft": projects["draft"]}


HIDDEN = {
    "Entwurf Windpark",
    "Wartet auf Freigabe",
    "Geschlossene Gesellschaft",
    "Neuer Titel in Freigabe",
}


@pytest.mark.django_db
def test_unpublished_projects_appear_nowhere_public(client, projects, hidden):
    pages = {
        "showcase": "/projekte/",
        "filtered": "/projekte/?handlungsfeld=mobilitaet&partner=stadtwerke-garrel",
        "feed": "/projekte/feed/",
        "partner feed": "/projekte/feed/stadtwerke-garrel/",
        "widget": "/projekte/einbetten/?partner=stadtwerke-garrel",
        "sitemap": "/sitemap.xml",
        "partner page": projects["garrel"].url,
        "related projects": projects["cycling"].url,
        "home page": "/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert titles(response.content.decode(), HIDDEN) == set(), name
    assert "Rufbus Emstek" in client.get(projects["cycling"].url).text  # related, as published
    assert f"http://localhost{projects['bus'].url}" in client.get("/sitemap.xml").text
    assert client.get(hidden["draft"].url).status_code == 404
    assert "Geschlossene Gesellschaft" not in client.get(hidden["private"].url).text
    assert option("mobilitaet", "Mobilität", 2) in client.get("/projekte/").text


# --- bounded queries --------------------------------------------------------------------------


@pytest.mark.django_db
def test_showcase_and_project_page_queries_do_not_grow(client, site, django_assert_max_num_queries):
    showcase = site["showcase"]
    partners, projects = [], []
    topics = list(Topic.objects.filter(locale__language_code="de"))

    def add(project_count, partner_count):
        # Pages go through the tree one by one; images and partners are shared out.
        for _ in range(partner_count):
            partners.append(make_partner(site, f"Partner {len(partners):03d}"))
        images = [ImageFactory() for _ in range(12)]
        for number in range(project_count):
            position = len(projects)
            projects.append(
                make_project(
                    partners[position % len(partners)] if position % 3 else showcase,
                    f"Projekt {position:03d}",
                    topics=[topics[position % 7].slug, topics[(position + 3) % 7].slug],
                    municipality="garrel",
                    listing_image=images[number % 12],
                    participating_partners=partners[-3:],
                    co2_saved=Decimal(position),
                    co2_method=Co2Method.MEASURED,
                    days_ago=position,
                )
            )
        page = projects[-1]
        page.participating_partners = partners
        page.save()

    def views():
        return (
            "/projekte/",
            "/projekte/?handlungsfeld=mobilitaet&gemeinde=garrel&sortierung=a-z",
            f"/projekte/?partner={partners[-1].slug}&page=2",
            projects[-1].url,
        )

    add(10, 3)
    for url in views():
        client.get(url)  # renditions are made on the first view
    for url in views():
        with django_assert_max_num_queries(35):
            assert client.get(url).status_code == 200
    add(190, 40)
    for url in views():
        client.get(url)
    for url in views():
        with django_assert_max_num_queries(35):
            response = client.get(url)
            assert response.status_code == 200
    html = client.get("/projekte/").text
    assert html.count('class="card card--project"') == 12
    assert count_text(200) in html


# --- the project page -------------------------------------------------------------------------


@pytest.mark.django_db
def test_project_page_shows_facts_partners_and_brand_line(client, projects):
    solar = projects["solar"]
    solar.start_date, solar.end_date = date(2024, 3, 1), date(2025, 6, 30)
    solar.measure_code = "1U"
    solar.investment = 250000
    solar.funding_programme = "Kommunalrichtlinie"
    solar.contact_name, solar.contact_email = "Erika Muster", "erika@stadtwerke.example"
    solar.address = "Hauptstraße 1"
    solar.latitude, solar.longitude = Decimal("52.95"), Decimal("8.02")
    solar.participating_partners = [projects["emstek"]]
    solar.links = [("link", {"url": "https://example.org/solar", "label": "Projektseite"})]
    solar.save_revision().publish()
    html = client.get(solar.url).text
    assert "<h1>Solardach Rathaus</h1>" in html
    assert f'href="{projects["garrel"].url}"' in html and f'href="{projects["emstek"].url}"' in html
    assert "Erneuerbare Energien und Wärme, Verwaltung und Vorbild" in html
    assert "1U" in html and "Kommunalrichtlinie" in html and "250.000" in html
    assert "12,5" in html and f"({de('calculated')})" in html
    assert "1. März 2024" in html and "30. Juni 2025" in html
    assert 'href="mailto:erika@stadtwerke.example"' in html
    assert 'href="https://example.org/solar"' in html
    assert "Ein Projekt der Klimaallianz Landkreis Cloppenburg" in html
    assert "openstreetmap.org/?mlat=52.950000" in html
    assert projects["solar"].specific.lead_partner_id == projects["garrel"].pk


@pytest.mark.django_db
def test_related_projects_share_a_field_of_action(client, site, projects):
    others = [
        make_project(site["showcase"], f"Mobil {number}", topics=["mobilitaet"], days_ago=10)
        for number in range(3)
    ]
    html = client.get(projects["cycling"].url).text
    related = html.split('id="related-heading"')[1]
    assert related.count('class="card card--project"') == 3
    # the newest three that share "Mobilität"; not the project itself, no draft
    assert titles(related, {"Rufbus Emstek", *(other.title for other in others)}) == {
        "Rufbus Emstek",
        "Mobil 2",
        "Mobil 1",
    }
    assert "Stadtradeln" not in related and "Entwurf Windpark" not in related
    # no shared field of action, no section
    assert 'id="related-heading"' not in client.get(projects["caretakers"].url).text


@pytest.mark.django_db
def test_json_ld_describes_the_project_and_is_safely_escaped(client, projects):
    solar = projects["solar"]
    solar.title = 'Solar </script><script>alert("x")</script>'
    solar.start_date = date(2024, 3, 1)
    solar.latitude, solar.longitude = Decimal("52.95"), Decimal("8.02")
    solar.save_revision().publish()
    html = client.get(solar.url).text
    assert '<script>alert("x")' not in html
    [raw] = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    data = json.loads(raw)
    assert data["@type"] == "Project"
    assert data["name"] == solar.title
    assert data["url"] == f"http://localhost{solar.url}"
    assert data["startDate"] == "2024-03-01"
    assert data["location"]["geo"]["latitude"] == 52.95
    assert data["location"]["address"]["addressLocality"] == "Garrel"
    assert [sponsor["name"] for sponsor in data["sponsor"]] == ["Stadtwerke Garrel"]


@pytest.mark.django_db
def test_english_project_page_links_partners_in_english(client, projects):
    garrel_en = translate(projects["garrel"], slug="stadtwerke-garrel")
    translate(projects["emstek"], slug="municipality-of-emstek")
    bus_en = translate(projects["bus"], title="On-demand bus", summary="A bus on call.")
    html = client.get(bus_en.url).text
    assert 'href="/en/partners/municipality-of-emstek/"' in html
    assert f'href="{garrel_en.url}"' in html
    assert "Mobility" in html and "Mobilität" not in html
    assert "A project of the Klimaallianz Landkreis Cloppenburg" in html


@pytest.mark.django_db
def test_body_blocks_gallery_key_figure_and_click_to_load_video(client, projects):
    url = "https://www.youtube.com/watch?v=abc123"
    Embed.objects.create(
        hash=get_embed_hash(url),
        url=url,
        type="video",
        html='<iframe src="https://www.youtube.com/embed/abc123" width="480" height="270">'
        "</iframe>",
        provider_name="YouTube",
        width=480,
        height=270,
    )
    images = [ImageFactory(description=f"Bild {n}") for n in range(2)]
    solar = projects["solar"]
    solar.body = [
        (
            "gallery",
            {
                "images": [
                    {"image": {"image": image, "alt_text": image.description}, "caption": "Dach"}
                    for image in images
                ]
            },
        ),
        ("key_figure", {"number": Decimal("120"), "unit": "kWp", "label": "Leistung"}),
        ("video", {"video": url, "title": "So entsteht ein Solardach"}),
    ]
    solar.save_revision().publish()
    html = client.get(solar.url).text
    assert html.count('class="gallery__item"') == 2 and 'alt="Bild 0"' in html
    assert "120" in html and "kWp" in html and "Leistung" in html
    # the embed waits in an inert <template>; outside it, only a link to the video
    [template] = re.findall(r"<template data-video-consent-embed[^>]*>(.*?)</template>", html, re.S)
    assert '<iframe src="https://www.youtube-nocookie.com/embed/abc123"' in template
    outside = html.replace(template, "")
    assert "<iframe" not in outside and "youtube-nocookie" not in outside
    assert f'href="{url}"' in outside
    assert "js/video-consent.js" in html
    assert "YouTube" in outside


# --- admin: validation next to the fields, lead partner from the tree -------------------------


def admin_project_data(**fields):
    return nested_form_data(
        {
            "title": "Solardach Schule",
            "slug": "solardach-schule",
            "summary": "PV auf der Schule.",
            "body": streamfield([]),
            "links": streamfield([]),
            "status": "laufend",
            "comments": inline_formset([]),
            **fields,
        }
    )


def field_errors(response, name):
    return [str(error) for error in response.context["form"].errors.get(name, [])]


@pytest.mark.django_db
def test_admin_explains_wrong_dates_co2_and_measure_next_to_the_field(client, projects):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", projects["garrel"].pk])
    response = client.post(
        url,
        admin_project_data(
            start_date="2025-05-01",
            end_date="2025-04-30",
            co2_saved="12.5",
            measure_code="7Z",
        ),
    )
    assert response.status_code == 200
    end_message, co2_message = de(END_BEFORE_START), de(CO2_METHOD_MISSING)
    assert field_errors(response, "end_date") == [end_message]
    assert field_errors(response, "co2_method") == [co2_message]
    assert "1U" in field_errors(response, "measure_code")[0]
    html = response.content.decode()
    for message in (end_message, co2_message):
        assert message in html
    # Wagtail prints a field's errors inside that field's wrapper
    wrapper = re.search(
        r'data-field-wrapper[^>]*>(?:(?!data-field-wrapper).)*id="id_end_date"', html, re.S
    )
    assert wrapper and end_message in wrapper.group()
    assert not ProjectPage.objects.filter(slug="solardach-schule").exists()


@pytest.mark.django_db
def test_project_below_a_partner_is_led_by_it(client, projects):
    client.force_login(UserFactory(is_superuser=True))
    garrel = projects["garrel"]
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", garrel.pk])
    response = client.post(
        url,
        admin_project_data(lead_partner=projects["emstek"].pk, co2_saved="2", co2_method="gemessen")
        # checkboxes: one value per chosen field of action (not nested form data)
        | {"topics": [term(Topic, "gebaeude").pk]},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    project = ProjectPage.objects.get(slug="solardach-schule", locale__language_code="de")
    assert project.lead_partner_id == garrel.pk
    draft = project.get_latest_revision().as_object()
    assert draft.lead_partner_id == garrel.pk
    assert [topic.slug for topic in draft.topics.all()] == ["gebaeude"]


# --- feeds ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_feeds_of_the_showcase_and_of_each_partner(client, projects):
    response = client.get("/projekte/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = response.content.decode()
    assert titles(feed, ALL) == ALL
    assert f"<link>http://localhost{projects['bus'].url}</link>" in feed
    assert "<category>Mobilität</category>" in feed
    assert feed.index("Rufbus Emstek") < feed.index("Solardach Rathaus")

    emstek = client.get("/projekte/feed/gemeinde-emstek/").content.decode()
    assert titles(emstek, ALL) == {"Stadtradeln", "Rufbus Emstek"}
    assert client.get("/projekte/feed/niemand/").status_code == 404

    showcase = client.get("/projekte/").text
    assert '<link rel="alternate" type="application/rss+xml"' in showcase
    assert 'href="/projekte/feed/"' in showcase


@pytest.mark.django_db
def test_english_feed_lists_english_projects(client, projects):
    translate(projects["emstek"], slug="municipality-of-emstek")
    translate(projects["bus"], title="On-demand bus", summary="A bus on call.")
    feed = client.get("/en/projects/feed/").content.decode()
    assert "On-demand bus" in feed and titles(feed, ALL) == set()
    assert "<category>Mobility</category>" in feed


# --- the widget for partners' websites --------------------------------------------------------


@pytest.mark.django_db
def test_widget_lists_a_partners_projects_and_may_be_framed(client, projects):
    response = client.get("/projekte/einbetten/", {"partner": "stadtwerke-garrel"})
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert not response.cookies
    html = response.text
    assert titles(html, ALL) == {"Solardach Rathaus", "Hausmeisterschulung", "Rufbus Emstek"}
    assert (
        f'<a href="http://localhost{projects["solar"].url}" target="_blank" rel="noopener">' in html
    )
    # self-contained: nothing is loaded from anywhere
    assert not re.search(r"<(script|link rel=\"stylesheet\"|img|iframe)", html)
    assert not re.search(r'src="', html)
    assert "<style nonce=" in html  # its own stylesheet, allowed by the nonce

    for url in ("/projekte/", projects["solar"].url, projects["garrel"].url):
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
    garrel = projects["garrel"]
    snippet = render_to_string(
        "projects/includes/embed_snippet.html", {"partner": garrel, "request": request}
    )
    assert (
        '&lt;iframe src="http://localhost/projekte/einbetten/?partner=stadtwerke-garrel"' in snippet
    )
    assert 'loading="lazy"&gt;&lt;/iframe&gt;' in snippet
    link = render_to_string(
        "projects/includes/partner_feed_link.html", {"partner": garrel, "request": request}
    )
    assert 'href="http://localhost/projekte/feed/stadtwerke-garrel/"' in link


# --- home page and vocabulary -----------------------------------------------------------------


@pytest.mark.django_db
def test_home_page_highlights_the_newest_projects_of_the_whole_tree(client, site, projects):
    html = client.get("/").text
    section = html.split(f'id="highlights-{site["showcase"].pk}"')[1].split("</section>")[0]
    # two of the three newest sit below partner profiles, not below the showcase
    assert titles(section, ALL | {"Entwurf Windpark"}) == {
        "Rufbus Emstek",
        "Stadtradeln",
        "Hausmeisterschulung",
    }


@pytest.mark.django_db
def test_fields_of_action_come_in_both_languages_with_shared_slugs(db):
    for slug, (german, english) in FACTS_TOPICS.items():
        de_topic = Topic.objects.get(slug=slug, locale__language_code="de")
        en_topic = Topic.objects.get(slug=slug, locale__language_code="en")
        assert (de_topic.name, en_topic.name) == (german, english)
        assert de_topic.translation_key == en_topic.translation_key
    assert Topic.objects.count() == 14


@pytest.mark.django_db
def test_card_image_uses_the_prefetched_rendition(client, site):
    project = make_project(site["showcase"], "Mit Bild", listing_image=ImageFactory())
    html = client.get("/projekte/").text
    rendition = project.listing_image.get_rendition(CARD_IMAGE_SPEC)
    assert f'src="{rendition.url}"' in html
    assert Page.objects.filter(pk=project.pk).exists()


@pytest.mark.django_db
def test_admin_offers_german_fields_of_action_and_published_partners(client, site, projects):
    make_partner(site, "Noch im Entwurf", live=False)
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", site["showcase"].pk])
    html = client.get(url).text
    assert html.count('name="topics"') == 7
    assert "Mobilität" in html and "Mobility" not in html
    assert html.count('name="participating_partners"') == 2
    assert "Noch im Entwurf" not in html
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[projects["solar"].pk]))
    assert edit.status_code == 200
