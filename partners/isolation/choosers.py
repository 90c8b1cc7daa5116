"""The choosers: pages, images and tag suggestions show a partner editor only what they may
choose. The view overrides here are mixins put in front of Wagtail's own view classes (or a
function); admin_views.PARTNER_VIEWS attaches them to Wagtail's URLs for partner editors."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404

from wagtail import hooks
from wagtail.admin.views import chooser
from wagtail.models import Page

from home.forms import choosable_pages

from .rules import browsable, own_tags, popular_tags


@hooks.register("construct_page_chooser_queryset")
def page_chooser_lists_choosable_pages(pages, request):
    # Wagtail's page chooser (browse and search) lists every page, drafts included.
    return choosable_pages(request.user, pages)


class PageChooserBrowse:
    """Page chooser, browsing: the hook filters the listed children, but not the page browsed
    into (/admin/choose-page/<id>/ printed any page's title and breadcrumbs)."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            if not browsable(get_object_or_404(Page, pk=parent_page_id), request.user):
                raise Http404
        elif request.GET.get("page_type"):
            parent_page_id = self.start_page_id(request)
        return super().get(request, parent_page_id)

    def start_page_id(self, request):
        # Wagtail starts at the common ancestor of all pages of the wanted type, drafts of
        # other organisations included; start at that of the choosable ones instead.
        try:
            models = chooser.page_models_from_string(request.GET["page_type"])
        except (ValueError, LookupError):
            return None  # Wagtail answers 404
        start = choosable_pages(request.user).type(*models).first_common_ancestor()
        if not browsable(start, request.user):
            start = Page.get_first_root_node()
        return start.pk


class ChoosableParentColumn(chooser.ParentPageColumn):
    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def get_value(self, instance):
        parent = super().get_value(instance)
        return parent if browsable(parent, self.user) else None


class PageChooserSearch:
    """Page chooser, search: a published page may sit below an unpublished one, whose title
    the "Parent" column would print."""

    @property
    def columns(self):
        return [
            ChoosableParentColumn(column.name, label=column.label, user=self.request.user)
            if isinstance(column, chooser.ParentPageColumn)
            else column
            for column in super().columns
        ]


class PageChooserChosenMultiple:
    """Page chooser, "chosen" step of multiple choice: Wagtail returns title, address and
    parent of any id it is given."""

    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        allowed = choosable_pages(request.user).filter(pk__in=ids).values_list("pk", flat=True)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in allowed])
        return super().get(request)


class ImageChooserTags:
    """Image chooser: its tag cloud shows the most popular tags of all images."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["popular_tags"] = popular_tags(self.model, self.request.user)
        return context


def tag_autocomplete(request, app_name=None, model_name=None):
    """Tag autocomplete (documents' and images' tag fields): Wagtail suggests every tag of the
    site; a partner editor gets the tags of their own documents and images."""
    if app_name is not None and (app_name, model_name) != ("taggit", "tag"):
        raise PermissionDenied
    term = request.GET.get("term", "")
    names = []
    if term:
        names = own_tags(request.user).filter(name__istartswith=term).order_by("name")
        names = list(names.values_list("name", flat=True)[:10])
    return JsonResponse(names, safe=False)
