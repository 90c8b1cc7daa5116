"""The steering group and the Redaktion promote search results and see the search terms
(home.roles)."""

from django.db import migrations

from home.roles import sync_roles


def sync(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0008_sync_roles_download_categories"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
