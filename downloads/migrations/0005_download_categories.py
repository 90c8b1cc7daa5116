"""The five kinds of downloads in German and English, with shared slugs (editors manage them
afterwards as snippets), and the file type of documents uploaded before it was stored."""

import os
import uuid

from django.db import migrations

CATEGORIES = [
    ("logos", "Logos und Markenvorlagen", "Logos and brand templates"),
    ("beitrittserklaerung", "Beitrittserklärung", "Membership declaration"),
    ("flyer", "Flyer", "Flyers"),
    ("berichte", "Berichte", "Reports"),
    ("praesentationen", "Präsentationen", "Presentations"),
]


def create_categories(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    DownloadCategory = apps.get_model("downloads", "DownloadCategory")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for slug, german, english in CATEGORIES:
        key = uuid.uuid4()
        for code, name in (("de", german), ("en", english)):
            if code in locales:
                DownloadCategory.objects.get_or_create(
                    slug=slug,
                    locale=locales[code],
                    defaults={"name": name, "translation_key": key},
                )


def remove_categories(apps, schema_editor):
    apps.get_model("downloads", "DownloadCategory").objects.filter(
        slug__in=[slug for slug, *_ in CATEGORIES]
    ).delete()


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
