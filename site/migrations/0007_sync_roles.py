"""Gives the groups "Moderation" and "Redaktion" exactly the permissions of home.roles' table,
which from now on holds what 0002_moderation and partners' 0005_membership granted one by one,
and the steering group's new rights on e-mails and login lock-outs. A later change of the table
comes with a migration like this one.
"""

from django.db import migrations

from home.roles import sync_roles_migration


class Migration(migrations.Migration):
    # Going back leaves the grants: the permissions of models that a reverse removes go with
    # them, and the rest is what the earlier migrations granted.
    dependencies = [
        ("klimaallianz", "0006_logo_without_svg"),
        ("partners", "0007_logo_without_svg"),
        ("downloads", "0003_move_documents_out_of_media"),
        ("axes", "0010_accessattemptexpiration"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(sync_roles_migration, migrations.RunPython.noop)]
