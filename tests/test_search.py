import pytest

from tests.factories import ContentPageFactory, translate


@pytest.mark.django_db
def test_search_finds_pages_of_the_readers_language(client, home_de, home_en):
    german = ContentPageFactory(
        parent=home_de, title="Moorschutz im Saterland", summary="Wiedervernässung"
    )
    translate(german, title="Moor protection in Saterland", slug="moor-protection")

    response = client.get("/suche/", {"q": "Moorschutz"})
    assert response.status_code == 200
    assert "Moorschutz im Saterland" in response.text
    assert "Moor protection" not in response.text
    assert "<p>Wiedervernässung</p>" in response.text  # the page's summary
    assert "Ein Ergebnis für „Moorschutz“." in response.text

    english = client.get("/en/search/", {"q": "Moor"})
    assert english.status_code == 200
    assert "Moor protection in Saterland" in english.text
    assert 'href="/en/moor-protection/"' in english.text


@pytest.mark.django_db
def test_search_copes_with_empty_and_junk_input(client, home_de):
    assert "Ergebnis" not in client.get("/suche/").text
    response = client.get("/suche/", {"q": "x" * 5000, "page": "abc"})
    assert response.status_code == 200
    assert "0 Ergebnisse" in response.text
    assert response["X-Frame-Options"] == "DENY"
