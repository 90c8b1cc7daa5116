from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

PAGE_SIZE = 10


def search(request):
    """Full-text search over the live, public pages of the reader's language."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .specific()
            .search(query)
        )
    page_obj = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "page_obj": page_obj})
