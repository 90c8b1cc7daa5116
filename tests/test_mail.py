"""Every e-mail goes one way: recorded, queued, sent by the task worker outside the request,
retried, and shown to the steering group when it keeps failing. Tried with a mail server that
refuses connections and with one that accepts and never answers."""

import io
import socket
import threading
from datetime import timedelta

import pytest
from django_tasks_db.management.commands import db_worker

from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from klimaallianz.models import OutgoingMail
from partners.models import MembershipApplication, Municipality, PartnerCategory, PartnerPage
from tests.factories import MembershipPageFactory, term
from tests.utils import member_of, submit_project, workflow_action

MAILS = "/admin/e-mails/"
Status = OutgoingMail.Status


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture
def silent_server():
    """A mail server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    connections = []

    def accept():
        while True:
            try:
                connections.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1], connections
    server.close()
    for connection in connections:
        connection.close()


@pytest.fixture
def queued(settings):
    # As in production: tasks wait in the database until the worker runs.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_DELIVERY_BACKEND = "tests.test_mail.RefusingBackend"
    settings.MAIL_RETRY_DELAYS = [60]


@pytest.fixture
def run_worker(monkeypatch):
    """Run `manage.py db_worker` until no task is ready. Inside a test's transaction the
    worker must not close the database connection between tasks, as it does in production."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        call_command("db_worker", batch=True, startup_delay=False, interval=0, verbosity=0)

    return run


@pytest.fixture
def site(home_de, partner):
    cache.clear()  # the application form's rate limit
    form_page = MembershipPageFactory(parent=home_de)
    OutgoingMail.objects.all().delete()
    return form_page, partner


@pytest.fixture
def moderator():
    return member_of("Moderation", username="lena", email="lena@lenkungsgruppe.example")


def apply(client, form_page, organisation="Müller GmbH & Co. KG", email="info@mueller.example"):
    response = client.post(
        form_page.url,
        {
            "organisation": organisation,
            "category": term(PartnerCategory, "unternehmen").pk,
            "municipality": term(Municipality, "garrel").pk,
            "contact_name": "Maria Muster",
            "email": email,
            "motivation": "Wir stellen die Flotte auf Elektrofahrzeuge um.",
            "privacy_consent": "on",
            "kennung": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return MembershipApplication.objects.get(organisation=organisation)


def submit(client, editor, partner, title, slug):
    client.force_login(editor)
    return submit_project(
        client, partner.page, title=title, slug=slug, summary="Ladesäulen am Betriebshof."
    )


def later(monkeypatch, **delta):
    moment = timezone.now() + timedelta(**delta)
    monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.mark.django_db
def test_nothing_fails_while_the_mail_server_is_down_and_every_mail_goes_out_later(
    client, site, moderator, queued, run_worker, settings, monkeypatch
):
    form_page, partner = site
    editor = partner.group.user_set.get()

    application = apply(client, form_page)
    project = submit(client, editor, partner, "E-Ladesäulen", "e-ladesaeulen")
    assert project.current_workflow_state.status == "in_progress"
    client.force_login(moderator)
    assert workflow_action(client, project, "approve").status_code == 200
    project.refresh_from_db()
    assert project.live
    second = submit(client, editor, partner, "Zweites Projekt", "zweites")
    client.force_login(moderator)
    rejected = workflow_action(client, second, "reject", "Bitte ein Foto ergänzen.")
    assert rejected.status_code == 200
    decision = client.post(
        f"/admin/partner/antraege/edit/{application.pk}/", {"status": "angenommen"}
    )
    assert decision.status_code == 302
    onboarding = client.post(
        reverse("onboard_partner"),
        {
            "name": "Gemeinde Molbergen",
            "category": term(PartnerCategory, "staedte-und-gemeinden").pk,
            "municipality": term(Municipality, "molbergen").pk,
            "editors": "klima@molbergen.example",
            "summary": "",
        },
    )
    assert onboarding.status_code == 302, onboarding.content.decode()[:2000]

    # Every decision stands, and every mail waits in the queue.
    application.refresh_from_db()
    assert application.status == "angenommen"
    assert PartnerPage.objects.filter(title="Müller GmbH & Co. KG").exists()
    assert PartnerPage.objects.filter(title="Gemeinde Molbergen").exists()
    assert mail.outbox == []
    waiting = OutgoingMail.objects.all()
    assert {m.status for m in waiting} == {Status.QUEUED}
    recipients = {m.recipients for m in waiting}
    assert recipients == {
        "info@mueller.example",  # receipt, invitation, acceptance
        "lena@lenkungsgruppe.example",  # new application, two submissions
        "redaktion@stadtwerke.example",  # approval, rejection
        "klima@molbergen.example",  # invitation
    }
    count = waiting.count()

    run_worker()  # the server still refuses: each mail is tried once and kept for later
    assert mail.outbox == []
    for outgoing in OutgoingMail.objects.all():
        assert (outgoing.status, outgoing.attempts) == (Status.QUEUED, 1)
        assert "Connection refused" in outgoing.last_error

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()  # not yet: the next try is a minute away
    assert mail.outbox == []
    later(monkeypatch, minutes=2)
    run_worker()

    assert len(mail.outbox) == count  # each mail exactly once
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {Status.SENT}
    subjects = {message.subject for message in mail.outbox}
    assert "Neuer Mitgliedsantrag: Müller GmbH & Co. KG" in subjects
    assert "Willkommen in der Klimaallianz: Müller GmbH & Co. KG" in subjects
    rejection = next(m for m in mail.outbox if "Bitte ein Foto ergänzen." in m.body)
    assert rejection.to == ["redaktion@stadtwerke.example"]
    # what a sent mail said is not kept: invitation links stay with their recipient
    assert not OutgoingMail.objects.exclude(message={}).exists()
    assert all(m.sent_at for m in OutgoingMail.objects.all())


@pytest.mark.django_db
def test_a_silent_mail_server_holds_up_no_request_and_no_worker(
    client, site, queued, run_worker, settings, silent_server
):
    port, connections = silent_server
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 1
    form_page, _partner = site

    apply(client, form_page)
    assert connections == []  # the request never talked to the mail server

    run_worker()  # gives up on each mail after EMAIL_TIMEOUT and moves on
    assert connections
    outgoing = OutgoingMail.objects.get(recipients="info@mueller.example")
    assert (outgoing.status, outgoing.attempts) == (Status.QUEUED, 1)
    assert "timed out" in outgoing.last_error


@pytest.mark.django_db
def test_a_mail_that_keeps_failing_is_shown_to_the_steering_group_who_sends_it_again(
    client, site, moderator, queued, run_worker, settings
):
    settings.MAIL_RETRY_DELAYS = []
    form_page, partner = site
    apply(client, form_page)
    run_worker()
    failed = OutgoingMail.objects.get(recipients="info@mueller.example")
    assert failed.status == Status.FAILED

    client.force_login(moderator)
    dashboard = client.get("/admin/").text
    assert "E-Mails, die nicht versandt werden konnten" in dashboard
    assert "konnten auch nach mehreren Versuchen nicht zugestellt werden" in dashboard
    listing = client.get(MAILS, {"status": "failed"}).text
    assert "Ihr Antrag bei der Klimaallianz: Müller GmbH &amp; Co. KG" in listing
    assert "Connection refused" in listing
    resend_url = f"{MAILS}resend/{failed.pk}/"
    assert resend_url in listing

    confirm = client.get(resend_url)
    assert confirm.status_code == 200 and "Ja, erneut senden" in confirm.text
    assert OutgoingMail.objects.get(pk=failed.pk).status == Status.FAILED  # a GET sends nothing

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(resend_url, follow=True)
    assert "wird erneut versendet" in response.text
    run_worker()
    failed.refresh_from_db()
    assert failed.status == Status.SENT
    [message] = [m for m in mail.outbox if m.to == ["info@mueller.example"]]
    assert message.subject == "Ihr Antrag bei der Klimaallianz: Müller GmbH & Co. KG"
    assert client.post(resend_url).status_code == 404  # sent is sent


@pytest.mark.django_db
def test_only_the_steering_group_sees_the_mails(client, site, django_user_model):
    form_page, partner = site
    apply(client, form_page)
    outgoing = OutgoingMail.objects.first()
    redaktion = member_of("Redaktion", username="red")
    for user in (partner.group.user_set.get(), redaktion):
        client.force_login(user)
        for url in (
            MAILS,
            f"{MAILS}inspect/{outgoing.pk}/",
            f"{MAILS}resend/{outgoing.pk}/",
            f"{MAILS}edit/{outgoing.pk}/",
        ):
            assert client.get(url).status_code in (302, 403, 404), url
        assert "Müller" not in client.get("/admin/").text


@pytest.mark.django_db
def test_subjects_are_plain_text(client, site, moderator):
    form_page, _partner = site
    apply(client, form_page)
    subjects = [message.subject for message in mail.outbox]
    assert "Neuer Mitgliedsantrag: Müller GmbH & Co. KG" in subjects
    assert not any("&amp;" in subject for subject in subjects)
    assert all(m.status == Status.SENT for m in OutgoingMail.objects.all())


@pytest.mark.django_db
def test_records_of_sent_mails_are_purged_after_a_month(client, site, moderator):
    form_page, _partner = site
    apply(client, form_page)
    old, recent = OutgoingMail.objects.filter(status=Status.SENT)[:2]
    OutgoingMail.objects.filter(pk=old.pk).update(sent_at=timezone.now() - timedelta(days=31))
    failed = OutgoingMail.objects.create(
        subject="x", recipients="y@example.org", status=Status.FAILED
    )
    OutgoingMail.objects.filter(pk=failed.pk).update(
        created_at=timezone.now() - timedelta(days=100)
    )
    call_command("purge_mails", stdout=io.StringIO())
    remaining = set(OutgoingMail.objects.values_list("pk", flat=True))
    assert old.pk not in remaining
    assert {recent.pk, failed.pk} <= remaining  # a failed mail waits for a moderator
