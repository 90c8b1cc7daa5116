from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "slug", "title", "live")),
        Revision.objects.count(),
        get_user_model().objects.count(),
    )


@pytest.mark.django_db
def test_load_demo_builds_both_languages_and_is_idempotent(client):
    first = load_demo()
    assert "Login: admin / " in first
    before = snapshot()

    second = load_demo()
    assert "nothing was changed" in second
    assert "Login: admin / " not in second  # the password is shown only once
    assert snapshot() == before

    for url, text in [
        ("/", "Klimaallianz"),
        ("/wer-sind-wir/", "Wer sind wir?"),
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Landesbeauftragte für den Datenschutz Niedersachsen"),
        ("/erklaerung-zur-barrierefreiheit/", "Schlichtungsstelle"),
        ("/partner/", "Partner"),
        ("/en/", "Klimaallianz"),
        ("/en/who-we-are/", "Who we are"),
        ("/en/legal-notice/", "Legal notice"),
        ("/en/projects/", "Projects"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url

    # the legal pages are linked from every page's footer, in the reader's language
    home = client.get("/").text
    assert 'href="/impressum/"' in home and 'href="/datenschutz/"' in home
    english = client.get("/en/who-we-are/").text
    assert 'href="/en/legal-notice/"' in english and 'href="/en/privacy/"' in english
