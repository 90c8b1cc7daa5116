"""What every response says to the browser, and requests that must never end in a 500:
the Content-Security-Policy (public pages, the project widget, the admin), the
Permissions-Policy, bad input (NUL bytes, form bodies in other charsets), HEAD, and /healthz."""

import io
import json
import re

import pytest
from PIL import Image as PILImage

from django.db import DEFAULT_DB_ALIAS, OperationalError, connections
from django.db.migrations.recorder import MigrationRecorder
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.finders import get_finders

from home.blocks import VideoBlock
from klimaallianz import health
from tests.factories import (
    YOUTUBE_VIDEO,
    ContentPageFactory,
    MembershipPageFactory,
    PartnerPageFactory,
    ProjectPageFactory,
    build_tree,
    cached_youtube_embed,
)
from tests.utils import edit_form_data, log_in_as, log_in_as_superuser

VIDEO = YOUTUBE_VIDEO
VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]
CSRF_COOKIE = "k" * 32


def policy(response):
    """The Content-Security-Policy header as {directive: [values]}."""
    parts = response["Content-Security-Policy"].split(";")
    return {name: values for name, *values in (part.split() for part in parts if part.strip())}


def style_nonce(html):
    [nonce] = re.findall(r'<style nonce="([^"]+)">', html)
    return nonce


@pytest.fixture
def site(home_de, home_en):
    """One page of each public type, German, and the English home page."""
    url = VIDEO
    cached_youtube_embed(' allowfullscreen title="Solardach"')
    content = ContentPageFactory(parent=home_de, title="Über uns", slug="ueber-uns")
    content.body = [("video", {"video": url, "title": "So entsteht ein Solardach"})]
    content.save_revision().publish()
    tree = build_tree()
    directory, showcase = tree.directory, tree.showcase
    partner = PartnerPageFactory(parent=directory, title="Stadtwerke Garrel")
    project = ProjectPageFactory(parent=partner, title="Solardach Rathaus")
    membership = MembershipPageFactory(parent=home_de)
    return {
        "home": "/",
        "home in English": "/en/",
        "content page": content.url,
        "partner directory": directory.url,
        "partner page": partner.url,
        "project showcase": showcase.url,
        "project page": project.url,
        "membership page": membership.url,
        "search": "/suche/?q=Solardach",
        "404 page": "/gibt-es-nicht/",
        "widget": f"{showcase.url}einbetten/?partner={partner.slug}",
        "feed": f"{showcase.url}feed/",
        "badge": f"{partner.url}badge/",
        "badge as PNG": f"{partner.url}badge/png/",
        "partner": partner,
        "project": project,
    }


def assert_public_policy(response):
    html = response.text
    csp = policy(response)
    nonce = style_nonce(html)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert csp["style-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["frame-src"] == VIDEO_ORIGINS
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    # Nothing that the policy would block: scripts are the site's own files or carry the
    # nonce (JSON data, which no browser runs, needs neither), and there are no style or
    # event attributes.
    for tag in re.findall(r"<script\b[^>]*>", html):
        if 'type="application/json"' in tag:
            continue
        if "src=" in tag:
            assert re.search(r'\ssrc="(//testserver)?/static/[^"]+"', tag), tag
        else:
            assert f'nonce="{nonce}"' in tag, tag
    assert not re.search(r"<[^>]+\sstyle=", html)
    assert not re.search(r"<[^>]+\son[a-z]+=", html)


PAGE_TYPES = [
    "home",
    "home in English",
    "content page",
    "partner directory",
    "partner page",
    "project showcase",
    "project page",
    "membership page",
    "search",
    "404 page",
]


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_public_pages_carry_the_strict_policy_and_may_not_be_framed(client, site, page_type):
    response = client.get(site[page_type])
    assert response.status_code == (404 if page_type == "404 page" else 200)
    assert_public_policy(response)
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in permissions
    assert 'fullscreen=("https://www.youtube-nocookie.com" "https://player.vimeo.com")' in (
        permissions
    )


@pytest.mark.django_db
def test_each_response_gets_its_own_nonce(client, site):
    first, second = (style_nonce(client.get("/").text) for _ in range(2))
    assert first != second


@pytest.mark.django_db
def test_the_json_ld_of_a_project_carries_the_nonce(client, site):
    html = client.get(site["project page"]).text
    assert f'<script type="application/ld+json" nonce="{style_nonce(html)}">' in html


@pytest.mark.django_db
def test_the_video_keeps_its_aspect_ratio_without_a_style_attribute(client, site):
    html = client.get(site["content page"]).text
    [embed] = re.findall(r"<template data-video-consent-embed[^>]*>(.*?)</template>", html, re.S)
    assert '<div class="responsive-object" data-ratio="56.25%">' in embed
    assert '<iframe src="https://www.youtube-nocookie.com/embed/abc123"' in embed


@pytest.mark.django_db
def test_the_video_block_takes_only_the_platforms_the_policy_lets_in(site):
    # frame-src lets in YouTube (cookie-less) and Vimeo: Wagtail finds embeds there only.
    def found(url):
        return any(finder.accept(url) for finder in get_finders())

    assert found(VIDEO) and found("https://vimeo.com/76979871")
    assert not found("https://www.dailymotion.com/video/x8abc")
    block = VideoBlock()
    assert block.clean(block.to_python({"video": VIDEO, "title": "Solardach"}))["video"].html
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({"video": "https://www.dailymotion.com/video/x8abc", "title": "x"})
        )


@pytest.mark.django_db
def test_only_the_widget_may_be_framed_by_other_sites(client, site):
    response = client.get(site["widget"])
    assert response.status_code == 200
    assert "Solardach Rathaus" in response.text
    assert policy(response)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in response
    nonce = style_nonce(response.text)
    assert policy(response)["style-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert "'unsafe-inline'" not in policy(response)["script-src"]
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_userbar_for_editors_works_under_the_public_policy(client, site):
    log_in_as_superuser(client)
    response = client.get(site["partner page"])
    assert "<wagtail-userbar>" in response.text
    assert_public_policy(response)
    assert policy(response)["frame-ancestors"] == ["'none'"]


def assert_admin_policy(response):
    csp = policy(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_has_its_own_policy(client, site):
    assert_admin_policy(client.get("/admin/login/"))
    log_in_as_superuser(client)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_admin_policy(response)
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_admin_preview_may_be_framed_by_the_admin(client, site):
    # Wagtail renders the preview through the middleware with the page's public address; the
    # admin shows it in an iframe.
    log_in_as_superuser(client)
    project = site["project"]
    data = edit_form_data(client, project, title="Solardach Rathaus, neu")
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[project.pk])
    assert client.post(preview, data).json()["is_valid"]
    response = client.get(preview, {"in_preview_panel": "true"})
    assert response.status_code == 200
    assert "Solardach Rathaus, neu" in response.text
    assert_admin_policy(response)
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_a_policy_a_view_sets_itself_is_kept(client, settings, tmp_path):
    # The embedded default serves uploaded media with its own sandboxing policy.
    settings.SERVE_MEDIA = True
    (tmp_path / "media").mkdir(exist_ok=True)
    image = io.BytesIO()
    PILImage.new("RGB", (2, 2)).save(image, "PNG")
    (tmp_path / "media" / "dot.png").write_bytes(image.getvalue())
    response = client.get("/media/dot.png")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "camera=()" in response["Permissions-Policy"]


# --- bad input --------------------------------------------------------------------------------


def assert_bad_request_page(response, language="de"):
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    title = (
        "Die Anfrage konnte nicht gelesen werden"
        if language == "de"
        else "The request could not be read"
    )
    assert f"<h1>{title}</h1>" in html
    # the site's headers, as on every page
    assert policy(response)["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "language"),
    [("/ueber%00uns/", "de"), ("/en/%00/", "en")],
)
def test_nul_in_the_path_is_a_bad_request(client, site, url, language):
    assert_bad_request_page(client.get(url), language)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/suche/?q=%00",
        "/suche/?q=%00&page=2",
        "/en/search/?q=%00",
        "/suche/?q=Solar&page=%00",
        "/suche/?q%00=Solar",
        "/projekte/?status=%00",
        "/partner/?kategorie=a%00b",
        "/admin/login/?next=/admin/%00",
    ],
)
def test_nul_in_the_query_is_dropped(client, site, url):
    # A pasted search or filter gives the page without the NUL byte.
    response = client.get(url)
    assert response.status_code in (200, 302)
    assert "\0" not in response.wsgi_request.GET.urlencode()


@pytest.mark.django_db
def test_nul_in_a_session_cookie_is_a_bad_request(client, site):
    # Python's cookie parser turns the octal escapes into NUL bytes.
    cookie = 'sessionid="' + "\\000" * 32 + '"'
    assert_bad_request_page(client.get("/", HTTP_COOKIE=cookie))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/admin/pages/search/?q=%00", "/admin/images/?q=%00", "/admin/pages/?owner=%00"]
)
def test_nul_in_the_admin_query_is_dropped(client, site, url):
    log_in_as(client, "Moderation")
    assert client.get(url).status_code == 200


@pytest.fixture
def csrf_client():
    """A browser as it is: with a CSRF cookie, and the check enforced."""
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = CSRF_COOKIE
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/mitmachen/", "/admin/login/"])
@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded; charset=latin-1",
        "application/x-www-form-urlencoded; charset=utf-16",
    ],
)
def test_a_form_in_another_charset_is_a_bad_request_with_the_site_headers(
    csrf_client, site, url, content_type
):
    # The test client encodes the body in the charset the content type names.
    body = f"organisation=Müller&a=%FF&csrfmiddlewaretoken={CSRF_COOKIE}"
    response = csrf_client.post(url, body, content_type=content_type)
    assert_bad_request_page(response)


@pytest.mark.django_db
def test_a_broken_multipart_body_is_a_bad_request(csrf_client, site):
    response = csrf_client.post("/mitmachen/", b"garbage", content_type="multipart/form-data")
    assert_bad_request_page(response)


def form_token(client, url):
    html = client.get(url).text
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content_type",
    [
        # An unknown charset is ignored: the body is read as UTF-8.
        "application/x-www-form-urlencoded; charset=foo",
        "application/x-www-form-urlencoded",
    ],
)
def test_undecodable_bytes_in_a_form_give_the_form_again(site, content_type):
    client = Client(enforce_csrf_checks=True)
    token = form_token(client, "/mitmachen/")
    body = b"csrfmiddlewaretoken=" + token.encode() + b"&organisation=\xff\xfe&email=x"
    # generic() sends the bytes as they are; post() would encode them in the named charset.
    response = client.generic("POST", "/mitmachen/", body, content_type=content_type)
    assert response.status_code == 200
    assert "<h1>Mitmachen</h1>" in response.text
    assert 'id="id_email_error"' in response.text


@pytest.mark.django_db
def test_nul_in_a_form_field_is_a_bad_request(site):
    client = Client(enforce_csrf_checks=True)
    token = form_token(client, "/mitmachen/")
    response = client.post("/mitmachen/", {"csrfmiddlewaretoken": token, "organisation": "a\0b"})
    assert_bad_request_page(response)


@pytest.mark.django_db
def test_the_error_pages_render_without_a_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        pages = {name: render_to_string(name) for name in ("400.html", "403.html", "403_csrf.html")}
    assert "<h1>Die Anfrage konnte nicht gelesen werden</h1>" in pages["400.html"]
    assert "<h1>Zugriff verweigert</h1>" in pages["403.html"]
    assert "<h1>Das Formular konnte nicht gesendet werden</h1>" in pages["403_csrf.html"]
    for html in pages.values():
        assert "site-header" in html and "{%" not in html


@pytest.mark.django_db
def test_a_form_without_its_csrf_cookie_explains_itself_in_the_brand(site):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/mitmachen/", {"organisation": "x"})
    assert response.status_code == 403
    assert "<h1>Das Formular konnte nicht gesendet werden</h1>" in response.text
    assert policy(response)["style-src"] == ["'self'"]


# --- HEAD -------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/robots.txt", 200),
        ("/favicon.ico", 301),
        ("/sitemap.xml", 200),
        ("/healthz", 200),
        ("home", 200),
        ("partner page", 200),
        ("membership page", 200),
        ("feed", 200),
        ("widget", 200),
        ("badge", 200),
        ("badge as PNG", 200),
    ],
)
def test_head_works_wherever_get_does(client, site, url, status):
    url = site.get(url, url)
    assert client.get(url).status_code == status
    response = client.head(url)
    assert response.status_code == status
    assert response.content == b""


# --- /healthz ---------------------------------------------------------------------------------


@pytest.fixture
def fresh_health(monkeypatch):
    # The answer "all migrations applied" is kept in the process; each test starts without it.
    monkeypatch.setattr(health, "migrations_applied", False)


@pytest.mark.django_db
def test_healthz_answers_ok_without_cookie_and_never_cached(client, fresh_health):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_a_load_balancer_probing_by_address_over_http(
    client, settings, fresh_health
):
    settings.ALLOWED_HOSTS = ["klimaallianz.example"]
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/", HTTP_HOST="10.0.0.7").status_code == 400  # the site itself refuses
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_healthz_503_when_the_database_is_unreachable(client, monkeypatch, fresh_health):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections[DEFAULT_DB_ALIAS], "cursor", unreachable)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "error", "failed": "database"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_503_while_a_migration_is_missing_and_remembers_once_all_are(client, fresh_health):
    latest = MigrationRecorder.Migration.objects.filter(app="klimaallianz").latest("id")
    latest.delete()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "failed": "migrations"}
    latest.save()
    assert client.get("/healthz").status_code == 200
    # Once complete, the migrations are not read again in this process.
    MigrationRecorder.Migration.objects.filter(pk=latest.pk).delete()
    assert client.get("/healthz").status_code == 200


def test_healthz_takes_only_get_and_head(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "text"), [("/", "kurz nicht erreichbar"), ("/en/", "briefly")])
@pytest.mark.parametrize("chrome_cache", [0, 600])
def test_pages_say_come_back_later_while_the_database_is_away(
    client, site, settings, monkeypatch, url, text, chrome_cache
):
    # With the shared cache on, the site and the home page are looked up before the view.
    settings.CHROME_CACHE_SECONDS = chrome_cache

    def unreachable(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connections[DEFAULT_DB_ALIAS], "cursor", unreachable)
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert text in response.text
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
