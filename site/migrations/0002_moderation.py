"""The steering group's moderation: groups "Moderation" and "Redaktion" and the workflow
"Freigabe durch die Lenkungsgruppe" on the root page, so that it covers every page of every
locale. Wagtail's default "Editors" and "Moderators" groups and its "Moderators approval"
workflow are removed: no group keeps rights it should not have.

Permissions are fetched or created here because Django creates them only after all
migrations have run (post_migrate).
"""

from django.db import migrations

WORKFLOW = "Freigabe durch die Lenkungsgruppe"

PAGE_PERMISSIONS = {
    "Moderation": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page",
                   "unlock_page"],
    # The Redaktion edits everything and publishes through the workflow.
    "Redaktion": ["add_page", "change_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Moderation": [("downloads", "document", ["add", "change", "delete", "choose"]),
                   ("wagtailimages", "image", ["add", "change", "delete", "choose"])],
    "Redaktion": [("downloads", "document", ["add", "change", "delete", "choose"]),
                  ("wagtailimages", "image", ["add", "change", "delete", "choose"])],
}
MODEL_PERMISSIONS = {
    "Moderation": [
        ("wagtailadmin", "admin", "access_admin"),
        # wagtail-localize's translation editor publishes without a workflow, so
        # translating stays with the group that may publish.
        ("wagtail_localize", "translation", "submit_translation"),
        ("klimaallianz", "brandsettings", "change_brandsettings"),
        ("partners", "partnerpage", "onboard_partner"),
        ("partners", "partnercategory", "add_partnercategory"),
        ("partners", "partnercategory", "change_partnercategory"),
        ("partners", "partnercategory", "delete_partnercategory"),
        ("partners", "municipality", "add_municipality"),
        ("partners", "municipality", "change_municipality"),
        ("partners", "municipality", "delete_municipality"),
        ("wagtailredirects", "redirect", "add_redirect"),
        ("wagtailredirects", "redirect", "change_redirect"),
        ("wagtailredirects", "redirect", "delete_redirect"),
    ],
    "Redaktion": [
        ("wagtailadmin", "admin", "access_admin"),
        ("partners", "partnercategory", "add_partnercategory"),
        ("partners", "partnercategory", "change_partnercategory"),
        ("partners", "municipality", "add_municipality"),
        ("partners", "municipality", "change_municipality"),
    ],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )[0]


def set_up_moderation(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        task.delete()
    Workflow.objects.filter(name="Moderators approval").delete()

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {}
    for name in ("Moderation", "Redaktion"):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page,
                permission=permission(apps, "wagtailcore", "page", codename),
            )
        for app_label, model, actions in COLLECTION_PERMISSIONS[name]:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=permission(apps, app_label, model, f"{action}_{model}"),
                )
        group.permissions.add(
            *(permission(apps, *triple) for triple in MODEL_PERMISSIONS[name])
        )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=WORKFLOW, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups["Moderation"]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # On the root page, so that the German and the English tree (and any later locale) are
    # covered alike.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    # Reversing would leave the site without moderation; restore from a backup instead.
    dependencies = [
        ("klimaallianz", "0001_initial"),
        ("partners", "0004_partnerpage_onboard_permission"),
        ("downloads", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(set_up_moderation, migrations.RunPython.noop)]
