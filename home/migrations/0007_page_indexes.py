"""Indexes on Wagtail's page table for how this site reads it.

- `url_path`: the home page finds the page for an address by its path in one query
  (home.routing).
- newest listed pages per language: the listings and the home page's teasers sort by
  `first_published_at` among live pages that are not aliases; without the index every
  listing read all pages of its language to return the first few.

Wagtail's migrations own the table, so the indexes are added through the schema editor of
whichever database runs (PostgreSQL in production, SQLite on a developer's machine).
"""

from django.db import migrations, models
from django.db.models import F, Q



def indexes(connection):
    # SQLite sorts nulls last in descending order anyway, and knows no NULLS LAST here.
    nulls_last = True if connection.vendor == "postgresql" else None
    return [
        models.Index(fields=["url_path"], name="home_page_url_path_idx"),
        models.Index(
            F("locale"),
            F("first_published_at").desc(nulls_last=nulls_last),
            name="home_page_listed_newest_idx",
            condition=Q(live=True, alias_of__isnull=True),
        ),
    ]


def add_indexes(apps, schema_editor):
    page = apps.get_model("wagtailcore", "Page")
    for index in indexes(schema_editor.connection):
        schema_editor.add_index(page, index)


def remove_indexes(apps, schema_editor):
    page = apps.get_model("wagtailcore", "Page")
    for index in indexes(schema_editor.connection):
        schema_editor.remove_index(page, index)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_listing_image_alt"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
