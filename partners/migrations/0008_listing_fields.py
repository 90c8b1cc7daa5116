from django.db import migrations

from home.revisions import reversible_rename


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0007_logo_without_svg"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField("partnerpage", "logo", "listing_image"),
        reversible_rename("partners", "partnerpage", {"logo": "listing_image"}),
    ]
