"""The seven fields of action of the district's climate work in German and English, with shared slugs.
Editors manage them afterwards as snippets."""

import uuid

from django.db import migrations

TOPICS = [
    ("verwaltung", "Verwaltung und Vorbild", "Administration leading by example"),
    ("energie-und-waerme", "Erneuerbare Energien und Wärme", "Renewable energy and heat"),
    ("gebaeude", "Gebäude und Sanieren", "Buildings and renovation"),
    ("mobilitaet", "Mobilität", "Mobility"),
    (
        "wirtschaft-und-landwirtschaft",
        "Wirtschaft und Landwirtschaft",
        "Business and agriculture",
    ),
    (
        "bildung-und-beteiligung",
        "Bildung, Beteiligung und Öffentlichkeitsarbeit",
        "Education, participation and public relations",
    ),
    ("klimaanpassung", "Klimaanpassung", "Climate adaptation"),
]


def create_topics(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Topic = apps.get_model("projects", "Topic")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for slug, german, english in TOPICS:
        key = uuid.uuid4()
        for code, name in (("de", german), ("en", english)):
            if code in locales:
                Topic.objects.get_or_create(
                    slug=slug,
                    locale=locales[code],
                    defaults={"name": name, "translation_key": key},
                )


def remove_topics(apps, schema_editor):
    # Projects lose these fields of action with them (a many-to-many relation, no PROTECT).
    apps.get_model("projects", "Topic").objects.filter(
        slug__in=[slug for slug, *_ in TOPICS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_showcase"),
        ("home", "0002_locales_and_home_pages"),
    ]

    operations = [migrations.RunPython(create_topics, remove_topics)]
