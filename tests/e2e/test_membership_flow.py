"""An organisation applies on /mitmachen/, the steering group accepts it, and its contact
becomes the editor of the new profile."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, MembershipPageFactory
from tests.utils import member_of

from .pages import AdminUser, PublicForm, Reader, mail_to

ORGANISATION = "Bürgerenergie Molbergen eG"
EMAIL = "vorstand@buergerenergie-molbergen.example"
MOTIVATION = "Wir bauen Solaranlagen auf Scheunendächern."


@pytest.fixture
def moderator(tree):
    MembershipPageFactory(parent=tree.home)
    return member_of("Moderation", email="lenkung@klimaallianz.example")


def test_an_application_becomes_a_partner_whose_contact_edits_the_profile(
    page, another_browser, site_url, moderator
):
    applicant = Reader(page, site_url)
    form = PublicForm(page)

    applicant.visit("/mitmachen/")
    form.fill(
        **{
            "Name der Organisation*": ORGANISATION,
            "Kategorie*": "Vereine und Verbände",
            "Stadt oder Gemeinde*": "Molbergen",
            "E-Mail-Adresse*": "vorstand@buergerenergie",
            "Was möchte Ihre Organisation für den Klimaschutz tun?*": MOTIVATION,
        }
    )
    form.send()

    # The mistakes are named next to their fields; nothing that was typed is lost.
    expect(page).to_have_title("Fehler: Mitmachen – Klimaallianz Landkreis Cloppenburg")
    form.expect_error_at("Ansprechperson*", "Bitte geben Sie den Namen der Ansprechperson ein.")
    form.expect_error_at(
        "E-Mail-Adresse*",
        "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.",
    )
    expect(page.get_by_role("main")).to_contain_text(
        "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben."
    )
    expect(form.field("Name der Organisation*")).to_have_value(ORGANISATION)
    expect(form.field("Kategorie*").locator("option:checked")).to_have_text("Vereine und Verbände")
    expect(form.field("Stadt oder Gemeinde*").locator("option:checked")).to_have_text("Molbergen")
    expect(form.field("E-Mail-Adresse*")).to_have_value("vorstand@buergerenergie")
    expect(form.field("Was möchte Ihre Organisation für den Klimaschutz tun?*")).to_have_value(
        MOTIVATION
    )

    form.fill(**{"Ansprechperson*": "Kim Meyer", "E-Mail-Adresse*": EMAIL})
    form.consent()
    form.send()
    expect(page.get_by_role("main")).to_contain_text("Vielen Dank! Wir melden uns.")
    mail_to(EMAIL, f"Ihr Antrag bei der Klimaallianz: {ORGANISATION}")

    steering_group = AdminUser(another_browser(), site_url)
    steering_group.log_in(moderator.username, PASSWORD)
    steering_group.accept_application(ORGANISATION)

    editor = AdminUser(page, site_url)
    invitation = mail_to(EMAIL, "Ihr Zugang zur Website der Klimaallianz")
    editor.accept_invitation(invitation, EMAIL, "Sonnenstrom-vom-Scheunendach-2026")
    editor.open_organisation()
    expect(page.get_by_role("heading", level=1)).to_contain_text(ORGANISATION)
    editor.fill_page_fields(
        **{
            "Kurzbeschreibung*": "Eine Genossenschaft für Sonnenstrom von Scheunendächern.",
            "Website": "https://buergerenergie-molbergen.example",
        }
    )
    editor.save_draft()
    editor.expect_message(f"Seite ‚{ORGANISATION}‘ wurde aktualisiert.")
    page.reload()
    expect(page.get_by_role("textbox", name="Website", exact=True)).to_have_value(
        "https://buergerenergie-molbergen.example"
    )
