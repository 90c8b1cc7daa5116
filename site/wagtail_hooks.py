from axes.models import AccessAttempt
from laces.components import Component

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import policy_registry, register_permission_policy

from home.permissions import RecordPermissionPolicy

from .logins import UNLOCK_ACTION, LoginLockoutViewSet
from .models import OutgoingMail
from .untranslated import untranslated_page_response
from .viewsets import OutgoingMailViewSet

# --- Public pages -----------------------------------------------------------------------------


@hooks.register("before_serve_page")
def serve_untranslated_notice(page, request, serve_args, serve_kwargs):
    # Every page type, and every route of a routable page, at an untranslated address.
    return untranslated_page_response(page, request)


# --- E-mails (klimaallianz.mail) --------------------------------------------------------------


# Mails are written by the site: the steering group looks at them and sends failed ones again.
register_permission_policy(
    OutgoingMail, RecordPermissionPolicy(OutgoingMail, actions=["view", "resend"])
)


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return OutgoingMailViewSet()


@hooks.register("register_log_actions")
def register_mail_log_actions(actions):
    actions.register_action("klimaallianz.resend_mail", _("Send again"), _("E-mail sent again"))


class FailedMailPanel(Component):
    """Tells the steering group on its dashboard that mails wait for them to act."""

    name = "failed_mails"
    order = 50
    template_name = "klimaallianz/admin/failed_mail_panel.html"

    def __init__(self, failed_count):
        self.failed_count = failed_count

    def get_context_data(self, parent_context=None):
        url = reverse("outgoing_mails:index")
        return {"failed_count": self.failed_count, "failed_url": f"{url}?status=failed"}


@hooks.register("construct_homepage_panels")
def add_failed_mail_panel(request, panels):
    if not policy_registry.get_by_type(OutgoingMail).user_has_permission(request.user, "view"):
        return
    failed_count = OutgoingMail.objects.filter(status=OutgoingMail.Status.FAILED).count()
    if failed_count:
        panels.append(FailedMailPanel(failed_count))


# --- Login lock-outs (klimaallianz.logins) ----------------------------------------------------


# Lock-outs come only from failed logins: they are looked at and unlocked (deleted).
register_permission_policy(
    AccessAttempt, RecordPermissionPolicy(AccessAttempt, actions=["view", "delete"])
)


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    return LoginLockoutViewSet()


@hooks.register("register_log_actions")
def register_login_log_actions(actions):
    actions.register_action(UNLOCK_ACTION, _("Unlock login"), _("Login unlocked"))


# --- German admin -----------------------------------------------------------------------------


@hooks.register("insert_editor_js")
def translation_editor_words():
    """The words that wagtail-localize's translation editor writes in English, in the admin's
    language."""
    return format_html(
        '<script src="{}" data-title="{}" data-more-actions="{}"></script>',
        static("js/translation-editor.js"),
        _("Translation from %(source)s into %(target)s"),
        _("More actions"),
    )
