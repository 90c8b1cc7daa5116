import datetime

from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from downloads.models import DownloadIndexPage
from home.listings import listing_context, readable
from home.public_address import absolute_url
from partners.models import PartnerIndexPage
from projects.models import ProjectIndexPage

from .results import SearchFilter, clean_query, load_results, ranking, search_scope
from .tasks import count_search

PAGE_SIZE = 10
# The empty state suggests what others searched for in this time.
POPULAR_DAYS = 90


def search(request):
    """The site search: the pages of the reader's language that match, by type, with the
    steering group's promoted results first."""
    query = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    context = {"query": query}
    if query:
        scope = search_scope(query)
        ids, context["truncated"] = ranking(locale, query, scope)
        # Promoted pages lead the first page of results and are not repeated further down.
        promotions = promoted(query, locale)
        promoted_ids = {promotion.page_id for promotion in promotions}
        ids = [pk for pk in ids if pk not in promoted_ids]
        rank = {pk: position for position, pk in enumerate(ids)}
        listing = SearchFilter(
            request.GET, Page.objects.filter(pk__in=ids), locale=locale, scope=scope
        )
        matching = listing.remembered(
            "matching",
            lambda: sorted(listing.results().values_list("pk", flat=True), key=rank.__getitem__),
        )
        context |= listing_context(
            listing, page_number=request.GET.get("page"), page_size=PAGE_SIZE, results=matching
        )
        page_obj = context["page_obj"]
        page_obj.object_list = load_results(list(page_obj.object_list), query)
        # Promotions lead the first page of all results, not a filtered one.
        first_page = page_obj.number == 1 and not context["filtered"]
        context["promotions"] = promotions if first_page else []
        if (ids or promotions) and not request.GET.keys() - {"q"}:
            # For the admin's report of search terms (no personal data: the words only).
            count_search.enqueue(query, timezone.localdate().isoformat())
    if not query or not context["page_obj"].paginator.count:
        since = timezone.now().date() - datetime.timedelta(days=POPULAR_DAYS)
        context["popular"] = Query.get_most_popular(date_since=since)[:8]
        listings = (PartnerIndexPage, ProjectIndexPage, DownloadIndexPage)
        context["listings"] = (
            readable(Page.objects).filter(locale=locale).type(*listings).order_by("path")
        )
    return render(request, "search/search.html", context)


def promoted(query, locale):
    """The steering group's promotions for these words: links elsewhere, and pages of the
    reader's language that the reader may see."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page")
    pages = readable(Page.objects).filter(locale=locale)
    chosen = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(pages.filter(pk__in=chosen).values_list("pk", flat=True))
    return [
        promotion
        for promotion in promotions
        if promotion.page_id is None or promotion.page_id in visible
    ]


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def opensearch(request):
    """The OpenSearch description of the search in the reader's language, with which a browser
    offers the site as a search engine of its address bar. Its addresses are absolute, since
    the browser keeps the description apart from the page it came from."""
    context = {
        "language": get_language(),
        "search_url": absolute_url(reverse("search")),
        "self_url": absolute_url(reverse("opensearch")),
        "icon_url": absolute_url(static("favicon.svg")),
    }
    return render(
        request,
        "search/opensearch.xml",
        context,
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )
