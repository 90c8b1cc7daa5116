"""Creating a page is predictable: nothing is saved before the editor saves or submits, and a
second project of the same name below the same partner is created too, with the next free
slug, instead of failing over a slug the editor never saw."""

import re

import pytest

from django.urls import reverse

from projects.models import ProjectPage
from tests.utils import edit_form_data, field_errors, project_form_data, submit_project, text


def edit_form_tag(page):
    """The opening tag of the page form, its attributes quoted as the admin writes them."""
    return re.search(
        r'<form\b(?:[^>"]|"[^"]*")*id="page-edit-form"(?:[^>"]|"[^"]*")*>', page
    ).group()


@pytest.mark.django_db
def test_the_forms_of_a_new_and_an_existing_page_do_not_save_by_themselves(client, partner, editor):
    client.force_login(editor)
    add = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", partner.page.pk])
    for url in (add, reverse("wagtailadmin_pages:edit", args=[partner.page.pk])):
        page = text(client.get(url))
        assert "Entwurf speichern" in page
        form = edit_form_tag(page)
        assert "w-autosave" not in form
        assert "data-w-autosave-interval-value" not in form
        # Leaving with unsaved changes still asks first.
        assert 'data-w-unsaved-confirmation-value="true"' in form


@pytest.mark.django_db
def test_a_second_new_project_of_the_same_name_gets_the_next_free_slug(client, partner, editor):
    client.force_login(editor)
    for _ in range(3):
        submit_project(client, partner.page, title="Solardach", slug="solardach")
    projects = ProjectPage.objects.child_of(partner.page).order_by("pk")
    assert [project.slug for project in projects] == ["solardach", "solardach-2", "solardach-3"]
    assert all(project.current_workflow_state for project in projects)


@pytest.mark.django_db
def test_renaming_an_existing_pages_slug_to_a_taken_one_is_still_refused(client, partner, editor):
    client.force_login(editor)
    submit_project(client, partner.page, title="Solardach", slug="solardach")
    add = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", partner.page.pk])
    client.post(add, project_form_data(title="Windrad", slug="windrad"))  # a draft
    windrad = ProjectPage.objects.get(slug="windrad", locale__language_code="de")

    url = reverse("wagtailadmin_pages:edit", args=[windrad.pk])
    response = client.post(url, edit_form_data(client, windrad, slug="solardach"))
    assert response.status_code == 200
    assert field_errors(response, "slug") == [
        "Das Kürzel „solardach“ hat an dieser Stelle schon eine andere Seite."
    ]
    windrad.refresh_from_db()
    assert windrad.slug == "windrad"
