"""A partner editor's project, from the admin through the moderation to the public site."""

import pytest
from PIL import Image
from playwright.sync_api import expect

from projects.models import ProjectPage
from tests.factories import PASSWORD

from .pages import AdminUser, Reader, mail_to

TITLE = "Solardach Feuerwehrhaus"
ALT_TEXT = "Das Feuerwehrhaus von Süden, auf dem Dach blaue Solarmodule"
COMMENT = "Bitte nennen Sie die Leistung der Anlage in kWp."


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "feuerwehrhaus.jpg"
    Image.new("RGB", (1200, 800), (46, 125, 50)).save(path)
    return path


def test_a_project_is_moderated_then_shown_in_showcase_profile_and_feed(
    page, another_browser, site_url, people, photo
):
    partner, editor_account, moderator_account = people
    editor = AdminUser(page, site_url)
    moderator = AdminUser(another_browser(), site_url)
    reader = Reader(another_browser(), site_url)

    editor.log_in(editor_account.username, PASSWORD)
    editor.open_organisation()
    editor.add_project(
        title=TITLE,
        summary="Eine Photovoltaikanlage auf dem Feuerwehrhaus.",
        image=photo,
        image_title="Feuerwehrhaus mit Solardach",
        alt_text=ALT_TEXT,
        topic="Erneuerbare Energien und Wärme",
        status="laufend",
    )
    editor.submit_for_moderation()

    # Waiting for the moderators, it is nowhere public.
    project_url = ProjectPage.objects.get(title=TITLE, locale__language_code="de").url
    assert reader.visit(project_url).status == 404
    reader.visit("/projekte/")
    assert TITLE not in reader.card_titles()
    reader.visit(partner.page.url)
    expect(reader.page.get_by_role("main")).not_to_contain_text(TITLE)

    moderator.log_in(moderator_account.username, PASSWORD)
    moderator.review(TITLE, "Änderungen anfordern", comment=COMMENT)

    rejection = mail_to(editor_account.email, TITLE)
    editor.follow_mail_link(rejection, "/admin/pages/")
    assert COMMENT in editor.moderation_comment()
    editor.follow_mail_link(rejection, "/admin/pages/")
    editor.fill_page_fields(**{"Kurzbeschreibung*": "Eine 30-kWp-Anlage auf dem Feuerwehrhaus."})
    editor.submit_for_moderation()
    assert reader.visit(project_url).status == 404

    moderator.review(TITLE, "Freigeben")

    assert reader.visit(project_url).status == 200
    expect(reader.page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.page.get_by_role("img", name=ALT_TEXT)).to_be_visible()
    expect(reader.page.get_by_role("main")).to_contain_text("Eine 30-kWp-Anlage")

    reader.visit("/projekte/")
    assert TITLE in reader.card_titles()
    feed = reader.feed("Neue Projekte abonnieren (RSS-Feed)")
    assert f"<title>{TITLE}</title>" in feed

    reader.visit(partner.page.url)
    assert TITLE in reader.card_titles()

    # Not translated yet: its English address says so, in English, and links the German page.
    english = ProjectPage.objects.get(title=TITLE, locale__language_code="en")
    assert reader.visit(english.url).status == 200
    expect(reader.page.get_by_role("heading", level=1)).to_have_text("Only available in German")
    reader.page.get_by_role("main").get_by_role("link", name=TITLE).click()
    expect(reader.page).to_have_url(reader.site_url + project_url)
