from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.permissions import RecordPermissionPolicy
from home.viewsets import TermViewSet

from . import (
    editors,
    isolation,  # noqa: F401  (registers the hooks)
)
from .models import MembershipApplication, Municipality, PartnerCategory, Supporter
from .views import ONBOARD_PERMISSION, OnboardPartnerView
from .viewsets import (
    MembershipApplicationViewSet,
    SupporterViewSet,
    add_new_applications_panel,
)

register_snippet(TermViewSet(model=PartnerCategory, icon="tag", menu_order=300))
register_snippet(TermViewSet(model=Municipality, icon="site", menu_order=310))


@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("partner/aufnehmen/", OnboardPartnerView.as_view(), name="onboard_partner")]


class OnboardingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ONBOARD_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_onboarding_menu_item():
    return OnboardingMenuItem(
        _("Onboard a partner"), reverse("onboard_partner"), icon_name="group", order=250
    )


# Applications come only from the public form: nobody, superusers included, adds one in the
# admin. The steering group ("Moderation") looks at them and decides (change).
register_permission_policy(
    MembershipApplication,
    RecordPermissionPolicy(MembershipApplication, actions=["view", "change", "delete"]),
)


@hooks.register("register_admin_viewset")
def register_membership_applications():
    return MembershipApplicationViewSet()


# Supporters sign up only on the public page. The steering group sees them, corrects a name or
# takes someone off the list (change) and deletes them; nobody else, Redaktion included.
register_permission_policy(
    Supporter, RecordPermissionPolicy(Supporter, actions=["view", "change", "delete"])
)


@hooks.register("register_admin_viewset")
def register_supporters():
    return SupporterViewSet()


hooks.register("construct_homepage_panels", add_new_applications_panel)

# --- Partner editors (partners.editors) -------------------------------------------------------

# Wagtail's page permissions, with the explorer starting at the directory for partner editors.
register_permission_policy(Page, editors.ExplorerPolicy(Page))
hooks.register("construct_homepage_panels", editors.organisation_panels)
# After Wagtail's own items (order 0), which it removes from.
hooks.register("construct_homepage_summary_items", editors.without_pages_summary, order=1)
