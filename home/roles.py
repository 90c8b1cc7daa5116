"""Who may do what: the site's groups and their permissions as one table, and the code that gives
the groups exactly that.

The two central groups are set from the table by `sync_roles`, which a data migration calls
whenever the table changes: it creates what is missing and removes what the table does not list,
so a right given to "Moderation" or "Redaktion" by hand in the admin is gone after the next
sync. Change the table and add a data migration that runs `sync_roles_migration` instead.

A partner group exists once per member organisation and is granted its rights on its own profile
page and collection by onboarding (`grant_partner_role`). That only adds what is missing, because
onboarding may run again for an organisation whose editors are already at work.

Everything here works with the historical models of a data migration (`apps.get_model`) as well
as with the real ones (`apps=None`). Django creates permissions only after all migrations have run
(post_migrate), so a missing one is created here under the codename Django would use.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps

MODERATION = "Moderation"
REDAKTION = "Redaktion"
PARTNER_GROUP_PREFIX = "Partner: "


@dataclass(frozen=True)
class Role:
    # Codenames of wagtailcore.page, granted on the role's page and the pages below it.
    page_permissions: tuple = ()
    # (app_label, model, actions), granted in the role's collection and the ones below it.
    collection_permissions: tuple = ()
    # (app_label, model, codename), granted everywhere.
    model_permissions: tuple = ()

    def collection_codenames(self):
        return [
            (app_label, model, f"{action}_{model}")
            for app_label, model, actions in self.collection_permissions
            for action in actions
        ]


# Documents are the site's own model (WAGTAILDOCS_DOCUMENT_MODEL = "downloads.Document").
MEDIA = (
    ("downloads", "document", ("add", "change", "delete", "choose")),
    ("wagtailimages", "image", ("add", "change", "delete", "choose")),
)

# The central groups hold their page rights on the root page, so that every locale's tree is
# covered alike, and their collection rights on the root collection.
ROLES = {
    # The steering group: publishes anywhere and approves or rejects in the workflow.
    MODERATION: Role(
        page_permissions=(
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ),
        collection_permissions=MEDIA,
        model_permissions=(
            ("wagtailadmin", "admin", "access_admin"),
            # wagtail-localize's translation editor publishes without a workflow, so
            # translating stays with the group that may publish.
            ("wagtail_localize", "translation", "submit_translation"),
            ("klimaallianz", "brandsettings", "change_brandsettings"),
            ("klimaallianz", "outgoingmail", "view_outgoingmail"),
            ("klimaallianz", "outgoingmail", "resend_outgoingmail"),
            ("axes", "accessattempt", "view_accessattempt"),
            ("axes", "accessattempt", "delete_accessattempt"),
            ("partners", "partnerpage", "onboard_partner"),
            ("partners", "membershipapplication", "view_membershipapplication"),
            ("partners", "membershipapplication", "change_membershipapplication"),
            ("partners", "supporter", "view_supporter"),
            ("partners", "supporter", "change_supporter"),
            ("partners", "supporter", "delete_supporter"),
            ("partners", "partnercategory", "add_partnercategory"),
            ("partners", "partnercategory", "change_partnercategory"),
            ("partners", "partnercategory", "delete_partnercategory"),
            ("partners", "municipality", "add_municipality"),
            ("partners", "municipality", "change_municipality"),
            ("partners", "municipality", "delete_municipality"),
            ("downloads", "downloadcategory", "add_downloadcategory"),
            ("downloads", "downloadcategory", "change_downloadcategory"),
            ("downloads", "downloadcategory", "delete_downloadcategory"),
            ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion"),
            ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion"),
            ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion"),
            ("wagtailredirects", "redirect", "add_redirect"),
            ("wagtailredirects", "redirect", "change_redirect"),
            ("wagtailredirects", "redirect", "delete_redirect"),
        ),
    ),
    # The alliance's own editors: edit everything, publish through the workflow.
    REDAKTION: Role(
        page_permissions=("add_page", "change_page", "lock_page", "unlock_page"),
        collection_permissions=MEDIA,
        model_permissions=(
            ("wagtailadmin", "admin", "access_admin"),
            ("partners", "partnercategory", "add_partnercategory"),
            ("partners", "partnercategory", "change_partnercategory"),
            ("partners", "municipality", "add_municipality"),
            ("partners", "municipality", "change_municipality"),
            ("downloads", "downloadcategory", "add_downloadcategory"),
            ("downloads", "downloadcategory", "change_downloadcategory"),
            ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion"),
            ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion"),
            ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion"),
        ),
    ),
}

# A member organisation's editors, on their own PartnerPage and collection. Add and change only:
# never publish, lock or delete; publishing goes through the steering group's workflow.
PARTNER = Role(
    page_permissions=("add_page", "change_page"),
    collection_permissions=(
        ("downloads", "document", ("add", "change", "choose")),
        ("wagtailimages", "image", ("add", "change", "choose")),
    ),
    model_permissions=(("wagtailadmin", "admin", "access_admin"),),
)


def sync_roles_migration(apps, schema_editor):
    """The function of a data migration (RunPython) that brings the groups to the table:
    every change of the table comes with one."""
    sync_roles(apps)


def partner_group_name(organisation):
    return f"{PARTNER_GROUP_PREFIX}{organisation}"[:150]  # the length of Group.name


def _apps(apps):
    return global_apps if apps is None else apps


class _Permissions:
    """Fetches or creates permissions by (app_label, model, codename), once per triple."""

    def __init__(self, apps):
        self.apps = apps
        self.cache = {}

    def __call__(self, app_label, model, codename):
        key = (app_label, model, codename)
        if key not in self.cache:
            ContentType = self.apps.get_model("contenttypes", "ContentType")
            Permission = self.apps.get_model("auth", "Permission")
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            self.cache[key] = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()[:255]},
            )[0]
        return self.cache[key]


def sync_roles(apps=None):
    """Give "Moderation" and "Redaktion" exactly the table's permissions, creating the groups if
    needed. Returns the changes as (group, "granted" or "revoked", codename) tuples, so a second
    run returns none."""
    apps = _apps(apps)
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    root_collection = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    permission = _Permissions(apps)

    changes = []
    for name, role in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = {p.pk: p for p in (permission(*t) for t in role.model_permissions)}
        held = {p.pk: p for p in group.permissions.all()}
        extras = [p for pk, p in held.items() if pk not in wanted]
        missing = [p for pk, p in wanted.items() if pk not in held]
        group.permissions.remove(*extras)
        group.permissions.add(*missing)
        changes += [(name, "revoked", p.codename) for p in extras]
        changes += [(name, "granted", p.codename) for p in missing]

        page_permissions = [permission("wagtailcore", "page", c) for c in role.page_permissions]
        changes += [
            (name, *change)
            for change in _sync_rows(
                GroupPagePermission, group, "page", root_page, page_permissions
            )
        ]
        collection_permissions = [permission(*t) for t in role.collection_codenames()]
        changes += [
            (name, *change)
            for change in _sync_rows(
                GroupCollectionPermission,
                group,
                "collection",
                root_collection,
                collection_permissions,
            )
        ]
    return changes


def _sync_rows(model, group, field, place, wanted):
    """Leave `group` with exactly one row of `model` (GroupPagePermission or
    GroupCollectionPermission) per wanted permission, all on `place`."""
    wanted_ids = {p.pk for p in wanted}
    kept, extras = set(), []
    for row in model.objects.filter(group=group).select_related("permission"):
        if getattr(row, f"{field}_id") == place.pk and row.permission_id in wanted_ids:
            kept.add(row.permission_id)
        else:
            extras.append(row)
    model.objects.filter(pk__in=[row.pk for row in extras]).delete()
    missing = [p for p in wanted if p.pk not in kept]
    model.objects.bulk_create([model(group=group, permission=p, **{field: place}) for p in missing])
    return [("revoked", row.permission.codename) for row in extras] + [
        ("granted", p.codename) for p in missing
    ]


def grant_partner_role(group, page, collection, apps=None):
    """Grant a partner group what the table gives it on its profile page and its collection,
    adding only what is missing. Returns the codenames newly granted, as (place, codename) with
    place "page", "collection" or "model"."""
    apps = _apps(apps)
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    permission = _Permissions(apps)
    granted = []
    model_permissions = [permission(*triple) for triple in PARTNER.model_permissions]
    held = set(
        group.permissions.filter(pk__in=[p.pk for p in model_permissions]).values_list(
            "pk", flat=True
        )
    )
    for p in model_permissions:
        if p.pk not in held:
            group.permissions.add(p)
            granted.append(("model", p.codename))
    for codename in PARTNER.page_permissions:
        p = permission("wagtailcore", "page", codename)
        if GroupPagePermission.objects.get_or_create(group=group, page=page, permission=p)[1]:
            granted.append(("page", codename))
    for triple in PARTNER.collection_codenames():
        p = permission(*triple)
        if GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=p
        )[1]:
            granted.append(("collection", p.codename))
    return granted
