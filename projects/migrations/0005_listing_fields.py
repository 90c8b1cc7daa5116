from django.db import migrations, models

from home.revisions import reversible_rename


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0004_topics"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField("projectpage", "teaser", "summary"),
        migrations.RenameField("projectpage", "main_image", "listing_image"),
        migrations.AlterField(
            model_name="projectpage",
            name="summary",
            field=models.TextField(
                help_text="One or two sentences for cards, feeds and search results.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
        reversible_rename(
            "projects", "projectpage", {"teaser": "summary", "main_image": "listing_image"}
        ),
    ]
