"""A partner editor's download, from the upload in the admin through the moderation to the
readers of /downloads/, who find it with the filter and download the file."""

import pytest
from playwright.sync_api import expect

from django.template.defaultfilters import filesizeformat

from downloads.models import Document, DownloadPage
from klimaallianz.demo_documents import make_pdf
from tests.factories import PASSWORD, DownloadIndexPageFactory

from .pages import AdminUser, Reader, axe_violations

TITLE = "Jahresbericht 2025"
FILE_TITLE = "Jahresbericht 2025 der Stadtwerke Garrel"
SUMMARY = "Was die Stadtwerke 2025 für den Klimaschutz in Garrel getan haben."
CATEGORY = "Berichte"


@pytest.fixture
def listing(tree):
    """/downloads/, which lists the downloads of the whole tree."""
    return DownloadIndexPageFactory(parent=tree.home)


@pytest.fixture
def report(tmp_path):
    """A real, accessible PDF, as an office program exports it."""
    path = tmp_path / "jahresbericht-2025.pdf"
    path.write_bytes(
        make_pdf(TITLE, ["Im Jahr 2025 haben die Stadtwerke 120 Tonnen CO2 eingespart."])
    )
    return path


def test_a_download_is_moderated_then_found_with_the_filter_and_downloaded(
    page, another_browser, site_url, axe, people, listing, report
):
    partner, editor_account, moderator_account = people
    editor = AdminUser(page, site_url)
    moderator = AdminUser(another_browser(), site_url)
    reader = Reader(another_browser(), site_url)

    editor.log_in(editor_account.username, PASSWORD)
    editor.add_download(
        title=TITLE,
        summary=SUMMARY,
        file=report,
        file_title=FILE_TITLE,
        category=CATEGORY,
    )
    editor.submit_for_moderation()

    # Waiting for the moderators, neither the page nor the file is public; the editor who
    # uploaded it gets the file.
    download = DownloadPage.objects.get(title=TITLE, locale__language_code="de")
    assert download.get_parent().specific == partner.page
    file_url = Document.objects.get(title=FILE_TITLE).url
    assert editor.page.request.get(site_url + file_url).status == 200
    assert reader.visit(file_url).status == 404
    assert reader.visit(download.url).status == 404
    reader.visit("/downloads/")
    assert TITLE not in reader.download_titles()

    moderator.log_in(moderator_account.username, PASSWORD)
    moderator.review(TITLE, "Freigeben")

    problems = []
    reader.visit("/downloads/")
    reader.filter_by(Kategorie=CATEGORY)
    expect(reader.result_count()).to_have_text("1 Download")
    assert reader.download_titles() == [TITLE]
    entry = reader.download(TITLE)
    expect(entry).to_contain_text(partner.page.title)
    size = filesizeformat(report.stat().st_size)  # in German: "2,1 KB"
    expect(entry).to_contain_text(f"PDF · {size} · Deutsch")
    problems += [f"filtered list: {found}" for found in axe_violations(axe, reader.page)]

    response = reader.fetch(entry.get_by_role("link", name=FILE_TITLE))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body() == report.read_bytes()

    reader.follow(TITLE)
    expect(reader.page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.page.get_by_role("main")).to_contain_text(SUMMARY)
    expect(reader.page.get_by_role("link", name=FILE_TITLE)).to_have_attribute("href", file_url)
    problems += [f"download page: {found}" for found in axe_violations(axe, reader.page)]

    # Nothing in a category without downloads yet, and a category that does not exist.
    reader.visit("/downloads/?kategorie=flyer")
    expect(reader.page.get_by_role("main")).to_contain_text("Noch kein Download passt")
    problems += [f"no match: {found}" for found in axe_violations(axe, reader.page)]
    reader.visit("/downloads/?kategorie=gibt-es-nicht")
    expect(reader.result_count()).to_contain_text("Diesen Filter gibt es nicht")
    problems += [f"unknown filter: {found}" for found in axe_violations(axe, reader.page)]
    assert not problems, "\n".join(problems)
