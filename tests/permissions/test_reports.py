"""Reports, the dashboard and the user filters of the admin's listings."""

import pytest

from django.urls import reverse

from wagtail.models import PageLogEntry

from tests.permissions.world import assert_nothing_foreign
from tests.utils import assert_refused, text


@pytest.mark.django_db
def test_reports_menu_and_page_types_usage_report(editor_client, world):
    dashboard = text(editor_client.get("/admin/"))
    assert reverse("wagtailadmin_reports:workflow") in dashboard
    assert reverse("wagtailadmin_reports:page_types_usage") not in dashboard
    assert reverse("wagtail_localize:translations_report") not in dashboard
    for name in ("page_types_usage", "page_types_usage_results"):
        response = editor_client.get(reverse(f"wagtailadmin_reports:{name}"))
        assert_refused(response)
        assert_nothing_foreign(
            editor_client.get(reverse(f"wagtailadmin_reports:{name}"), follow=True)
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "explorer",
        "wagtailadmin_pages:search",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:aging_pages",
        "page_history",
    ],
)
def test_user_filter_choices(editor_client, world, url):
    if url == "explorer":
        url = reverse("wagtailadmin_explore", args=[world.own.page.pk])
    elif url == "page_history":
        url = reverse("wagtailadmin_pages:history", args=[world.own_project.pk])
    else:
        url = reverse(url)
    response = editor_client.get(url)
    assert response.status_code == 200
    assert_nothing_foreign(response)
    assert "berta@moorkamp.example" not in text(response)


@pytest.mark.django_db
def test_user_filter_choices_keep_own_people(editor_client, world):
    response = editor_client.get(reverse("wagtailadmin_explore", args=[world.own.page.pk]))
    assert "Anna Amsel" in text(response)  # "owner" and "edited by" of their own project
    history = editor_client.get(reverse("wagtailadmin_reports:site_history"))
    assert "Anna Amsel" in text(history)
    # Berta has history entries; that she is missing above is the filters' doing.
    assert PageLogEntry.objects.filter(user=world.other_editor).exists()
