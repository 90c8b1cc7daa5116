"""What a member organisation's editors find in the admin: a dashboard panel for their
organisation (its profile, pages and downloads, what waits for the steering group and what it
sent back, the badge and codes for their own website) and an explorer that starts where their
profile is."""

from dataclasses import dataclass

from laces.components import Component

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import badges
from .isolation.rules import is_partner_editor
from .models import PartnerPage

CHANGES_REQUESTED = WorkflowState.STATUS_NEEDS_CHANGES
AWAITING_APPROVAL = WorkflowState.STATUS_IN_PROGRESS
RECENT_DOCUMENTS = 10


def page_status(page):
    """The state of `page` as its editors need to know it; its workflow state should be
    prefetched (PageQuerySet.prefetch_workflow_states)."""
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status == CHANGES_REQUESTED:
        return pgettext("page status", "Changes requested")
    if workflow_state:
        return pgettext("page status", "Awaiting approval")
    if page.live and page.has_unpublished_changes:
        return pgettext("page status", "Published; later changes not yet published")
    if page.live:
        return pgettext("page status", "Published")
    return pgettext("page status", "Draft, not public")


@dataclass
class PageEntry:
    page: Page
    status: str
    edit_url: str
    workflow_state: WorkflowState | None

    @classmethod
    def of(cls, page):
        return cls(
            page=page,
            status=page_status(page),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            workflow_state=page.current_workflow_state,
        )

    @property
    def changes_requested(self):
        return self.workflow_state is not None and self.workflow_state.status == CHANGES_REQUESTED

    @property
    def awaiting_approval(self):
        return self.workflow_state is not None and self.workflow_state.status == AWAITING_APPROVAL

    @property
    def rejection(self):
        """The steering group's task state with its comment, after it asked for changes."""
        return self.workflow_state.current_task_state if self.changes_requested else None


def organisations_of(user):
    """The profiles on which `user`'s groups hold page permissions."""
    return (
        PartnerPage.objects.filter(group_permissions__group__user=user).distinct().order_by("title")
    )


class OrganisationPanel(Component):
    """The dashboard panel of a partner editor, one per organisation they edit for."""

    template_name = "partners/admin/organisation_panel.html"
    order = 10  # above Wagtail's panels

    def __init__(self, request, profile):
        self.request = request
        self.profile = profile
        self.name = f"organisation-{profile.pk}"

    def get_context_data(self, parent_context=None):
        profile = self.profile
        pages = [
            PageEntry.of(page)
            for page in Page.objects.descendant_of(profile, inclusive=True)
            .specific()
            .prefetch_workflow_states()
            .select_related("latest_revision")
            .order_by("path")
        ]
        collections = Collection.objects.filter(
            group_permissions__group__page_permissions__page=profile,
            group_permissions__group__user=self.request.user,
        ).distinct()
        documents = get_document_model().objects.filter(collection__in=collections)
        collection = collections.first()
        documents_url = reverse("wagtaildocs:index")
        if collection:
            documents_url += f"?collection_id={collection.pk}"
        return {
            "request": self.request,
            "panel_id": self.name,
            "profile": pages[0],
            "sections": self.subpage_sections(pages[1:]),
            "awaiting": [entry for entry in pages if entry.awaiting_approval],
            "changes_requested": [entry for entry in pages if entry.changes_requested],
            "documents": documents.order_by("-created_at")[:RECENT_DOCUMENTS],
            "document_count": documents.count(),
            "documents_url": documents_url,
            "upload_url": reverse("wagtaildocs:add_multiple"),
            "badge_lines": badges.badge_lines(profile.title),
            # The projects app adds the code of its list of projects ("dashboard" templates,
            # see partners.models.pages.PartnerPage.get_context).
            "extensions": [
                extension["dashboard"]
                for hook in hooks.get_hooks("partner_profile_extensions")
                if (extension := hook(profile, self.request)) and extension.get("dashboard")
            ],
        }

    def subpage_sections(self, subpages):
        """The organisation's pages by type (projects, downloads: whatever the profile may
        have below it), each with the address of a new page of that type."""
        profile = self.profile
        return [
            {
                "heading": capfirst(model._meta.verbose_name_plural),
                "add_label": _("Add %(type)s") % {"type": capfirst(model._meta.verbose_name)},
                "entries": [entry for entry in subpages if entry.page.specific_class is model],
                "add_url": reverse(
                    "wagtailadmin_pages:add",
                    args=[model._meta.app_label, model._meta.model_name, profile.pk],
                ),
            }
            for model in profile.specific_class.allowed_subpage_models()
        ]


def organisation_panels(request, panels):
    if is_partner_editor(request.user):
        for profile in organisations_of(request.user):
            panels.append(OrganisationPanel(request, profile))


def without_pages_summary(request, summary_items):
    """A partner editor's explorer starts at the directory (ExplorerPolicy), so Wagtail's
    count of the pages below it would count every organisation's pages; their own are in
    their panel."""
    if is_partner_editor(request.user):
        summary_items[:] = [
            item for item in summary_items if not isinstance(item, PagesSummaryItem)
        ]


class ExplorerPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, except where the explorer starts for a partner editor: at
    the partner directory, where their profile is a row with its status and its actions,
    rather than inside the profile, which lists nothing until the first project."""

    def explorable_root_instance(self, user):
        root = super().explorable_root_instance(user)
        if root is None or not is_partner_editor(user) or root.specific_class is not PartnerPage:
            return root
        # Asked several times per request, as Wagtail's own answer is (cached on the user).
        if not hasattr(user, "_partner_explorer_root"):
            user._partner_explorer_root = root.get_parent()
        return user._partner_explorer_root

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        root = self.explorable_root_instance(user)
        if root is not None and is_partner_editor(user):
            # The directory itself, so that the sidebar's explorer may open it; its listing
            # still shows only what the user may explore (their own profile).
            pages = pages | Page.objects.filter(pk=root.pk)
        return pages
