"""Moderation by the steering group, through the real admin: a partner editor submits, the
group "Moderation" is told, approves or rejects, and the author hears of it."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Page, Workflow, WorkflowPage

from projects.models import ProjectPage
from tests.utils import member_of, project_form_data, submit_project, workflow_action

WORKFLOW = "Freigabe durch die Lenkungsgruppe"
PROJECT = {
    "title": "Solardach Rathaus Garrel",
    "slug": "solardach-rathaus",
    "summary": "Photovoltaik auf dem Dach des Rathauses.",
}


@pytest.fixture
def moderators():
    return [member_of("Moderation", email=f"lenkung{n}@example.org") for n in range(2)]


def submit(client, editor, partner):
    client.force_login(editor)
    return submit_project(client, partner.page, **PROJECT)


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
    page = submit(client, editor, partner)
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
    submit(client, editor, partner)
    client.force_login(moderators[0])
    dashboard = client.get("/admin/")
    assert "Solardach Rathaus Garrel" in dashboard.text
    assert "Ihre Überprüfung steht aus" in dashboard.text


@pytest.mark.django_db
def test_approval_publishes_and_tells_the_author(client, partner, editor, moderators):
    page = submit(client, editor, partner)
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
    page = submit(client, editor, partner)
    client.force_login(moderators[0])
    workflow_action(client, page, "approve")
    # the editor changes the live page and submits again
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    changed = project_form_data(**PROJECT | {"title": "Solardach – jetzt doppelt so groß"})
    response = client.post(edit_url, changed | {"action-submit": "1"})
    assert response.status_code == 302
    mail.outbox.clear()

    client.force_login(moderators[1])
    workflow_action(client, page, "reject", "Bitte die Leistung in kWp angeben.")
    page.refresh_from_db()
    assert page.live and page.title == "Solardach Rathaus Garrel"
    assert page.current_workflow_state.status == "needs_changes"
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
    response = client.post(url, project_form_data(**PROJECT) | {"action-publish": "1"})
    assert response.status_code == 302  # saved, as a draft
    page = ProjectPage.objects.get(slug="solardach-rathaus", locale__language_code="de")
    assert not page.live and page.live_revision is None
    client.logout()
    assert client.get("/partner/stadtwerke-garrel/solardach-rathaus/").status_code == 404
