"""Filtered listings: the partner directory, the project showcase and every listing after them.

A listing is a django-filter FilterSet over one base queryset. Its facets are choice filters:
a value that is not among the choices makes the form invalid, so an unknown slug never
reaches a query and the page shows its "this filter does not exist" state. Each facet counts
its options under the other filters with one grouped query.

The base queryset is built once per request. Wagtail's `public()` looks up the view
restrictions when it is called; every count filters the same base, so the lookup is not
repeated per facet.
"""

from functools import reduce
from operator import or_
from urllib.parse import urlencode

import django_filters

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, QuerySet

from wagtail.images import get_image_model
from wagtail.models import PageQuerySet, PageViewRestriction

from klimaallianz.page_cache import remembered

from .requests import remembered_for_request


def readable(pages):
    """What a reader may find listed of `pages` (a PageQuerySet): live, public pages and no
    aliases. An alias repeats a page of another language (the German text of a page not
    translated yet) under this language's address."""
    return public(pages.live()).filter(alias_of__isnull=True)


def restricted_paths():
    """The tree paths of the pages with a view restriction, loaded once per request: a page
    lists others several times (menu, highlights, facets)."""
    return remembered_for_request(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public(pages):
    """Wagtail's `pages.public()`, with the view restrictions loaded once per request."""
    paths = restricted_paths()
    if not paths:
        return pages
    return pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


class ListedPageQuerySet(PageQuerySet):
    """The queryset of a page type that listings show (through a PageManager)."""

    def listed(self, locale):
        """The readable pages of one language."""
        return readable(self).filter(locale=locale)

    def with_listing_images(self, *specs):
        """Each page's listing image joined, and its renditions in `specs` in one more query
        (not two: the images, then their renditions), where Image.get_rendition finds them."""
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
        return self.select_related("listing_image").prefetch_related(
            Prefetch("listing_image__renditions", renditions, to_attr="prefetched_renditions")
        )


class FacetFilter(django_filters.ChoiceFilter):
    """A filter on one value whose options are listed with the number of results each would
    give. `count(queryset)` (a callable, or the name of a method of the FilterSet) returns
    {value: number}; by default the results are grouped by the filter's field. `hide_unused`
    leaves out options that no result has at all."""

    def __init__(self, *args, count=None, hide_unused=False, **kwargs):
        self.count = count
        self.hide_unused = hide_unused
        super().__init__(*args, empty_label=None, **kwargs)

    def counts(self, queryset):
        if self.count is not None:
            count = getattr(self.parent, self.count) if isinstance(self.count, str) else self.count
            return count(queryset)
        field = self.field_name
        grouped = queryset.order_by().values_list(field).annotate(count=Count("pk", distinct=True))
        return dict(grouped.values_list(field, "count"))


class OrderFilter(django_filters.Filter):
    """The order of the results, from `orderings` ({value: (label, order_by arguments)}). An
    unknown value is no error: it gives the default order."""

    field_class = forms.CharField

    def __init__(self, *args, orderings, **kwargs):
        self.orderings = orderings
        self.default = next(iter(orderings))
        super().__init__(*args, **kwargs)

    def chosen(self, value):
        return value if value in self.orderings else self.default

    def filter(self, queryset, value):
        return queryset.order_by(*self.orderings[self.chosen(value)][1])


class ListingFilterSet(django_filters.FilterSet):
    """The GET parameters of a listing. Subclasses declare FacetFilters (and at most one
    OrderFilter) and give each facet its choices in the page's language in `get_choices`.

    The counts are aggregates over every listed page of the language. They are kept in the
    shared cache until content changes (`remembered`), per language and chosen facets: the
    first reader after a publication counts, the others read. A listing whose base queryset
    depends on more than its language (the search's, on the words) names what else in
    `scope`, or passes None: then nothing is remembered."""

    def __init__(self, data, queryset, *, locale, scope=""):
        self.locale = locale
        self.scope = scope
        super().__init__(data, queryset=queryset)
        for name, choices in self.get_choices().items():
            self.filters[name].extra["choices"] = choices

    def remembered(self, name, compute):
        """`compute()` for this listing, its language and the chosen facets, kept until
        anything readers see changes. Only known values make up the key: a made-up
        parameter never adds an entry, and with an unknown value (which shows no results)
        nothing is remembered."""
        if self.scope is None or not self.is_valid():
            return compute()
        chosen = urlencode(sorted(self.chosen.items()))
        listing = f"{type(self).__name__}:{self.locale.pk}:{self.scope}"
        return remembered(f"listing:{listing}:{chosen}:{name}", compute)

    def get_choices(self):
        """{facet name: [(value, label)]} in the page's language."""
        return {}

    @property
    def facets(self):
        return {name: f for name, f in self.filters.items() if isinstance(f, FacetFilter)}

    @property
    def chosen(self):
        """{facet name: value} of the facets the reader chose with a known value."""
        self.is_valid()  # cleans the form; an unknown value is left out of cleaned_data
        data = self.form.cleaned_data
        return {name: data[name] for name in self.facets if data.get(name)}

    def labels(self, name):
        """{value: label} of one facet's options, in the page's language."""
        return dict(self.filters[name].extra["choices"])

    def filtered(self, *, exclude=None, queryset=None):
        """The base queryset (or `queryset`) under every chosen facet but `exclude`."""
        queryset = self.queryset if queryset is None else queryset
        for name, value in self.chosen.items():
            if name != exclude:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def results(self):
        """The filtered, ordered results; none if the form is invalid."""
        if not self.is_valid():
            return self.queryset.none()
        queryset = self.filtered()
        for f in self.filters.values():
            if isinstance(f, OrderFilter):
                queryset = f.filter(queryset, self.form.cleaned_data.get(f.field_name))
        return queryset

    def query_in(self, locale):
        """The chosen filters and order as the GET parameters of the same listing in the
        language of `locale`."""
        if not self.is_valid():
            return {}
        query = {name: self.value_in(name, value, locale) for name, value in self.chosen.items()}
        for name, f in self.filters.items():
            if isinstance(f, OrderFilter) and self.form.cleaned_data.get(name) in f.orderings:
                query[name] = self.form.cleaned_data[name]
        return {name: value for name, value in query.items() if value}

    def value_in(self, name, value, locale):
        """A chosen facet's value in the listing of `locale`: the slugs of terms are the same
        in every language; facets on pages, whose slugs are translated, say otherwise."""
        return value

    def facet_options(self):
        """What the filter bar shows: [{name, label, options: [{slug, name, count, selected}]}]."""
        counts, used = self.remembered("facet-counts", self.count_facets)
        chosen = self.chosen
        result = []
        for name, f in self.facets.items():
            options = [
                {
                    "slug": value,
                    "name": label,
                    "count": counts[name].get(value, 0),
                    "selected": value == chosen.get(name),
                }
                for value, label in f.extra["choices"]
                if name not in used or used[name].get(value) or value == chosen.get(name)
            ]
            result.append({"name": name, "label": f.label, "options": options})
        return result

    def count_facets(self):
        """({facet: {value: count}} under the other chosen facets, {facet: {value: count}}
        over all results for the facets that hide options no result has)."""
        counts = {name: f.counts(self.filtered(exclude=name)) for name, f in self.facets.items()}
        used = {}
        for name, f in self.facets.items():
            if f.hide_unused:
                # Counted over all results unless no other facet narrows them.
                others = any(other != name for other in self.chosen)
                used[name] = f.counts(self.queryset) if others else counts[name]
        return counts, used

    def order_filter(self):
        return next((f for f in self.filters.values() if isinstance(f, OrderFilter)), None)

    def chosen_order(self):
        """The value of the chosen order (the default for none or an unknown one); "" for a
        listing without an OrderFilter."""
        order = self.order_filter()
        if order is None:
            return ""
        self.is_valid()
        return order.chosen(self.form.cleaned_data.get(order.field_name))

    def order_options(self):
        """[{slug, name, selected}] of the OrderFilter, if the listing has one."""
        order = self.order_filter()
        if order is None:
            return []
        chosen = self.chosen_order()
        return [
            {"slug": value, "name": label, "selected": value == chosen}
            for value, (label, _order) in order.orderings.items()
        ]


def listing_context(filterset, *, page_number, page_size, count=None, results=None, cards=None):
    """The template context of a filtered listing: `page_obj` (the page of results), the filter
    form, the facets with their counts, the orders, and whether a filter was chosen or is
    unknown. `count`, when known, spares the paginator its count query (otherwise the count
    is remembered like the facets'); `results` may replace the filterset's results (e.g. with
    what cards need loaded).

    `cards(pages)` makes a page of results ready for its cards (their files, the names of
    their terms, every rendition of their images: home.renditions.complete_renditions) and
    returns it. The page is then remembered like the counts, by order and page number."""
    results = filterset.results() if results is None else results
    paginator = Paginator(results, page_size)
    if count is None and isinstance(results, QuerySet):
        count = filterset.remembered("count", results.count)
    if count is not None:
        paginator.count = count
    page_obj = paginator.get_page(page_number)
    if cards is not None:

        def prepared():
            return cards(list(page_obj.object_list))

        name = f"cards:{filterset.chosen_order()}:{page_obj.number}"
        page_obj.object_list = filterset.remembered(name, prepared)
    return {
        "filter_form": filterset.form,
        "page_obj": page_obj,
        "filters": filterset.facet_options(),
        "orders": filterset.order_options(),
        "filtered": bool(filterset.chosen),
        "unknown_filter": not filterset.is_valid(),
    }
