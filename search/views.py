from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

PAGE_SIZE = 10


def search(request):
    """Full-text search over the live, public pages of the reader's language, without
    aliases."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        # Aliases repeat another language's text (an English page not translated yet); the
        # index filters on ids only, so they are left out by id.
        originals = Page.objects.filter(alias_of__isnull=True).values("pk")
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2, pk__in=originals)
            .specific()
            .search(query)
        )
    page_obj = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "page_obj": page_obj})
