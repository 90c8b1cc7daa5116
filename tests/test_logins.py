"""Logins: lock-out after repeated failures (per account and per address), unlocking by the
steering group, a limit on password-reset mails, and sessions that end when idle. Everything
goes through the real admin sign-in at /admin/login/."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt

from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry

from klimaallianz.logins import lockout_message
from tests.factories import build_tree, onboard
from tests.utils import NO_ACCESS, member_of

PROJECT = Path(__file__).resolve().parent.parent
LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
LOCKOUTS = "/admin/anmeldesperren/"
PASSWORD = "a-long-test-password"  # tests.factories.UserFactory
LOCKED_DE = "Zu viele fehlgeschlagene Anmeldeversuche. Ihr Zugang ist für 15 Minuten gesperrt."
WRONG_DE = "Ihr Benutzername und Ihr Passwort wurden nicht erkannt."
# The admin menu is rendered as JSON for the sidebar.
MENU_ITEM = '"label": "Anmeldesperren"'


@pytest.fixture
def editor(db):
    return member_of("Redaktion", username="rita", email="rita@klimaallianz.example")


@pytest.fixture
def moderator(db):
    return member_of("Moderation", username="lena")


def sign_in(client, username, password, address="192.0.2.10", **extra):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def fail(client, username, times, address="192.0.2.10"):
    """Wrong passwords below the limit, each answered by the sign-in form's usual error."""
    for _ in range(times):
        response = sign_in(client, username, "falsch", address)
        assert response.status_code == 200
        assert WRONG_DE in response.text


def lock(client, username, address="192.0.2.10"):
    fail(client, username, 4, address)
    assert sign_in(client, username, "falsch", address).status_code == 429


# --- lock-out ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_account_is_locked_after_five_failures_from_any_address(client, editor):
    fail(client, "rita", 4, address="192.0.2.10")
    fifth = sign_in(client, "rita", "falsch", address="198.51.100.7")
    assert fifth.status_code == 429
    assert LOCKED_DE in fifth.text

    # The right password, from yet another address, is refused while the lock lasts.
    right = sign_in(client, "rita", PASSWORD, address="203.0.113.5")
    assert right.status_code == 429
    assert LOCKED_DE in right.text
    assert not signed_in(client)
    # The admin's own sign-in page, not a plain-text or error page.
    assert 'class="login-form"' in right.text and 'value="rita"' in right.text
    assert "Traceback" not in right.text and WRONG_DE not in right.text


@pytest.mark.django_db
def test_address_is_locked_after_five_failures_across_accounts(client, editor):
    for username in ("admin", "root", "lena", "nobody", "rita"):
        sign_in(client, username, "falsch", address="192.0.2.66")
    refused = sign_in(client, "rita", PASSWORD, address="192.0.2.66")
    assert refused.status_code == 429 and LOCKED_DE in refused.text
    assert not signed_in(client)
    # One failure for her own account does not lock her out elsewhere.
    elsewhere = sign_in(client, "rita", PASSWORD, address="192.0.2.67")
    assert elsewhere.status_code == 302 and elsewhere["Location"] == "/admin/"


@pytest.mark.django_db
def test_lockout_message_names_the_configured_length_in_both_languages(client, editor, settings):
    lock(client, "rita")
    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)
    german = sign_in(client, "rita", PASSWORD)
    assert german.status_code == 429
    assert "Ihr Zugang ist für 30 Minuten gesperrt." in german.text
    # Visitors who are not signed in get the admin's sign-in page in the site's language (it
    # has no /en/ address); the message itself is translated for wherever English is active.
    with translation.override("en"):
        assert lockout_message().startswith(
            "Too many failed login attempts. Your access is blocked for 30 minutes."
        )


@pytest.mark.django_db
def test_lock_ends_after_the_cool_off(client, editor):
    lock(client, "rita")
    assert sign_in(client, "rita", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, "rita", PASSWORD).status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_success_clears_the_accounts_failures(client, editor):
    fail(client, "rita", 4)
    assert sign_in(client, "rita", PASSWORD).status_code == 302
    client.logout()
    fail(client, "rita", 4)  # counted from zero again: still the sign-in form, no lock
    assert sign_in(client, "rita", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_signing_into_ones_own_account_does_not_clear_guesses_at_another(editor):
    member_of("Redaktion", username="mallory")
    attacker = Client()
    fail(attacker, "rita", 4, address="192.0.2.99")
    assert sign_in(attacker, "mallory", PASSWORD, address="192.0.2.99").status_code == 302
    attacker.logout()
    fifth = sign_in(attacker, "rita", "falsch", address="192.0.2.99")
    assert fifth.status_code == 429
    assert sign_in(Client(), "rita", PASSWORD, address="192.0.2.10").status_code == 429


# --- unlocking --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_moderator_unlocks_through_the_listing(client, editor, moderator):
    user = Client()
    lock(user, "rita", address="192.0.2.10")
    fail(user, "someone", 2, address="198.51.100.20")  # not locked: not listed
    assert sign_in(user, "rita", PASSWORD, address="192.0.2.10").status_code == 429

    client.force_login(moderator)
    assert MENU_ITEM in client.get("/admin/").text
    listing = client.get(LOCKOUTS)
    assert listing.status_code == 200
    assert "Anmeldesperren" in listing.text
    assert "rita" in listing.text and "192.0.2.10" in listing.text
    assert "someone" not in listing.text and "198.51.100.20" not in listing.text
    assert "rita" in client.get(LOCKOUTS, {"q": "192.0.2.1"}).text
    assert "rita" not in client.get(LOCKOUTS, {"q": "anna"}).text
    attempt = AccessAttempt.objects.get(username="rita")
    unlock_url = f"{LOCKOUTS}unlock/{attempt.pk}/"
    assert unlock_url in listing.text and "Entsperren" in listing.text
    # Lock-outs are never added or edited in the admin.
    assert f"{LOCKOUTS}new/" not in listing.text
    assert client.get(f"{LOCKOUTS}new/").status_code == 404

    confirm = client.get(unlock_url)
    assert confirm.status_code == 200
    assert "„rita“ von 192.0.2.10 entsperren?" in confirm.text
    assert AccessAttempt.objects.filter(username="rita").exists()  # a GET changes nothing

    response = client.post(unlock_url, follow=True)
    assert response.redirect_chain == [(LOCKOUTS, 302)]
    assert "„rita“ von 192.0.2.10 ist entsperrt." in response.text
    assert "Zurzeit ist niemand gesperrt." in response.text
    entry = ModelLogEntry.objects.get(action="klimaallianz.unlock_login")
    assert entry.user == moderator and entry.label == "„rita“ von 192.0.2.10"

    signed = sign_in(user, "rita", PASSWORD, address="192.0.2.10")
    assert signed.status_code == 302 and signed["Location"] == "/admin/"
    assert signed_in(user)


@pytest.mark.django_db
def test_only_the_steering_group_may_see_and_unlock(
    client, home_de, editor, moderator, django_user_model
):
    lock(Client(), "anna")
    attempt = AccessAttempt.objects.get(username="anna")
    build_tree(showcase=False, english=False)
    moorkamp = onboard("Bäckerei Moorkamp", ["b@moorkamp.example"], municipality="cloppenburg")
    partner_editor = moorkamp.group.user_set.get()
    for user in (partner_editor, editor):
        client.force_login(user)
        for response in (
            client.get(LOCKOUTS, follow=True),
            client.get(f"{LOCKOUTS}unlock/{attempt.pk}/", follow=True),
            client.post(f"{LOCKOUTS}unlock/{attempt.pk}/", follow=True),
        ):
            # Wagtail answers a refused admin view with its dashboard and a message.
            assert response.redirect_chain == [("/admin/", 302)]
            assert NO_ACCESS in response.text
            assert "192.0.2.10" not in response.text
        refused = client.get(LOCKOUTS, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        assert refused.status_code == 403
        assert MENU_ITEM not in client.get("/admin/").text
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()

    # A superuser sees the listing, but may not add or change a lock-out either.
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    assert client.get(LOCKOUTS).status_code == 200
    assert client.get(f"{LOCKOUTS}edit/{attempt.pk}/").status_code == 404


# --- password reset ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_reset_mails_are_limited_per_account(client, editor):
    responses = [
        client.post(RESET, {"email": email})
        for email in ["rita@klimaallianz.example", "RITA@klimaallianz.example"] * 2
    ]
    assert len(mail.outbox) == 3
    assert all(message.to == ["rita@klimaallianz.example"] for message in mail.outbox)
    # The fourth request looks exactly like the others, and sends nothing.
    assert {(r.status_code, r["Location"]) for r in responses} == {
        (302, "/admin/password_reset/done/")
    }
    # Another account is not affected.
    other = member_of("Redaktion", username="tom", email="tom@klimaallianz.example")
    client.post(RESET, {"email": other.email})
    assert len(mail.outbox) == 4 and mail.outbox[-1].to == [other.email]


@pytest.mark.django_db
def test_reset_requests_are_limited_per_address(client, editor):
    for number in range(10):
        response = client.post(RESET, {"email": f"unknown{number}@example.org"})
        assert response.status_code == 302
    refused = client.post(RESET, {"email": editor.email})
    assert refused.status_code == 302 and refused["Location"] == "/admin/password_reset/done/"
    assert not mail.outbox
    client.post(RESET, {"email": editor.email}, REMOTE_ADDR="198.51.100.3")
    assert [message.to for message in mail.outbox] == [[editor.email]]


# --- sessions ---------------------------------------------------------------------------------


def session_of(client):
    return Session.objects.get(session_key=client.cookies["sessionid"].value)


@pytest.mark.django_db
def test_session_ends_after_the_idle_time(client, editor, settings):
    assert settings.SESSION_COOKIE_AGE == 120 * 60
    assert sign_in(client, "rita", PASSWORD).status_code == 302
    expires = session_of(client).expire_date
    assert abs(expires - (timezone.now() + timedelta(minutes=120))) < timedelta(minutes=1)

    # Every request moves the end: a session about to expire is extended by a request ...
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=1))
    assert signed_in(client)
    assert session_of(client).expire_date > timezone.now() + timedelta(minutes=119)

    # ... and one that was idle for longer than the idle time is over.
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


@pytest.mark.django_db
def test_remembered_session_cookie_lasts_the_idle_time(client, editor):
    response = client.post(LOGIN, {"username": "rita", "password": PASSWORD, "remember": "on"})
    assert response.status_code == 302
    assert response.cookies["sessionid"]["max-age"] == 120 * 60


@pytest.mark.django_db
def test_readers_still_get_no_cookie(client, home_de):
    response = client.get("/")
    assert response.status_code == 200
    assert not response.cookies


def run_settings(**environment):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **environment}
    code = (
        "from django.conf import settings; "
        "print(settings.SESSION_COOKIE_AGE, settings.AXES_FAILURE_LIMIT, "
        "int(settings.AXES_COOLOFF_TIME.total_seconds()))"
    )
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_limits_and_idle_time_come_from_the_environment():
    result = run_settings(
        DEBUG="true", SESSION_IDLE_MINUTES="30", LOGIN_FAILURE_LIMIT="8", LOGIN_LOCKOUT_MINUTES="5"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["1800", "8", "300"]
    bad = run_settings(DEBUG="true", SESSION_IDLE_MINUTES="0")
    assert bad.returncode != 0
    assert bad.stderr.startswith("Configuration error: SESSION_IDLE_MINUTES must be at least 1")
