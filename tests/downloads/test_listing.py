"""/downloads/: every live download of the reader's language from the whole tree, filtered by
category, partner and language, each with its files."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from downloads.models import Document
from klimaallianz.bulk import add_downloads
from partners.models import PartnerPage
from tests.factories import make_document, make_download, onboard, translate
from tests.utils import de, option, text


@pytest.fixture
def offers(partner, listing):
    """Two partners' downloads and the alliance's own, and a draft."""
    nabu = onboard("NABU Oldenburger Münsterland", ["nabu@example.org"], publish=True).page
    flyer = make_document("Flyer Fernwärme", collection=partner.collection)
    report_en = make_document("Annual report", language="en", accessible=False)
    report_de = make_document("Jahresbericht", collection=partner.collection)
    logos = make_document("Logos", b"PK\x05\x06" + b"\x00" * 18, name="logos.zip")
    moor = make_document("Moorflyer")
    return {
        "nabu": nabu,
        "flyer": make_download(partner.page, "Fernwärme in Garrel", [flyer], days_ago=3),
        "report": make_download(
            partner.page, "Jahresbericht 2025", [report_de, report_en], category="berichte"
        ),
        "logos": make_download(listing[0], "Logo-Paket", [logos], category="logos", days_ago=9),
        "moor": make_download(nabu, "Moore schützen", [moor], days_ago=1),
        "draft": make_download(partner.page, "Entwurf", [flyer], live=False),
        "documents": {
            "flyer": flyer,
            "report_en": report_en,
            "report_de": report_de,
            "logos": logos,
        },
    }


def listed(html, offers):
    names = ["flyer", "report", "logos", "moor", "draft"]
    return [name for name in names if f">{offers[name].title}</a>" in html]


@pytest.mark.django_db
def test_the_listing_shows_every_live_download_newest_first(client, offers):
    html = text(client.get("/downloads/"))
    assert listed(html, offers) == ["flyer", "report", "logos", "moor"]
    order = [html.index(f">{offers[name].title}</a>") for name in ("report", "moor", "flyer")]
    assert order == sorted(order)
    assert "4 Downloads" in html
    assert option("flyer", "Flyer", 2) in html
    assert option("berichte", "Berichte", 1) in html
    assert option("logos", "Logos und Markenvorlagen", 1) in html
    assert option("stadtwerke-garrel", "Stadtwerke Garrel", 2) in html
    assert option("nabu-oldenburger-munsterland", "NABU Oldenburger Münsterland", 1) in html
    assert option("de", "Deutsch", 4) in html
    assert option("en", "Englisch", 1) in html


@pytest.mark.django_db
def test_each_entry_shows_its_files(client, offers):
    html = text(client.get("/downloads/"))
    report_en = offers["documents"]["report_en"]
    assert f'href="{report_en.url}"' in html
    assert report_en.filename in html
    assert f"PDF · {report_en.file_size} Bytes · Englisch" in html.replace("\xa0", " ")
    assert "Nicht barrierefrei" in html
    assert "Barrierefreies PDF (automatisch geprüft)" in html
    assert 'hreflang="en"' in html
    logos = offers["documents"]["logos"]
    assert f'href="{logos.url}"' in html and "ZIP · 22 Bytes · Deutsch" in html.replace("\xa0", " ")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected", "counts"),
    [
        ("kategorie=flyer", ["flyer", "moor"], [("stadtwerke-garrel", "Stadtwerke Garrel", 1)]),
        ("partner=stadtwerke-garrel", ["flyer", "report"], [("flyer", "Flyer", 1)]),
        ("sprache=en", ["report"], [("berichte", "Berichte", 1), ("flyer", "Flyer", 0)]),
        ("partner=stadtwerke-garrel&sprache=de&kategorie=berichte", ["report"], []),
    ],
)
def test_filters_and_their_counts(client, offers, query, expected, counts):
    html = text(client.get(f"/downloads/?{query}"))
    assert listed(html, offers) == expected
    for value, label, count in counts:
        assert option(value, label, count) in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["kategorie=gibt-es-nicht", "partner=entwurf", "sprache=fr", "sprache=de%27--"]
)
def test_unknown_filter_values_give_the_empty_state(client, offers, query):
    response = client.get(f"/downloads/?{query}")
    assert response.status_code == 200
    assert listed(text(response), offers) == []
    assert de("This filter does not exist (any more). Reset the filters to see all downloads.") in (
        text(response)
    )


@pytest.mark.django_db
def test_english_lists_english_downloads(client, offers, listing):
    translate(offers["report"], title="Annual report 2025", slug="annual-report-2025")
    html = text(client.get("/en/downloads/"))
    assert "Annual report 2025" in html
    assert listed(html, offers) == []  # the German titles
    assert "3 more downloads are offered in German only." in html
    assert 'href="/downloads/"' in html


@pytest.mark.django_db
def test_a_partners_profile_shows_its_downloads(client, offers, partner):
    html = text(client.get(partner.page.url))
    assert listed(html, offers) == ["flyer", "report"]
    assert offers["documents"]["flyer"].url in html


@pytest.mark.django_db
def test_the_download_page_lists_its_files_and_publisher(client, offers, partner):
    html = text(client.get(offers["report"].url))
    for document in (offers["documents"]["report_de"], offers["documents"]["report_en"]):
        assert f'href="{document.url}"' in html
    assert f'href="{partner.page.url}"' in html
    assert "Berichte" in html


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_downloads(client, partner, listing):
    documents = [make_document(f"Dokument {n}") for n in range(3)]
    partners = list(PartnerPage.objects.filter(locale__language_code="de"))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/downloads/?sprache=de").status_code == 200
        return len(captured)

    add_downloads(listing[0], 5, documents)
    add_downloads(partners[0], 5, documents)
    queries()  # content types and the site are cached from the first request on
    small = queries()
    add_downloads(partners[0], 190, documents)
    assert "200 Downloads" in text(client.get("/downloads/?sprache=de"))
    assert (small, queries()) == (20, 20)
    assert Document.objects.public().count() == 3
