"""Where projects sit in the tree, their fields of action, and the admin's project form:
validation next to the fields, the lead partner taken from the tree."""

import re

import pytest

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from partners.models import PartnerIndexPage, PartnerPage
from projects.models import ProjectIndexPage, ProjectPage, Topic
from projects.models.pages import CO2_METHOD_MISSING, END_BEFORE_START
from tests.factories import make_partner, term
from tests.utils import de, field_errors, log_in_as_superuser, project_form_data


class TestProjectTree(WagtailPageTestCase):
    def test_projects_below_partners_and_the_showcase_only(self):
        self.assertAllowedParentPageTypes(ProjectPage, {PartnerPage, ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertCanCreateAt(PartnerPage, ProjectPage)
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(PartnerIndexPage, ProjectPage)


FACTS_TOPICS = {
    "verwaltung": ("Verwaltung und Vorbild", "Administration leading by example"),
    "energie-und-waerme": ("Erneuerbare Energien und Wärme", "Renewable energy and heat"),
    "gebaeude": ("Gebäude und Sanieren", "Buildings and renovation"),
    "mobilitaet": ("Mobilität", "Mobility"),
    "wirtschaft-und-landwirtschaft": ("Wirtschaft und Landwirtschaft", "Business and agriculture"),
    "bildung-und-beteiligung": (
        "Bildung, Beteiligung und Öffentlichkeitsarbeit",
        "Education, participation and public relations",
    ),
    "klimaanpassung": ("Klimaanpassung", "Climate adaptation"),
}


@pytest.mark.django_db
def test_fields_of_action_come_in_both_languages_with_shared_slugs(db):
    for slug, (german, english) in FACTS_TOPICS.items():
        de_topic = Topic.objects.get(slug=slug, locale__language_code="de")
        en_topic = Topic.objects.get(slug=slug, locale__language_code="en")
        assert (de_topic.name, en_topic.name) == (german, english)
        assert de_topic.translation_key == en_topic.translation_key
    assert Topic.objects.count() == 14


# --- admin: validation next to the fields, lead partner from the tree -------------------------


@pytest.mark.django_db
def test_admin_explains_wrong_dates_co2_and_measure_next_to_the_field(client, projects):
    log_in_as_superuser(client)
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", projects.garrel.pk])
    response = client.post(
        url,
        project_form_data(
            start_date="2025-05-01",
            end_date="2025-04-30",
            co2_saved="12.5",
            measure_code="7Z",
        ),
    )
    assert response.status_code == 200
    end_message, co2_message = de(END_BEFORE_START), de(CO2_METHOD_MISSING)
    assert field_errors(response, "end_date") == [end_message]
    assert field_errors(response, "co2_method") == [co2_message]
    assert "1U" in field_errors(response, "measure_code")[0]
    html = response.content.decode()
    for message in (end_message, co2_message):
        assert message in html
    # Wagtail prints a field's errors inside that field's wrapper
    wrapper = re.search(
        r'data-field-wrapper[^>]*>(?:(?!data-field-wrapper).)*id="id_end_date"', html, re.S
    )
    assert wrapper and end_message in wrapper.group()
    assert not ProjectPage.objects.filter(slug="solardach-schule").exists()


@pytest.mark.django_db
def test_project_below_a_partner_is_led_by_it(client, projects):
    log_in_as_superuser(client)
    garrel = projects.garrel
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", garrel.pk])
    response = client.post(
        url,
        project_form_data(lead_partner=projects.emstek.pk, co2_saved="2", co2_method="gemessen")
        # checkboxes: one value per chosen field of action (not nested form data)
        | {"topics": [term(Topic, "gebaeude").pk]},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    project = ProjectPage.objects.get(slug="solardach-schule", locale__language_code="de")
    assert project.lead_partner_id == garrel.pk
    draft = project.get_latest_revision().as_object()
    assert draft.lead_partner_id == garrel.pk
    assert [topic.slug for topic in draft.topics.all()] == ["gebaeude"]


@pytest.mark.django_db
def test_admin_offers_german_fields_of_action_and_published_partners(client, tree, projects):
    make_partner(tree.directory, "Noch im Entwurf", live=False)
    log_in_as_superuser(client)
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", tree.showcase.pk])
    html = client.get(url).text
    assert html.count('name="topics"') == 7
    assert "Mobilität" in html and "Mobility" not in html
    assert html.count('name="participating_partners"') == 2
    assert "Noch im Entwurf" not in html
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[projects.solar.pk]))
    assert edit.status_code == 200
