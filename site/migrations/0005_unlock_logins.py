"""The steering group may see the current login lock-outs and unlock them (klimaallianz.logins):
group "Moderation" gets django-axes' view and delete permissions on access attempts.

Permissions are fetched or created here because Django creates them only after all migrations
have run (post_migrate).
"""

from django.db import migrations

GROUP = "Moderation"
CODENAMES = ["view_accessattempt", "delete_accessattempt"]


def permissions(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="axes", model="accessattempt")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )[0]
        for codename in CODENAMES
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0004_outgoingmail"),
        ("axes", "0010_accessattemptexpiration"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
