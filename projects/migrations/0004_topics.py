"""The seven fields of action of the district's climate work in German and English, with shared slugs.
Editors manage them afterwards as snippets."""

from django.db import migrations

from home.vocabularies import create_terms, remove_terms

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
    create_terms(apps, "projects", "Topic", TOPICS)


def remove_topics(apps, schema_editor):
    # Projects lose these fields of action with them (a many-to-many relation, no PROTECT).
    remove_terms(apps, "projects", "Topic", TOPICS)


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_showcase"),
        ("home", "0002_locales_and_home_pages"),
    ]

    operations = [migrations.RunPython(create_topics, remove_topics)]
