"""The admin as a member organisation's editors and the steering group use it, through the
real admin views and permissions: a partner editor's first login (invitation, dashboard panel,
explorer), new applications on the steering group's dashboard, onboarding's message, the
moderation mails and the status after a rejection, and the partner badge and codes, which only
the partner's editors see."""

import json
import re
from datetime import date

import pytest

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse

from partners.models import MembershipApplication, Municipality, PartnerCategory, PartnerPage
from tests.factories import (
    DocumentFactory,
    MembershipApplicationFactory,
    ProjectIndexPageFactory,
    make_project,
    onboard,
    term,
)
from tests.utils import log_in_as, member_of, submit_project, text, workflow_action

WORKFLOW = "Freigabe durch die Lenkungsgruppe"
PROJECT = {"title": "Solardach Rathaus", "slug": "solardach-rathaus", "summary": "PV."}


def menu_labels(html):
    """The labels of the admin's main menu, which the sidebar reads from JSON."""
    props = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    labels = []

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("label"), str):
                labels.append(value["label"])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads(props.group(1)))
    return labels


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def plain(html):
    """The text of `html`, tags removed and white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def moderator():
    return member_of(
        "Moderation", email="lena@lenkungsgruppe.example", first_name="Lena", last_name="Berg"
    )


@pytest.fixture
def named_editor(editor):
    editor.first_name, editor.last_name = "Kim", "Muster"
    editor.save()
    return editor


# --- 6: first login ---------------------------------------------------------------------------


@pytest.fixture
def applicant_accepted(client, partner):
    """Kim Muster's application for the Landvolk, accepted by the steering group in the
    admin; the invitation is the first mail in the outbox."""
    application = MembershipApplicationFactory(
        organisation="Landvolk Garrel",
        contact_name="Kim Muster",
        email="kim@landvolk.example",
        website="https://landvolk.example",
    )
    client.force_login(moderator())
    url = reverse("membership_applications:edit", args=[application.pk])
    assert client.post(url, {"status": "angenommen"}).status_code == 302
    client.logout()
    return application


@pytest.mark.django_db
def test_accepted_application_carries_website_and_name(client, applicant_accepted):
    profile = PartnerPage.objects.get(title="Landvolk Garrel", locale__language_code="de")
    assert profile.website == "https://landvolk.example"
    assert profile.member_since == date.today()
    editor = Group.objects.get(name="Partner: Landvolk Garrel").user_set.get()
    assert (editor.first_name, editor.last_name) == ("Kim", "Muster")
    invitation = mail.outbox[0]
    assert invitation.to == ["kim@landvolk.example"]
    assert invitation.body.startswith("Guten Tag Kim Muster,\n")
    assert "zurücksetzen" not in invitation.body


@pytest.mark.django_db
def test_invitation_link_sets_the_password_and_logs_in(client, applicant_accepted):
    link = re.search(r"http://\S+/admin/einladung/\S+", mail.outbox[0].body).group(0)
    form = client.get(link.split("8000", 1)[-1], follow=True)
    assert "Wählen Sie Ihr Passwort" in form.text
    assert "zurücksetzen" not in form.text.lower()
    assert "kim@landvolk.example" in form.text

    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Klima-Allianz-2026!", "new_password2": "Klima-Allianz-2026!"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "Willkommen, Kim Muster! Ihr Passwort ist gespeichert" in response.text
    assert "Ihre Organisation: Landvolk Garrel" in response.text  # logged in, no second login

    client.logout()
    used = client.get(link.split("8000", 1)[-1], follow=True)
    assert "Dieser Einladungslink gilt nicht mehr" in used.text
    assert client.login(username="kim@landvolk.example", password="Klima-Allianz-2026!")


@pytest.mark.django_db
def test_partner_editors_dashboard_shows_their_organisation(client, partner, named_editor):
    profile = partner.page
    client.force_login(named_editor)
    dashboard = client.get("/admin/").text
    assert "Ihre Organisation: Stadtwerke Garrel" in dashboard
    assert f'href="/admin/pages/{profile.pk}/edit/"' in dashboard
    panel = plain(dashboard[dashboard.index("Ihre Organisation: Stadtwerke Garrel") :])
    assert "Projekte Noch keine. Projekt hinzufügen" in panel
    assert "Downloads Noch keine. Download hinzufügen" in panel
    assert f'href="/admin/pages/add/projects/projectpage/{profile.pk}/"' in dashboard
    assert f'href="/admin/pages/add/downloads/downloadpage/{profile.pk}/"' in dashboard
    assert "Noch keine Dokumente." in dashboard

    waiting = submit_project(client, profile, **PROJECT)
    rejected = submit_project(client, profile, title="Rufbus", slug="rufbus", summary="Bus.")
    DocumentFactory(title="Jahresbericht 2025", collection=partner.collection)
    lena = moderator()
    client.force_login(lena)
    workflow_action(client, rejected, "reject", "Bitte den Fahrplan ergänzen.")

    client.force_login(named_editor)
    dashboard = client.get("/admin/").text
    assert f'href="/admin/pages/{waiting.pk}/edit/">Solardach Rathaus' in dashboard
    assert f'href="/admin/pages/{rejected.pk}/edit/">Rufbus' in dashboard
    panel = plain(dashboard[dashboard.index("Ihre Organisation: Stadtwerke Garrel") :])
    assert "Profil Stadtwerke Garrel – Veröffentlicht" in panel
    today = date.today().strftime("%d.%m.%Y")
    assert (
        "Von der Lenkungsgruppe zurückgeschickt Rufbus : Änderungen angefordert von Lena Berg "
        f"am {today} Bitte den Fahrplan ergänzen. "
        f"Wartet auf Freigabe durch die Lenkungsgruppe Solardach Rathaus – eingereicht am {today} "
        "Projekte Solardach Rathaus – Wartet auf Freigabe Rufbus – Änderungen angefordert "
        "Projekt hinzufügen Downloads Noch keine. Download hinzufügen"
    ) in panel
    assert "Dateien Jahresbericht 2025" in panel

    # other people's dashboards have no such panel
    client.force_login(lena)
    assert "Ihre Organisation" not in client.get("/admin/").text


@pytest.mark.django_db
def test_explorer_opens_where_the_partner_sees_their_profile(client, partner, editor):
    other = onboard("Gemeinde Emstek", ["rathaus@emstek.example"]).page  # a draft
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_explore_root"), follow=True)
    directory = partner.page.get_parent()
    assert response.redirect_chain[-1][0] == f"/admin/pages/{directory.pk}/"
    html = response.text
    assert "1-1 von 1 Seite" in html
    assert f'href="/admin/pages/{partner.page.pk}/edit/"' in html
    assert "Gemeinde Emstek" not in html and f"/admin/pages/{other.pk}/" not in html
    # Wagtail's summary would count every organisation's pages below the directory
    assert "Seiten erstellt in" not in client.get("/admin/").text
    # the sidebar's explorer opens the directory and lists the own profile only
    api = client.get("/admin/api/main/pages/", {"child_of": directory.pk, "for_explorer": 1})
    assert [item["id"] for item in api.json()["items"]] == [partner.page.pk]


# --- 8: applications on the steering group's dashboard ----------------------------------------


@pytest.mark.django_db
def test_new_applications_on_the_dashboard_and_counted_in_the_menu(client, partner, editor):
    first = MembershipApplicationFactory(organisation="Landvolk Garrel")
    MembershipApplicationFactory(organisation="Heimatverein Emstek")
    MembershipApplicationFactory(organisation="Alter Antrag", status="abgelehnt")
    client.force_login(moderator())
    dashboard = client.get("/admin/").text
    panel = dashboard[dashboard.index("Neue Mitgliedsanträge") :]
    assert f'href="/admin/partner/antraege/edit/{first.pk}/">Landvolk Garrel</a>' in panel
    assert "Heimatverein Emstek" in panel and "Alter Antrag" not in panel
    assert "Mitgliedsanträge (2)" in menu_labels(dashboard)

    client.post(
        reverse("membership_applications:edit", args=[first.pk]),
        {"status": "abgelehnt", "decision_comment": "Kein Bezug zum Landkreis."},
    )
    assert "Mitgliedsanträge (1)" in menu_labels(client.get("/admin/").text)

    MembershipApplication.objects.update(status="abgelehnt")
    dashboard = client.get("/admin/").text
    assert "Neue Mitgliedsanträge" not in dashboard
    assert "Mitgliedsanträge" in menu_labels(dashboard)

    client.force_login(editor)
    assert "Mitgliedsanträge" not in text(client.get("/admin/"))


# --- 9: onboarding's message ------------------------------------------------------------------


@pytest.mark.django_db
def test_onboarding_says_in_one_sentence_what_was_created(client, partner):
    log_in_as(client, "Moderation")
    response = client.post(
        "/admin/partner/aufnehmen/",
        {
            "name": "Kreishandwerkerschaft",
            "category": term(PartnerCategory, "handwerkskammer").pk,
            "municipality": term(Municipality, "cloppenburg").pk,
            "editors": "chef@handwerk.example\nbuero@handwerk.example",
        },
    )
    assert messages_of(response) == [
        "„Kreishandwerkerschaft“ ist aufgenommen: Das Profil ist als Entwurf angelegt und "
        "chef@handwerk.example, buero@handwerk.example sind als Redaktion eingeladen."
    ]
    client.get(response["Location"])  # shows the message, which is then gone

    again = client.post(
        "/admin/partner/aufnehmen/",
        {
            "name": "Kreishandwerkerschaft",
            "category": term(PartnerCategory, "handwerkskammer").pk,
            "municipality": term(Municipality, "cloppenburg").pk,
            "editors": "chef@handwerk.example\nlehrling@handwerk.example",
        },
    )
    assert messages_of(again) == [
        "„Kreishandwerkerschaft“ war bereits aufgenommen: lehrling@handwerk.example ist als "
        "Redaktion eingeladen."
    ]


# --- 10: moderation mails and the status after a rejection ------------------------------------


@pytest.mark.django_db
def test_submission_mail_names_the_organisation_and_the_author(client, partner, named_editor):
    lena = moderator()
    client.force_login(named_editor)
    submit_project(client, partner.page, **PROJECT)
    [message] = [message for message in mail.outbox if message.to == [lena.email]]
    assert message.subject == "Zur Freigabe: „Solardach Rathaus“ von Stadtwerke Garrel"
    assert message.body.startswith("Hallo Lena,")
    assert "Organisation: Stadtwerke Garrel\nEingereicht von: Kim Muster\n" in message.body


@pytest.mark.django_db
def test_rejection_mail_says_who_asked_for_what(client, partner, named_editor):
    client.force_login(named_editor)
    page = submit_project(client, partner.page, **PROJECT)
    mail.outbox.clear()
    client.force_login(moderator())
    workflow_action(client, page, "reject", "Bitte die Leistung in kWp angeben.")
    [message] = mail.outbox
    assert message.to == [named_editor.email]
    assert message.subject == "Änderungen angefordert: „Solardach Rathaus“"
    assert message.body.startswith("Hallo Kim,")
    assert (
        "Lena Berg hat Änderungen an der Seite „Solardach Rathaus“ angefordert, bevor sie "
        "veröffentlicht wird." in message.body
    )
    assert "Kommentar: „Bitte die Leistung in kWp angeben.“" in message.body
    assert WORKFLOW not in message.body


@pytest.mark.django_db
def test_after_a_rejection_the_editor_sees_the_status_and_the_comment(
    client, partner, named_editor
):
    client.force_login(named_editor)
    page = submit_project(client, partner.page, **PROJECT)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "In Moderation" in client.get(edit_url).text  # while it waits

    client.force_login(moderator())
    workflow_action(client, page, "reject", "Bitte die Leistung in kWp angeben.")
    client.force_login(named_editor)
    response = client.get(edit_url)
    html = response.text
    status = html[html.index('id="status-sidebar-changes-requested"') :]
    assert "Änderungen angefordert" in status[:300]
    assert "Angefordert von Lena Berg" in status
    assert "Bitte die Leistung in kWp angeben." in status
    assert "In Moderation" not in html
    [message] = messages_of(response)
    assert message.startswith("Lena Berg hat am ")
    assert "Kommentar: „Bitte die Leistung in kWp angeben.“" in message


# --- 12: the badge and the codes --------------------------------------------------------------


@pytest.mark.django_db
def test_public_profile_shows_a_badge_line_and_no_codes(client, partner):
    profile = partner.page
    profile.member_since = date(2024, 3, 1)
    profile.save_revision().publish()
    html = client.get(profile.url).text
    directory = profile.get_parent()
    assert (
        f'<p class="badge"><a href="{directory.url}">Partner der Klimaallianz Landkreis '
        "Cloppenburg seit März 2024</a></p>" in html
    )
    assert "Partnersiegel" not in html and "&lt;iframe" not in html and "badge/" not in html


@pytest.mark.django_db
def test_partner_editors_find_the_badge_and_the_codes_on_their_dashboard(
    client, partner, editor, home_de
):
    ProjectIndexPageFactory(parent=home_de)
    make_project(partner.page, "Solardach Rathaus")
    client.force_login(editor)
    dashboard = client.get("/admin/").text
    profile_url = partner.page.full_url
    assert f'src="{partner.page.url}badge/"' in dashboard
    assert f'&lt;a href="{profile_url}"&gt;&lt;img src="{profile_url}badge/"' in dashboard
    assert "&lt;iframe src=" in dashboard
    assert "/projekte/einbetten/?partner=stadtwerke-garrel" in dashboard


@pytest.mark.django_db
def test_codes_wait_until_the_profile_is_published(client, partner):
    newcomer = onboard("Landvolk Garrel", ["kim@landvolk.example"])  # a draft
    client.force_login(newcomer.group.user_set.get())
    dashboard = client.get("/admin/").text
    assert "Ihre Organisation: Landvolk Garrel" in dashboard
    assert "Entwurf, nicht öffentlich" in plain(dashboard)
    assert "Sobald die Lenkungsgruppe Ihr Profil veröffentlicht hat" in dashboard
    assert "&lt;iframe" not in dashboard and "badge/" not in dashboard
