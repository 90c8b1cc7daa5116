import re

import pytest
from wagtail_factories import ImageFactory

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from downloads.models import AccessibilityStatementPage, DownloadIndexPage
from home.models import ContentPage, HomePage
from klimaallianz.models import BrandSettings, FooterLink, contrast_ratio, validate_brand_colour
from partners.models import MembershipPage, PartnerIndexPage, SupporterPage
from projects.models import ProjectIndexPage
from tests.factories import (
    ContentPageFactory,
    PartnerIndexPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    translate,
)
from tests.utils import sitemap_locations

INDEX_PAGES = [PartnerIndexPage, ProjectIndexPage, DownloadIndexPage]


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ContentPage,
                MembershipPage,
                SupporterPage,
                AccessibilityStatementPage,
                *INDEX_PAGES,
            },
        )

    def test_content_pages_nest(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})
        self.assertCanCreateAt(ContentPage, ContentPage)

    def test_index_pages_only_below_the_home_page(self):
        for model in INDEX_PAGES:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
                self.assertCanNotCreateAt(ContentPage, model)
                self.assertCanNotCreateAt(model, ContentPage)

    def test_one_index_page_of_a_kind_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="de")
        PartnerIndexPageFactory(parent=home)
        self.assertFalse(PartnerIndexPage.can_create_at(home))
        self.assertTrue(ProjectIndexPage.can_create_at(home))

    def test_content_page_is_created_through_the_admin(self):
        home = HomePage.objects.get(locale__language_code="de")
        self.login()
        self.assertCanCreate(
            home,
            ContentPage,
            {
                "title": "Wer sind wir?",
                "slug": "wer-sind-wir",
                "summary": "Das Netzwerk für Klimaschutz im Landkreis.",
                "body-count": "0",
            },
        )


@pytest.fixture
def about(home_de, home_en):
    german = ContentPageFactory(parent=home_de, title="Wer sind wir?", slug="wer-sind-wir")
    english = translate(german, title="Who we are", slug="who-we-are")
    return german, english


@pytest.mark.django_db
def test_home_page_in_german_at_root_and_english_at_en(client, home_de, home_en):
    german = client.get("/")
    english = client.get("/en/")
    assert german.status_code == english.status_code == 200
    assert '<html lang="de">' in german.text
    assert '<html lang="en">' in english.text
    assert home_de.claim in german.text
    assert home_en.claim in english.text
    assert "Zum Inhalt springen" in german.text
    assert "Skip to content" in english.text


@pytest.mark.django_db
def test_hero_image_comes_in_two_sizes_and_loads_first(client, home_de):
    home_de.hero_image = ImageFactory(file__width=2400, file__height=1200)
    home_de.save_revision().publish()
    [hero] = re.findall(r'<img[^>]*class="hero__image"[^>]*>', client.get("/").text)
    assert re.search(r'srcset="[^"]+fill-800x320[^"]+ 800w, [^"]+fill-1600x640[^"]+ 1600w"', hero)
    assert 'sizes="100vw"' in hero and 'fetchpriority="high"' in hero and "loading" not in hero
    assert 'width="800"' in hero and 'height="320"' in hero and ".webp" in hero


@pytest.mark.django_db
def test_language_switcher_links_the_translation(client, about):
    german, english = about
    response = client.get(german.url)
    assert f'href="{english.url}" lang="en" hreflang="en"' in response.text
    assert f'hreflang="en" href="{settings.BASE_URL}{english.url}"' in response.text
    assert f'hreflang="de" href="{settings.BASE_URL}{german.url}"' in response.text
    back = client.get(english.url)
    assert f'href="{german.url}" lang="de" hreflang="de"' in back.text
    assert english.url == "/en/who-we-are/"


@pytest.mark.django_db
def test_language_switcher_says_when_there_is_no_translation(client, home_de):
    untranslated = ContentPageFactory(parent=home_de, title="Nur deutsch", slug="nur-deutsch")
    response = client.get(untranslated.url)
    assert "Englisch: nicht verfügbar" in response.text
    assert 'lang="en" hreflang="en"' not in response.text
    # no hreflang alternate for a translation that does not exist
    assert 'rel="alternate" hreflang="en"' not in response.text


@pytest.mark.django_db
def test_brand_settings_appear_on_every_page(client, about):
    german, english = about
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.claim = "Gemeinsam für ein gutes Klima"
    brand.claim_en = "Together for a good climate"
    brand.primary_colour = "#0d47a1"
    brand.contact_email = "klima@example.org"
    brand.footer_links = [FooterLink(page=german, sort_order=0)]
    brand.save()

    german_page = client.get("/").text
    assert "--brand-primary: #0d47a1" in german_page
    assert "Gemeinsam für ein gutes Klima" in german_page
    assert 'href="mailto:klima@example.org"' in german_page
    assert f'<a href="{german.url}">Wer sind wir?</a>' in german_page

    english_page = client.get("/en/").text
    assert "Together for a good climate" in english_page
    # the footer link leads to the page in the reader's language
    assert f'<a href="{english.url}">Who we are</a>' in english_page


def test_brand_colours_must_stay_readable():
    validate_brand_colour("#1b5e20")
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    with translation.override("en"):
        with pytest.raises(ValidationError, match="4.5:1"):
            validate_brand_colour("#8bc34a")  # a light green: too little contrast with white
        with pytest.raises(ValidationError, match="six hex digits"):
            validate_brand_colour("green")


@pytest.mark.django_db
def test_content_page_shows_its_body_and_meta_description(client, home_de):
    page = ContentPageFactory(
        parent=home_de,
        title="Impressum",
        search_description="Anbieterkennzeichnung der Klimaallianz.",
        body=[
            ("heading", {"text": "Anbieter", "level": "h2"}),
            ("paragraph", "<p>Landkreis Cloppenburg</p>"),
            ("quote", {"text": "Klimaschutz geht alle an.", "attribution": "Lenkungsgruppe"}),
        ],
    )
    html = client.get(page.url).text
    assert "<h1>Impressum</h1>" in html
    assert "<h2>Anbieter</h2>" in html
    assert "Klimaschutz geht alle an." in html
    assert '<meta name="description" content="Anbieterkennzeichnung der Klimaallianz.">' in html
    assert 'property="og:title" content="Impressum"' in html


@pytest.mark.django_db
def test_home_page_highlights_the_newest_pages_of_each_index(client, home_de):
    index = ProjectIndexPageFactory(parent=home_de)
    ProjectPageFactory(parent=index, title="Moorschutz am Barßeler Tief", slug="moorschutz")
    html = client.get("/").text
    assert "Moorschutz am Barßeler Tief" in html
    assert f'href="{index.url}"' in html


@pytest.mark.django_db
def test_missing_page_answers_404_in_the_brand(client, home_de):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text
    assert "site-header" in response.text
    english = client.get("/en/does-not-exist/")
    assert english.status_code == 404
    assert "Page not found" in english.text


@pytest.mark.django_db
def test_server_error_page_renders_without_a_database(client):
    with translation.override("de"):
        html = render_to_string("500.html")
    assert "Etwas ist schiefgegangen" in html
    assert "{%" not in html


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert f"Sitemap: {settings.BASE_URL}/sitemap.xml" in response.text


@pytest.mark.django_db
def test_sitemap_lists_both_languages_but_no_drafts(client, about, home_de):
    german, english = about
    draft = ContentPageFactory(parent=home_de, title="Entwurf", slug="entwurf", live=False)
    # Full URLs come from BASE_URL (through the Wagtail site record)
    paths = [url.removeprefix(settings.BASE_URL) for url in sitemap_locations(client)]
    assert paths == ["/", german.url, "/en/", english.url]
    assert draft.url not in paths


@pytest.mark.django_db
def test_favicon_and_no_cookie_for_readers(client, home_de):
    assert client.get("/favicon.ico")["Location"].endswith("favicon.svg")
    response = client.get("/")
    assert not response.cookies
    assert response["X-Frame-Options"] == "DENY"
    assert '<link rel="icon"' in response.text


@pytest.mark.django_db
def test_home_page_queries_do_not_grow_with_the_menu(
    client, home_de, django_assert_max_num_queries
):
    for number in range(3):
        ContentPageFactory(parent=home_de, show_in_menus=True, title=f"Bereich {number}")
    client.get("/")  # warm the site and locale caches
    with django_assert_max_num_queries(15):
        few = client.get("/")
    for number in range(3, 12):
        ContentPageFactory(parent=home_de, show_in_menus=True, title=f"Bereich {number}")
    with django_assert_max_num_queries(15):
        many = client.get("/")
    assert few.status_code == many.status_code == 200
    assert "Bereich 11" in many.text


@pytest.mark.django_db
def test_brand_settings_form_explains_an_unreadable_colour(client, django_user_model):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "pw-12345")
    client.force_login(admin)
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/klimaallianz/brandsettings/{site.pk}/"
    data = nested_form_data(
        {
            "claim": "Gemeinsam fürs Klima",
            "claim_en": "Together for the climate",
            "primary_colour": "#a5d6a7",
            "accent_colour": "#00695c",
            "footer_links": inline_formset([]),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    message = "Diese Farbe hat gegenüber Weiß einen Kontrast von 1,6:1; nötig sind mindestens 4,5:1"
    assert message in response.text
    assert 'value="Gemeinsam fürs Klima"' in response.text  # what was typed is kept
    assert not BrandSettings.objects.filter(claim="Gemeinsam fürs Klima").exists()

    data["primary_colour"] = "#1b5e20"
    response = client.post(url, data)
    assert response.status_code == 302
    assert BrandSettings.for_site(site).claim == "Gemeinsam fürs Klima"


@pytest.mark.django_db
def test_sitemap_is_an_index_of_small_files_per_section_and_language(
    client, home_de, home_en, monkeypatch, django_assert_max_num_queries
):
    from klimaallianz.sitemaps import SectionSitemap

    monkeypatch.setattr(SectionSitemap, "limit", 2)
    for number in range(5):
        ContentPageFactory(parent=home_de, title=f"Seite {number}", slug=f"seite-{number}")
    with django_assert_max_num_queries(6):  # the pages of all sections counted at once
        index = client.get("/sitemap.xml")
    assert index["Content-Type"] == "application/xml"
    files = [
        url.removeprefix(settings.BASE_URL) for url in re.findall(r"<loc>(.*?)</loc>", index.text)
    ]
    # the German home page and five pages: three files; the English home page: one
    assert files == [
        "/sitemap-seiten-de.xml",
        "/sitemap-seiten-de.xml?p=2",
        "/sitemap-seiten-de.xml?p=3",
        "/sitemap-seiten-en.xml",
    ]
    with django_assert_max_num_queries(12):
        second = client.get("/sitemap-seiten-de.xml?p=2").text
    assert len(re.findall(r"<url>", second)) == 2
    for missing in (
        "/sitemap-seiten-de.xml?p=4",
        "/sitemap-gibtsnicht-de.xml",
        "/sitemap-seiten-de.xml?p=x",
    ):
        assert client.get(missing).status_code == 404
