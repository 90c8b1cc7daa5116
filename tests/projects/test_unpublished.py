"""Nothing unpublished shows anywhere public: drafts, projects waiting for approval, private
projects and the pending revision of a live one."""

import pytest

from django.conf import settings

from wagtail.models import PageViewRestriction, Workflow

from tests.factories import make_project
from tests.utils import option, sitemap_text, titles


@pytest.fixture
def hidden(tree, projects, django_user_model):
    """A draft, a project waiting for approval, a private one, and a live one whose next
    revision waits for approval: none of their unpublished content may show."""
    garrel = projects.garrel
    unapproved = make_project(garrel, "Wartet auf Freigabe", topics=["mobilitaet"], live=False)
    editor = django_user_model.objects.create_user("e", "e@example.org", "pw")
    unapproved.save_revision(user=editor)
    Workflow.objects.get(name="Freigabe durch die Lenkungsgruppe").start(unapproved, editor)
    private = make_project(garrel, "Geschlossene Gesellschaft", topics=["mobilitaet"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    changed = projects.bus
    changed.title = "Neuer Titel in Freigabe"
    changed.save_revision(user=editor)
    return {"unapproved": unapproved, "private": private, "draft": projects.draft}


HIDDEN = {
    "Entwurf Windpark",
    "Wartet auf Freigabe",
    "Geschlossene Gesellschaft",
    "Neuer Titel in Freigabe",
}


@pytest.mark.django_db
def test_unpublished_projects_appear_nowhere_public(client, projects, hidden):
    pages = {
        "showcase": "/projekte/",
        "filtered": "/projekte/?handlungsfeld=mobilitaet&partner=stadtwerke-garrel",
        "feed": "/projekte/feed/",
        "partner feed": "/projekte/feed/stadtwerke-garrel/",
        "widget": "/projekte/einbetten/?partner=stadtwerke-garrel",
        "partner page": projects.garrel.url,
        "related projects": projects.cycling.url,
        "home page": "/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert titles(response.content.decode(), HIDDEN) == set(), name
    assert "Rufbus Emstek" in client.get(projects.cycling.url).text  # related, as published
    sitemap = sitemap_text(client)
    assert titles(sitemap, HIDDEN) == set()
    assert f"{settings.BASE_URL}{projects.bus.url}" in sitemap
    assert not any(page.url in sitemap for page in hidden.values())
    assert client.get(hidden["draft"].url).status_code == 404
    assert "Geschlossene Gesellschaft" not in client.get(hidden["private"].url).text
    assert option("mobilitaet", "Mobilität", 2) in client.get("/projekte/").text
