"""A reader searches with the header's field for a word that only the text inside a PDF
contains (of the download's own fields), narrows the results to downloads and gets the file;
a word that nothing contains leads to the empty state."""

import pytest
from playwright.sync_api import expect

from klimaallianz.demo_documents import make_pdf
from tests.factories import (
    DownloadIndexPageFactory,
    make_document,
    make_download,
    make_partner,
    make_project,
)

from .pages import Reader, axe_violations

WORD = "Moorgeestwiese"
NOTHING = "Zwergstrauchheide"
TITLE = "Pflegeplan 2026"
FILE_TITLE = "Pflegeplan 2026 des Heimatvereins"


@pytest.fixture
def plan():
    """The PDF: the word is in its text, not in the download's title, summary or file title."""
    return make_pdf(TITLE, [f"Die {WORD} wird zweimal im Jahr gemäht, im Juni und im September."])


@pytest.fixture
def pages(tree, plan):
    """A partner, its project and its download, each of which has the word somewhere; the
    listings that the empty state links to."""
    DownloadIndexPageFactory(parent=tree.home)
    partner = make_partner(
        tree.directory, "Heimatverein Garrel", summary=f"Pflegt die {WORD} am Ortsrand."
    )
    make_project(partner, "Blühende Wiesen", summary=f"Neue Blühstreifen an der {WORD}.")
    make_download(
        partner,
        TITLE,
        [make_document(FILE_TITLE, plan)],
        summary="Wann und wie der Heimatverein seine Flächen pflegt.",
    )


def test_a_reader_finds_a_download_by_the_text_of_its_file_and_downloads_it(
    page, site_url, axe, pages, plan
):
    reader = Reader(page, site_url)
    problems = []

    reader.visit("/")
    reader.search(WORD)
    expect(page).to_have_url(f"{site_url}/suche/?q={WORD}")
    expect(reader.result_count()).to_have_text(f"3 Ergebnisse für „{WORD}“.")
    assert TITLE in reader.search_result_titles()
    assert len(reader.search_result_titles()) == 3
    problems += [f"results: {found}" for found in axe_violations(axe, page)]

    reader.show_only("Downloads")
    expect(reader.result_count()).to_have_text(f"Ein Ergebnis für „{WORD}“.")
    assert reader.search_result_titles() == [TITLE]
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Downloads (1)")).to_have_attribute("aria-current", "page")
    result = reader.search_result(TITLE)
    expect(result.get_by_text("Download", exact=True)).to_be_visible()  # the type
    # What the file says around the word, the word highlighted.
    expect(result).to_contain_text("wird zweimal im Jahr gemäht")
    expect(result.locator("mark")).to_have_text(WORD)
    problems += [f"downloads only: {found}" for found in axe_violations(axe, page)]

    response = reader.fetch(result.get_by_role("link", name=FILE_TITLE))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body() == plan

    # Nothing found: the words searched before, and the listings to browse instead.
    reader.search(NOTHING)
    expect(reader.result_count()).to_have_text(f"0 Ergebnisse für „{NOTHING}“.")
    assert reader.search_result_titles() == []
    expect(main.get_by_role("link", name=WORD.lower(), exact=True)).to_be_visible()
    for listing in ("Partner", "Projekte", "Downloads"):
        expect(main.get_by_role("link", name=listing, exact=True)).to_be_visible()
    problems += [f"empty state: {found}" for found in axe_violations(axe, page)]
    assert not problems, "\n".join(problems)
