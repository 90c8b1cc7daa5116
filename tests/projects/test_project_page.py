"""The project page: facts, partners, related projects, structured data and body blocks."""

import json
import re
from datetime import date
from decimal import Decimal

import pytest
from wagtail_factories import ImageFactory

from django.conf import settings

from tests.factories import YOUTUBE_VIDEO, cached_youtube_embed, make_project, translate
from tests.utils import de, titles


@pytest.mark.django_db
def test_project_page_shows_facts_partners_and_brand_line(client, projects):
    solar = projects.solar
    solar.start_date, solar.end_date = date(2024, 3, 1), date(2025, 6, 30)
    solar.measure_code = "1U"
    solar.investment = 250000
    solar.funding_programme = "Kommunalrichtlinie"
    solar.contact_name, solar.contact_email = "Erika Muster", "erika@stadtwerke.example"
    solar.address = "Hauptstraße 1"
    solar.latitude, solar.longitude = Decimal("52.95"), Decimal("8.02")
    solar.participating_partners = [projects.emstek]
    solar.links = [("link", {"url": "https://example.org/solar", "label": "Projektseite"})]
    solar.save_revision().publish()
    html = client.get(solar.url).text
    assert "<h1>Solardach Rathaus</h1>" in html
    assert f'href="{projects.garrel.url}"' in html and f'href="{projects.emstek.url}"' in html
    assert "Erneuerbare Energien und Wärme, Verwaltung und Vorbild" in html
    assert "1U" in html and "Kommunalrichtlinie" in html and "250.000" in html
    assert "12,5" in html and f"({de('calculated')})" in html
    assert "1. März 2024" in html and "30. Juni 2025" in html
    assert 'href="mailto:erika@stadtwerke.example"' in html
    assert 'href="https://example.org/solar"' in html
    assert "Ein Projekt der Klimaallianz Landkreis Cloppenburg" in html
    assert "openstreetmap.org/?mlat=52.950000" in html
    assert projects.solar.specific.lead_partner_id == projects.garrel.pk


@pytest.mark.django_db
def test_related_projects_share_a_field_of_action(client, tree, projects):
    others = [
        make_project(tree.showcase, f"Mobil {number}", topics=["mobilitaet"], days_ago=10)
        for number in range(3)
    ]
    html = client.get(projects.cycling.url).text
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
    assert 'id="related-heading"' not in client.get(projects.caretakers.url).text


@pytest.mark.django_db
def test_json_ld_describes_the_project_and_is_safely_escaped(client, projects):
    solar = projects.solar
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
    assert data["url"] == f"{settings.BASE_URL}{solar.url}"
    assert data["startDate"] == "2024-03-01"
    assert data["location"]["geo"]["latitude"] == 52.95
    assert data["location"]["address"]["addressLocality"] == "Garrel"
    assert [sponsor["name"] for sponsor in data["sponsor"]] == ["Stadtwerke Garrel"]


@pytest.mark.django_db
def test_english_project_page_links_partners_in_english(client, projects):
    garrel_en = translate(projects.garrel, slug="stadtwerke-garrel")
    translate(projects.emstek, slug="municipality-of-emstek")
    bus_en = translate(projects.bus, title="On-demand bus", summary="A bus on call.")
    html = client.get(bus_en.url).text
    assert 'href="/en/partners/municipality-of-emstek/"' in html
    assert f'href="{garrel_en.url}"' in html
    assert "Mobility" in html and "Mobilität" not in html
    assert "A project of the Klimaallianz Landkreis Cloppenburg" in html


@pytest.mark.django_db
def test_body_blocks_gallery_key_figure_and_click_to_load_video(client, projects):
    url = YOUTUBE_VIDEO
    cached_youtube_embed()
    images = [ImageFactory(description=f"Bild {n}") for n in range(2)]
    solar = projects.solar
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


@pytest.mark.django_db
def test_images_offer_a_rendition_for_small_and_for_large_screens(client, projects):
    photo = ImageFactory(description="Das Solardach", file__width=2000, file__height=1200)
    solar = projects.solar
    solar.listing_image = photo
    solar.body = [("image", {"image": {"image": photo, "alt_text": ""}, "caption": ""})]
    solar.save_revision().publish()
    html = client.get(solar.url).text

    [hero] = re.findall(r'<figure class="project-hero">\s*(<img[^>]*>)', html)
    assert re.search(r'srcset="[^"]+width-600[^"]+ 600w, [^"]+width-1200[^"]+ 1200w"', hero)
    assert 'sizes="(min-width: 60em) 50rem, 100vw"' in hero and 'alt="Das Solardach"' in hero
    # Sharing takes the large one.
    assert re.search(r'<meta property="og:image" content="http[^"]+width-1200', html)
    [figure] = re.findall(r'<figure class="figure">\s*(<img[^>]*>)', html)
    assert re.search(r'srcset="[^"]+width-480[^"]+ 480w, [^"]+width-960[^"]+ 960w"', figure)
    assert 'loading="lazy"' in figure and 'width="480"' in figure
