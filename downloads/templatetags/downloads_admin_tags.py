from django import template

from ..admin_views import accessibility_warning as warning_text

register = template.Library()


@register.simple_tag
def accessibility_warning(document):
    """The warning that a document failed the accessibility check, as the upload shows it."""
    return warning_text(document)
