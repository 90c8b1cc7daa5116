"""Who promotes search results and sees what readers search for: the steering group and the
Redaktion; partner editors reach neither."""

import pytest

from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query

from tests.utils import assert_refused, log_in_as, text


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Moderation", "Redaktion"])
def test_the_steering_group_and_redaktion_see_search_terms_and_promote(client, home_de, group):
    Query.get("wärmepumpe").add_hit()
    log_in_as(client, group)
    report = client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert "wärmepumpe" in text(report)
    assert reverse("wagtailsearchpromotions:search_terms") in text(client.get("/admin/"))
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200


@pytest.mark.django_db
def test_partner_editors_reach_neither(client, editor):
    Query.get("wärmepumpe").add_hit()
    client.force_login(editor)
    for name in ("search_terms", "search_terms_results", "index", "add"):
        assert_refused(client.get(reverse(f"wagtailsearchpromotions:{name}")))
    assert reverse("wagtailsearchpromotions:search_terms") not in text(client.get("/admin/"))
