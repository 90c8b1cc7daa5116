"""Citizens sign up as supporters on /unterstuetzen/ with a double opt-in by e-mail, are counted
and listed as they chose, and withdraw with the link from any of their e-mails."""

import re
import time
from datetime import timedelta
from io import StringIO

import pytest

from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import ContentPage, HomePage
from klimaallianz.models import OutgoingMail
from partners.models import Municipality, Supporter, SupporterPage
from tests.factories import (
    ContentPageFactory,
    SupporterFactory,
    SupporterPageFactory,
    term,
    translate,
)
from tests.utils import form_error

URL = "/unterstuetzen/"
SENT = "/unterstuetzen/?gesendet=1"
# The site's public address (BASE_URL) and the path of a link in an e-mail.
LINK = re.compile(r"https?://[^/\s]+(/(?:en/support|unterstuetzen)/opt-(?:in|out)/\?code=\S+)")


class TestSupporterTree(WagtailPageTestCase):
    def test_one_supporter_page_below_each_home_page(self):
        self.assertAllowedParentPageTypes(SupporterPage, {HomePage})
        self.assertAllowedSubpageTypes(SupporterPage, set())
        home = HomePage.objects.get(locale__language_code="de")
        SupporterPageFactory(parent=home)
        self.assertFalse(SupporterPage.can_create_at(home))
        self.assertCanNotCreateAt(ContentPage, SupporterPage)

    def test_supporter_page_is_created_through_the_admin(self):
        home = HomePage.objects.get(locale__language_code="de")
        privacy = ContentPageFactory(parent=home, title="Datenschutzerklärung", slug="datenschutz")
        self.login()
        self.assertCanCreate(
            home,
            SupporterPage,
            nested_form_data(
                {
                    "title": "Unterstützen",
                    "slug": "unterstuetzen",
                    "pledge": rich_text("<p>Wir stehen für Klimaschutz.</p>"),
                    "privacy_page": privacy.pk,
                    "thank_you_text": rich_text(""),
                }
            ),
        )


@pytest.fixture
def page(home_de):
    return SupporterPageFactory(parent=home_de)


@pytest.fixture
def home_with_call_to_action(home_de):
    home_de.cta_heading = "Werden Sie Teil der Klimaallianz"
    home_de.save_revision().publish()
    return home_de


def valid_data(**changes):
    data = {
        "name": "Maria Hoffmann",
        "email": "maria@example.org",
        "municipality": term(Municipality, "garrel").pk,
        "listed": "on",
        "privacy_consent": "on",
        "kennung": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def links(message):
    """The confirmation and withdrawal paths in an e-mail, in that order."""
    return LINK.findall(message.body)


def sign_up(client, **changes):
    response = client.post(URL, valid_data(**changes))
    assert response.status_code == 302, response.content
    return response


def without_nonce(response):
    """The page's HTML without the per-request nonce of its inline style."""
    return re.sub(r'nonce="[^"]+"', "", response.text)


def count_shown(html):
    match = re.search(r'supporter-count__number">(\d+)<', html)
    return int(match.group(1))


# --- the form ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_form_asks_for_what_the_issue_needs_in_german(client, page):
    html = client.get(URL).text
    assert "<h1>Unterstützen</h1>" in html
    assert "Wir stehen für Klimaschutz im Landkreis." in html
    for name, label in [
        ("name", "Vor- und Nachname"),
        ("email", "E-Mail-Adresse"),
        ("municipality", "Stadt oder Gemeinde"),
        ("listed", "Meinen Namen in der öffentlichen Liste der Unterstützenden zeigen"),
        ("wants_news", "Ich möchte Neuigkeiten der Klimaallianz per E-Mail erhalten."),
    ]:
        assert re.search(rf'<label for="id_{name}">{re.escape(label)}', html), name
    assert re.search(r'name="name"[^>]*autocomplete="name"[^>]*required', html)
    assert re.search(r'type="email" name="email"[^>]*autocomplete="email"', html)
    assert not re.search(r'name="municipality"[^>]*required', html)
    # both options are off until the person ticks them
    assert not re.search(r'name="listed"[^>]*checked', html)
    assert not re.search(r'name="wants_news"[^>]*checked', html)
    # the district's 13 municipalities, then "outside the district"; nothing chosen
    options = re.findall(r'<option value="(\d*)"[^>]*>([^<]+)</option>', html)
    assert options[0] == ("", "Keine Angabe")
    assert len(options) == 15 and options[-1][1] == "Außerhalb des Landkreises"
    privacy = page.privacy_page
    assert re.search(
        rf'<label for="id_privacy_consent">Ich habe die <a href="{privacy.url}">'
        r"Datenschutzerklärung</a> gelesen",
        html,
    )
    assert '<input type="text" name="kennung" tabindex="-1"' in html


@pytest.mark.django_db
def test_bad_input_is_explained_next_to_each_field_and_kept(client, page):
    response = client.post(
        URL,
        valid_data(
            name="x" * 121,
            email="maria@",
            municipality="9999999",
            privacy_consent=None,
            wants_news="on",
        ),
    )
    assert response.status_code == 200
    html = response.text
    assert "<title>Fehler: Unterstützen" in html
    assert form_error(html, "name") == "Bitte kürzen Sie Ihren Namen auf höchstens 120 Zeichen."
    assert form_error(html, "email") == (
        "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org."
    )
    assert form_error(html, "municipality") == (
        "Bitte wählen Sie eine Stadt oder Gemeinde aus der Liste."
    )
    assert form_error(html, "privacy_consent") == (
        "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben."
    )
    assert 'value="maria@"' in html
    assert re.search(r'name="wants_news"[^>]*checked', html)
    assert re.search(r'name="email"[^>]*aria-invalid="true"', html)

    empty = client.post(URL, {}).text
    assert form_error(empty, "name") == "Bitte geben Sie Ihren Namen ein."
    assert form_error(empty, "email") == "Bitte geben Sie Ihre E-Mail-Adresse ein."
    assert form_error(empty, "municipality") is None

    # the name may appear in public: it is no link and no address
    for name in ("www.casino.example", "Maria https://spam.example", "<b>Maria</b>", "1234"):
        html = client.post(URL, valid_data(name=name)).text
        assert form_error(html, "name") == (
            "Bitte geben Sie nur Ihren Namen ein, ohne Web- oder E-Mail-Adresse."
        ), name
    assert not Supporter.objects.exists()
    assert not mail.outbox


# --- the double opt-in --------------------------------------------------------------------------


@pytest.mark.django_db
def test_whole_cycle_sign_up_confirm_count_list_withdraw(client, page, home_with_call_to_action):
    assert count_shown(client.get(URL).text) == 0
    response = sign_up(client, name="  Maria   Hoffmann ", wants_news="on")
    assert response["Location"] == SENT
    thanks = client.get(SENT).text
    assert "Bitte schauen Sie in Ihr E-Mail-Postfach." in thanks
    assert "innerhalb von 7 Tagen" in thanks
    assert '<form class="public-form"' not in thanks

    supporter = Supporter.objects.get()
    assert (supporter.name, supporter.email, supporter.language) == (
        "Maria Hoffmann",
        "maria@example.org",
        "de",
    )
    assert supporter.municipality == term(Municipality, "garrel")
    assert supporter.listed and supporter.wants_news and not supporter.is_confirmed
    # the proof: sign-up time, consent wording with the notice's address and revision, page
    privacy = page.privacy_page
    assert supporter.signed_up_at and supporter.consented_at
    assert supporter.consent_text.startswith(
        f"Ich habe die Datenschutzerklärung ({privacy.full_url}) gelesen"
    )
    assert supporter.privacy_notice_version == (
        f"Datenschutzerklärung · ID {privacy.pk} · Revision {privacy.live_revision_id}"
    )
    assert supporter.news_consent_text.startswith("Ich möchte Neuigkeiten der Klimaallianz")
    assert supporter.source_page_id == page.pk
    # unconfirmed: neither counted nor listed
    assert count_shown(client.get(URL).text) == 0
    assert "Maria H." not in client.get(URL).text

    # the mail went through the site's queue and was sent
    (message,) = mail.outbox
    assert message.to == ["maria@example.org"]
    assert message.subject == "Bitte bestätigen Sie Ihre Unterstützung der Klimaallianz"
    assert "Guten Tag Maria Hoffmann," in message.body
    assert "Garrel" in message.body and "Genannt als „Maria H.“" in message.body
    outgoing = OutgoingMail.objects.get()
    assert outgoing.status == OutgoingMail.Status.SENT
    assert supporter.confirmation_mail == outgoing
    # no advertising: the two links of the opt-in and nothing else to follow
    confirm_path, withdraw_path = links(message)
    assert len(re.findall(r"https?://", message.body)) == 2

    # a link only shows a button, so that a mail filter opening it changes nothing
    shown = client.get(confirm_path)
    assert shown.status_code == 200
    assert "Ja, ich unterstütze die Klimaallianz" in shown.text
    assert '<meta name="robots" content="noindex">' in shown.text
    assert shown["Referrer-Policy"] == "same-origin"  # the secret in the address stays here
    assert not Supporter.objects.confirmed().exists()

    confirmed = client.post(confirm_path)
    assert confirmed["Location"] == "/unterstuetzen/?bestaetigt=1"
    supporter.refresh_from_db()
    assert supporter.confirmed_at and supporter.confirmation_sent_at == outgoing.sent_at
    html = client.get(confirmed["Location"]).text
    assert "Vielen Dank! Ihre Unterstützung ist bestätigt und wird mitgezählt." in html
    assert count_shown(html) == 1
    assert re.search(r"<li>Maria H\. <span[^>]*>Garrel</span></li>", html)
    assert "Hoffmann" not in html and "maria@example.org" not in html
    assert "<strong>1</strong> Mensch unterstützt die Klimaallianz bereits." in (
        client.get("/").text
    )

    # confirming twice is harmless
    first_confirmation = supporter.confirmed_at
    assert client.post(confirm_path)["Location"] == "/unterstuetzen/?bestaetigt=1"
    assert "Ihre Unterstützung ist bestätigt" in client.get(confirm_path).text
    supporter.refresh_from_db()
    assert supporter.confirmed_at == first_confirmation

    # withdrawing deletes everything at once, the record of the mails included, and says so
    asked = client.get(withdraw_path)
    assert "Zurückziehen und meine Angaben löschen" in asked.text
    assert "maria@example.org" in asked.text
    withdrawn = client.post(withdraw_path)
    assert withdrawn["Location"] == "/unterstuetzen/?zurueckgezogen=1"
    assert not Supporter.objects.exists()
    assert not OutgoingMail.objects.filter(recipients="maria@example.org").exists()
    html = client.get(withdrawn["Location"]).text
    assert "Wir haben Ihren Namen, Ihre E-Mail-Adresse und alle weiteren Angaben gelöscht." in html
    assert count_shown(html) == 0
    # the links now lead nowhere, without an error
    assert "Unter diesem Link ist nichts gespeichert" in client.get(withdraw_path).text
    gone = client.get(confirm_path)
    assert gone.status_code == 410 and "Dieser Link gilt nicht mehr" in gone.text
    assert client.post(withdraw_path).status_code == 302


@pytest.mark.django_db
def test_unlisted_supporter_is_counted_but_not_named(client, page):
    sign_up(client, listed=None, municipality="")
    confirm_path, _ = links(mail.outbox[0])
    client.post(confirm_path)
    html = client.get(URL).text
    assert count_shown(html) == 1
    assert "Maria" not in html
    assert "Nicht genannt" in mail.outbox[0].body


@pytest.mark.django_db
def test_expired_or_tampered_link_gets_a_clear_page_and_changes_nothing(client, page, monkeypatch):
    # A confirmation mail of eight days ago.
    eight_days_ago = int(time.time()) - 8 * 24 * 60 * 60
    with monkeypatch.context() as patched:
        patched.setattr(
            signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(eight_days_ago)
        )
        sign_up(client)
    confirm_path, withdraw_path = links(mail.outbox[0])
    for method in (client.get, client.post):
        expired = method(confirm_path)
        assert expired.status_code == 410
        assert "Der Link ist abgelaufen" in expired.text
        assert "Erneut eintragen" in expired.text
    assert not Supporter.objects.confirmed().exists()

    mail.outbox.clear()
    cache.clear()
    sign_up(client)
    confirm_path, withdraw_path = links(mail.outbox[0])
    key, stamp, signature = confirm_path.split("code=")[1].split("%3A")
    tampered = [
        confirm_path.replace(signature, signature[::-1]),
        confirm_path.replace(key, key[::-1]),
        withdraw_path.replace("/opt-out/", "/opt-in/"),  # a link of the other kind
        "/unterstuetzen/opt-in/",
        "/unterstuetzen/opt-in/?code=abc",
        "/unterstuetzen/opt-in/?code=%C3%A4%00%FF",
        "/unterstuetzen/opt-in/?code=%FF%FE",
        "/unterstuetzen/opt-in/?code=" + "a" * 5000,
        "/unterstuetzen/opt-in/?code=a&code=b",
    ]
    for path in tampered:
        for method in (client.get, client.post):
            response = method(path)
            assert response.status_code == 400, path
            assert "Dieser Link funktioniert nicht" in response.text, path
    withdraw_signature = withdraw_path.rsplit("%3A", 1)[1]
    assert client.post(withdraw_path.replace(withdraw_signature, "x")).status_code == 400
    assert Supporter.objects.unconfirmed().count() == 1


@pytest.mark.django_db
def test_a_known_address_gets_the_same_answer_and_mail_flow(client, page):
    first = sign_up(client, name="Maria Hoffmann")
    old_confirm, _ = links(mail.outbox[0])
    # The same address again, differently written, while waiting for confirmation: the newer
    # details replace the waiting ones, with a new link.
    again = sign_up(client, name="Maria Hoffmann-Berg", email="Maria@Example.org", listed=None)
    assert again["Location"] == first["Location"] == SENT
    assert without_nonce(client.get(again["Location"])) == without_nonce(
        client.get(first["Location"])
    )
    assert len(mail.outbox) == 2 and mail.outbox[1].to == ["Maria@Example.org"]
    assert mail.outbox[1].subject == mail.outbox[0].subject
    supporter = Supporter.objects.get()
    assert (supporter.name, supporter.listed) == ("Maria Hoffmann-Berg", False)
    assert client.get(old_confirm).status_code == 410  # the older link no longer confirms
    new_confirm, _ = links(mail.outbox[1])
    client.post(new_confirm)

    # A confirmed supporter's address: same answer, one mail, nothing new, nothing changed.
    mail.outbox.clear()
    cache.clear()
    third = sign_up(client, name="Jemand Anderes", listed="on")
    assert third["Location"] == SENT
    (message,) = mail.outbox
    assert message.to == ["Maria@Example.org"]  # as confirmed
    assert message.subject == "Sie unterstützen die Klimaallianz bereits"
    assert "wurde nichts geändert" in message.body
    (withdraw_path,) = links(message)
    assert "opt-out" in withdraw_path
    supporter = Supporter.objects.get()
    assert (supporter.name, supporter.listed) == ("Maria Hoffmann-Berg", False)
    assert Supporter.objects.count() == 1
    client.post(withdraw_path)
    assert not Supporter.objects.exists()


@pytest.mark.django_db
def test_purge_deletes_only_expired_unconfirmed_sign_ups():
    long_ago = timezone.now() - timedelta(days=8)
    expired = SupporterFactory(confirmed_at=None, signed_up_at=long_ago)
    waiting = SupporterFactory(confirmed_at=None, signed_up_at=timezone.now() - timedelta(days=6))
    confirmed_long_ago = SupporterFactory(signed_up_at=long_ago, confirmed_at=long_ago)
    out = StringIO()
    call_command("purge_supporters", stdout=out)
    assert "Deleted 1 unconfirmed supporter sign-ups older than 7 days." in out.getvalue()
    assert set(Supporter.objects.values_list("pk", flat=True)) == {
        waiting.pk,
        confirmed_long_ago.pk,
    }
    assert not Supporter.objects.filter(pk=expired.pk).exists()


# --- abuse --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_honeypot_gets_the_same_answer_and_nothing(client, page):
    response = client.post(URL, valid_data(kennung="https://spam.example"))
    assert response["Location"] == SENT
    assert not Supporter.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_flood_from_one_connection_stops_at_the_limit(client, page):
    for number in range(10):
        sign_up(client, email=f"person{number}@example.org")
    response = client.post(URL, valid_data(name="Elfte Person", email="elf@example.org"))
    assert response.status_code == 429
    assert "viele Anmeldungen gesendet" in response.text
    assert 'value="Elfte Person"' in response.text  # what was typed is kept
    assert Supporter.objects.count() == len(mail.outbox) == 10
    # another connection is not affected
    other = client.post(URL, valid_data(email="elf@example.org"), REMOTE_ADDR="203.0.113.7")
    assert other.status_code == 302 and Supporter.objects.count() == 11


@pytest.mark.django_db
def test_nobody_floods_one_inbox(client, page):
    for number in range(6):
        response = client.post(
            URL, valid_data(name=f"Maria {number}"), REMOTE_ADDR=f"203.0.113.{number}"
        )
        assert response["Location"] == SENT  # the same answer every time
    assert len(mail.outbox) == 3
    assert Supporter.objects.get().name == "Maria 2"  # the last one that was mailed


# --- the public count and list -----------------------------------------------------------------


@pytest.mark.django_db
def test_list_is_paginated_and_counts_per_municipality(client, page):
    garrel, outside = term(Municipality, "garrel"), term(Municipality, "ausserhalb")
    now = timezone.now()
    for number in range(62):
        SupporterFactory(
            name=f"Person{number:02} Nachname{number:02}",
            listed=True,
            municipality=garrel if number % 2 else outside,
            confirmed_at=now - timedelta(minutes=number),
        )
    SupporterFactory(name="Nicht Gelistet", municipality=garrel)
    SupporterFactory(name="Noch Unbestätigt", listed=True, confirmed_at=None)
    html = client.get(URL).text
    assert count_shown(html) == 63
    names = re.findall(r"<li>(Person\d+ N\.)", html)
    assert names[0] == "Person00 N." and len(names) == 60
    assert "Nicht G." not in html and "Noch U." not in html
    assert "Seite 1 von 2" in html
    second = client.get(URL + "?page=2").text
    assert re.findall(r"<li>(Person\d+ N\.)", second) == ["Person60 N.", "Person61 N."]
    assert client.get(URL + "?page=%00x").status_code == 200
    places = dict(re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', html))
    assert places == {"Garrel": "32", "Außerhalb des Landkreises": "31"}
    assert Supporter.objects.count_by_municipality() == {"garrel": 32, "ausserhalb": 31}


@pytest.mark.django_db
def test_english_readers_sign_up_in_english(client, page, home_en):
    english = translate(page, pledge="<p>We stand for climate action.</p>", slug="support")
    translate(page.privacy_page, slug="privacy", title="Privacy notice")
    assert english.url == "/en/support/"
    SupporterFactory(name="Finn Jansen", listed=True, municipality=term(Municipality, "ausserhalb"))
    html = client.get(english.url).text
    assert '<label for="id_name">First and last name' in html
    assert "Finn J." in html and "Outside the district" in html
    response = client.post(english.url, valid_data(email="anna@example.org"))
    assert response["Location"] == "/en/support/?gesendet=1"
    assert "Please check your inbox." in client.get(response["Location"]).text
    (message,) = mail.outbox
    assert message.subject == "Please confirm your support of the Klimaallianz"
    assert "Hello Maria Hoffmann," in message.body
    confirm_path, withdraw_path = links(message)
    assert confirm_path.startswith("/en/support/opt-in/")
    assert "Yes, I support the Klimaallianz" in client.get(confirm_path).text
    assert client.post(confirm_path)["Location"] == "/en/support/?bestaetigt=1"
    assert Supporter.objects.get(email="anna@example.org").language == "en"


# The home page with the supporter page below it; tests/test_home.py allows at most 15.
HOME_PAGE_QUERIES = 11


@pytest.mark.django_db
def test_home_page_shows_the_count_without_more_queries_for_more_supporters(
    client, home_with_call_to_action, page, django_assert_num_queries
):
    SupporterFactory.create_batch(3)
    SupporterFactory(confirmed_at=None)
    client.get("/")  # warm the site and locale caches
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        few = client.get("/").text
    SupporterFactory.create_batch(30)
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        many = client.get("/").text
    assert "<strong>3</strong> Menschen unterstützen die Klimaallianz bereits." in few
    assert "<strong>33</strong> Menschen unterstützen" in many
    assert '<a href="/unterstuetzen/">' in many


# The supporter page with its form, count, list and counts per municipality.
SUPPORTER_PAGE_QUERIES = 19


@pytest.mark.django_db
def test_supporter_page_queries_do_not_grow_with_the_supporters(
    client, page, django_assert_num_queries
):
    garrel = term(Municipality, "garrel")
    SupporterFactory.create_batch(5, listed=True, municipality=garrel)
    client.get(URL)  # warm the site and locale caches
    with django_assert_num_queries(SUPPORTER_PAGE_QUERIES):
        client.get(URL)
    SupporterFactory.create_batch(100, listed=True, municipality=term(Municipality, "emstek"))
    with django_assert_num_queries(SUPPORTER_PAGE_QUERIES):
        html = client.get(URL).text
    assert count_shown(html) == 105
