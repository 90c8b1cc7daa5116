"""The steering group's listing of supporters in the admin: search, filters, export, changes
and deleting; nobody else reaches it, by no door of the admin."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from partners.models import Municipality, Supporter
from tests.factories import SupporterFactory, term
from tests.utils import assert_denied, log_in_as, member_of

LISTING = "/admin/unterstuetzer/"
MENU_ITEM = '"url": "/admin/unterstuetzer/"'


@pytest.fixture
def supporters(db):
    return {
        "maria": SupporterFactory(
            name="Maria Hoffmann",
            email="maria@example.org",
            municipality=term(Municipality, "garrel"),
            listed=True,
            wants_news=True,
        ),
        "jan": SupporterFactory(
            name="Jan Bruns", email="jan@example.org", municipality=term(Municipality, "emstek")
        ),
        "waiting": SupporterFactory(
            name="Noch Offen", email="offen@example.org", confirmed_at=None
        ),
        # What an attacker types into the public form to run in a moderator's spreadsheet.
        "formula": SupporterFactory(name='=HYPERLINK("https://evil.example","Klick")'),
    }


@pytest.fixture
def moderator(client, db):
    return log_in_as(client, "Moderation", username="lena")


def rows(html):
    """The supporters listed, by the links to their edit pages."""
    return set(re.findall(r'href="/admin/unterstuetzer/edit/(\d+)/"', html))


@pytest.mark.django_db
def test_moderators_search_and_filter_supporters(client, supporters, moderator):
    assert MENU_ITEM in client.get("/admin/").text
    html = client.get(LISTING).text
    assert "Unterstützende" in html
    assert len(rows(html)) == 4
    assert "maria@example.org" in html and "Garrel" in html
    assert "Hinzufügen" not in html and f"{LISTING}new/" not in html

    def names(**params):
        html = client.get(LISTING, params).text
        return {name for name in ("Maria", "Jan Bruns", "Noch Offen", "HYPERLINK") if name in html}

    assert names(q="hoffmann") == {"Maria"}
    assert names(q="jan@example") == {"Jan Bruns"}
    assert names(status="unbestaetigt") == {"Noch Offen"}
    assert names(status="bestaetigt") == {"Maria", "Jan Bruns", "HYPERLINK"}
    assert names(municipality=term(Municipality, "emstek").pk) == {"Jan Bruns"}
    assert names(listed="true") == {"Maria"}
    assert names(wants_news="true") == {"Maria"}
    # bad bytes in the filters: the listing still answers
    for params in ({"status": "\x00"}, {"municipality": "x' OR 1=1"}, {"q": "%" * 300}):
        assert client.get(LISTING, params).status_code == 200


@pytest.mark.django_db
def test_export_as_csv_and_xlsx_without_formulas(client, supporters, moderator):
    response = client.get(LISTING, {"export": "csv", "status": "bestaetigt"})
    assert response.status_code == 200
    assert 'filename="unterstuetzer.csv"' in response["Content-Disposition"]
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table[0][:6] == [
        "Name",
        "E-Mail-Adresse",
        "Stadt oder Gemeinde",
        "Bestätigt",
        "In der öffentlichen Liste",
        "Möchte Neuigkeiten",
    ]
    by_email = {row[1]: row for row in table[1:]}
    assert len(by_email) == 3
    assert by_email["maria@example.org"][:6] == [
        "Maria Hoffmann",
        "maria@example.org",
        "Garrel",
        "ja",
        "ja",
        "ja",
    ]
    formula_row = next(row for row in table[1:] if "HYPERLINK" in row[0])
    assert formula_row[0].startswith("'=")

    response = client.get(LISTING, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert cells[0][0] == "Name" and len(cells) == 5
    formula = next(row for row in cells if row[0] and "HYPERLINK" in row[0])
    assert sheet.cell(row=cells.index(formula) + 1, column=1).data_type == "s"


@pytest.mark.django_db
def test_moderators_correct_and_delete_but_never_consent_for_someone(client, supporters, moderator):
    jan, maria = supporters["jan"], supporters["maria"]
    edit = reverse("supporters:edit", args=[jan.pk])
    form = client.get(edit).text
    assert "Nachweis der Einwilligung" in form and "Double-Opt-in" in form
    data = {"name": "Jan Bruns", "listed": "on"}
    refused = client.post(edit, data)
    assert refused.status_code == 200
    assert "Zustimmen kann nur die Person selbst, bei ihrer Anmeldung." in refused.text
    jan.refresh_from_db()
    assert not jan.listed

    # on request: off the public list and the news, name corrected
    response = client.post(reverse("supporters:edit", args=[maria.pk]), {"name": "Maria Hofmann"})
    assert response.status_code == 302
    maria.refresh_from_db()
    assert (maria.name, maria.listed, maria.wants_news) == ("Maria Hofmann", False, False)

    delete = reverse("supporters:delete", args=[maria.pk])
    assert client.post(delete).status_code == 302
    assert not Supporter.objects.filter(pk=maria.pk).exists()
    # the admin's history keeps who did what, but not the name
    labels = set(
        ModelLogEntry.objects.filter(object_id=str(maria.pk)).values_list("label", flat=True)
    )
    assert labels == {"gelöschte Unterstützung"}


@pytest.mark.django_db
def test_only_the_steering_group_reaches_the_supporters(client, supporters, partner, editor):
    maria = supporters["maria"]
    urls = [
        LISTING,
        reverse("supporters:index_results"),
        LISTING + "?export=csv",
        LISTING + "?export=xlsx",
        reverse("supporters:add"),
        reverse("supporters:edit", args=[maria.pk]),
        reverse("supporters:delete", args=[maria.pk]),
        reverse("supporters:history", args=[maria.pk]),
        reverse("supporters:usage", args=[maria.pk]),
    ]
    redakteur = member_of("Redaktion", username="red")
    for user in (editor, redakteur):
        client.force_login(user)
        for language in ("de", "en"):
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            for url in urls:
                assert_denied(client.get(url))
            assert_denied(client.post(reverse("supporters:delete", args=[maria.pk])))
            assert_denied(client.post(reverse("supporters:edit", args=[maria.pk]), {"name": "X"}))
            assert MENU_ITEM not in client.get("/admin/").text
            # nor through the admin's search, reports or API
            for url in (
                "/admin/search/?q=Hoffmann",
                reverse("wagtailadmin_reports:site_history"),
                "/admin/api/main/pages/?search=Hoffmann",
            ):
                response = client.get(url)
                assert "maria@example.org" not in response.text
                assert "Maria Hoffmann" not in response.text
    maria.refresh_from_db()
    assert maria.name == "Maria Hoffmann"
    assert Supporter.objects.count() == 4
