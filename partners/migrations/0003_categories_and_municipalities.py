"""The alliance's member categories and the district's municipalities, in German and English.
Editors manage them afterwards as snippets."""

from django.db import migrations

from home.vocabularies import create_terms, remove_terms

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


VOCABULARIES = (("PartnerCategory", CATEGORIES), ("Municipality", MUNICIPALITIES))


def create_vocabularies(apps, schema_editor):
    for model_name, terms in VOCABULARIES:
        create_terms(apps, "partners", model_name, terms)


def remove_vocabularies(apps, schema_editor):
    # Only terms that no partner uses can go; PROTECT stops the rest, as it should.
    for model_name, terms in VOCABULARIES:
        remove_terms(apps, "partners", model_name, terms)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_municipality_partnercategory_partnerpage_and_more"),
        ("home", "0002_locales_and_home_pages"),
    ]

    operations = [migrations.RunPython(create_vocabularies, remove_vocabularies)]
