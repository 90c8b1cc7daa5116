"""The steering group sees and manages the supporters (home.roles)."""

from django.db import migrations

from home.roles import sync_roles_migration


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0009_sync_roles_search_promotions"),
        ("partners", "0010_supporters"),
    ]

    operations = [migrations.RunPython(sync_roles_migration, migrations.RunPython.noop)]
