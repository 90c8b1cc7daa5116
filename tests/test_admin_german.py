"""The admin in German: the pages a partner editor works with, and a moderator's report and
translation editor, show no English label and none of the wrong German that Wagtail's and
wagtail-localize's catalogues leave (the site completes them in site/wagtail_locale)."""

import html
import json
import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import make_project
from tests.utils import member_of, submit_project, text

CATALOGUE = Path(__file__).resolve().parent.parent / "site/wagtail_locale/de/LC_MESSAGES/django.po"

# English words and phrases that Wagtail, wagtail-localize or Django leave in the German admin.
# Not "Search": Wagtail writes it into two of its page templates, on a button that only screen
# readers announce, and the site does not copy those templates to change one word.
ENGLISH = [
    "Locale",
    "Locales",
    "Actions",
    "More actions",
    "Image",
    "None",
    "Root",
    "now",
    "ago",
    "seconds",
    "minutes",
    "translation",
    "Choose",
    "Edit",
    "Delete",
    "Save",
    "Cancel",
    "Submit",
]
# German that is wrong: a model name glued to "Objekt" in lower case ("dieses seite-Objekt"),
# a title word order made for English ("Auswählen Gemeinde"), grammar and spelling.
WRONG_GERMAN = [
    r"\w-Objekt",
    r"^Auswählen \w",
    r"Keine andere Übersetzungen",
    r"Kommentarbenachichtigung",
    r"\w to \w",
]
# Where people read text: text nodes and these attributes, also of elements that are hidden
# until opened (side panels, dialogs); the counter on a side panel's toggle is filled in by
# JavaScript.
UNREAD_ELEMENTS = {"data-side-panel-toggle-counter"}
READ_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value"}
# Strings of the block definitions that JavaScript turns into form fields (StreamField).
JSON_LABEL = re.compile(
    r'"(?:label|helpText|help_text|title|text|choose_one_text|choose_another_text)"\s*:\s*'
    r'("(?:[^"\\]|\\.)*")'
)
WHOLE_ELEMENTS = {"h1", "h2", "h3", "label", "legend", "button", "a", "th"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class ReadableText(HTMLParser):
    """The strings of a page that people read: each text node, the whole text of headings,
    labels, buttons and links, and the attributes that screen readers and tooltips show.
    `hidden` here means not text at all (scripts, styles, JavaScript's placeholders)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings = []
        self.stack = []  # [tag, hidden, collected text]

    @property
    def hidden(self):
        return any(hidden for _tag, hidden, _text in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hidden = tag in ("script", "style") or bool(UNREAD_ELEMENTS & attrs.keys())
        if not self.hidden and not hidden:
            for name in READ_ATTRIBUTES & attrs.keys():
                self.strings.append(attrs[name] or "")
            if tag == "input" and attrs.get("type") in ("submit", "button"):
                self.strings.append(attrs.get("value") or "")
        if tag not in VOID:
            self.stack.append([tag, hidden, []])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, hidden, collected = self.stack.pop()
            if open_tag in WHOLE_ELEMENTS and not hidden and not self.hidden:
                self.strings.append(" ".join(" ".join(collected).split()))
            if self.stack:
                self.stack[-1][2].extend(collected)
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.hidden or not data.strip():
            return
        self.strings.append(" ".join(data.split()))
        if self.stack:
            self.stack[-1][2].append(data)


def readable_strings(page):
    parser = ReadableText()
    parser.feed(page)
    strings = parser.strings
    for match in JSON_LABEL.finditer(html.unescape(page)):
        strings.append(json.loads(match.group(1)))
    return [string for string in strings if string.strip()]


def not_german(page):
    """The strings of `page` with an English word or wrong German, as (what, string)."""
    found = set()
    for string in readable_strings(page):
        for phrase in ENGLISH:
            if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", string):
                found.add((phrase, string))
        for pattern in WRONG_GERMAN:
            if re.search(pattern, string):
                found.add((pattern, string))
    return sorted(found)


def admin_page(client, url):
    """The HTML of an admin page, also of a chooser, which answers with JSON."""
    response = client.get(url)
    assert response.status_code == 200, url
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return text(response)


@pytest.fixture
def project_in_moderation(client, partner, editor):
    """A project the editor submitted 22 seconds ago."""
    client.force_login(editor)
    project = submit_project(client, partner.page)
    task_state = project.current_workflow_task_state
    task_state.started_at = timezone.now() - timedelta(seconds=22)
    task_state.save()
    return project


def partner_editor_pages(partner, project):
    page = partner.page
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[project.pk]),
        reverse("wagtailadmin_pages:add", args=["projects", "projectpage", page.pk]),
        reverse("wagtailadmin_pages:history", args=[project.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[project.pk]),
        reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=[project.pk, project.current_workflow_state.pk],
        ),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailsnippetchoosers_partners_municipality:choose"),
        reverse("wagtailsnippetchoosers_projects_topic:choose"),
        reverse("wagtailadmin_account"),
    ]


@pytest.mark.django_db
def test_the_pages_a_partner_editor_uses_are_german(client, partner, project_in_moderation):
    found = {
        url: not_german(admin_page(client, url))
        for url in partner_editor_pages(partner, project_in_moderation)
    }
    assert {url: strings for url, strings in found.items() if strings} == {}


@pytest.mark.django_db
def test_the_moderation_status_says_when_in_german(client, project_in_moderation):
    url = reverse("wagtailadmin_pages:edit", args=[project_in_moderation.pk])
    assert "vor 22\xa0Sekunden" in admin_page(client, url)


@pytest.mark.django_db
def test_a_snippet_chooser_is_titled_in_german_word_order(client, editor):
    client.force_login(editor)
    page = admin_page(client, reverse("wagtailsnippetchoosers_partners_municipality:choose"))
    assert "Gemeinde auswählen" in readable_strings(page)


@pytest.mark.django_db
def test_pages_published_by_the_system_name_no_publisher_none(client, partner):
    """The demo loader and scheduled publishing publish without a user."""
    assert PageLogEntry.objects.filter(page=partner.page, action="wagtail.publish", user=None)
    client.force_login(member_of("Moderation"))
    page = admin_page(client, reverse("wagtailadmin_reports:aging_pages"))
    assert "Stadtwerke Garrel" in page
    assert not_german(page) == []
    assert "System" in readable_strings(page)


@pytest.mark.django_db
def test_the_translation_editor_names_its_languages_in_german(client, partner):
    client.force_login(member_of("Moderation"))
    project = make_project(partner.page, "Solardach")
    source, _created = TranslationSource.get_or_create_from_instance(project)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=True)
    english = project.get_translation(translation.target_locale)
    page = admin_page(client, reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert not_german(page) == []
    # Its script writes them in English; the site's script puts these in their place.
    assert 'data-title="Übersetzung von %(source)s nach %(target)s"' in page
    assert 'data-more-actions="Mehr Aktionen"' in page


def test_the_german_for_wagtail_is_compiled():
    source = {entry.msgid: entry.msgstr for entry in polib.pofile(str(CATALOGUE))}
    compiled = {
        entry.msgid: entry.msgstr for entry in polib.mofile(str(CATALOGUE.with_suffix(".mo")))
    }
    compiled.pop("", None)  # the header
    assert compiled == source, "run compilemessages"
