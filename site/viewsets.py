"""The steering group's view of the site's e-mails: what is waiting, what was sent and what
failed, with a way to send a failed mail again (klimaallianz.mail)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import log

from . import mail
from .models import OutgoingMail

Status = OutgoingMail.Status


class MailIndexView(IndexView):
    resend_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == Status.FAILED and self.user_has_permission("resend"):
            url = reverse(self.resend_url_name, args=[instance.pk])
            buttons.append(ListingButton(_("Send again"), url=url, icon_name="mail", priority=5))
        return buttons


class ResendView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks before sending a failed mail again; a GET changes nothing."""

    model = OutgoingMail
    permission_required = "resend"
    template_name = "klimaallianz/admin/confirm_resend.html"
    page_title = gettext_lazy("Send again")
    header_icon = "mail"
    index_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(OutgoingMail, pk=kwargs["pk"], status=Status.FAILED)

    def get_page_subtitle(self):
        return self.object.subject

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": OutgoingMail._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            mail=self.object, index_url=reverse(self.index_url_name), **kwargs
        )

    def post(self, request, *args, **kwargs):
        mail.resend(self.object)
        log(self.object, "klimaallianz.resend_mail", user=request.user)
        messages.success(
            request,
            _("The e-mail “%(subject)s” to %(recipients)s is being sent again.")
            % {"subject": self.object.subject, "recipients": self.object.recipients},
        )
        return redirect(self.index_url_name)


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    name = "outgoing_mails"
    url_prefix = "e-mails"
    icon = "mail"
    add_to_admin_menu = True
    menu_label = gettext_lazy("E-mails")
    menu_order = 270
    index_view_class = MailIndexView
    inspect_view_enabled = True
    # The message itself may hold an invitation link: the listing shows what it takes to
    # find a failed mail and why it failed, not its text.
    inspect_view_fields = [
        "subject",
        "recipients",
        "status",
        "created_at",
        "attempts",
        "last_attempt_at",
        "last_error",
        "sent_at",
    ]
    list_display = [
        "subject",
        "recipients",
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=gettext_lazy("Created"), sort_key="created_at"),
        "attempts",
        "last_error",
    ]
    list_filter = ["status"]
    search_fields = ["subject", "recipients"]
    ordering = "-created_at"
    copy_view_enabled = False
    form_fields = []  # mails are never added or changed in the admin (wagtail_hooks)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(resend_url_name=self.get_url_name("resend"), **kwargs)

    @property
    def resend_view(self):
        return self.construct_view(ResendView, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("resend/<int:pk>/", self.resend_view, name="resend"),
        ]
