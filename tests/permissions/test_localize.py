"""wagtail-localize: translations are the steering group's; a partner group given "submit
translation" reaches its own pages only and publishes nothing."""

import pytest

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from partners.models import PartnerCategory
from tests.factories import term
from tests.permissions.world import assert_nothing_foreign
from tests.utils import assert_denied, assert_refused, member_of, text

# --- wagtail-localize -------------------------------------------------------------------------


@pytest.fixture
def translated(world, django_capture_on_commit_callbacks):
    """The own profile translated into English by the steering group, through localize."""
    client = Client()
    client.force_login(member_of("Moderation"))
    page = world.own.page
    english = Page.objects.get(locale__language_code="en", translation_key=page.translation_key)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [english.locale_id]})
    assert response.status_code == 302, text(response)[:2000]
    return TranslationSource.objects.get_for_instance(page), english


@pytest.mark.django_db
def test_wagtail_localize_submit_update_and_report(editor_client, world, translated):
    source, english = translated
    for url in (
        reverse("wagtail_localize:submit_page_translation", args=[world.own.page.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[world.other.page.pk]),
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:translations_report_results"),
        reverse("wagtail_localize:snippets_api_listing", args=["partners", "partnercategory"]),
    ):
        assert_refused(editor_client.get(url))
        assert_refused(editor_client.post(url, {"locales": [english.locale_id]}))
    assert_nothing_foreign(
        editor_client.get(reverse("wagtail_localize:translations_report"), follow=True)
    )


@pytest.mark.django_db
def test_wagtail_localize_partner_cannot_publish_a_translation_of_their_own_page(
    editor_client, world, translated
):
    _source, english = translated
    english.refresh_from_db()
    before = english.latest_revision_id
    url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert_refused(editor_client.get(url))
    assert_refused(editor_client.post(url, {"action-publish": "1"}))
    english.refresh_from_db()
    assert english.latest_revision_id == before


# --- wagtail-localize for a partner group given "submit translation" --------------------------


@pytest.fixture
def partner_translator(world, translated, django_capture_on_commit_callbacks):
    """The own organisation's group holds wagtail-localize's translation permission, and the
    steering group has translated the published profile of another organisation."""
    world.own.group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    client = Client()
    client.force_login(member_of("Moderation"))
    page = world.public.page
    english = Page.objects.get(locale__language_code="en", translation_key=page.translation_key)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"locales": [english.locale_id]}).status_code == 302
    return TranslationSource.objects.get_for_instance(page)


@pytest.mark.django_db
def test_wagtail_localize_partner_translator_is_refused_other_organisations(
    editor_client, world, partner_translator
):
    other_source = partner_translator
    english = Locale.objects.get(language_code="en")
    translations_before = Translation.objects.count()
    revisions_before = sorted(Revision.objects.values_list("pk", flat=True))
    for page in (world.other.page, world.public.page, world.secret_project):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        assert_denied(editor_client.get(url))
        assert_denied(editor_client.post(url, {"locales": [english.pk]}))
    url = reverse("wagtail_localize:update_translations", args=[other_source.pk])
    assert_denied(editor_client.get(url))
    assert_denied(editor_client.post(url, {}))
    assert_denied(editor_client.post(url, {"publish_translations": "on"}))
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["partners", "partnercategory", term(PartnerCategory, "unternehmen").pk],
    )
    assert_denied(editor_client.get(url))
    assert_denied(editor_client.post(url, {"locales": [english.pk]}))
    # nothing was translated, synchronised or published
    assert Translation.objects.count() == translations_before
    assert sorted(Revision.objects.values_list("pk", flat=True)) == revisions_before
    assert_nothing_foreign(editor_client.get(reverse("wagtailadmin_home")))


@pytest.mark.django_db
def test_wagtail_localize_partner_translator_reaches_own_translations_but_publishes_nothing(
    editor_client, world, partner_translator, translated, django_capture_on_commit_callbacks
):
    source, english_profile = translated
    english = Locale.objects.get(language_code="en")
    # Translating their own (draft) project gives an English draft.
    url = reverse("wagtail_localize:submit_page_translation", args=[world.own_project.pk])
    assert editor_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {"locales": [english.pk]}).status_code == 302
    translation = world.own_project.get_translation(english)
    assert translation.alias_of_id is None and not translation.live
    # Synchronising their own profile's translation works; publishing it needs the moderators.
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor_client.get(url).status_code == 200
    live_revision = Page.objects.get(pk=english_profile.pk).live_revision_id
    assert_denied(editor_client.post(url, {"publish_translations": "on"}))
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {}).status_code == 302
    assert Page.objects.get(pk=english_profile.pk).live_revision_id == live_revision
