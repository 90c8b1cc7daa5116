"""Moderation by the steering group, through the real admin: a partner editor submits, the
group "Moderation" is told, approves or rejects, and the author hears of it."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Page, Workflow, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, streamfield

from projects.models import ProjectPage
from tests.factories import UserFactory

WORKFLOW = "Freigabe durch die Lenkungsgruppe"


@pytest.fixture
def moderators():
    group = Group.objects.get(name="Moderation")
    users = [UserFactory(email=f"lenkung{n}@example.org") for n in range(2)]
    group.user_set.add(*users)
    return users


def project_data(title="Solardach Rathaus Garrel", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "solardach-rathaus",
            "summary": "Photovoltaik auf dem Dach des Rathauses.",
            "body": streamfield([]),
            "links": streamfield([]),
            "status": "laufend",
            **extra,
        }
    )


def submit_project(client, editor, partner):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", partner.page.pk])
    response = client.post(url, project_data() | {"action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    return ProjectPage.objects.get(slug="solardach-rathaus", locale__language_code="de")


def workflow_action(client, page, action, comment=""):
    page.refresh_from_db()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, page.current_workflow_task_state.pk],
    )
    return client.post(url, {"comment": comment}, follow=True)


@pytest.mark.django_db
def test_one_workflow_covers_every_page_of_every_locale(partner):
    assert list(Workflow.objects.values_list("name", flat=True)) == [WORKFLOW]
    assert WorkflowPage.objects.get().page.depth == 1  # the root, above both trees
    for page in Page.objects.filter(depth__gt=1):
        assert page.get_workflow().name == WORKFLOW
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


@pytest.mark.django_db
def test_submitting_notifies_the_moderators_but_publishes_nothing(
    client, partner, editor, moderators, django_user_model
):
    django_user_model.objects.create_superuser("it", "it@example.org", "pw")
    page = submit_project(client, editor, partner)
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {user.email for user in moderators}  # not the superuser
    assert any("Solardach Rathaus Garrel" in message.subject for message in mail.outbox)
    assert any("/admin/pages/" in message.body for message in mail.outbox)

    client.logout()
    assert client.get("/partner/stadtwerke-garrel/solardach-rathaus/").status_code == 404
    assert "Solardach Rathaus Garrel" not in client.get("/partner/stadtwerke-garrel/").text


@pytest.mark.django_db
def test_moderators_dashboard_shows_what_waits(client, partner, editor, moderators):
    submit_project(client, editor, partner)
    client.force_login(moderators[0])
    dashboard = client.get("/admin/")
    assert "Solardach Rathaus Garrel" in dashboard.text
    assert "Ihre Überprüfung steht aus" in dashboard.text


@pytest.mark.django_db
def test_approval_publishes_and_tells_the_author(client, partner, editor, moderators):
    page = submit_project(client, editor, partner)
    mail.outbox.clear()
    client.force_login(moderators[0])
    response = workflow_action(client, page, "approve", "Schönes Projekt!")
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.live
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "Solardach Rathaus Garrel" in mail.outbox[0].body

    client.logout()
    public = client.get("/partner/stadtwerke-garrel/solardach-rathaus/")
    assert public.status_code == 200
    assert "Solardach Rathaus Garrel" in client.get("/partner/stadtwerke-garrel/").text


@pytest.mark.django_db
def test_rejection_keeps_the_live_version_and_sends_the_comment(
    client, partner, editor, moderators
):
    page = submit_project(client, editor, partner)
    client.force_login(moderators[0])
    workflow_action(client, page, "approve")
    # the editor changes the live page and submits again
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit_url, project_data("Solardach – jetzt doppelt so groß") | {"action-submit": "1"}
    )
    assert response.status_code == 302
    mail.outbox.clear()

    client.force_login(moderators[1])
    workflow_action(client, page, "reject", "Bitte die Leistung in kWp angeben.")
    page.refresh_from_db()
    assert page.live and page.title == "Solardach Rathaus Garrel"
    assert page.current_workflow_state is None or page.current_workflow_state.status != "approved"
    [message] = mail.outbox
    assert message.to == [editor.email]
    assert "Bitte die Leistung in kWp angeben." in message.body

    client.logout()
    public = client.get("/partner/stadtwerke-garrel/solardach-rathaus/").text
    assert "Solardach Rathaus Garrel" in public
    assert "doppelt so groß" not in public


@pytest.mark.django_db
def test_partner_editor_cannot_publish_by_themselves(client, partner, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", partner.page.pk])
    client.post(url, project_data() | {"action-publish": "1"})
    page = ProjectPage.objects.filter(slug="solardach-rathaus").first()
    assert page is None or not page.live
    client.logout()
    assert client.get("/partner/stadtwerke-garrel/solardach-rathaus/").status_code == 404
