"""The root of the page tree, above the German and the English home page, is titled "Root" by
Wagtail; choosers show that title to editors. It is the site's name here, in both languages."""

from django.db import migrations

SITE_NAME = "Klimaallianz Landkreis Cloppenburg"


def name_the_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title="Root").update(title=SITE_NAME, draft_title=SITE_NAME)


def call_it_root_again(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=SITE_NAME).update(title="Root", draft_title="Root")


class Migration(migrations.Migration):
    dependencies = [("home", "0004_listing_fields")]

    operations = [migrations.RunPython(name_the_root, call_it_root_again)]
