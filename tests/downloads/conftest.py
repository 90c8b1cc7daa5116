import pytest

from tests.factories import DownloadIndexPageFactory, translate


@pytest.fixture
def listing(partner):
    """/downloads/ and /en/downloads/ beside the partner directory (which `partner` built)."""
    german = DownloadIndexPageFactory(parent=partner.page.get_parent().get_parent())
    return german, translate(german, title="Downloads", slug="downloads")
