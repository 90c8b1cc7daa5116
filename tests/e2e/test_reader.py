"""A reader finds partners and projects, without JavaScript: the filters are GET forms."""

import pytest
from playwright.sync_api import expect

from tests.factories import translate

from .pages import Reader


@pytest.fixture
def reader(another_browser, site_url):
    return Reader(another_browser(java_script_enabled=False), site_url)


def test_a_reader_filters_opens_a_partner_and_a_project_and_switches_language(reader, projects):
    translate(projects.garrel)
    translate(projects.solar, title="Solar roof for the town hall", slug="solar-roof")
    page = reader.page

    reader.visit("/partner/")
    expect(reader.result_count()).to_have_text("2 Partnerorganisationen")
    reader.filter_by(Gemeinde="Garrel")
    expect(page).to_have_url(reader.site_url + "/partner/?kategorie=&gemeinde=garrel")
    expect(reader.result_count()).to_have_text("1 Partnerorganisation")
    assert reader.card_titles() == ["Stadtwerke Garrel"]

    reader.follow("Stadtwerke Garrel")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stadtwerke Garrel")
    # the projects it leads, and those it takes part in
    assert set(reader.card_titles()) == {
        "Solardach Rathaus",
        "Hausmeisterschulung",
        "Rufbus Emstek",
    }

    reader.visit("/projekte/")
    expect(reader.result_count()).to_contain_text("4 Projekte")
    reader.filter_by(Handlungsfeld="Erneuerbare Energien und Wärme", Status="Laufend")
    expect(reader.result_count()).to_contain_text("1 Projekt")
    assert reader.card_titles() == ["Solardach Rathaus"]

    reader.follow("Solardach Rathaus")
    expect(page.get_by_role("heading", level=1)).to_have_text("Solardach Rathaus")
    expect(page.locator("html")).to_have_attribute("lang", "de")

    reader.switch_language("English")
    expect(page).to_have_url(reader.site_url + "/en/partners/stadtwerke-garrel/solar-roof/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Solar roof for the town hall")
    reader.switch_language("Deutsch")
    expect(page.get_by_role("heading", level=1)).to_have_text("Solardach Rathaus")
