"""Partner isolation: a member organisation's editors reach their own pages, documents and
images and nothing else, anywhere in the admin.

Wagtail's page permissions already guard editing, moving, publishing and the explorer. This
module closes what Wagtail 8.0 leaves open, each closure with Wagtail's own mechanism where one
exists (hooks), otherwise with a small override of the view, applied to partner editors only.
Every closure has a test named after its surface in tests/test_permissions.py, so that an
upgrade that reopens one fails a test.

The rules:
- A *partner editor* is a non-superuser whose page permissions, if any, all lie in the subtree
  of a PartnerPage. Moderation and Redaktion hold theirs on the root and are not affected.
- A partner editor may choose, link to and see in choosers the pages they may edit, plus every
  live page without view restrictions (any organisation's published profile, say). Drafts and
  unpublished pages of others stay invisible, titles included.
- Everybody may choose the documents and images of collections where they hold "choose"
  (Wagtail's collection permissions); for partner editors that is their own collection.

Left open on purpose: the snippet choosers (partner categories and municipalities are public
vocabulary that partners need for their own profile; a snippet with private data needs a
SnippetViewSet whose chooser checks permissions), and a published page's pending draft title,
which Wagtail's choosers print for live pages too.
"""

import sys
from functools import update_wrapper

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.models import Count, Q
from django.forms import ModelChoiceField
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import URLResolver, reverse

from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.filters import PopularTagsFilter, WagtailFilterSet
from wagtail.admin.views import chooser
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDelete
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction as PageMove
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction as PagePublish
from wagtail.admin.views.pages.bulk_actions.unpublish import (
    UnpublishBulkAction as PageUnpublish,
)
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views.bulk_actions.add_tags import AddTagsBulkAction as DocumentTags
from wagtail.documents.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as DocumentCollection,
)
from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentDelete
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction as ImageTags
from wagtail.images.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as ImageCollection,
)
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDelete
from wagtail.models import GroupPagePermission, Page, PageLogEntry, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDelete

from home.forms import choosable_pages

from .models import PartnerPage

# --- Who is a partner editor, and what may they choose ------------------------------------


def is_partner_editor(user):
    """A non-superuser whose page permissions all lie below a PartnerPage; also one without
    any page permission, so that a new kind of account starts closed, not open."""
    if not user.is_authenticated or user.is_superuser:
        return False
    # Asked many times per request: cache on the user, as Wagtail caches permissions.
    if not hasattr(user, "_partner_editor"):
        paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
        steps = range(Page.steplen, max(map(len, paths), default=0) + 1, Page.steplen)
        prefixes = {path[:end] for path in paths for end in steps}
        partner_paths = set(
            PartnerPage.objects.filter(path__in=prefixes).values_list("path", flat=True)
        )
        user._partner_editor = all(
            any(path.startswith(partner) for partner in partner_paths) for path in paths
        )
    return user._partner_editor


def editable_pages(user):
    return policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, {"add", "change"}
    )


def choosable(model, user):
    """The documents or images (`model`) that `user` may choose."""
    return policy_registry.get_by_type(model).instances_user_has_permission_for(user, "choose")


@hooks.register("filter_choosable_pages")
def own_and_published_pages(pages, user):
    # The rule that home.forms.PageForm applies on save and the page chooser below applies
    # when it lists pages: the same function, so the two cannot drift apart.
    if not is_partner_editor(user):
        return pages
    return pages.filter(
        Q(pk__in=editable_pages(user).values("pk"))
        | Q(pk__in=Page.objects.live().public().values("pk"))
    )


@hooks.register("construct_page_chooser_queryset")
def page_chooser_lists_choosable_pages(pages, request):
    # Wagtail's page chooser (browse and search) lists every page, drafts included.
    return choosable_pages(request.user, pages)


def browsable(page, user):
    """Whether `page` and all its ancestors (whose titles the chooser's breadcrumbs print)
    are choosable; the root is always."""
    paths = [page.path[:end] for end in range(2 * Page.steplen, len(page.path) + 1, Page.steplen)]
    return choosable_pages(user).filter(path__in=paths).count() == len(paths)


def own_tags(user):
    """The tags of the documents and images that `user` may choose."""
    query = Q()
    for model in (get_document_model(), get_image_model()):
        query |= Q(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=choosable(model, user).values("pk"),
        )
    return Tag.objects.filter(query).distinct()


def popular_tags(model, user, count=10):
    """Wagtail's popular_tags_for_model, counted over what `user` may choose."""
    return (
        Tag.objects.filter(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=choosable(model, user).values("pk"),
        )
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count", "name")[:count]
    )


def visible_users(user):
    """The people a partner editor already meets in the history of their own pages: the
    authors and owners of those pages, and the moderators who acted on them."""
    pages = editable_pages(user)
    return get_user_model().objects.filter(
        Q(pk=user.pk)
        | Q(pk__in=PageLogEntry.objects.filter(page__in=pages.values("pk")).values("user"))
        | Q(pk__in=pages.values("owner"))
    )


# --- Views that Wagtail offers no hook for ----------------------------------------------------
# Each override is a mixin put in front of Wagtail's own view class (or a function), served to
# partner editors only; everyone else keeps Wagtail's view. They are attached to Wagtail's URL
# patterns by name in narrow_admin_views() at the end of this module.


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


def forbidden(request, *args, **kwargs):
    """For reports that show other organisations' titles and that a partner never needs: the
    page types usage report (the last edited page of each type, any organisation's draft),
    wagtail-localize's translations report and snippet listing, which check no permission,
    and its snippet translation (partner editors edit no translatable snippets)."""
    raise PermissionDenied


class TranslationOfOwnPage:
    """wagtail-localize's translate and sync actions check only the global "submit
    translation" permission, so whoever holds it could translate any organisation's page and
    overwrite its translations. A partner editor given that permission reaches the pages they
    may edit, and the sync action's "publish immediately" only if they may publish the page
    (Wagtail's page permissions), never by the permission alone."""

    def get_object(self):
        translated = super().get_object()
        page = translated
        if not isinstance(page, Page):  # the sync action's TranslationSource
            page = translated.get_source_instance()
        if not isinstance(page, Page):
            raise PermissionDenied
        permissions = page.permissions_for_user(self.request.user)
        publishing = self.request.method == "POST" and self.request.POST.get("publish_translations")
        if not permissions.can_edit() or (publishing and not permissions.can_publish()):
            raise PermissionDenied
        return translated


PARTNER_VIEWS = {
    "wagtailadmin_choose_page": PageChooserBrowse,
    "wagtailadmin_choose_page_child": PageChooserBrowse,
    "wagtailadmin_choose_page_search": PageChooserSearch,
    "wagtailadmin_choose_page_chosen_multiple": PageChooserChosenMultiple,
    "wagtailimages_chooser:choose": ImageChooserTags,
    "wagtailadmin_tag_autocomplete": tag_autocomplete,
    "wagtailadmin_tag_model_autocomplete": tag_autocomplete,
    "wagtailadmin_reports:page_types_usage": forbidden,
    "wagtailadmin_reports:page_types_usage_results": forbidden,
    "wagtail_localize:translations_report": forbidden,
    "wagtail_localize:translations_report_results": forbidden,
    "wagtail_localize:snippets_api_listing": forbidden,
    "wagtail_localize:snippets_api_detail": forbidden,
    "wagtail_localize:submit_page_translation": TranslationOfOwnPage,
    "wagtail_localize:update_translations": TranslationOfOwnPage,
    "wagtail_localize:submit_snippet_translation": forbidden,
}


def for_partner_editors(original, override):
    if isinstance(override, type):
        view_class = type(
            f"Partner{original.view_class.__name__}", (override, original.view_class), {}
        )
        override = view_class.as_view(**original.view_initkwargs)

    def view(request, *args, **kwargs):
        if is_partner_editor(request.user):
            return override(request, *args, **kwargs)
        return original(request, *args, **kwargs)

    return update_wrapper(view, original)


def named_patterns(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from named_patterns(pattern.url_patterns, inner)
        elif pattern.name:
            yield f"{namespace}{pattern.name}", pattern


@hooks.register("register_admin_urls", order=1000)
def narrow_admin_views():
    # Wagtail builds its admin URL patterns, calls this hook (last, by its order) and then
    # wraps every pattern's view in its own access checks (wagtail/admin/urls/__init__.py).
    # We wrap the views above in between, the way Wagtail's decorate_urlpatterns does, so
    # that no project URL configuration needs to change. A renamed URL in a later Wagtail
    # stops the admin from loading instead of silently reopening a surface.
    found = set()
    for name, pattern in named_patterns(sys.modules["wagtail.admin.urls"].urlpatterns):
        if name in PARTNER_VIEWS:
            pattern.callback = for_partner_editors(pattern.callback, PARTNER_VIEWS[name])
            found.add(name)
    if missing := PARTNER_VIEWS.keys() - found:
        raise ImproperlyConfigured(f"partners.isolation: no admin URL named {sorted(missing)}")
    return []


# --- Filters of the admin listings ------------------------------------------------------------

_filter_form_class = WagtailFilterSet.get_form_class


def narrowed_filter_form_class(self):
    """User filters (explorer "owner" and "edited by", site history "user", workflow report
    "requested by", ...) list every editor of the site, and tag filters the most popular tags
    of all documents or images. Every admin filter form is built here (django-filter's
    documented place to adapt a form to the request), so a partner editor gets the people of
    their own pages' history and their own tags, in any listing, including future ones."""
    form_class = _filter_form_class(self)
    if self.request is None or not is_partner_editor(self.request.user):
        return form_class
    user = self.request.user
    for name, field in form_class.base_fields.items():
        if isinstance(self.filters.get(name), PopularTagsFilter):
            field.choices = [(tag.name, tag.name) for tag in popular_tags(self._meta.model, user)]
        elif isinstance(field, ModelChoiceField) and issubclass(
            field.queryset.model, get_user_model()
        ):
            field.queryset = field.queryset.filter(pk__in=visible_users(user).values("pk"))
    return form_class


WagtailFilterSet.get_form_class = narrowed_filter_form_class


# --- Reports menu -----------------------------------------------------------------------------


@hooks.register("construct_reports_menu")
def partner_reports(request, menu_items):
    # Partner editors keep the reports about their own pages; the others show the whole
    # site or nothing that concerns them. A list of what stays, so that a report added by a
    # later Wagtail or package starts hidden.
    if is_partner_editor(request.user):
        keep = {
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_reports:site_history"),
        }
        menu_items[:] = [item for item in menu_items if item.url in keep]


# --- Bulk actions -----------------------------------------------------------------------------


class WithoutForeignItems:
    """Wagtail's confirmation pages list the titles of the ids the user may not act on;
    for a partner editor those are dropped unseen (they were never acted on anyway)."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        if is_partner_editor(self.request.user):
            context = {**context, "items_with_no_access": []}
        return objects, context


for _action in (
    PageDelete,
    PageMove,
    PagePublish,
    PageUnpublish,
    DocumentTags,
    DocumentCollection,
    DocumentDelete,
    ImageTags,
    ImageCollection,
    ImageDelete,
    SnippetDelete,
):
    # After Wagtail's own registration (order 0): the last one registered for a model and
    # action wins.
    hooks.register(
        "register_bulk_action",
        type(_action.__name__, (WithoutForeignItems, _action), {"__module__": __name__}),
        order=1,
    )


# --- Admin API --------------------------------------------------------------------------------


class ChoosableDocumentsEndpoint(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


class ChoosableImagesEndpoint(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


@hooks.register("construct_admin_api", order=1)
def admin_api_lists_choosable_items(router):
    # /admin/api/main/documents/ and /images/ list every item with its file address. After
    # Wagtail's own registration (order 0), which ours replaces.
    router.register_endpoint("documents", ChoosableDocumentsEndpoint)
    router.register_endpoint("images", ChoosableImagesEndpoint)


# --- Serving documents ------------------------------------------------------------------------


@hooks.register("before_serve_document")
def serve_documents_in_use(document, request):
    """/documents/<id>/<name> serves any document to anyone. Serve it to those who may choose
    or change it in the admin, and to everybody once a live public page uses it (Wagtail's
    reference index holds the published content of live pages); otherwise 404, as if it did
    not exist. Collection view restrictions are checked by Wagtail's own hook after this one."""
    policy = policy_registry.get_by_type(type(document))
    if request.user.is_authenticated and policy.user_has_any_permission_for_instance(
        request.user, ["choose", "change"], document
    ):
        return None
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    page_ids = [int(pk) for pk in page_ids.values_list("object_id", flat=True) if pk.isdigit()]
    if not Page.objects.live().public().filter(pk__in=page_ids).exists():
        raise Http404
    return None
