"""The OpenSearch description: a browser that finds it in a page's head offers the site's
search in its address bar, in the language of the page it came from."""

from urllib.parse import quote

import pytest
from defusedxml.ElementTree import fromstring

from django.templatetags.static import static

from tests.factories import ContentPageFactory, translate

PUBLIC = "https://klimaallianz.example"
NS = {"os": "http://a9.com/-/spec/opensearch/1.1/"}


@pytest.fixture(autouse=True)
def _public_address(settings):
    settings.BASE_URL = PUBLIC


def description(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = fromstring(response.content)
    assert root.tag == "{http://a9.com/-/spec/opensearch/1.1/}OpenSearchDescription"
    return response, root


def text(root, name):
    return root.find(f"os:{name}", NS).text


def search_template(root):
    return root.find("os:Url[@type='text/html']", NS).get("template")


@pytest.mark.django_db
def test_the_description_names_the_search_of_each_language(client, home_de, home_en):
    response, german = description(client, "/opensearch.xml")
    assert text(german, "ShortName") == "Klimaallianz"
    assert len(text(german, "ShortName")) <= 16  # the limit of the specification
    assert text(german, "Description") == (
        "Die Website der Klimaallianz Landkreis Cloppenburg durchsuchen"
    )
    assert text(german, "InputEncoding") == "UTF-8"
    assert text(german, "Language") == "de"
    assert text(german, "Image") == PUBLIC + static("favicon.svg")
    assert search_template(german) == f"{PUBLIC}/suche/?q={{searchTerms}}"
    # Browsers and a CDN may keep it for a day.
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=86400"}

    _response, english = description(client, "/en/opensearch.xml")
    assert text(english, "Language") == "en"
    assert text(english, "Description") == (
        "Search the website of the Klimaallianz Landkreis Cloppenburg"
    )
    assert search_template(english) == f"{PUBLIC}/en/search/?q={{searchTerms}}"

    assert client.head("/opensearch.xml").status_code == 200
    assert client.post("/opensearch.xml").status_code == 405


@pytest.mark.django_db
def test_the_address_bar_search_finds_pages(client, home_de, home_en):
    """What the browser does with the template: the typed words in place of {searchTerms}."""
    page = ContentPageFactory(parent=home_de, title="Wiedervernässung im Moor")
    translate(page, title="Rewetting the moor", slug="rewetting")
    for url, words, found in [
        ("/opensearch.xml", "Wiedervernässung Moor", page.url),
        ("/en/opensearch.xml", "rewetting", "/en/rewetting/"),
    ]:
        _response, root = description(client, url)
        address = search_template(root).replace("{searchTerms}", quote(words))
        assert address.startswith(PUBLIC)
        response = client.get(address.removeprefix(PUBLIC))
        assert response.status_code == 200
        assert f'href="{found}"' in response.text


@pytest.mark.django_db
def test_every_page_links_the_description_of_its_language(client, home_de, home_en):
    link = (
        '<link rel="search" type="application/opensearchdescription+xml" '
        'title="Klimaallianz Landkreis Cloppenburg" href="{}">'
    )
    assert link.format("/opensearch.xml") in client.get("/").text
    assert link.format("/en/opensearch.xml") in client.get("/en/").text
    assert link.format("/en/opensearch.xml") in client.get("/en/search/?q=x").text
    assert link.format("/opensearch.xml") in client.get("/gibt-es-nicht/").text
