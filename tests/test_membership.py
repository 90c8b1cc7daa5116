import re

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import ContentPage, HomePage
from partners.models import (
    MembershipApplication,
    MembershipPage,
    Municipality,
    PartnerCategory,
    PartnerPage,
)
from tests.factories import (
    ContentPageFactory,
    MembershipApplicationFactory,
    MembershipPageFactory,
    build_tree,
    onboard,
    term,
    translate,
)
from tests.utils import NO_ACCESS, form_error, log_in_as, member_of

LISTING = "/admin/partner/antraege/"
# The admin menu is rendered as JSON for the sidebar.
# The menu item in the sidebar's JSON (its label counts the new applications).
MENU_ITEM = '"url": "/admin/partner/antraege/"'


class TestMembershipTree(WagtailPageTestCase):
    def test_one_membership_page_below_each_home_page(self):
        self.assertAllowedParentPageTypes(MembershipPage, {HomePage})
        self.assertAllowedSubpageTypes(MembershipPage, set())
        home = HomePage.objects.get(locale__language_code="de")
        self.assertTrue(MembershipPage.can_create_at(home))
        MembershipPageFactory(parent=home)
        self.assertFalse(MembershipPage.can_create_at(home))
        self.assertCanNotCreateAt(ContentPage, MembershipPage)

    def test_membership_page_is_created_through_the_admin(self):
        home = HomePage.objects.get(locale__language_code="de")
        privacy = ContentPageFactory(parent=home, title="Datenschutzerklärung", slug="datenschutz")
        self.login()
        self.assertCanCreate(
            home,
            MembershipPage,
            nested_form_data(
                {
                    "title": "Mitmachen",
                    "slug": "mitmachen",
                    "introduction": rich_text("<p>Werden Sie Partner.</p>"),
                    "privacy_page": privacy.pk,
                    "thank_you_text": rich_text("<p>Danke!</p>"),
                }
            ),
        )


@pytest.fixture
def directory(home_de):
    """The partner directory, German only."""
    return build_tree(showcase=False, english=False).directory


@pytest.fixture
def page(home_de, directory):
    return MembershipPageFactory(parent=home_de)


@pytest.fixture
def moderators(django_user_model):
    users = [
        member_of("Moderation", username="lena", email="lena@lenkungsgruppe.example"),
        member_of("Moderation", username="tom", email="tom@lenkungsgruppe.example"),
    ]
    # Administrators outside the steering group are not bothered with applications.
    django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    return users


def valid_data(**changes):
    data = {
        "organisation": "Stadtwerke Garrel",
        "category": term(PartnerCategory, "unternehmen").pk,
        "municipality": term(Municipality, "garrel").pk,
        "contact_name": "Maria Muster",
        "email": "maria@stadtwerke-garrel.example",
        "website": "https://stadtwerke-garrel.example",
        "motivation": "Wir bauen ein Nahwärmenetz mit Abwärme aus der Biogasanlage.",
        "privacy_consent": "on",
        "kennung": "",
    }
    data.update(changes)
    return data


# --- the public form --------------------------------------------------------------------------


@pytest.mark.django_db
def test_form_page_shows_the_form_in_german(client, page):
    assert page.url == "/mitmachen/"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.text
    assert "<h1>Mitmachen</h1>" in html
    assert "Werden Sie Partner der Klimaallianz." in html
    for name, label in [
        ("organisation", "Name der Organisation"),
        ("category", "Kategorie"),
        ("municipality", "Stadt oder Gemeinde"),
        ("contact_name", "Ansprechperson"),
        ("email", "E-Mail-Adresse"),
        ("website", "Website"),
        ("motivation", "Was möchte Ihre Organisation für den Klimaschutz tun?"),
    ]:
        assert re.search(rf'<label for="id_{name}">{re.escape(label)}', html), name
    assert "Mit * markierte Felder sind Pflichtfelder." in html
    assert re.search(
        r'<input type="text" name="organisation"[^>]*autocomplete="organization"', html
    )
    assert re.search(r'name="contact_name"[^>]*autocomplete="name"', html)
    assert re.search(r'type="email" name="email"[^>]*autocomplete="email"', html)
    assert re.search(r'type="url" name="website"[^>]*autocomplete="url"', html)
    assert re.search(r'name="organisation"[^>]*required', html)
    assert not re.search(r'name="website"[^>]*required', html)
    # German names, German terms submitted
    unternehmen = term(PartnerCategory, "unternehmen")
    assert f'<option value="{unternehmen.pk}">Unternehmen</option>' in html
    assert "Companies" not in html
    # "Löningen" sorts as "Loningen", between "Lindern" and "Molbergen"
    municipalities = re.findall(r'<option value="\d+">([^<]+)</option>', html)
    assert municipalities.index("Löningen") == municipalities.index("Lindern (Oldenburg)") + 1
    # the consent checkbox links to the privacy notice
    privacy = page.privacy_page
    assert re.search(
        rf'<label for="id_privacy_consent">Ich habe die <a href="{privacy.url}">'
        r"Datenschutzerklärung</a> gelesen",
        html,
    )
    # the honeypot is hidden from people and skipped by the keyboard
    assert re.search(
        r'<div class="visually-hidden">\s*'
        r'<label for="id_kennung">Dieses Feld bitte leer lassen</label>\s*'
        r'<input type="text" name="kennung" tabindex="-1" autocomplete="off"',
        html,
    )


@pytest.mark.django_db
def test_bad_input_is_explained_next_to_each_field_and_kept(client, page, moderators):
    response = client.post(
        page.url,
        valid_data(
            organisation="",
            contact_name="",
            email="maria@",
            website="stadtwerke garrel",
            privacy_consent="",
            motivation="Wir wollen etwas tun." * 100,
        ),
    )
    assert response.status_code == 200
    html = response.text
    assert "<title>Fehler: Mitmachen" in html
    assert 'role="alert"' in html and "Bitte prüfen Sie Ihre Angaben" in html
    assert form_error(html, "organisation") == "Bitte geben Sie den Namen der Organisation ein."
    assert form_error(html, "contact_name") == "Bitte geben Sie den Namen der Ansprechperson ein."
    assert form_error(html, "email") == (
        "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org."
    )
    assert form_error(html, "website") == (
        "Bitte geben Sie eine vollständige Webadresse ein, zum Beispiel https://www.example.org."
    )
    assert form_error(html, "privacy_consent") == (
        "Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben."
    )
    assert "höchstens 2000 Zeichen" in form_error(html, "motivation")
    assert form_error(html, "category") is None
    # the summary links to the fields; the fields point at their messages
    assert '<a href="#id_email">Bitte geben Sie eine gültige E-Mail-Adresse ein' in html
    assert re.search(
        r'<input type="email" name="email" value="maria@"[^>]*aria-invalid="true"'
        r'[^>]*aria-describedby="id_email_helptext id_email_error"',
        html,
    )
    assert re.search(r'name="organisation"[^>]*aria-describedby="id_organisation_error"', html)
    # what was typed is kept
    assert 'value="stadtwerke garrel"' in html
    assert f'<option value="{term(Municipality, "garrel").pk}" selected>Garrel</option>' in html
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox

    empty = client.post(page.url, {}).text
    assert form_error(empty, "category") == "Bitte wählen Sie eine Kategorie."
    assert form_error(empty, "email") == "Bitte geben Sie eine E-Mail-Adresse ein."
    assert form_error(empty, "motivation") == (
        "Bitte schreiben Sie uns, was Ihre Organisation für den Klimaschutz tun möchte."
    )
    # an English term (or any other id) is not a choice of the German form's list
    foreign = client.post(page.url, valid_data(category=term(PartnerCategory, "ihk", "en").pk))
    assert form_error(foreign.text, "category") == "Bitte wählen Sie eine Kategorie aus der Liste."
    assert not MembershipApplication.objects.exists()


@pytest.mark.django_db
def test_good_application_is_stored_once_and_announced(client, page, moderators):
    moderators[0].first_name, moderators[0].last_name = "Lena", "Berg"
    moderators[0].save()
    response = client.post(page.url, valid_data(organisation="  Stadtwerke   Garrel "))
    assert response.status_code == 302
    assert response["Location"] == "/mitmachen/?gesendet=1"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Vielen Dank! Wir melden uns." in thanks.text
    assert "<form" not in thanks.text.split('id="main"')[1]
    client.get(response["Location"])  # a reload stores nothing
    sent = len(mail.outbox)
    # a double click sends the same form twice: stored and announced once
    again = client.post(page.url, valid_data())
    assert again["Location"] == "/mitmachen/?gesendet=1"
    assert len(mail.outbox) == sent

    application = MembershipApplication.objects.get()
    assert application.organisation == "Stadtwerke Garrel"
    assert application.category == term(PartnerCategory, "unternehmen")
    assert application.status == MembershipApplication.Status.NEW
    assert application.source_page_id == page.pk
    assert application.consented_at is not None
    assert application.consent_text.startswith(
        f"Ich habe die Datenschutzerklärung ({settings.BASE_URL}/datenschutz/) gelesen"
    )
    privacy = page.privacy_page
    assert application.privacy_notice_version == (
        f"Datenschutzerklärung · ID {privacy.pk} · Revision {privacy.live_revision_id}"
    )
    # the visitor's address (the test client's 127.0.0.1) is not stored; the site's may be
    stored = [str(value).replace(settings.BASE_URL, "") for value in vars(application).values()]
    assert not any("127.0.0.1" in value for value in stored)

    receipt, *notices = mail.outbox
    assert receipt.to == ["maria@stadtwerke-garrel.example"]
    assert receipt.subject == "Ihr Antrag bei der Klimaallianz: Stadtwerke Garrel"
    assert "Guten Tag Maria Muster," in receipt.body
    assert "Nahwärmenetz" in receipt.body and "Kategorie: Unternehmen" in receipt.body
    assert sorted(message.to[0] for message in notices) == [
        "lena@lenkungsgruppe.example",
        "tom@lenkungsgruppe.example",
    ]
    assert all(len(message.to) == 1 for message in notices)  # nobody sees the others
    greetings = {message.to[0]: message.body.split("\n", 1)[0] for message in notices}
    assert greetings == {
        "lena@lenkungsgruppe.example": "Guten Tag Lena Berg,",
        "tom@lenkungsgruppe.example": "Guten Tag,",  # an account without a name
    }
    notice = notices[0]
    assert notice.subject == "Neuer Mitgliedsantrag: Stadtwerke Garrel"
    assert f"{settings.BASE_URL}/admin/partner/antraege/edit/{application.pk}/" in notice.body
    assert f"{settings.BASE_URL}/admin/partner/antraege/\n" in notice.body
    # the steering group gets no personal data by e-mail, only the link
    assert "maria@" not in notice.body and "Maria Muster" not in notice.body
    assert "admin@example.org" not in [message.to[0] for message in mail.outbox]


@pytest.mark.django_db
def test_english_form_shows_english_terms_and_stores_german_ones(client, page, home_en):
    english = translate(page, title="Get involved", slug="get-involved")
    response = client.get(english.url)
    assert english.url == "/en/get-involved/"
    unternehmen = term(PartnerCategory, "unternehmen")
    assert f'<option value="{unternehmen.pk}">Companies</option>' in response.text
    assert "Fields marked with * are required." in response.text

    response = client.post(english.url, valid_data())
    assert response["Location"] == "/en/get-involved/?gesendet=1"
    application = MembershipApplication.objects.get()
    assert application.category == unternehmen
    assert application.consent_text.startswith("I have read the privacy notice")
    # the receipt is in German whatever the language of the form
    assert mail.outbox[0].subject.startswith("Ihr Antrag bei der Klimaallianz")


@pytest.mark.django_db
def test_filled_honeypot_pretends_success_and_stores_nothing(client, page, moderators):
    response = client.post(page.url, valid_data(kennung="+49 4471 0000"))
    assert response.status_code == 302
    assert response["Location"] == "/mitmachen/?gesendet=1"
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_sixth_application_from_one_address_within_an_hour_is_refused(client, page):
    for number in range(5):
        response = client.post(page.url, valid_data(organisation=f"Verein {number}"))
        assert response.status_code == 302
    refused = client.post(page.url, valid_data(organisation="Verein 6"))
    assert refused.status_code == 429
    assert "in der letzten Stunde bereits mehrere Anträge gesendet" in refused.text
    assert 'value="Verein 6"' in refused.text  # what was typed is kept
    assert MembershipApplication.objects.count() == 5
    # another address is not affected
    other = client.post(page.url, valid_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert MembershipApplication.objects.count() == 6


@pytest.mark.django_db
def test_repeated_clicks_on_one_application_do_not_use_up_the_rate_limit(client, page):
    for _click in range(6):
        assert client.post(page.url, valid_data()).status_code == 302
    assert MembershipApplication.objects.count() == 1
    # only the one stored application counted: four more are still welcome
    for number in range(4):
        response = client.post(page.url, valid_data(organisation=f"Verein {number}"))
        assert response.status_code == 302
    assert client.post(page.url, valid_data(organisation="Verein 5")).status_code == 429
    assert MembershipApplication.objects.count() == 5


# --- the moderators' listing and decision ---------------------------------------------------


def make_application(**fields):
    values = {
        "organisation": "Stadtwerke Garrel",
        "category": term(PartnerCategory, "unternehmen"),
        "municipality": term(Municipality, "garrel"),
        "contact_name": "Maria Muster",
        "email": "maria@stadtwerke-garrel.example",
        "motivation": "Wir bauen ein Nahwärmenetz.",
        "consented_at": "2026-01-05T10:00:00+01:00",
        "consent_text": "Ich habe die Datenschutzerklärung gelesen …",
    }
    values.update(fields)
    return MembershipApplication.objects.create(**values)


def edit_url(application):
    return f"{LISTING}edit/{application.pk}/"


@pytest.mark.django_db
def test_moderator_accepts_and_the_organisation_is_onboarded(client, directory, moderators):
    application = make_application()
    client.force_login(moderators[0])
    form = client.get(edit_url(application))
    assert form.status_code == 200
    assert "Nahwärmenetz" in form.text and "maria@stadtwerke-garrel.example" in form.text
    assert "Annehmen: Profil anlegen und Ansprechperson einladen" in form.text

    response = client.post(edit_url(application), {"status": "angenommen"})
    assert response.status_code == 302
    assert response["Location"] == LISTING

    page = PartnerPage.objects.get(title="Stadtwerke Garrel", locale__language_code="de")
    assert not page.live and page.get_parent().pk == directory.pk
    assert page.summary == "Wir bauen ein Nahwärmenetz."
    group = Group.objects.get(name="Partner: Stadtwerke Garrel")
    editor = group.user_set.get()
    assert editor.email == "maria@stadtwerke-garrel.example"
    application.refresh_from_db()
    assert application.status == "angenommen"
    assert application.partner_page_id == page.pk
    assert application.decided_by == moderators[0] and application.decided_at

    invitation, acceptance = mail.outbox
    assert invitation.to == acceptance.to == ["maria@stadtwerke-garrel.example"]
    assert "/admin/einladung/" in invitation.body
    assert acceptance.subject == "Willkommen in der Klimaallianz: Stadtwerke Garrel"
    assert "hat Stadtwerke Garrel als Partner aufgenommen" in acceptance.body
    assert "eigene E-Mail mit einer Einladung" in acceptance.body

    listing = client.get(LISTING).text
    assert "„Stadtwerke Garrel“ ist aufgenommen" in listing
    assert f'href="/admin/pages/{page.pk}/edit/"' in listing

    # decided is decided: no second onboarding, no second mail
    again = client.post(edit_url(application), {"status": "abgelehnt", "decision_comment": "x"})
    assert again.status_code == 200
    assert "wurde bereits am" in again.text and "angenommen" in again.text
    application.refresh_from_db()
    assert application.status == "angenommen"
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_an_application_in_an_existing_partners_name_is_not_accepted(client, directory, moderators):
    existing = onboard("Stadtwerke Garrel", ["it@stadtwerke-garrel.example"])
    mail.outbox.clear()
    application = make_application(email="someone@elsewhere.example")
    client.force_login(moderators[0])
    response = client.post(edit_url(application), {"status": "angenommen"})
    assert response.status_code == 200
    assert "„Stadtwerke Garrel“ ist bereits Partner" in response.text
    assert list(existing.group.user_set.values_list("email", flat=True)) == [
        "it@stadtwerke-garrel.example"
    ]
    application.refresh_from_db()
    assert application.status == "neu"
    assert not mail.outbox


@pytest.mark.django_db
def test_rejection_needs_a_comment_which_the_applicant_receives(client, directory, moderators):
    application = make_application()
    client.force_login(moderators[1])
    refused = client.post(edit_url(application), {"status": "abgelehnt", "decision_comment": " "})
    assert refused.status_code == 200
    assert "Bitte geben Sie eine Begründung an" in refused.text
    application.refresh_from_db()
    assert application.status == "neu"
    assert not mail.outbox

    nothing_chosen = client.post(edit_url(application), {"decision_comment": "Hm."})
    assert "Wählen Sie, ob der Antrag angenommen oder abgelehnt wird." in nothing_chosen.text
    assert client.post(edit_url(application), {"status": "neu"}).status_code == 200

    comment = "Die Klimaallianz nimmt nur Organisationen aus dem Landkreis auf."
    response = client.post(
        edit_url(application), {"status": "abgelehnt", "decision_comment": comment}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "abgelehnt" and application.decision_comment == comment
    [rejection] = mail.outbox
    assert rejection.to == ["maria@stadtwerke-garrel.example"]
    assert rejection.subject == "Entscheidung über Ihren Antrag: Stadtwerke Garrel"
    assert comment in rejection.body
    assert not PartnerPage.objects.exists()
    assert not Group.objects.filter(name__startswith="Partner: ").exists()


@pytest.mark.django_db
def test_only_the_steering_group_sees_the_applications(client, directory, django_user_model):
    application = make_application()
    moorkamp = onboard("Bäckerei Moorkamp", ["b@moorkamp.example"], municipality="cloppenburg")
    partner_editor = moorkamp.group.user_set.get()
    redakteur = member_of("Redaktion", username="red")
    for user in (partner_editor, redakteur):
        client.force_login(user)
        # Wagtail's admin answers PermissionDenied with its dashboard and a message
        # (wagtail.admin.auth.require_admin_access), not with a bare 403 page.
        for response in (
            client.get(LISTING, follow=True),
            client.get(edit_url(application), follow=True),
            client.post(edit_url(application), {"status": "angenommen"}, follow=True),
        ):
            assert response.redirect_chain == [("/admin/", 302)]
            assert NO_ACCESS in response.text
            assert "Stadtwerke Garrel" not in response.text
        assert MENU_ITEM not in client.get("/admin/").text

    log_in_as(client, "Moderation", username="mod")
    assert MENU_ITEM in client.get("/admin/").text
    listing = client.get(LISTING)
    assert listing.status_code == 200 and "Stadtwerke Garrel" in listing.text
    # applications come from the public form only: nobody adds one in the admin
    assert f"{LISTING}new/" not in listing.text
    assert client.get(f"{LISTING}new/")["Location"] == "/admin/"
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    assert f"{LISTING}new/" not in client.get(LISTING).text
    assert client.get(f"{LISTING}new/")["Location"] == "/admin/"
    application.refresh_from_db()
    assert application.status == "neu"


@pytest.mark.django_db
def test_listing_filters_searches_and_orders_newest_first(client, directory, moderators):
    make_application(organisation="Landvolk Cloppenburg")
    make_application(organisation="Gemeinde Emstek", status="abgelehnt", contact_name="Ute Ohl")
    client.force_login(moderators[0])
    listing = client.get(LISTING).text
    assert listing.index("Gemeinde Emstek") < listing.index("Landvolk Cloppenburg")
    assert "Unternehmen" in listing and "Garrel" in listing and "abgelehnt" in listing
    new_only = client.get(LISTING, {"status": "neu"}).text
    assert "Landvolk Cloppenburg" in new_only and "Gemeinde Emstek" not in new_only
    found = client.get(LISTING, {"q": "ohl"}).text
    assert "Gemeinde Emstek" in found and "Landvolk Cloppenburg" not in found


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_applications(
    client, directory, moderators, django_assert_max_num_queries
):
    client.force_login(moderators[0])
    for number in range(3):
        make_application(organisation=f"Verein {number}")
    client.get(LISTING)  # warm the caches
    # One of them saves the session: every signed-in request moves its idle expiry; one
    # counts the new applications for the menu.
    with django_assert_max_num_queries(17):
        few = client.get(LISTING)
    for number in range(3, 30):
        make_application(organisation=f"Verein {number}", municipality=term(Municipality, "emstek"))
    with django_assert_max_num_queries(17):
        many = client.get(LISTING)
    assert few.status_code == many.status_code == 200
    assert "Verein 29" in many.text


def test_status_labels_are_translated():
    with translation.override("de"):
        assert str(MembershipApplication.Status.ACCEPTED.label) == "angenommen"


def test_rate_limit_counts_the_visitor_behind_our_proxy(rf, settings):
    from home.requests import client_address

    request = rf.post("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == "10.0.0.2"  # without a proxy the header is not trusted
    settings.BEHIND_PROXY = True
    assert client_address(request) == "203.0.113.9"  # the forged first entry is ignored
    bypassed = rf.post("/", HTTP_X_FORWARDED_FOR="<script>", REMOTE_ADDR="10.0.0.2")
    assert client_address(bypassed) == "10.0.0.2"  # no address: the sender counts


@pytest.mark.django_db
def test_rejected_applications_are_purged_after_half_a_year():
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from partners.models import MembershipApplication

    old, recent, accepted = (
        MembershipApplicationFactory(status=status)
        for status in ("abgelehnt", "abgelehnt", "angenommen")
    )
    MembershipApplication.objects.filter(pk__in=[old.pk, accepted.pk]).update(
        decided_at=timezone.now() - timedelta(days=200)
    )
    MembershipApplication.objects.filter(pk=recent.pk).update(decided_at=timezone.now())
    out = StringIO()
    call_command("purge_applications", stdout=out)
    assert "Deleted 1 rejected" in out.getvalue()
    assert set(MembershipApplication.objects.values_list("pk", flat=True)) == {
        recent.pk,
        accepted.pk,
    }


def test_form_page_cookie_lasts_only_for_the_browser_session(client, page, directory):
    assert not client.get(directory.url).cookies  # reading sets no cookie
    cookie = client.get(page.url).cookies["csrftoken"]
    assert not cookie["max-age"] and not cookie["expires"]
