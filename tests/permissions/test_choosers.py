"""The page chooser offers own pages and published ones, never another organisation's draft."""

import json

import pytest

from django.urls import reverse

from tests.permissions.world import SECRETS, assert_nothing_foreign, translation_or_none
from tests.utils import chooser_html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en"])
def test_page_chooser_browse(editor_client, world, language):
    index = world.own.page.get_parent()
    if language == "en":
        index = translation_or_none(index, "en")
    html = chooser_html(
        editor_client.get(reverse("wagtailadmin_choose_page_child", args=[index.pk]))
    )
    assert "Landvolk Cloppenburg" in html  # published: may be linked
    if language == "de":
        assert "Stadtwerke Garrel" in html
    assert not [secret for secret in SECRETS if secret in html]
    for page in (world.other.page, world.secret_project):
        url = reverse("wagtailadmin_choose_page_child", args=[page.pk])
        assert editor_client.get(url).status_code == 404
    # A chooser for one page type starts where the pages of that type are; when the only
    # project left is another organisation's draft, that must not be its profile.
    world.own_project.delete()
    typed = editor_client.get(
        reverse("wagtailadmin_choose_page"), {"page_type": "projects.projectpage"}
    )
    assert not [secret for secret in SECRETS if secret in chooser_html(typed)]


@pytest.mark.django_db
def test_page_chooser_search(editor_client, world):
    url = reverse("wagtailadmin_choose_page_search")
    found = chooser_html(editor_client.get(url, {"q": "Geheimprojekt"}))
    assert "Moorkamp" not in found
    own = chooser_html(editor_client.get(url, {"q": "Solardach"}))
    assert "Solardach Garrel" in own  # their own draft
    public = chooser_html(editor_client.get(url, {"q": "Landvolk"}))
    assert "Landvolk Cloppenburg" in public


@pytest.mark.django_db
def test_page_chooser_search_hides_unpublished_parents(editor_client, world):
    world.secret_project.save_revision().publish()  # published below a draft profile
    html = chooser_html(
        editor_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimprojekt"})
    )
    assert "Geheimprojekt Moorkamp" in html
    assert "Bäckerei" not in html and "B\\u00e4ckerei" not in html


@pytest.mark.django_db
def test_page_chooser_chosen(editor_client, world):
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    ids = [world.other.page.pk, world.secret_project.pk, world.own_project.pk, world.public.page.pk]
    response = editor_client.get(url, {"id": ids})
    chosen = json.loads(response.content)["result"]
    assert {item["id"] for item in chosen} == {world.own_project.pk, world.public.page.pk}
    assert_nothing_foreign(response)
