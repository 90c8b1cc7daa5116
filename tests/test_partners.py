import re
from io import StringIO

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.test.utils import WagtailPageTestCase

from downloads.models import DownloadIndexPage, DownloadPage
from home.models import HomePage
from partners.models import Municipality, PartnerCategory, PartnerIndexPage, PartnerPage
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories import (
    ProjectPageFactory,
    build_tree,
    home_page,
    make_partner,
    onboard,
    term,
    translate,
)
from tests.utils import assert_denied, log_in_as


class TestPartnerTree(WagtailPageTestCase):
    def test_partner_pages_only_in_the_directory(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(PartnerPage, {ProjectPage, DownloadPage})
        self.assertAllowedParentPageTypes(ProjectPage, {PartnerPage, ProjectIndexPage})
        self.assertAllowedParentPageTypes(DownloadPage, {PartnerPage, DownloadIndexPage})
        self.assertCanNotCreateAt(HomePage, PartnerPage)


@pytest.fixture
def directory(home_de, home_en):
    """The partner directory, in German and English; no showcase."""
    return build_tree(showcase=False).directory


@pytest.mark.django_db
def test_directory_filters_by_category_and_municipality_with_counts(client, directory):
    make_partner(directory, "Stadtwerke Garrel", category="unternehmen", municipality="garrel")
    make_partner(directory, "Bäckerei Moorkamp", category="unternehmen", municipality="cloppenburg")
    make_partner(
        directory, "Gemeinde Garrel", category="staedte-und-gemeinden", municipality="garrel"
    )
    make_partner(
        directory, "Entwurf GmbH", category="unternehmen", municipality="garrel", live=False
    )

    everything = client.get("/partner/").text
    assert "3 Partnerorganisationen" in everything
    assert "Entwurf GmbH" not in everything
    assert '<option value="unternehmen">Unternehmen (2)</option>' in everything
    assert '<option value="garrel">Garrel (2)</option>' in everything

    companies = client.get("/partner/", {"kategorie": "unternehmen"}).text
    assert "Stadtwerke Garrel" in companies and "Bäckerei Moorkamp" in companies
    assert "Gemeinde Garrel" not in companies
    # municipality counts follow the chosen category
    assert '<option value="garrel">Garrel (1)</option>' in companies

    both = client.get("/partner/", {"kategorie": "unternehmen", "gemeinde": "garrel"}).text
    assert re.search(r'class="result-count"[^>]*>\s*1 Partnerorganisation\s*</p>', both)
    assert "Stadtwerke Garrel" in both and "Bäckerei Moorkamp" not in both
    assert '<option value="garrel" selected>' in both


@pytest.mark.django_db
def test_directory_empty_and_unknown_filters_are_explained(client, directory):
    make_partner(directory, "Stadtwerke Garrel", category="unternehmen", municipality="garrel")
    none = client.get("/partner/", {"kategorie": "ihk"})
    assert none.status_code == 200
    assert "Noch keine Partnerorganisation passt zu diesen Filtern." in none.text
    assert "Stadtwerke Garrel" not in none.text

    unknown = client.get("/partner/", {"kategorie": "gibt-es-nicht", "page": "x"})
    assert unknown.status_code == 200
    assert "Diesen Filter gibt es nicht" in unknown.text
    assert "Stadtwerke Garrel" not in unknown.text
    junk = client.get("/partner/", {"gemeinde": "<script>"})
    assert junk.status_code == 200
    assert "<script>" not in junk.text


@pytest.mark.django_db
def test_directory_in_english_uses_english_terms(client, directory):
    partner = make_partner(
        directory, "Stadtwerke Garrel", category="unternehmen", municipality="ausserhalb"
    )
    translate(partner, slug="stadtwerke-garrel", summary="Municipal utility.")
    html = client.get("/en/partners/", {"kategorie": "unternehmen"}).text
    assert "1 partner organisation" in html
    assert "Companies · Outside the district" in html
    assert 'href="/en/partners/stadtwerke-garrel/"' in html


@pytest.mark.django_db
def test_directory_paginates_and_keeps_filters(client, directory):
    for number in range(26):
        make_partner(
            directory, f"Firma {number:02d}", category="unternehmen", municipality="emstek"
        )
    first = client.get("/partner/", {"gemeinde": "emstek"}).text
    assert "Seite 1 von 2" in first
    assert 'href="?gemeinde=emstek&amp;page=2"' in first
    second = client.get("/partner/", {"gemeinde": "emstek", "page": "2"}).text
    assert "Firma 25" in second and "Firma 00" not in second


@pytest.mark.django_db
def test_partner_page_shows_profile_projects_and_badge(client, directory):
    partner = make_partner(
        directory,
        "Stadtwerke Garrel",
        category="unternehmen",
        municipality="garrel",
        website="https://stadtwerke.example",
        contact_email="info@stadtwerke.example",
        street="Hauptstraße 1",
        postcode="49681",
        city="Garrel",
        representative="Geschäftsführung",
    )
    ProjectPageFactory(parent=partner, title="Solardach Rathaus", summary="PV auf dem Rathaus.")
    ProjectPageFactory(parent=partner, title="Geheimer Entwurf", live=False)
    html = client.get(partner.url).text
    assert "<h1>Stadtwerke Garrel</h1>" in html
    assert "Unternehmen" in html and "Garrel" in html
    assert "Partner der Klimaallianz Landkreis Cloppenburg" in html
    assert "Solardach Rathaus" in html
    assert "Geheimer Entwurf" not in html
    assert 'href="mailto:info@stadtwerke.example"' in html
    # the badge and its code are for the partner's editors (tests/test_editor_admin.py)

    svg = client.get(f"{partner.url}badge/")
    assert svg.status_code == 200
    assert svg["Content-Type"].startswith("image/svg+xml")
    assert "Stadtwerke Garrel" in svg.content.decode()
    assert "max-age=86400" in svg["Cache-Control"]
    png = client.get(f"{partner.url}badge/png/")
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG")
    assert not png.cookies


@pytest.mark.django_db
def test_badge_of_a_draft_partner_is_not_served(client, directory):
    draft = make_partner(directory, "Noch nicht frei", live=False)
    assert client.get(f"/partner/{draft.slug}/badge/").status_code == 404


# --- onboarding -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_onboarding_creates_exactly_page_group_permissions_and_collection(directory):
    result = onboard("Stadtwerke Garrel", ["redaktion@stadtwerke.example"])
    page = result.page
    assert isinstance(page, PartnerPage)
    assert not page.live and page.get_parent().specific == directory
    assert page.get_latest_revision() is not None
    # the English tree gets an alias that follows the German draft
    alias = page.get_translations().get()
    assert alias.alias_of_id == page.pk and not alias.live

    group = Group.objects.get(name="Partner: Stadtwerke Garrel")
    assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
    assert sorted(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    ) == [(page.pk, "add_page"), (page.pk, "change_page")]
    collection = Collection.objects.get(name="Stadtwerke Garrel")
    assert sorted(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", "permission__codename"
        )
    ) == sorted(
        (collection.pk, f"{action}_{model}")
        for action in ("add", "change", "choose")
        for model in ("document", "image")
    )
    editor = group.user_set.get()
    assert editor.email == "redaktion@stadtwerke.example"
    assert not editor.has_usable_password()
    [invitation] = mail.outbox
    assert invitation.to == ["redaktion@stadtwerke.example"]
    assert "Stadtwerke Garrel" in invitation.subject
    assert "/admin/einladung/" in invitation.body


@pytest.mark.django_db
def test_onboarding_twice_changes_nothing_and_says_so(directory):
    first = StringIO()
    call_command(
        "onboard_partner",
        "Stadtwerke Garrel",
        "--category",
        "unternehmen",
        "--municipality",
        "garrel",
        "--editor",
        "a@example.org",
        stdout=first,
    )
    assert "Gruppe „Partner: Stadtwerke Garrel“ angelegt" in first.getvalue()
    counts = (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        len(mail.outbox),
    )
    second = StringIO()
    call_command(
        "onboard_partner",
        "Stadtwerke Garrel",
        "--category",
        "unternehmen",
        "--municipality",
        "garrel",
        "--editor",
        "a@example.org",
        stdout=second,
    )
    assert "nothing was changed" in second.getvalue()
    assert counts == (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        len(mail.outbox),
    )


@pytest.mark.django_db
def test_onboarding_command_explains_bad_input(directory):
    with pytest.raises(CommandError, match="--category 'bank' is unknown"):
        call_command("onboard_partner", "X", "--category", "bank", "--municipality", "garrel")
    with pytest.raises(CommandError, match="not an e-mail address"):
        call_command(
            "onboard_partner",
            "X",
            "--category",
            "ihk",
            "--municipality",
            "garrel",
            "--editor",
            "kein-mail",
        )
    assert not PartnerPage.objects.exists()


@pytest.mark.django_db
def test_onboarding_view_is_for_moderators_only(client, directory):
    url = "/admin/partner/aufnehmen/"
    log_in_as(client, "Redaktion")
    assert_denied(client.get(url))
    assert "Partner aufnehmen" not in client.get("/admin/").text

    partner_editor = onboard(
        "Stadtwerke Garrel", ["redaktion@stadtwerke.example"]
    ).group.user_set.get()
    client.force_login(partner_editor)
    assert_denied(client.get(url))

    moderator = log_in_as(client, "Moderation")
    assert "Partner aufnehmen" in client.get("/admin/").text
    form = client.get(url)
    assert form.status_code == 200
    assert "Name der Organisation" in form.text

    bad = client.post(url, {"name": "", "editors": "kein-mail"})
    assert "Dieses Feld muss ausgefüllt werden." in bad.text
    assert "„kein-mail“ ist keine E-Mail-Adresse." in bad.text

    response = client.post(
        url,
        {
            "name": "Kreishandwerkerschaft",
            "category": term(PartnerCategory, "handwerkskammer").pk,
            "municipality": term(Municipality, "cloppenburg").pk,
            "editors": "chef@handwerk.example\nbuero@handwerk.example",
        },
    )
    page = PartnerPage.objects.get(title="Kreishandwerkerschaft", locale__language_code="de")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert Group.objects.get(name="Partner: Kreishandwerkerschaft").user_set.count() == 2
    assert page.owner == moderator


@pytest.mark.django_db
def test_home_page_highlights_new_partners(client, directory):
    make_partner(
        directory,
        "Landvolk Cloppenburg",
        category="vereine-und-verbaende",
        summary="Bauern fürs Klima.",
    )
    html = client.get("/").text
    assert "Landvolk Cloppenburg" in html
    assert "Bauern fürs Klima." in html
    assert home_page("de").get_children().filter(slug="partner").exists()


@pytest.mark.django_db
def test_partner_page_links_its_projects_feed(client, directory, home_de):
    from tests.factories import ProjectIndexPageFactory

    ProjectIndexPageFactory(parent=home_de)
    partner = make_partner(directory, "Stadtwerke Garrel")
    ProjectPageFactory(parent=partner, title="Solardach Rathaus", status="laufend")
    html = client.get(partner.url).text
    # added by the projects app through the "partner_profile_extensions" hook; the widget's
    # code is on the partner editors' dashboard (tests/test_editor_admin.py)
    assert 'type="application/rss+xml"' in html and "/projekte/feed/stadtwerke-garrel/" in html
