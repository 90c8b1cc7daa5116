"""English follows the German tree: wagtail-localize creates an English alias for every new
German page (until it is translated), so every page is reachable under /en/ too."""

from django.db import migrations


def synchronise(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    german = Locale.objects.filter(language_code="de").first()
    english = Locale.objects.filter(language_code="en").first()
    if german and english:
        LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": german})


def unsynchronise(apps, schema_editor):
    apps.get_model("wagtail_localize.LocaleSynchronization").objects.filter(
        locale__language_code="en"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("klimaallianz", "0002_moderation"),
        ("home", "0002_locales_and_home_pages"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(synchronise, unsynchronise)]
