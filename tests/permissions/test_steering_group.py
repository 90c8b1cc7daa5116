"""The steering group (Moderation) and the Redaktion keep their reach over every organisation."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import streamfield

from tests.utils import chooser_html, edit_form_data, field_errors, member_of, text


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Moderation", "Redaktion"])
def test_moderation_and_redaktion_keep_full_reach(client, world, group):
    client.force_login(member_of(group))
    index = world.own.page.get_parent()
    browse = chooser_html(client.get(reverse("wagtailadmin_choose_page_child", args=[index.pk])))
    assert "Bäckerei Moorkamp" in browse
    search = chooser_html(
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheimprojekt"})
    )
    assert "Geheimprojekt Moorkamp" in search
    documents = client.get("/admin/api/main/documents/").json()["items"]
    assert {item["title"] for item in documents} == {"Flyer Stadtwerke", "Kalkulation Moorkamp"}
    assert client.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 200
    explorer = client.get(reverse("wagtailadmin_explore", args=[world.other.page.pk]))
    assert "Geheimprojekt Moorkamp" in text(explorer)
    assert "Berta Backstube" in text(explorer)  # the owner filter lists everyone
    assert client.get(world.other_document.url).status_code == 200


@pytest.mark.django_db
def test_redaktion_may_link_any_page_and_document(client, world):
    client.force_login(member_of("Redaktion"))
    page = world.own.page
    body = streamfield(
        [
            ("document", {"document": world.other_document.pk, "title": ""}),
            (
                "call_to_action",
                {
                    "heading": "x",
                    "text": "",
                    "link": {"page": world.secret_project.pk, "url": "", "label": ""},
                },
            ),
        ]
    )
    data = edit_form_data(client, page, body=body)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, field_errors(response, "body")
