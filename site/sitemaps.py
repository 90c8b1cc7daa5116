from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.listings import readable


class BilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the default locale's tree only; this one lists every language's
    tree. Aliases are left out: they repeat the German text under an English address."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            readable(Page.objects.filter(in_any_tree))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
