"""Stored revisions follow a renamed field, so that drafts, pages in moderation and scheduled
publications keep what editors wrote."""


def rename_revision_fields(app_label, model_name, renames):
    """A RunPython function that renames keys in the revisions of one page type."""

    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Revision = apps.get_model("wagtailcore", "Revision")
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if content_type is None:
            return
        for revision in Revision.objects.filter(content_type=content_type).iterator():
            content = revision.content
            if any(old in content for old in renames):
                for old, new in renames.items():
                    if old in content:
                        content[new] = content.pop(old)
                revision.save(update_fields=["content"])

    return rename


def reversible_rename(app_label, model_name, renames):
    """The RunPython operation for a migration that renames fields of a page type."""
    from django.db import migrations

    backwards = {new: old for old, new in renames.items()}
    return migrations.RunPython(
        rename_revision_fields(app_label, model_name, renames),
        rename_revision_fields(app_label, model_name, backwards),
    )
