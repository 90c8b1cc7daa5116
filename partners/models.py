from django.utils.translation import gettext_lazy as _

from home.models import IndexPage


class PartnerIndexPage(IndexPage):
    """The partner directory at /partner/: the member organisations of the alliance."""

    subpage_types = []

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")
