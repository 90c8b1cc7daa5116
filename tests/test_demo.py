import re
import zipfile
from io import BytesIO, StringIO

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import escape

from wagtail.models import Collection, Locale, Page, Revision

from downloads.models import Document, DownloadPage
from klimaallianz.demo_builder import DATA, page_files, read
from klimaallianz.demo_images import LOGO_TEXT_WIDTH, fitted_lines
from partners.badges import font
from partners.models import PartnerPage, Supporter
from projects.models import Topic
from tests.factories import home_page


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "slug", "title", "live")),
        Revision.objects.count(),
        get_user_model().objects.count(),
        list(Document.objects.order_by("pk").values_list("title", "file", "file_hash")),
        list(Supporter.objects.order_by("pk").values_list("email", "confirmed_at")),
    )


def described_documents():
    """{title: table} of every document that the download files describe (a table with only
    a title offers a document described elsewhere)."""
    documents = {}
    for path in DATA.glob("downloads/*.toml"):
        data = read(path)
        items = data.get("documents", [])
        for code in ("de", "en"):
            items = items + data.get(code, {}).get("documents", [])
        for item in items:
            if "file" in item["value"]:
                documents[item["value"]["title"]] = item["value"]
    return documents


@pytest.mark.django_db
def test_load_demo_builds_both_languages_and_is_idempotent(client):
    first = load_demo()
    assert "Login: admin / " in first
    before = snapshot()

    second = load_demo()
    assert "nothing was changed" in second
    assert "Login: admin / " not in second  # the password is shown only once
    assert snapshot() == before

    for url, text in [
        ("/", "Klimaallianz"),
        ("/wer-sind-wir/", "Wer sind wir?"),
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Landesbeauftragte für den Datenschutz Niedersachsen"),
        ("/erklaerung-zur-barrierefreiheit/", "Schlichtungsstelle"),
        ("/partner/", "Partner"),
        ("/en/", "Klimaallianz"),
        ("/en/who-we-are/", "Who we are"),
        ("/en/legal-notice/", "Legal notice"),
        ("/en/projects/", "Projects"),
        ("/unterstuetzen/", "Maria H."),
        ("/en/support/", "Become a supporter"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url

    # the legal pages are linked from every page's footer, in the reader's language
    home = client.get("/").text
    assert 'href="/impressum/"' in home and 'href="/datenschutz/"' in home
    english = client.get("/en/who-we-are/").text
    assert 'href="/en/legal-notice/"' in english and 'href="/en/privacy/"' in english


@pytest.mark.django_db
def test_every_page_file_becomes_a_page_in_both_languages():
    load_demo()
    files = page_files()
    english = Locale.objects.get(language_code="en")
    for key, page_file in files.items():
        german = page_file.model.objects.get(
            locale__language_code="de", title=page_file.data["de"]["title"]
        )
        assert german.live and german.last_published_at, key
        if page_file.parent:
            assert german.get_parent().title == files[page_file.parent].data["de"]["title"], key
        translation = german.get_translation(english)
        assert translation.live, key
        if "en" in page_file.data:
            assert translation.alias_of_id is None, key
            assert translation.title == page_file.data["en"]["title"], key
        else:  # English follows the German page as its alias
            assert translation.alias_of_id == german.pk, key


@pytest.mark.django_db
def test_a_page_that_an_editor_has_published_is_left_alone():
    home = home_page("de")
    home.claim = "Unser eigener Claim"
    home.save_revision().publish()

    load_demo()

    home = home_page("de")
    assert (home.title, home.claim) == ("Startseite", "Unser eigener Claim")
    # the English home page was never published, so the demo fills it in
    assert home_page("en").claim == page_files()["home"].data["en"]["claim"]


@pytest.mark.django_db
def test_the_demo_does_not_contradict_itself(client):
    load_demo()
    home = client.get("/").text
    # the highlights heading stands above partners and projects alike
    assert 'id="highlights-title">Neu in der Klimaallianz</h2>' in home
    # every call to action leads somewhere: citizens to the supporters, organisations to
    # the application; the count there is the demo's confirmed supporters
    calls = re.findall(r'<a class="button" href="([^"]+)"', home)
    assert calls == ["/unterstuetzen/", "/mitmachen/"]
    for url in calls:
        assert client.get(url).status_code == 200, url
    confirmed = Supporter.objects.confirmed().count()
    assert confirmed >= 30
    assert f"<strong>{confirmed}</strong> Menschen unterstützen die Klimaallianz bereits." in home
    # the privacy notice describes the supporters' data as the site handles it
    privacy = client.get("/datenschutz/").text
    for promise in ("Double-Opt-in", "sieben Tage", "löschen wir sofort alle Angaben"):
        assert promise in privacy, promise
    # as many fields of action as the showcase's filter offers
    topics = Topic.objects.filter(locale__language_code="de").count()
    assert topics == 7
    assert "sieben Handlungsfeldern" in client.get("/wer-sind-wir/").text
    # the organisations carry their names, not a marker of the demo
    assert not PartnerPage.objects.filter(title__icontains="demo").exists()


def test_long_names_are_set_smaller_on_the_demo_logos_not_cut():
    draw = ImageDraw.Draw(PILImage.new("RGB", (1, 1)))
    for data in (read(path) for path in DATA.glob("partners/*.toml")):
        name = data["de"]["title"]
        size, lines = fitted_lines(draw, name, width=LOGO_TEXT_WIDTH, max_lines=4)
        assert " ".join(lines) == " ".join(name.split()), name
        assert len(lines) <= 4
        assert all(draw.textlength(line, font=font(size)) <= LOGO_TEXT_WIDTH for line in lines)


CONTENT_TYPES = {"pdf": "application/pdf", "zip": "application/zip"}


@pytest.mark.django_db
def test_the_demo_offers_downloads_in_both_languages(client):
    load_demo()
    described = described_documents()
    german, english = client.get("/downloads/").text, client.get("/en/downloads/").text
    for key, page_file in page_files().items():
        if page_file.model is DownloadPage:
            assert escape(page_file.data["de"]["title"]) in german, key
            if "en" in page_file.data:
                assert escape(page_file.data["en"]["title"]) in english, key

    # every described document is offered, made from its file as an upload would be
    links = set(re.findall(r'href="(/documents/\d+/[^"]+)"', german))
    assert len(links) == len(described) == Document.objects.count()
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        assert response["Content-Type"] == CONTENT_TYPES[link.rsplit(".", 1)[1]], link
    kit = next(document for document in Document.objects.all() if document.file_type == "zip")
    archive = zipfile.ZipFile(BytesIO(b"".join(client.get(kit.url).streaming_content)))
    logos = [name for name in archive.namelist() if name.endswith(".png")]
    assert logos
    for name in logos:
        assert PILImage.open(BytesIO(archive.read(name))).size == (480, 240), name
    assert Document.objects.filter(text__contains="Agri-Photovoltaik").exists()
    assert Document.objects.filter(language="en").exists()
    assert 'hreflang="en"' in english

    # a partner's documents are in its own collection, the alliance's in the root collection
    for download in DownloadPage.objects.filter(locale__language_code="de"):
        parent = download.get_parent()
        expected = parent.title if issubclass(parent.specific_class, PartnerPage) else None
        for block in download.documents:
            collection = block.value.collection
            if expected:
                assert collection.name == expected, download.title
            else:
                assert collection == Collection.get_first_root_node(), download.title

    # the report that fails the check is marked, and the accessibility statement names it
    failing = {title for title, table in described.items() if table.get("accessible") is False}
    assert failing and "Nicht barrierefrei" in german
    for url in ("/erklaerung-zur-barrierefreiheit/", "/en/accessibility-statement/"):
        statement = client.get(url).text
        named = {title for title in described if escape(title) in statement}
        assert named == failing, url
