from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models import Term


class PartnerCategory(Term):
    """A kind of member: towns and municipalities, companies, chambers ..."""

    class Meta(Term.Meta):
        verbose_name = _("partner category")
        verbose_name_plural = _("partner categories")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug")
        ]


class Municipality(Term):
    """One of the district's 13 towns and municipalities, or "outside the district"."""

    OUTSIDE_DISTRICT = "ausserhalb"  # the slug of "outside the district"

    class Meta(Term.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_municipality_slug")
        ]
