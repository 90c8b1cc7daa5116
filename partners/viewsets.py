"""The steering group's listing of membership applications, and the decision on each."""

from laces.components import Component

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages as admin_messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from . import applications, decisions
from .models import MembershipApplication
from .onboarding import OnboardingError

Status = MembershipApplication.Status


class ReadOnlyPanel(FieldPanel):
    """A value of the application, shown and never edited: dates in local time, addresses and
    the partner profile as links. With hide_empty, nothing is shown until there is a value."""

    def __init__(self, field_name, *, hide_empty=False, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, **kwargs)
        self.hide_empty = hide_empty

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hide_empty": self.hide_empty}

    def format_value_for_display(self, value):
        if value in (None, ""):
            return "–"
        if hasattr(value, "tzinfo"):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if self.field_name == "email":
            return format_html('<a href="mailto:{}">{}</a>', value, value)
        if self.field_name == "website":
            return format_html('<a href="{}" rel="noopener" target="_blank">{}</a>', value, value)
        if self.field_name == "partner_page":
            url = reverse("wagtailadmin_pages:edit", args=[value.pk])
            return format_html('<a href="{}">{}</a>', url, value.title)
        if self.field_name == "decided_by":
            return value.get_full_name() or value.get_username()
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            if self.panel.hide_empty and self.value_from_instance in (None, ""):
                return False
            return super().is_shown()


class DecisionForm(WagtailAdminModelForm):
    """Accept or reject, with a comment; the rest of the application is shown read-only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields["status"]
        if self.instance.is_decided:
            for field in self.fields.values():
                field.disabled = True
            # A disabled select shows the decision at a glance; disabled radios hardly do.
            status.widget = forms.Select(choices=status.choices)
            status.help_text = decisions.already_decided_message(self.instance)
        else:
            status.choices = [
                (Status.ACCEPTED, _("Accept: create the profile and invite the contact person")),
                (Status.REJECTED, _("Reject: the applicant receives your comment")),
            ]
            status.error_messages["required"] = _(
                "Choose whether to accept or reject the application."
            )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.is_decided:
            raise forms.ValidationError(decisions.already_decided_message(self.instance))
        if (
            cleaned_data.get("status") == Status.REJECTED
            and not cleaned_data.get("decision_comment", "").strip()
        ):
            self.add_error(
                "decision_comment",
                _("Please give a reason: the applicant receives your comment."),
            )
        return cleaned_data


class ApplicationIndexView(IndexView):
    # Only those who may decide see the applications (the steering group).
    any_permission_required = ["change"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("category", "municipality")


class DecisionView(EditView):
    submit_button_label = gettext_lazy("Save decision")
    error_message = gettext_lazy("The decision could not be saved.")

    def form_valid(self, form):
        self.form = form
        try:
            decision = decisions.decide(
                self.object,
                status=form.cleaned_data["status"],
                comment=form.cleaned_data["decision_comment"],
                user=self.request.user,
            )
        except (decisions.DecisionError, OnboardingError) as error:
            self.object.refresh_from_db()
            form.add_error(None, str(error))
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        self.object = application = decision.application
        log(application, "wagtail.edit", user=self.request.user)
        if application.status == Status.ACCEPTED:
            admin_messages.success(
                self.request,
                _(
                    "“%(organisation)s” is accepted: its profile has been created as a draft "
                    "and %(email)s has been invited as its editor."
                )
                % {"organisation": application.organisation, "email": application.email},
                buttons=[
                    admin_messages.button(
                        reverse("wagtailadmin_pages:edit", args=[application.partner_page_id]),
                        _("Open the profile"),
                    )
                ],
            )
        else:
            messages.success(
                self.request,
                _("“%(organisation)s” is rejected.") % {"organisation": application.organisation},
            )
        return redirect(self.get_success_url())


def may_decide(user):
    return policy_registry.get_by_type(MembershipApplication).user_has_permission(user, "change")


class ApplicationsMenuItem(MenuItem):
    """The menu item of the applications, with the number of new ones, which otherwise
    arrive only by mail."""

    def is_shown(self, request):
        return may_decide(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        if count := MembershipApplication.objects.filter(status=Status.NEW).count():
            # Short, so that the sidebar shows it in full.
            component.label = f"{self.label} ({count})"
        return component


class NewApplicationsPanel(Component):
    """The new applications on the steering group's dashboard."""

    name = "new_applications"
    order = 40  # above Wagtail's panels and the failed mails
    template_name = "partners/admin/new_applications_panel.html"

    def __init__(self, new):
        self.new = new

    def get_context_data(self, parent_context=None):
        return {
            "applications": [
                (application, reverse(f"{applications.URL_NAMESPACE}:edit", args=[application.pk]))
                for application in self.new
            ],
            "listing_url": reverse(f"{applications.URL_NAMESPACE}:index") + f"?status={Status.NEW}",
        }


def add_new_applications_panel(request, panels):
    if not may_decide(request.user):
        return
    new = list(
        MembershipApplication.objects.filter(status=Status.NEW)
        .select_related("category", "municipality")
        .order_by("created_at")
    )
    if new:
        panels.append(NewApplicationsPanel(new))


class MembershipApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    name = applications.URL_NAMESPACE
    url_prefix = "partner/antraege"
    menu_label = gettext_lazy("Membership applications")
    icon = "form"
    add_to_admin_menu = True
    menu_order = 260
    menu_item_class = ApplicationsMenuItem
    index_view_class = ApplicationIndexView
    edit_view_class = DecisionView
    copy_view_enabled = False
    list_display = [
        "organisation",
        "category",
        "municipality",
        DateColumn("created_at", label=gettext_lazy("Received"), sort_key="created_at"),
        "status",
    ]
    list_filter = ["status"]
    search_fields = ["organisation", "contact_name", "email"]
    ordering = "-created_at"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    ReadOnlyPanel("organisation"),
                    ReadOnlyPanel("category"),
                    ReadOnlyPanel("municipality"),
                    ReadOnlyPanel("contact_name"),
                    ReadOnlyPanel("email"),
                    ReadOnlyPanel("website"),
                    ReadOnlyPanel("motivation"),
                    ReadOnlyPanel("created_at"),
                ],
                heading=gettext_lazy("Application"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status", widget=forms.RadioSelect),
                    FieldPanel("decision_comment"),
                    ReadOnlyPanel("decided_at", hide_empty=True),
                    ReadOnlyPanel("decided_by", hide_empty=True),
                    ReadOnlyPanel("partner_page", hide_empty=True),
                ],
                heading=gettext_lazy("Decision"),
            ),
            MultiFieldPanel(
                [
                    ReadOnlyPanel("consented_at"),
                    ReadOnlyPanel("consent_text"),
                    ReadOnlyPanel("privacy_notice_version"),
                    ReadOnlyPanel("source_page"),
                ],
                heading=gettext_lazy("Proof of consent"),
            ),
        ],
        base_form_class=DecisionForm,
    )
