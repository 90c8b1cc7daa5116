from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import OnboardingForm
from .onboarding import OnboardingError, onboard_partner

ONBOARD_PERMISSION = "partners.onboard_partner"


class OnboardPartnerView(WagtailAdminTemplateMixin, FormView):
    """Moderators onboard an organisation in one step (see partners.onboarding)."""

    form_class = OnboardingForm
    template_name = "partners/admin/onboard_partner.html"
    page_title = gettext_lazy("Onboard a partner organisation")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(ONBOARD_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = onboard_partner(
                form.cleaned_data["name"],
                category=form.cleaned_data["category"],
                municipality=form.cleaned_data["municipality"],
                editors=form.cleaned_data["editors"],
                summary=form.cleaned_data["summary"],
                user=self.request.user,
            )
        except OnboardingError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if summary := result.summary():
            messages.success(self.request, summary)
        else:
            messages.info(
                self.request,
                _("%(name)s is onboarded already; nothing was changed.")
                % {"name": result.page.title},
            )
        return redirect(reverse("wagtailadmin_pages:edit", args=[result.page.pk]))


class InvitationView(auth_views.PasswordResetConfirmView):
    """The link in an editor's invitation (partners.onboarding.send_invitation): the new
    editor chooses a password and is logged in to the admin at once. Django's password reset
    underneath, so the link works once and expires after PASSWORD_RESET_TIMEOUT."""

    template_name = "partners/admin/invitation.html"
    post_reset_login = True
    # Given because AUTHENTICATION_BACKENDS lists more than one (the login lock-out first).
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("wagtailadmin_home")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Welcome, %(name)s! Your password is saved and you are logged in.")
            % {"name": self.user.get_full_name() or self.user.get_username()},
        )
        return response
