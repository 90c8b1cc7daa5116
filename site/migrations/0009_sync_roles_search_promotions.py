"""The steering group and the Redaktion promote search results and see the search terms
(home.roles)."""

from django.db import migrations

from home.roles import sync_roles_migration


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0008_sync_roles_download_categories"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(sync_roles_migration, migrations.RunPython.noop)]
