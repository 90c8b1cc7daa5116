"""Finding the page for an address in two queries, however deep it lies."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


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
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        on_the_way = Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
        parent, answering = self, None
        for step in on_the_way.order_by("depth"):
            model = ContentType.objects.get_for_id(step.content_type_id).model_class() or Page
            remaining = path_components[step.depth - self.depth :]
            answering = model, step.pk, remaining, parent
            if remaining and step.live and answers_itself(model, remaining):
                break
            parent = step
        if answering is None:
            raise Http404
        model, pk, remaining, parent = answering
        related = getattr(model, "serve_related", ())
        page = model.objects.select_related("locale", *related).get(pk=pk)
        # As Wagtail's walk does: the page's get_parent() needs no query of its own.
        page._cached_parent_obj = parent
        return page.route(request, remaining)


def answers_itself(model, path_components):
    if not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{slug}/" for slug in path_components))
    except Resolver404:
        return False
    return True
