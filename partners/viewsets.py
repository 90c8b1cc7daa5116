"""The steering group's listing of membership applications, and the decision on each."""

import django_filters
from laces.components import Component

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages as admin_messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from . import applications, decisions
from .models import MembershipApplication, Municipality, Supporter
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


def consent_proof_panel(*extra):
    """The proof of consent of a public form's record (home.models.ConsentRecord)."""
    return MultiFieldPanel(
        [
            ReadOnlyPanel("consented_at"),
            ReadOnlyPanel("consent_text"),
            ReadOnlyPanel("privacy_notice_version"),
            ReadOnlyPanel("source_page"),
            *extra,
        ],
        heading=gettext_lazy("Proof of consent"),
    )


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
            consent_proof_panel(),
        ],
        base_form_class=DecisionForm,
    )


# --- Supporters ---------------------------------------------------------------------------------


class SupporterFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[
            ("bestaetigt", gettext_lazy("confirmed")),
            ("unbestaetigt", gettext_lazy("not confirmed yet")),
        ],
        method="filter_status",
    )
    municipality = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Town or municipality"),
        queryset=lambda request: Municipality.objects.filter(locale=Locale.get_default()),
    )

    class Meta:
        model = Supporter
        fields = ["status", "municipality", "listed", "wants_news"]

    def filter_status(self, queryset, name, value):
        return queryset.confirmed() if value == "bestaetigt" else queryset.unconfirmed()


class SupporterForm(WagtailAdminModelForm):
    """A moderator corrects a name or takes someone off the public list or the news on their
    request; nobody but the supporter can give these consents."""

    def clean(self):
        cleaned_data = super().clean()
        for name in ("listed", "wants_news"):
            if cleaned_data.get(name) and not getattr(self.instance, name):
                self.add_error(name, _("Only the supporter can agree to this, when signing up."))
        return cleaned_data


def without_formula(value):
    """A CSV cell that what someone typed into the public form can not turn into a formula:
    spreadsheets run a cell starting with =, +, - or @ as one when the file is opened."""
    value = force_str(value, strings_only=True)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def yes_or_no(value):
    return _("yes") if value else _("no")


class SupporterIndexView(IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        bool: {IndexView.FORMAT_CSV: yes_or_no, IndexView.FORMAT_XLSX: yes_or_no},
        str: {IndexView.FORMAT_CSV: without_formula},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("municipality")


ONLY_THEY_CONSENT = gettext_lazy(
    "You can switch this off at the supporter's request; only they can switch it on."
)


class SupporterViewSet(ModelViewSet):
    model = Supporter
    name = "supporters"
    url_prefix = "unterstuetzer"
    menu_label = gettext_lazy("Supporters")
    icon = "user"
    add_to_admin_menu = True
    menu_order = 270
    index_view_class = SupporterIndexView
    copy_view_enabled = False
    list_display = [
        "name",
        "email",
        "municipality",
        BooleanColumn("is_confirmed", label=gettext_lazy("Confirmed")),
        BooleanColumn("listed", label=gettext_lazy("In the list")),
        DateColumn("signed_up_at", label=gettext_lazy("Signed up"), sort_key="signed_up_at"),
        DateColumn("confirmed_at", label=gettext_lazy("Confirmed on"), sort_key="confirmed_at"),
    ]
    filterset_class = SupporterFilterSet
    search_fields = ["name", "email"]
    ordering = "-signed_up_at"
    list_export = [
        "name",
        "email",
        "municipality",
        "is_confirmed",
        "listed",
        "wants_news",
        "signed_up_at",
        "confirmation_sent_at",
        "confirmed_at",
    ]
    export_headings = {
        "is_confirmed": gettext_lazy("Confirmed"),
        "listed": gettext_lazy("In the public list"),
        "wants_news": gettext_lazy("Wants news"),
    }
    export_filename = "unterstuetzer"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    ReadOnlyPanel("email"),
                    ReadOnlyPanel("municipality"),
                    FieldPanel("listed", help_text=ONLY_THEY_CONSENT),
                    FieldPanel("wants_news", help_text=ONLY_THEY_CONSENT),
                ],
                heading=gettext_lazy("Supporter"),
            ),
            MultiFieldPanel(
                [
                    ReadOnlyPanel("signed_up_at"),
                    ReadOnlyPanel("confirmation_sent_at"),
                    ReadOnlyPanel("confirmed_at"),
                ],
                heading=gettext_lazy("Double opt-in"),
            ),
            consent_proof_panel(ReadOnlyPanel("news_consent_text")),
        ],
        base_form_class=SupporterForm,
    )
