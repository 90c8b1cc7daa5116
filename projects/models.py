from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import BodyBlock
from home.models import BASE_TRANSLATABLE_FIELDS, IndexPage


class ProjectIndexPage(IndexPage):
    """The project showcase at /projekte/: every live project of its language."""

    subpage_types = ["projects.ProjectPage"]

    class Meta:
        verbose_name = _("project showcase")
        verbose_name_plural = _("project showcases")


class ProjectPage(Page):
    """A climate project: below its lead partner's profile, or below the showcase for the
    alliance's own projects."""

    parent_page_types = ["partners.PartnerPage", "projects.ProjectIndexPage"]
    subpage_types = []

    teaser = models.TextField(
        _("teaser"), max_length=300, help_text=_("Two sentences for cards and search results.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("teaser"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("teaser", boost=2),
        index.SearchField("body"),
    ]
    translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("teaser"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
