"""What the site search finds: the live, public pages of the reader's language (partner
profiles, projects, downloads with the text of their files, and every other page), ranked.

Pages that contain the words (stemmed, on PostgreSQL) come first, by rank; after them the
pages in whose title or summary a word begins with what was typed ("Solar" finds
"Solardächer"), so that a beginning never pushes an exact match down.
"""

import hashlib
from dataclasses import dataclass
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Value
from django.db.models.functions import Greatest, Length, Lower, StrIndex, Substr
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from downloads.models import DownloadPage
from downloads.querysets import attach_files
from home.listings import FacetFilter, ListingFilterSet, readable
from home.models import ContentPage
from klimaallianz.page_cache import remembered
from partners.models import PartnerPage
from projects.models import ProjectPage

# How many pages each kind of match yields at most: more are never read.
MAX_HITS = 1000
# A search for more than this is cut; nobody types it, and the index need not see it.
MAX_QUERY_LENGTH = 200

# The kinds of results, by the value of ?typ=; "seite" is every other page.
KINDS = {
    "partner": (PartnerPage, _("Partners")),
    "projekt": (ProjectPage, _("Projects")),
    "download": (DownloadPage, _("Downloads")),
}
OTHER_KIND = "seite"
OTHER_LABEL = _("Pages")


def clean_query(raw):
    """The search words as the index should see them: printable, trimmed and not too long."""
    text = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def searchable_pages(locale):
    """The pages a reader may find: readable pages of `locale` below its home page. The
    index filters on ids and indexed fields only, so what `readable` says is passed by id."""
    return Page.objects.filter(
        locale=locale, depth__gt=2, pk__in=readable(Page.objects).values("pk")
    )


def search_scope(query):
    """What tells a search's results apart in the shared cache (with the language), or None
    where they must not be kept. With this site's search backend (search.backend, on
    PostgreSQL) they are kept until content or the index changes: ranking every match of a
    common word takes longer than all the rest of the page. Other backends do not say when
    their index changes."""
    if not getattr(get_search_backend().index_class, "tells_page_cache", False):
        return None
    return hashlib.sha256(query.encode()).hexdigest()


def ranking(locale, query, scope):
    """ranked_ids of the pages a reader of `locale` may find, kept for a `scope`."""
    rank = partial(ranked_ids, searchable_pages(locale), query)
    return rank() if scope is None else remembered(f"search:{locale.pk}:{scope}", rank)


def ranked_ids(pages, query):
    """The ids of `pages` that match `query`, best first: whole words, then beginnings; and
    whether there were more than MAX_HITS of either, which are left out."""
    found = result_ids(pages.search(query, operator="and")[:MAX_HITS])
    if len(found) == MAX_HITS:
        # The beginnings would only follow the thousandth result, which nobody pages to.
        return found, True
    beginnings = result_ids(pages.autocomplete(query, operator="and")[:MAX_HITS])
    truncated = len(beginnings) == MAX_HITS
    seen = set(found)
    for pk in beginnings:
        if pk not in seen:
            seen.add(pk)
            found.append(pk)
    return found, truncated


def result_ids(results):
    """The ids of search results, in their order. Wagtail's database backends rank in a
    queryset: its ids alone are read, since making a thousand pages of the rows took longer
    than finding them."""
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True))
    return [page.pk for page in results]


def kind_of_type():
    """{content type id: kind} of the kinds with a page type of their own."""
    types = ContentType.objects.get_for_models(*(model for model, _label in KINDS.values()))
    return {types[model].pk: kind for kind, (model, _label) in KINDS.items()}


class SearchFilter(ListingFilterSet):
    """The search's GET parameter ?typ=…, over the pages that matched (a queryset of them).
    Its counts depend on the words: it needs a `scope` (`search_scope`), never the default."""

    def __init__(self, data, queryset, *, locale, scope):
        super().__init__(data, queryset, locale=locale, scope=scope)

    typ = FacetFilter(
        method="filter_kind", count="count_by_kind", hide_unused=True, label=_("Type")
    )

    def get_choices(self):
        self.kinds = kind_of_type()
        choices = [(kind, label) for kind, (_model, label) in KINDS.items()]
        return {"typ": [*choices, (OTHER_KIND, OTHER_LABEL)]}

    def filter_kind(self, queryset, name, value):
        if value == OTHER_KIND:
            return queryset.exclude(content_type__in=list(self.kinds))
        return queryset.filter(content_type__in=[pk for pk, k in self.kinds.items() if k == value])

    def count_by_kind(self, queryset):
        grouped = queryset.order_by().values_list("content_type").annotate(count=Count("pk"))
        counts = {}
        for content_type, number in grouped:
            kind = self.kinds.get(content_type, OTHER_KIND)
            counts[kind] = counts.get(kind, 0) + number
        return counts


def load_results(ids, query):
    """The pages with these ids, in this order, as their own types, each with `kind`; a
    download also with its public files and, if the words are in a file rather than its
    summary, an `excerpt` of that file. The same queries whatever types the page holds:
    every other page comes as a text page or a plain page (its search description)."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids)}
    for model in (*(model for model, _label in KINDS.values()), ContentPage):
        pages.update({page.pk: page for page in model.objects.filter(pk__in=ids)})
    results = [pages[pk] for pk in ids if pk in pages]
    kinds = {model: kind for kind, (model, _label) in KINDS.items()}
    for page in results:
        page.kind = kinds.get(type(page), OTHER_KIND)
    downloads = [page for page in results if isinstance(page, DownloadPage)]
    attach_files(downloads)
    # A few words are enough to find a place; a long query must not mean many queries.
    words = [word.lower() for word in query.split() if len(word) > 1][:3]
    # A download found by the text of its files shows where in a file the words are.
    unexplained = [
        page
        for page in downloads
        if not any(word in f"{page.title} {page.summary}".lower() for word in words)
    ]
    if unexplained and words:
        document_ids = [document.pk for page in unexplained for document in page.files]
        excerpts = file_excerpts(document_ids, words)
        for page in unexplained:
            page.excerpt = next(
                (excerpts[document.pk] for document in page.files if document.pk in excerpts),
                None,
            )
    return results


@dataclass
class Excerpt:
    text: str
    cut_before: bool
    cut_after: bool


def file_excerpts(document_ids, words, width=240):
    """{document id: Excerpt of the text around the first place one of `words` appears in
    the file}, cut in the database, so that a long file's text never leaves it; the cut
    falls between words."""
    found = {}
    for word in words:
        documents = (
            get_document_model()
            .objects.filter(pk__in=[pk for pk in document_ids if pk not in found])
            .annotate(position=StrIndex(Lower("text"), Value(word)))
            .filter(position__gt=0)
            .annotate(
                start=Greatest(F("position") - width // 3, 1),
                excerpt=Substr("text", Greatest(F("position") - width // 3, 1), width),
                length=Length("text"),
            )
        )
        for pk, start, excerpt, length in documents.values_list("pk", "start", "excerpt", "length"):
            cut_before, cut_after = start > 1, start + width <= length
            if cut_before:
                excerpt = excerpt.split(None, 1)[-1]
            if cut_after:
                excerpt = excerpt.rsplit(None, 1)[0]
            found[pk] = Excerpt(" ".join(excerpt.split()), cut_before, cut_after)
        if len(found) == len(document_ids):
            break
    return found
