"""The site search, as readers use it: partners, projects, downloads (with the words inside
their files) and other pages of the reader's language, by type, with promotions first."""

import re

import pytest

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from klimaallianz.bulk import add_projects, index
from klimaallianz.demo_documents import make_pdf
from search.templatetags.search_tags import highlight
from tests.factories import (
    ContentPageFactory,
    DownloadIndexPageFactory,
    build_tree,
    make_document,
    make_download,
    make_partner,
    make_project,
    translate,
)
from tests.utils import text


def found(response):
    """The titles of the results, in order, without the highlighting."""
    titles = re.findall(r'<h[23]><a href="[^"]*">(.*?)</a></h[23]>', text(response))
    return [re.sub(r"</?mark>", "", title) for title in titles]


def search(client, words, language="de", **params):
    url = "/suche/" if language == "de" else "/en/search/"
    response = client.get(url, {"q": words, **params})
    assert response.status_code == 200
    return response


@pytest.fixture
def site(home_de, home_en):
    """Partners, projects, a download, a page: in German; one project in English too."""
    tree = build_tree()
    garrel = make_partner(tree.directory, "Solarwerk Garrel GmbH", municipality="garrel")
    molbergen = make_partner(tree.directory, "Wasserverband Molbergen", municipality="molbergen")
    listing = DownloadIndexPageFactory(parent=tree.home)
    leaflet = make_document(
        "Faltblatt",
        make_pdf("Faltblatt", ["Ein Ausflug zur Moorgeestwiese bei Barßel."]),
        name="faltblatt-moor.pdf",
    )
    pages = {
        "garrel": garrel,
        "klaeranlage": make_project(molbergen, "Solarstrom für Kläranlage und Wasserwerk"),
        "schulen": make_project(
            tree.showcase,
            "Solardächer auf städtischen Schulen",
            summary="Photovoltaikanlagen auf zwölf Dächern der Stadt.",
        ),
        "verbund": make_project(
            garrel, "Ausbildungsverbund Solar", summary="Fachkräfte für die Energiewende."
        ),
        "pumpe": make_project(
            tree.showcase, "Beratung für Hausbesitzer", summary="Rund um die Wärmepumpe."
        ),
        "moor": make_download(listing, "Faltblatt Moorschutz", [leaflet], summary="Zum Mitnehmen."),
        "about": ContentPageFactory(
            parent=tree.home, title="Über die Klimaallianz", summary="Ein Projekt des Kreises."
        ),
    }
    pages["english"] = translate(
        pages["schulen"],
        title="Solar roofs on schools",
        slug="solar-roofs",
        summary="A project with solar panels on twelve roofs.",
    )
    pages["leaflet"] = leaflet
    return pages


@pytest.mark.django_db
def test_beginnings_of_words_find_longer_words_after_whole_words(client, site):
    titles = found(search(client, "Solar"))
    assert titles[0] == "Ausbildungsverbund Solar"  # the whole word first
    assert {
        "Solarwerk Garrel GmbH",
        "Solarstrom für Kläranlage und Wasserwerk",
        "Solardächer auf städtischen Schulen",
    } <= set(titles[1:])
    # the title is highlighted
    assert "Ausbildungsverbund <mark>Solar</mark>" in text(search(client, "Solar"))


@pytest.mark.django_db
def test_a_word_inside_a_pdf_finds_its_download_with_the_file(client, site):
    response = search(client, "Moorgeestwiese")
    assert found(response) == ["Faltblatt Moorschutz"]
    html = text(response)
    assert f'href="{site["leaflet"].url}"' in html
    assert "<mark>Moorgeestwiese</mark>" in html  # the excerpt of the file
    assert "PDF ·" in html


@pytest.mark.django_db
def test_drafts_private_pages_and_unpublished_files_are_never_found(client, site):
    draft = make_project(site["garrel"], "Solarpark Entwurf", live=False)
    private = make_project(site["garrel"], "Solarpark Intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    site["moor"].unpublish()
    titles = found(search(client, "Solarpark"))
    assert draft.title not in titles and private.title not in titles
    assert found(search(client, "Moorgeestwiese")) == []


@pytest.mark.django_db
def test_english_finds_english_pages_only(client, site):
    titles = found(search(client, "solar", language="en"))
    assert titles == ["Solar roofs on schools"]
    assert found(search(client, "Solardächer", language="en")) == []


@pytest.mark.django_db
@pytest.mark.postgresql
@pytest.mark.parametrize(
    ("words", "finds"),
    [
        ("Photovoltaikanlage", "Solardächer auf städtischen Schulen"),  # "…anlagen" in it
        ("Projekte", "Über die Klimaallianz"),  # "Projekt" in its summary
        ("Wärmepumpen", "Beratung für Hausbesitzer"),  # "Wärmepumpe" in its summary
    ],
)
def test_german_words_are_stemmed(client, site, words, finds):
    assert finds in found(search(client, words))


@pytest.mark.django_db
@pytest.mark.postgresql
def test_english_words_are_stemmed_in_english(client, site):
    assert "Solar roofs on schools" in found(search(client, "projects", language="en"))
    assert found(search(client, "panel", language="en")) == ["Solar roofs on schools"]


@pytest.mark.django_db
def test_results_by_type_with_counts(client, site):
    html = text(search(client, "Solar"))
    assert 'typ=partner">Partner (1)</a>' in html
    assert 'typ=projekt">Projekte (3)</a>' in html
    assert found(search(client, "Solar", typ="partner")) == ["Solarwerk Garrel GmbH"]
    assert "Ausbildungsverbund Solar" in found(search(client, "Solar", typ="projekt"))
    response = search(client, "Solar", typ="unbekannt")
    assert found(response) == []
    assert "Diese Art von Ergebnis gibt es nicht" in text(response)


@pytest.mark.django_db
def test_promoted_results_come_first_and_queries_are_recorded(client, site):
    promotion = SearchPromotion.objects.create(
        query=Query.get("energie"), page=site["about"], description="Wer wir sind."
    )
    response = search(client, "Energie")
    assert found(response)[0] == "Über die Klimaallianz"
    assert promotion.description in text(response)
    assert Query.get("energie").hits == 1
    search(client, "Energie", page="2")  # paging on is no new search
    assert Query.get("energie").hits == 1


@pytest.mark.django_db
def test_pagination(client, site):
    for number in range(12):
        make_project(site["garrel"], f"Solarpark {number}")
    first = found(search(client, "Solarpark"))
    second = found(search(client, "Solarpark", page="2"))
    assert len(first) == 10 and len(second) == 2
    assert not set(first) & set(second)


@pytest.mark.django_db
def test_the_empty_state_suggests_searches_and_listings(client, site):
    search(client, "Solar")
    response = search(client, "Gibtsnichtwort")
    html = text(response)
    assert "0 Ergebnisse" in html
    assert 'href="?q=solar"' in html  # often searched
    assert 'href="/projekte/"' in html and 'href="/downloads/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 2000},
        {"q": "Solar\x00"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "Solar", "typ": "<b>"},
        {"q": "Solar", "page": "-1"},
        {"q": "()&|!:*"},
    ],
)
def test_bad_input_gives_a_normal_page(client, site, params):
    response = client.get("/suche/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in text(response)


@pytest.mark.django_db
def test_a_search_needs_as_many_queries_with_1000_projects(client, site):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            search(client, "Projekt", page="1")
        return len(captured)

    queries()  # content types and the site are cached from the first request on
    small = queries()
    index(add_projects([site["garrel"]], 1000))
    html = text(search(client, "Projekt", page="1"))
    assert "1000 Ergebnisse für „Projekt“." in html
    assert "Es gibt mehr: Mit einem weiteren Wort grenzen Sie die Suche ein." in html
    # With a thousand whole-word matches the beginnings of words are not looked up: they
    # would only follow the thousandth result.
    assert (small, queries()) == (17, 16)


@pytest.mark.django_db
def test_a_replaced_file_is_found_by_its_new_words(client, site):
    leaflet = site["leaflet"]
    leaflet.file.save("faltblatt-neu.pdf", ContentFile(make_pdf("Neu", ["Der Hasetal-Radweg."])))
    leaflet._set_document_file_metadata()
    leaflet.save()
    assert found(search(client, "Hasetal-Radweg")) == ["Faltblatt Moorschutz"]
    assert found(search(client, "Moorgeestwiese")) == []


@pytest.mark.django_db
def test_update_index_rebuilds_the_index(client, site):
    IndexEntry.objects.all().delete()
    assert found(search(client, "Moorgeestwiese")) == []
    call_command("update_index", verbosity=0)
    assert found(search(client, "Moorgeestwiese")) == ["Faltblatt Moorschutz"]


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ('Tom & Jerry "Hallo"', "amp quot", "Tom &amp; Jerry &quot;Hallo&quot;"),
        ("Wärmepumpen & Co", "Wärmepumpe", "<mark>Wärmepumpen</mark> &amp; Co"),
        ("<b>Projekt</b>", "Projekte", "&lt;b&gt;<mark>Projekt</mark>&lt;/b&gt;"),
        ("Solar x27", "x27", "Solar <mark>x27</mark>"),
    ],
)
def test_highlighting_marks_words_and_escapes_the_rest(text, query, marked):
    assert highlight(text, query) == marked


@pytest.mark.django_db
def test_a_file_excerpt_is_cut_between_words(client, site):
    words = " ".join(f"Wort{number}" for number in range(200))
    document = make_document(
        "Lang", make_pdf("Lang", [f"{words} Moorbirke {words}"]), name="lang.pdf"
    )
    make_download(site["moor"].get_parent(), "Langer Text", [document], summary="Lesen.")
    html = text(search(client, "Moorbirke"))
    excerpt = re.search(r"<p>…(.*?)…</p>", html).group(1)
    assert "<mark>Moorbirke</mark>" in excerpt
    assert re.match(r"Wort\d+ ", excerpt) and re.search(r" Wort\d+$", excerpt)


@pytest.mark.postgresql
@pytest.mark.django_db
def test_kept_results_show_new_pages_and_promotions_at_once(
    client, site, settings, django_capture_on_commit_callbacks
):
    """On PostgreSQL a search's ranking, counts and results are kept until content or the
    index changes: a page the task worker has indexed and a new promotion show at once, and
    an unknown type keeps nothing."""
    settings.CHROME_CACHE_SECONDS = 600
    cache.clear()
    for _round in range(2):  # ranked, then read
        assert "Solarpark Bürgerwald" not in found(search(client, "Solar"))
    with django_capture_on_commit_callbacks(execute=True):
        park = make_project(site["garrel"], "Solarpark Bürgerwald")
    assert "Solarpark Bürgerwald" in found(search(client, "Solar"))

    # Published, but not indexed yet by the task worker: searched meanwhile, then indexed.
    with django_capture_on_commit_callbacks(execute=True):
        park.title = "Solarpark am Bürgerwald"
        park.save_revision().publish()
    IndexEntry.objects.filter(object_id=str(park.pk)).delete()
    assert "Solarpark am Bürgerwald" not in found(search(client, "Solar"))
    with django_capture_on_commit_callbacks(execute=True):
        index([park])
    assert "Solarpark am Bürgerwald" in found(search(client, "Solar"))

    with django_capture_on_commit_callbacks(execute=True):
        SearchPromotion.objects.create(query=Query.get("solar"), page=site["verbund"])
    titles = found(search(client, "Solar"))
    assert titles[0] == "Ausbildungsverbund Solar" and titles.count(titles[0]) == 1

    assert "Solarpark am Bürgerwald" not in found(search(client, "Solar", typ="gibt-es-nicht"))
    assert "Solarpark am Bürgerwald" in found(search(client, "Solar"))
    assert "Solarpark am Bürgerwald" in found(search(client, "Solar", typ="projekt"))
