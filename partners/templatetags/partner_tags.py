from django import template

from ..models import PartnerPage

register = template.Library()


@register.filter
def organisation(page):
    """The member organisation that `page` belongs to: the partner profile it is or lies
    below; None for the alliance's own pages."""
    return PartnerPage.objects.ancestor_of(page, inclusive=True).first()
