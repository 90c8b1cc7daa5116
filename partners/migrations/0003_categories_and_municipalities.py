"""The alliance's member categories and the district's municipalities, in German and English.
Editors manage them afterwards as snippets."""

import uuid

from django.db import migrations

CATEGORIES = [
    ("staedte-und-gemeinden", "Städte und Gemeinden", "Towns and municipalities"),
    ("fraktionen", "Fraktionen des Kreistags", "Political groups of the district council"),
    ("unternehmen", "Unternehmen", "Companies"),
    ("vereine-und-verbaende", "Vereine und Verbände", "Associations and NGOs"),
    ("ihk", "Industrie- und Handelskammer", "Chamber of Industry and Commerce"),
    ("handwerkskammer", "Handwerkskammer", "Chamber of Crafts"),
    ("landwirtschaftskammer", "Landwirtschaftskammer", "Chamber of Agriculture"),
    ("zweckverbaende", "Zweckverbände", "Special-purpose associations"),
    ("weitere", "Weitere Organisationen", "Other organisations"),
]

MUNICIPALITIES = [
    ("cloppenburg", "Cloppenburg", "Cloppenburg"),
    ("friesoythe", "Friesoythe", "Friesoythe"),
    ("loeningen", "Löningen", "Löningen"),
    ("barssel", "Barßel", "Barßel"),
    ("boesel", "Bösel", "Bösel"),
    ("cappeln", "Cappeln (Oldenburg)", "Cappeln (Oldenburg)"),
    ("emstek", "Emstek", "Emstek"),
    ("essen", "Essen (Oldenburg)", "Essen (Oldenburg)"),
    ("garrel", "Garrel", "Garrel"),
    ("lastrup", "Lastrup", "Lastrup"),
    ("lindern", "Lindern (Oldenburg)", "Lindern (Oldenburg)"),
    ("molbergen", "Molbergen", "Molbergen"),
    ("saterland", "Saterland", "Saterland"),
    ("ausserhalb", "Außerhalb des Landkreises", "Outside the district"),
]


def create_terms(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for model_name, terms in (("PartnerCategory", CATEGORIES), ("Municipality", MUNICIPALITIES)):
        model = apps.get_model("partners", model_name)
        for slug, german, english in terms:
            key = uuid.uuid4()
            for code, name in (("de", german), ("en", english)):
                if code in locales:
                    model.objects.get_or_create(
                        slug=slug,
                        locale=locales[code],
                        defaults={"name": name, "translation_key": key},
                    )


def remove_terms(apps, schema_editor):
    # Only terms that no partner uses can go; PROTECT stops the rest, as it should.
    for model_name, terms in (("PartnerCategory", CATEGORIES), ("Municipality", MUNICIPALITIES)):
        apps.get_model("partners", model_name).objects.filter(
            slug__in=[slug for slug, *_ in terms]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_municipality_partnercategory_partnerpage_and_more"),
        ("home", "0002_locales_and_home_pages"),
    ]

    operations = [migrations.RunPython(create_terms, remove_terms)]
