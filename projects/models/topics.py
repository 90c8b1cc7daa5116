from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models import Term


class Topic(Term):
    """A field of action (Handlungsfeld) of the district's climate work. Editors
    manage the set as a translatable snippet; the slug is shared by both languages."""

    class Meta(Term.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug")]
