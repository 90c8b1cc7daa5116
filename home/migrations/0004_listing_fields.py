from django.db import migrations, models

from home.revisions import reversible_rename


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_alter_contentpage_body"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RenameField("contentpage", "introduction", "summary"),
        migrations.AlterField(
            model_name="contentpage",
            name="summary",
            field=models.TextField(
                blank=True,
                help_text="Shown below the title and in search results.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
        migrations.AddField(
            model_name="contentpage",
            name="listing_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Shown on cards and at the top of the page; its description is the alt text.",
                null=True,
                on_delete=models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="image",
            ),
        ),
        reversible_rename("home", "contentpage", {"introduction": "summary"}),
    ]
