"""Create the English locale next to German and a German and an English home page in place of
Wagtail's welcome page, so that / and /en/ answer on a fresh database."""

import uuid

from django.db import migrations

HOME_PAGES = [
    # language, slug, title, claim, path
    ("de", "startseite", "Startseite", "Gemeinsam für das Klima im Landkreis Cloppenburg",
     "00010001"),
    ("en", "home", "Home", "Together for the climate in the district of Cloppenburg",
     "00010002"),
]


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("de", "en")}
    # Wagtail's welcome page (and the site pointing at it, by cascade); a filter, not a get,
    # so that an already-removed page is no error.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    translation_key = uuid.uuid4()
    pages = {}
    for code, slug, title, claim, path in HOME_PAGES:
        pages[code] = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            claim=claim,
            content_type=content_type,
            locale=locales[code],
            translation_key=translation_key,
            path=path,
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            live=True,
        )
    Page.objects.filter(depth=1).update(numchild=len(pages))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": pages["de"],
                  "site_name": "Klimaallianz Landkreis Cloppenburg"},
    )


def remove_home_pages(apps, schema_editor):
    # The English locale stays: pages of other apps may already use it.
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, remove_home_pages)]
