"""The site's public address comes from one setting, BASE_URL: the Site record, mails, feeds,
the codes for partners, the sitemap, og:url and the canonical link all use it; links inside
the site stay relative."""

import re
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory

from wagtail.models import Site

from klimaallianz.settings import base_url
from partners.models import PartnerPage
from projects.models import ProjectPage
from tests.factories import onboard
from tests.test_settings import manage
from tests.utils import sitemap_locations

PUBLIC = "https://klimaallianz.example"


@pytest.fixture
def public_address(settings):
    """BASE_URL set as on the production server (settings.py makes WAGTAILADMIN_BASE_URL the
    same value). Wagtail caches the Site record's address: forget it afterwards, whatever the
    test changed."""
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    yield PUBLIC
    Site.clear_site_root_paths_cache()


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.mark.django_db
def test_migrate_gives_the_site_record_the_public_address(public_address):
    site = default_site()
    site.hostname, site.port = "localhost", 80  # as the first migration made it
    site.save()
    call_command("migrate", verbosity=0)
    site = default_site()
    assert (site.hostname, site.port) == ("klimaallianz.example", 443)
    assert site.root_url == PUBLIC


@pytest.mark.django_db
def test_every_absolute_link_of_the_demo_uses_the_public_address(client, public_address):
    site = default_site()
    site.hostname, site.port = "localhost", 80
    site.save()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert f"set the site's address to {PUBLIC} (BASE_URL)" in out.getvalue()

    partner = PartnerPage.objects.live().filter(locale__language_code="de").first()
    project = ProjectPage.objects.live().filter(locale__language_code="de").first()
    project_en = (
        ProjectPage.objects.live().filter(locale__language_code="en", alias_of=None).first()
    )
    untranslated = ProjectPage.objects.live().filter(alias_of__isnull=False).first()
    pages = {
        url: client.get(url)
        for url in [
            "/",
            "/en/",
            "/partner/",
            "/en/partners/",
            "/projekte/",
            "/en/projects/",
            partner.url,
            project.url,
            project_en.url,
            untranslated.url,
            "/projekte/?page=2",
            "/projekte/?handlungsfeld=mobilitaet&page=2",
            "/projekte/feed/",
            f"/projekte/feed/{partner.slug}/",
            f"/projekte/einbetten/?partner={partner.slug}",
            "/sitemap.xml",
            "/robots.txt",
            "/suche/?q=Klima",
        ]
    }
    for url, response in pages.items():
        assert response.status_code == 200, url
        assert "localhost" not in response.text, url
        assert "testserver" not in response.text, url

    # the canonical link and og:url of every page, without filters or other parameters
    html = pages[project.url].text
    assert f'<link rel="canonical" href="{PUBLIC}{project.url}">' in html
    assert f'<meta property="og:url" content="{PUBLIC}{project.url}">' in html
    assert f'"url": "{PUBLIC}{project.url}"' in html  # the project's structured data
    assert f'<link rel="canonical" href="{PUBLIC}/en/">' in pages["/en/"].text
    assert f'<link rel="canonical" href="{PUBLIC}/suche/">' in pages["/suche/?q=Klima"].text
    second = pages["/projekte/?page=2"].text
    assert f'<link rel="canonical" href="{PUBLIC}/projekte/?page=2">' in second
    filtered = pages["/projekte/?handlungsfeld=mobilitaet&page=2"].text
    assert f'<link rel="canonical" href="{PUBLIC}/projekte/">' in filtered
    notice = pages[untranslated.url].text
    assert f'<link rel="canonical" href="{PUBLIC}{untranslated.url}">' in notice
    # links inside the site stay relative
    assert f'href="{partner.url}"' in pages["/partner/"].text
    assert f'href="{PUBLIC}{partner.url}"' not in pages["/partner/"].text

    feed = pages["/projekte/feed/"].text
    assert f"<link>{PUBLIC}/projekte/</link>" in feed
    assert f'<atom:link href="{PUBLIC}/projekte/feed/" rel="self"/>' in feed
    items = re.findall(r"<item><title>.*?</title><link>(.*?)</link>", feed)
    assert items and all(link.startswith(f"{PUBLIC}/") for link in items)

    index = re.findall(r"<loc>(.*?)</loc>", pages["/sitemap.xml"].text)
    assert f"{PUBLIC}/sitemap-projekte-de.xml" in index
    locations = sitemap_locations(client)
    assert f"{PUBLIC}/" in locations and f"{PUBLIC}{project_en.url}" in locations
    assert all(location.startswith(f"{PUBLIC}/") for location in index + locations)
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in pages["/robots.txt"].text

    widget = pages[f"/projekte/einbetten/?partner={partner.slug}"].text
    assert f'<a class="brand" href="{PUBLIC}/projekte/"' in widget

    # the codes partners copy into their own websites
    request = RequestFactory().get(partner.url)
    context = {"partner": partner, "request": request}
    snippet = render_to_string("projects/includes/embed_snippet.html", context)
    assert f'&lt;iframe src="{PUBLIC}/projekte/einbetten/?partner={partner.slug}"' in snippet
    assert f'href="{PUBLIC}/projekte/feed/{partner.slug}/"' in snippet

    # a mail: the invitation of a new partner editor
    mail.outbox.clear()
    onboard("Stadtwerke Musterstadt", ["redaktion@musterstadt.example"])
    (invitation,) = mail.outbox
    assert f"{PUBLIC}/admin/" in invitation.body
    assert "127.0.0.1" not in invitation.body and "localhost" not in invitation.body


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("https://Klimaallianz.example/", "https://klimaallianz.example"),
        ("https://klimaallianz.example:443", "https://klimaallianz.example"),
        ("http://127.0.0.1:8021", "http://127.0.0.1:8021"),
    ],
)
def test_base_url_is_read_as_scheme_host_and_port(value, address):
    assert base_url(value) == address


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("klimaallianz.example", "it must start with https:// or http://"),
        ("https://klimaallianz.example/klima/", "the site only: scheme, host and port, no path"),
        ("https://klimaallianz.example:8443", "https must use its standard port 443"),
    ],
)
def test_a_base_url_that_is_no_address_stops_the_start(value, message):
    result = manage("check", DEBUG="true", BASE_URL=value)
    assert result.returncode != 0
    assert f"BASE_URL could not be read ('{value}'): " in result.stderr
    assert message in result.stderr


@pytest.mark.django_db
def test_the_sitemap_follows_a_changed_site_address_at_once(client, home_de, public_address):
    """The sitemap keeps the sites' addresses for one request only (Wagtail would otherwise
    look them up once per page)."""
    site = default_site()
    site.hostname, site.port = "klimaallianz.example", 443
    site.save()
    assert sitemap_locations(client)[0] == f"{PUBLIC}/"
    site.hostname = "klima.example"
    site.save()
    locations = sitemap_locations(client)
    assert locations and all(url.startswith("https://klima.example/") for url in locations)
