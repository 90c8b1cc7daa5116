"""Every public page type in both languages, checked with axe-core against WCAG 2.1 A and AA
and at a phone's width; the menu, the filters and the forms used with the keyboard alone."""

import json
from io import StringIO

import pytest
from playwright.sync_api import expect
from wagtail_factories import ImageFactory

from django.core.management import call_command

from downloads.models import DownloadIndexPage
from home.models import ContentPage, HomePage
from partners.models import MembershipPage, PartnerIndexPage, PartnerPage, SupporterPage
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories import (
    YOUTUBE_VIDEO,
    ContentPageFactory,
    DocumentFactory,
    MembershipPageFactory,
    cached_youtube_embed,
    translate,
)

from .pages import Keyboard, PublicForm, Reader, axe_violations

PHONE = {"width": 390, "height": 844}

# What a reader types or looks for, by language.
SEARCH_TERM = {"de": "Klimaschutz", "en": "climate"}
SEND_APPLICATION = {"de": "Antrag senden", "en": "Send application"}
SIGN_UP = {"de": "Als Unterstützer/in eintragen", "en": "Sign up as a supporter"}
MISSING_PAGE = {"de": "/gibt-es-nicht/", "en": "/en/does-not-exist/"}
EVERY_BLOCK = {"de": "Alle Bausteine", "en": "Every block"}


@pytest.fixture
def demo():
    """The demo site (`manage.py load_demo`): every page type in German and English, with
    images, the brand settings, the menu and the footer."""
    call_command("load_demo", stdout=StringIO())
    page_with_every_block()


def page_with_every_block():
    """A content page with one block of each kind (the demo's texts use only a few), in both
    languages."""
    cached_youtube_embed(' title="So entsteht ein Solardach"')
    roof = ImageFactory(title="Solardach", description="Solarmodule auf dem Kreishaus")
    school = ImageFactory(title="Schule", description="Kinder lesen den Stromzähler ab")

    def image(photo, caption):
        return {
            "image": {"image": photo.pk, "alt_text": "", "decorative": False},
            "caption": caption,
        }

    link = {"page": None, "url": "https://example.org/", "label": "Mehr erfahren"}
    body = [
        ("heading", {"text": "Überschrift", "level": "h2"}),
        ("paragraph", '<p>Text mit <a href="/">Link</a>.</p><ul><li>Punkt</li></ul>'),
        ("image", image(roof, "Das Kreishaus im Sommer")),
        ("quote", {"text": "Klimaschutz geht alle an.", "attribution": "Die Lenkungsgruppe"}),
        (
            "call_to_action",
            {"heading": "Machen Sie mit", "text": "Werden Sie Partner.", "link": link},
        ),
        ("document", {"document": DocumentFactory(title="Jahresbericht").pk, "title": ""}),
        ("gallery", {"images": [image(roof, "Das Dach"), image(school, "Die Schule")]}),
        ("key_figure", {"number": "120", "unit": "t CO₂", "label": "gespart", "source": ""}),
        ("video", {"video": YOUTUBE_VIDEO, "title": "So entsteht ein Solardach"}),
    ]
    raw = json.dumps([{"type": name, "value": value} for name, value in body])
    home = HomePage.objects.get(locale__language_code="de")
    page = ContentPageFactory(parent=home, title=EVERY_BLOCK["de"], body=raw)
    translate(page, title=EVERY_BLOCK["en"], slug="every-block")


def one_page(model, language):
    """A live page of the type in the language, a translated one if there is one."""
    pages = model.objects.live().filter(locale__language_code=language)
    return pages.filter(alias_of__isnull=True).first() or pages.first()


def public_pages(language):
    """(name, how to get there) for every public page type in `language`. Each way is a
    function of a Reader and goes there as a person would: by address, or with a form."""
    url = {
        model: one_page(model, language).url
        for model in (
            HomePage,
            ContentPage,
            PartnerIndexPage,
            PartnerPage,
            ProjectIndexPage,
            ProjectPage,
            DownloadIndexPage,
            MembershipPage,
            SupporterPage,
        )
    }
    every_block = ContentPage.objects.get(
        locale__language_code=language, title=EVERY_BLOCK[language]
    )

    def visit(path):
        return lambda reader: reader.visit(path)

    def filtered(model):
        def go(reader):
            reader.visit(url[model])
            # In the first filter, the first choice that finds something.
            select = reader.filter_form().get_by_role("combobox").first
            option = select.locator("option:not([value=''])").filter(has_not_text="(0)").first
            select.select_option(option.get_attribute("value"))
            reader.send_filter()

        return go

    def form_with_errors(reader):
        reader.visit(url[MembershipPage])
        PublicForm(reader.page, send_button=SEND_APPLICATION[language]).send()
        expect(reader.page.locator("[aria-invalid=true]").first).to_be_visible()

    def sign_up_with_errors(reader):
        reader.visit(url[SupporterPage])
        PublicForm(reader.page, send_button=SIGN_UP[language]).send()
        expect(reader.page.locator("[aria-invalid=true]").first).to_be_visible()

    def search_results(reader):
        reader.visit(url[HomePage])
        reader.search(SEARCH_TERM[language])

    return [
        ("home page", visit(url[HomePage])),
        ("content page", visit(url[ContentPage])),
        ("content page with every block", visit(every_block.url)),
        ("partner directory", visit(url[PartnerIndexPage])),
        ("partner directory, filtered", filtered(PartnerIndexPage)),
        ("partner profile", visit(url[PartnerPage])),
        ("project showcase", visit(url[ProjectIndexPage])),
        ("project showcase, filtered", filtered(ProjectIndexPage)),
        ("project page", visit(url[ProjectPage])),
        ("downloads", visit(url[DownloadIndexPage])),
        ("membership form", visit(url[MembershipPage])),
        ("membership form with errors", form_with_errors),
        ("supporter page", visit(url[SupporterPage])),
        ("supporter form with errors", sign_up_with_errors),
        ("search results", search_results),
        ("page not found", visit(MISSING_PAGE[language])),
    ]


def test_every_public_page_type_passes_axe_and_fits_a_phone(
    demo, page, another_browser, site_url, axe
):
    """axe-core at 1280 px, then the same page at 390 px, where nothing may scroll sideways.
    One test for both, so that the demo site is built once."""
    desktop = Reader(page, site_url)
    phone = Reader(another_browser(viewport=PHONE, is_mobile=True), site_url)
    problems = []
    for language in ("de", "en"):
        for name, go in public_pages(language):
            go(desktop)
            problems += [f"{name} ({page.url}): {found}" for found in axe_violations(axe, page)]
            go(phone)
            width = phone.page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                problems.append(f"{name} ({phone.page.url}): {width} px wide at 390 px")
    assert not problems, "\n".join(problems)


# --- the keyboard -----------------------------------------------------------------------------


@pytest.fixture
def menu(projects):
    """The directory, the showcase and /mitmachen/ in the main menu, as on the real site."""
    home = HomePage.objects.get(locale__language_code="de")
    membership = MembershipPageFactory(parent=home)
    for page in (projects.garrel.get_parent(), projects.cycling.get_parent(), membership):
        page.show_in_menus = True
        page.save_revision().publish()
    return ["Partner", "Projekte", "Mitmachen"]


def test_the_skip_link_and_the_menu_work_with_the_keyboard(menu, page, site_url):
    reader, keyboard = Reader(page, site_url), Keyboard(page)
    reader.visit("/")
    page.keyboard.press("Tab")
    assert keyboard.focused_name() == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    reader.visit("/")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    stops = keyboard.tab_to(navigation.get_by_role("link", name=menu[-1]))
    assert [stop for stop in stops if stop in menu] == menu
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}/mitmachen/")


def test_on_a_phone_the_menu_folds_behind_one_button(menu, another_browser, site_url):
    phone = another_browser(viewport={"width": 390, "height": 844})
    reader, keyboard = Reader(phone, site_url), Keyboard(phone)
    reader.visit("/")
    navigation = phone.get_by_role("navigation", name="Hauptnavigation")
    button = navigation.get_by_role("button", name="Menü")
    links = navigation.get_by_role("link")
    expect(links.first).to_be_hidden()
    # the header with the folded menu takes a quarter of the first screen, not 40 %
    assert phone.locator("header.site-header").bounding_box()["height"] < 844 * 0.3

    keyboard.tab_to(button)
    phone.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(navigation.get_by_role("link", name=menu[-1])).to_be_visible()
    phone.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(links.first).to_be_hidden()

    # without JavaScript there is no button, and the whole list is the menu
    plain = another_browser(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    Reader(plain, site_url).visit("/")
    plain_navigation = plain.get_by_role("navigation", name="Hauptnavigation")
    expect(plain_navigation.get_by_role("button", name="Menü")).to_be_hidden()
    expect(plain_navigation.get_by_role("link", name=menu[-1])).to_be_visible()


def test_the_filters_work_with_the_keyboard(projects, page, site_url):
    reader, keyboard = Reader(page, site_url), Keyboard(page)
    reader.visit("/projekte/")
    keyboard.tab_to(page.get_by_label("Status", exact=True))
    page.keyboard.press("ArrowDown")  # from "Alle" to the first status, "Geplant"
    keyboard.tab_to(page.get_by_role("button", name="Projekte anzeigen"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(reader.result_count()).to_contain_text("1 Projekt")
    assert reader.card_titles() == ["Stadtradeln"]


def test_the_search_and_the_membership_form_work_with_the_keyboard(menu, page, site_url):
    reader, keyboard, form = Reader(page, site_url), Keyboard(page), PublicForm(page)
    reader.visit("/")
    keyboard.tab_to(page.get_by_role("banner").get_by_role("searchbox"))
    page.keyboard.type("Solardach")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_contain_text("Ein Ergebnis für „Solardach“.")

    # Every field in order, never the honeypot; Space ticks the consent; Enter in a field
    # sends the form, which keeps what was typed.
    reader.visit("/mitmachen/")
    keyboard.tab_to(form.field("Name der Organisation*"))
    page.keyboard.type("Heimatverein Bösel")
    consent = page.get_by_role("checkbox", name=PublicForm.CONSENT)
    stops = keyboard.tab_to(consent)
    assert stops[:-1] == [
        "Kategorie*",
        "Stadt oder Gemeinde*",
        "Ansprechperson*",
        "E-Mail-Adresse*",
        "Website",
        "Was möchte Ihre Organisation für den Klimaschutz tun?*",
    ]
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    keyboard.tab_to(form.field("Website"), backwards=True)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    form.expect_error_at("Ansprechperson*", "Bitte geben Sie den Namen der Ansprechperson ein.")
    expect(form.field("Name der Organisation*")).to_have_value("Heimatverein Bösel")
    expect(consent).to_be_checked()
