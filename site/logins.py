"""The admin login's protection against password guessing, built on django-axes (configured in
settings.py, "Logins"): the page a locked-out visitor gets, what a successful login clears, and
the steering group's listing of current lock-outs, where it unlocks them."""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt

from django import forms
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.account import LoginView
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import log

UNLOCK_ACTION = "klimaallianz.unlock_login"


# --- being locked out -------------------------------------------------------------------------


def lockout_message(request=None):
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return ngettext(
        "Too many failed login attempts. Your access is blocked for %(minutes)d minute. "
        "Please try again later, or ask the steering group to unlock it.",
        "Too many failed login attempts. Your access is blocked for %(minutes)d minutes. "
        "Please try again later, or ask the steering group to unlock it.",
        minutes,
    ) % {"minutes": minutes}


class LockedOutLoginView(LoginView):
    """Wagtail's sign-in page, answering every attempt with the lock-out message. Nothing is
    authenticated, so the right password gets the same answer as a wrong one."""

    def get_form_class(self):
        form_class = super().get_form_class()
        message = lockout_message(self.request)

        class LockedOutForm(form_class):
            def clean(self):
                raise forms.ValidationError(message, code="locked_out")

        return LockedOutForm


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in page again, with the message, instead of axes' plain
    text. It runs in axes' middleware, after the response would have been rendered."""
    response = LockedOutLoginView.as_view()(request)
    response.status_code = settings.AXES_HTTP_RESPONSE_CODE
    return response.render()


class LoginAttemptHandler(AxesDatabaseHandler):
    """axes' database handler, except that a successful login clears only its own account's
    failures. axes also clears every failure from the same address, so anyone with an account
    could wipe the failures they ran up against someone else's account (and the count of their
    address) by signing into their own between guesses."""

    def reset_user_attempts(self, request, credentials=None):
        username = get_client_username(request, credentials)
        count, _deleted = AccessAttempt.objects.filter(username=username).delete()
        return count


# --- unlocking --------------------------------------------------------------------------------


def current_lockouts():
    """The failed attempts of every account and address that is locked out now, counted as
    axes counts them: failures since the start of the cool-off, summed per account and per
    address."""
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - get_cool_off())

    def locked(field):
        return (
            recent.values(field)
            .annotate(failures=Sum("failures_since_start"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .values(field)
        )

    return recent.filter(
        Q(username__in=locked("username")) | Q(ip_address__in=locked("ip_address"))
    )


class LockoutIndexView(IndexView):
    page_title = gettext_lazy("Login lock-outs")

    def get_base_queryset(self):
        return current_lockouts()

    @property
    def no_results_message(self):
        return _("Nobody is locked out at the moment.")

    def get_list_more_buttons(self, instance):
        if url := self.get_delete_url(instance):
            return [ListingButton(_("Unlock"), url=url, icon_name="lock-open", priority=10)]
        return []


def describe(attempt):
    return _("“%(username)s” from %(address)s") % {
        "username": attempt.username or "–",
        "address": attempt.ip_address or "–",
    }


class UnlockView(DeleteView):
    """Deletes the failures of the row's account and of its address, as axes' own reset does
    with ip_or_username: afterwards that account can sign in again, from anywhere, and that
    address can be used again by anyone."""

    page_title = gettext_lazy("Unlock")
    header_icon = "lock-open"
    template_name = "klimaallianz/admin/confirm_unlock.html"

    def get_page_subtitle(self):
        return describe(self.object)

    @property
    def confirmation_message(self):
        return _(
            "Unlock %(attempt)s? The failed logins of this account and from this address are "
            "deleted, and both can be used to sign in again at once."
        ) % {"attempt": describe(self.object)}

    def get_success_message(self):
        return _("%(attempt)s is unlocked.") % {"attempt": describe(self.object)}

    def delete_action(self):
        attempt = self.object
        log(
            attempt,
            UNLOCK_ACTION,
            user=self.request.user,
            title=describe(attempt),
            data={"username": attempt.username, "ip_address": attempt.ip_address},
        )
        unlock = Q(pk=attempt.pk)
        if attempt.username:
            unlock |= Q(username=attempt.username)
        if attempt.ip_address:
            unlock |= Q(ip_address=attempt.ip_address)
        AccessAttempt.objects.filter(unlock).delete()


class LoginLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "login_lockouts"
    url_prefix = "anmeldesperren"
    icon = "lock"
    menu_label = gettext_lazy("Login lock-outs")
    add_to_settings_menu = True
    index_view_class = LockoutIndexView
    delete_view_class = UnlockView
    copy_view_enabled = False
    list_display = [
        # The first column carries the row's "Unlock" button; its label is axes' "Username".
        "username",
        Column("ip_address", label=gettext_lazy("Address")),
        Column("failures_since_start", label=gettext_lazy("Failed logins")),
        DateColumn("attempt_time", label=gettext_lazy("Last attempt"), sort_key="attempt_time"),
    ]
    search_fields = ["username", "ip_address"]
    ordering = "-attempt_time"

    def get_urlpatterns(self):
        # Only the listing and unlocking: lock-outs are never added or edited in the admin.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("unlock/<int:pk>/", self.delete_view, name="delete"),
        ]

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(usage_url_name=None, **kwargs)

    def get_permissions_to_register(self):
        # What the group editor offers: the two permissions the listing knows.
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(AccessAttempt),
            codename__in=["view_accessattempt", "delete_accessattempt"],
        )
