"""Move the files of existing documents from the public media storage (MEDIA_ROOT/documents/)
into the documents' private storage, under the same names, so that no /media/ address reaches
them any more. Safe to run again, and a file that is already gone is skipped."""

from django.core.files.storage import storages
from django.db import migrations


def move_documents(Document, *, source, target):
    names = Document.objects.exclude(file="").values_list("file", flat=True)
    for name in names.distinct().iterator():
        if not source.exists(name):
            continue  # moved by an earlier run, or lost before this one
        if not target.exists(name):
            with source.open(name) as content:
                target.save(name, content)
        # Also when the target had it already: a copy left behind is what this removes.
        source.delete(name)


def forwards(apps, schema_editor):
    move_documents(
        apps.get_model("downloads", "Document"),
        source=storages["default"],
        target=storages["documents"],
    )


def backwards(apps, schema_editor):
    move_documents(
        apps.get_model("downloads", "Document"),
        source=storages["documents"],
        target=storages["default"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("downloads", "0002_document_file_in_private_storage"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
