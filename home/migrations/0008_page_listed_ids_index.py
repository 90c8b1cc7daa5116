"""The ids of the live, non-alias pages per language, as an index of its own: listings and
their facet counts join their page type's table to Wagtail's page table on the id, and with
this index PostgreSQL reads the pages of one language from the index alone instead of
walking the whole table (a facet count on 1,000 partners: 7.8 ms, then 1.7 ms)."""

from django.db import migrations, models
from django.db.models import Q

INDEX = models.Index(
    fields=["locale", "id"],
    name="home_page_listed_ids_idx",
    condition=Q(live=True, alias_of__isnull=True),
)


def add_index(apps, schema_editor):
    schema_editor.add_index(apps.get_model("wagtailcore", "Page"), INDEX)


def remove_index(apps, schema_editor):
    schema_editor.remove_index(apps.get_model("wagtailcore", "Page"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("home", "0007_page_indexes")]

    operations = [migrations.RunPython(add_index, remove_index)]
