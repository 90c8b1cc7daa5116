from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models import Term


class DownloadCategory(Term):
    """What kind of download a page offers (logos and brand templates, the membership form,
    flyers, reports, presentations). Editors manage the set as a translatable snippet."""

    class Meta(Term.Meta):
        verbose_name = _("download category")
        verbose_name_plural = _("download categories")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_download_category_slug")
        ]
