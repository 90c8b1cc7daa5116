"""The five kinds of downloads in German and English, with shared slugs (editors manage them
afterwards as snippets), and the file type of documents uploaded before it was stored."""

import os

from django.db import migrations

from home.vocabularies import create_terms, remove_terms

CATEGORIES = [
    ("logos", "Logos und Markenvorlagen", "Logos and brand templates"),
    ("beitrittserklaerung", "Beitrittserklärung", "Membership declaration"),
    ("flyer", "Flyer", "Flyers"),
    ("berichte", "Berichte", "Reports"),
    ("praesentationen", "Präsentationen", "Presentations"),
]


def create_categories(apps, schema_editor):
    create_terms(apps, "downloads", "DownloadCategory", CATEGORIES)


def remove_categories(apps, schema_editor):
    remove_terms(apps, "downloads", "DownloadCategory", CATEGORIES)


def describe_existing_documents(apps, schema_editor):
    Document = apps.get_model("downloads", "Document")
    for document in Document.objects.filter(file_type=""):
        extension = os.path.splitext(document.file.name)[1][1:].lower()
        Document.objects.filter(pk=document.pk).update(file_type=extension[:8])


class Migration(migrations.Migration):
    dependencies = [
        ("downloads", "0004_downloads"),
        ("home", "0002_locales_and_home_pages"),
    ]

    operations = [
        migrations.RunPython(create_categories, remove_categories),
        migrations.RunPython(describe_existing_documents, migrations.RunPython.noop),
    ]
