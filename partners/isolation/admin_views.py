"""Admin views that Wagtail offers no hook for, the reports menu and the filters of the admin
listings.

Each override is served to partner editors only; everyone else keeps Wagtail's view. They are
attached to Wagtail's URL patterns by name in narrow_admin_views()."""

from functools import update_wrapper

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.forms import ModelChoiceField
from django.shortcuts import redirect
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.filters import PopularTagsFilter, WagtailFilterSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from home.admin_urls import admin_patterns

from .choosers import (
    ImageChooserTags,
    PageChooserBrowse,
    PageChooserChosenMultiple,
    PageChooserSearch,
    tag_autocomplete,
)
from .rules import is_partner_editor, popular_tags, visible_users


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


def explorable_only(original):
    """A partner editor's explorer starts at the partner directory (partners.editors.
    ExplorerPolicy), and Wagtail's explorer opens any page below its start. Other
    organisations' profiles lead back to the start instead, as pages outside it do."""

    def view(request, parent_page_id, **kwargs):
        policy = policy_registry.get_by_type(Page)
        if not policy.explorable_instances(request.user).filter(pk=parent_page_id).exists():
            start = policy.explorable_root_instance(request.user)
            return redirect("wagtailadmin_explore", start.pk)
        return original(request, parent_page_id=parent_page_id, **kwargs)

    return view


# Overrides that call Wagtail's view when they allow the request: built from it.
PARTNER_VIEW_WRAPPERS = {
    "wagtailadmin_explore": explorable_only,
    "wagtailadmin_explore_results": explorable_only,
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


@hooks.register("register_admin_urls", order=1000)
def narrow_admin_views():
    # Wagtail builds its admin URL patterns, calls this hook (last, by its order) and then
    # wraps every pattern's view in its own access checks (wagtail/admin/urls/__init__.py).
    # We wrap the views above in between, the way Wagtail's decorate_urlpatterns does, so
    # that no project URL configuration needs to change. A renamed URL in a later Wagtail
    # stops the admin from loading instead of silently reopening a surface.
    found = set()
    for name, pattern in admin_patterns():
        if name in PARTNER_VIEWS:
            pattern.callback = for_partner_editors(pattern.callback, PARTNER_VIEWS[name])
            found.add(name)
        elif name in PARTNER_VIEW_WRAPPERS:
            override = PARTNER_VIEW_WRAPPERS[name](pattern.callback)
            pattern.callback = for_partner_editors(pattern.callback, override)
            found.add(name)
    if missing := (PARTNER_VIEWS.keys() | PARTNER_VIEW_WRAPPERS.keys()) - found:
        raise ImproperlyConfigured(f"partners.isolation: no admin URL named {sorted(missing)}")
    return []


# --- Filters of the admin listings ------------------------------------------------------------

# Wagtail's own method, kept before narrow_filter_forms() replaces it: the narrowed one builds
# on it.
wagtail_get_form_class = WagtailFilterSet.get_form_class


def narrowed_filter_form_class(self):
    """User filters (explorer "owner" and "edited by", site history "user", workflow report
    "requested by", ...) list every editor of the site, and tag filters the most popular tags
    of all documents or images. Every admin filter form is built here (django-filter's
    documented place to adapt a form to the request), so a partner editor gets the people of
    their own pages' history and their own tags, in any listing, including future ones."""
    form_class = wagtail_get_form_class(self)
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


def narrow_filter_forms():
    """Put narrowed_filter_form_class in place of Wagtail's method on every admin filter set.
    Django-filter has no hook for it, so this is the one patch of a Wagtail class; it is
    applied by PartnersConfig.ready() rather than by an import, so that it happens once, at a
    known moment, and a second call changes nothing."""
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
