"""Bulk actions in the admin's listings offer only what the user may do: Wagtail checks the
selected items only after the click and would show an empty page."""

import re

import pytest

from tests.factories import make_project
from tests.utils import log_in_as


def bulk_actions(html):
    """The bulk actions the listing offers, by the last part of their address."""
    return set(re.findall(r'href="/admin/bulk/wagtailcore/page/(\w+)/"', html))


@pytest.mark.django_db
def test_bulk_actions_offer_publishing_only_to_those_who_may_publish(client, partner, editor):
    make_project(partner.page, "Solardach Rathaus", live=False, owner=editor)
    listing = f"/admin/pages/{partner.page.pk}/"

    client.force_login(editor)
    assert bulk_actions(client.get(listing).text) == {"move", "delete"}
    log_in_as(client, "Redaktion")
    assert bulk_actions(client.get(listing).text) == {"move", "delete"}
    log_in_as(client, "Moderation")
    assert bulk_actions(client.get(listing).text) == {"move", "delete", "publish", "unpublish"}
