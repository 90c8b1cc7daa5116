import re
from io import StringIO

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Locale, Page, Revision

from klimaallianz.demo_builder import DATA, page_files, read
from klimaallianz.demo_images import LOGO_TEXT_WIDTH, fitted_lines
from partners.badges import font
from partners.models import PartnerPage
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
    )


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
    # no promise of a sign-up that does not exist; every call to action leads somewhere
    assert "eintragen" not in home
    calls = re.findall(r'<a class="button" href="([^"]+)"', home)
    assert calls == ["/projekte/", "/mitmachen/"]
    for url in calls:
        assert client.get(url).status_code == 200, url
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
