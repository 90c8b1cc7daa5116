"""A citizen signs up on /unterstuetzen/, confirms with the link from the e-mail, is counted on
the home page, and withdraws with the other link from the same e-mail."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import SupporterFactory, SupporterPageFactory

from .pages import PublicForm, Reader, axe_violations, link_in, mail_to

EMAIL = "anna.meyer@example.org"
SIGN_UP = "Als Unterstützer/in eintragen"


@pytest.fixture
def supporter_page(tree):
    home = tree.home
    home.cta_heading = "Werden Sie Teil der Klimaallianz"
    home.save_revision().publish()
    SupporterFactory.create_batch(2)
    return SupporterPageFactory(parent=home)


def home_page_count(reader):
    reader.visit("/")
    band = reader.page.locator(".cta-band__count")
    return int(re.search(r"\d+", band.inner_text()).group())


def test_a_citizen_signs_up_confirms_is_counted_and_withdraws(page, site_url, supporter_page, axe):
    citizen = Reader(page, site_url)
    form = PublicForm(page, send_button=SIGN_UP)
    assert home_page_count(citizen) == 2
    count_link = "2 Menschen unterstützen die Klimaallianz bereits."
    citizen.page.get_by_role("link", name=count_link).click()
    expect(page).to_have_url(f"{site_url}/unterstuetzen/")

    # Sent without name and consent: each mistake at its field, nothing typed is lost.
    form.fill(**{"E-Mail-Adresse*": EMAIL, "Stadt oder Gemeinde": "Lastrup"})
    page.get_by_role("checkbox", name=re.compile("^Meinen Namen")).check()
    form.send()
    expect(page).to_have_title("Fehler: Unterstützen – Klimaallianz Landkreis Cloppenburg")
    form.expect_error_at("Vor- und Nachname*", "Bitte geben Sie Ihren Namen ein.")
    expect(form.field("E-Mail-Adresse*")).to_have_value(EMAIL)
    expect(form.field("Stadt oder Gemeinde").locator("option:checked")).to_have_text("Lastrup")
    assert axe_violations(axe, page) == []

    form.fill(**{"Vor- und Nachname*": "Anna Meyer"})
    form.consent()
    form.send()
    expect(page.get_by_role("main")).to_contain_text("Bitte schauen Sie in Ihr E-Mail-Postfach.")
    assert home_page_count(citizen) == 2  # not before confirming

    message = mail_to(EMAIL, "Bitte bestätigen Sie Ihre Unterstützung der Klimaallianz")
    citizen.page.goto(link_in(message, "/unterstuetzen/opt-in/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Unterstützung bestätigen")
    expect(page.get_by_role("main")).to_contain_text("Genannt als „Anna M.“")
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, ich unterstütze die Klimaallianz").click()
    expect(page.get_by_role("status")).to_contain_text("Ihre Unterstützung ist bestätigt")
    expect(page.get_by_role("list").filter(has_text="Anna M.")).to_contain_text("Lastrup")
    assert home_page_count(citizen) == 3

    citizen.page.goto(link_in(message, "/unterstuetzen/opt-out/"))
    with page.expect_navigation():
        page.get_by_role("button", name="Zurückziehen und meine Angaben löschen").click()
    expect(page.get_by_role("status")).to_contain_text("Ihre Unterstützung ist zurückgezogen.")
    expect(page.get_by_role("main")).not_to_contain_text("Anna M.")
    assert home_page_count(citizen) == 2
