"""The steering group and the Redaktion manage the download categories (home.roles)."""

from django.db import migrations

from home.roles import sync_roles_migration


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0007_sync_roles"),
        ("downloads", "0005_download_categories"),
    ]

    operations = [migrations.RunPython(sync_roles_migration, migrations.RunPython.noop)]
