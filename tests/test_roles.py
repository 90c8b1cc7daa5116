"""The table of roles in home.roles is what the groups hold: after migrate, after a sync that
repairs hand-made changes, and for a freshly onboarded partner group."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.roles import MODERATION, PARTNER, REDAKTION, ROLES, partner_group_name, sync_roles
from tests.factories import onboard
from tests.utils import log_in_as


def table(role, page, collection):
    return {
        "model": set(role.model_permissions),
        "page": {(page.pk, "wagtailcore", "page", codename) for codename in role.page_permissions},
        "collection": {(collection.pk, *triple) for triple in role.collection_codenames()},
    }


def triple(permission):
    content_type = permission.content_type
    return (content_type.app_label, content_type.model, permission.codename)


def held(group):
    """What the group holds, in the table's terms and with the place of each row."""
    return {
        "model": {triple(p) for p in group.permissions.select_related("content_type")},
        "page": {
            (row.page_id, *triple(row.permission))
            for row in GroupPagePermission.objects.filter(group=group).select_related(
                "permission__content_type"
            )
        },
        "collection": {
            (row.collection_id, *triple(row.permission))
            for row in GroupCollectionPermission.objects.filter(group=group).select_related(
                "permission__content_type"
            )
        },
    }


def central_table(name):
    return table(ROLES[name], Page.get_first_root_node(), Collection.get_first_root_node())


@pytest.mark.django_db
@pytest.mark.parametrize("name", [MODERATION, REDAKTION])
def test_after_migrate_the_central_groups_hold_exactly_the_table(name):
    assert held(Group.objects.get(name=name)) == central_table(name)


@pytest.mark.django_db
def test_sync_after_migrate_changes_nothing_and_a_second_run_neither():
    before = {name: held(Group.objects.get(name=name)) for name in ROLES}
    assert sync_roles() == []
    assert sync_roles() == []
    assert {name: held(Group.objects.get(name=name)) for name in ROLES} == before


@pytest.mark.django_db
def test_sync_repairs_a_removed_and_takes_back_an_added_permission(client, home_de):
    moderation = Group.objects.get(name=MODERATION)
    redaktion = Group.objects.get(name=REDAKTION)
    GroupPagePermission.objects.filter(
        group=moderation, permission__codename="publish_page"
    ).delete()
    # Given by hand in the admin: publishing to the Redaktion, on one page only, and deleting
    # terms everywhere.
    GroupPagePermission.objects.create(
        group=redaktion, page=home_de, permission=Permission.objects.get(codename="publish_page")
    )
    redaktion.permissions.add(Permission.objects.get(codename="delete_partnercategory"))

    # A Redaktion member notices the extra right: the editor offers "publish".
    log_in_as(client, REDAKTION)
    edit = reverse("wagtailadmin_pages:edit", args=[home_de.pk])
    assert 'name="action-publish"' in client.get(edit).content.decode()

    assert sorted(sync_roles()) == [
        (MODERATION, "granted", "publish_page"),
        (REDAKTION, "revoked", "delete_partnercategory"),
        (REDAKTION, "revoked", "publish_page"),
    ]
    assert held(moderation) == central_table(MODERATION)
    assert held(redaktion) == central_table(REDAKTION)
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    assert sync_roles() == []


@pytest.mark.django_db
def test_sync_creates_missing_groups():
    Group.objects.filter(name=REDAKTION).delete()
    changes = sync_roles()
    assert {name for name, change, _ in changes} == {REDAKTION}
    assert {change for _, change, _ in changes} == {"granted"}
    assert held(Group.objects.get(name=REDAKTION)) == central_table(REDAKTION)


@pytest.mark.django_db
def test_an_onboarded_partner_group_holds_exactly_the_table(partner):
    # onboarding names every right it granted on the page and in the collection
    granted = [
        change
        for change in partner.changes
        if "_page" in change or "_document" in change or "_image" in change
    ]
    assert len(granted) == len(PARTNER.page_permissions) + len(PARTNER.collection_codenames())
    assert partner.group.name == partner_group_name("Stadtwerke Garrel")
    assert held(partner.group) == table(PARTNER, partner.page, partner.collection)
    assert partner.collection.get_parent() == Collection.get_first_root_node()


@pytest.mark.django_db
def test_onboarding_reports_the_grants_once(partner):
    again = onboard("Stadtwerke Garrel")
    assert again.changes == []
    assert held(again.group) == table(PARTNER, partner.page, partner.collection)
