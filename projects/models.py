from django.utils.translation import gettext_lazy as _

from home.models import IndexPage


class ProjectIndexPage(IndexPage):
    """The project showcase at /projekte/: every live project of its language."""

    subpage_types = []

    class Meta:
        verbose_name = _("project showcase")
        verbose_name_plural = _("project showcases")
