"""Finding the page for an address in two queries, however deep it lies."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from .listings import restricted_paths

LOOKUP_DEPTH = 8


class DirectRouteMixin:
    """For the root page of a site: Wagtail walks down one level at a time, with two queries
    per level (the child by its slug, then its specific page). This looks up every page on
    the address at once by its `url_path` and loads only the one that answers.

    The answer is the one Wagtail's walk would give: a routable page on the way answers
    the rest of the address itself when one of its own routes matches (as RoutablePageMixin
    lets its routes win over its children), and that page's own `route` decides the rest
    (live or not, its sub-addresses).

    A page model may name in `serve_related` the foreign keys its page shows (its terms,
    its image); they are loaded in the same query as the page.
    """

    def route(self, request, path_components):
        if not path_components:
            self.route_ancestors = []
            return super().route(request, path_components)
        # The site's tree is a few levels deep; an address of thousands of levels must not
        # become a query of thousands of paths. Below LOOKUP_DEPTH the page's own walk goes on.
        prefixes = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:length])
            for length in range(1, min(len(path_components), LOOKUP_DEPTH) + 1)
        ]
        on_the_way = Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
        passed, answering = [self], None
        for step in on_the_way.order_by("depth"):
            model = ContentType.objects.get_for_id(step.content_type_id).model_class() or Page
            remaining = path_components[step.depth - self.depth :]
            answering = model, step.pk, remaining, list(passed)
            if remaining and step.live and answers_itself(model, remaining):
                break
            passed.append(step)
        if answering is None:
            raise Http404
        model, pk, remaining, ancestors = answering
        related = getattr(model, "serve_related", ())
        page = model.objects.select_related("locale", *related).get(pk=pk)
        # The pages passed on the way are the page's ancestors below the tree's root: its
        # get_parent() needs no query, as after Wagtail's walk, nor do its breadcrumbs
        # (site.templatetags.klimaallianz_tags.breadcrumb_pages).
        page._cached_parent_obj = ancestors[-1]
        page.route_ancestors = ancestors
        return page.route(request, remaining)


class RoutedPageMixin:
    """For every page type of the site. What routing passed on the way to the page spares
    Wagtail's view-restriction check, before the page is served, its two queries (the
    ancestors, then their restrictions) when no restriction lies on the page's path and no
    page on it is an alias (whose source's restrictions would count)."""

    def get_view_restrictions(self):
        ancestors = getattr(self, "route_ancestors", None)
        if (
            ancestors is not None
            and not any(page.alias_of_id for page in [*ancestors, self])
            and not any(self.path.startswith(path) for path in restricted_paths())
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def answers_itself(model, path_components):
    if not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{slug}/" for slug in path_components))
    except Resolver404:
        return False
    return True
